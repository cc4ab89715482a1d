"""What a person search gives back: the few facts that tell callers apart (data minimisation:
the BRP is asked for these and nothing else)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class PersonMatch:
    bsn: str
    naam: str  # volledigeNaam, e.g. "Zoë van den Berg"
    geboortedatum: date | None = None
    geboortedatum_tekst: str = ""  # the BRP's langFormaat, also for partial dates ("1999")
    adres: str = ""  # adresregel1, adresregel2 (one line)
    geheimhouding: bool = False  # geheimhoudingPersoonsgegevens: give nothing out to others
    overleden: bool = False

    def __repr__(self) -> str:
        # Never a BSN or a name in a repr that may reach a log line.
        return f"PersonMatch(<{len(self.bsn)} digits>, geheimhouding={self.geheimhouding})"
