"""Records → ZGW JSON exactly as Open Zaak 1.30 serves it (field order and empty values copied
from the recordings in /work/shared/zgw-recorded): the API paths, date formats and absolute URLs
that ``serialize_zaken``, ``serialize_catalogi`` and ``serialize_documenten`` share."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

Json = dict[str, Any]

ZAKEN = "/zaken/api/v1"
CATALOGI = "/catalogi/api/v1"
DOCUMENTEN = "/documenten/api/v1"
SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"


def dt(value: datetime) -> str:
    """Open Zaak's datetime format: UTC with a Z suffix."""
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


class Urls:
    """Absolute URLs of one source (Open Zaak builds every reference as an absolute URL)."""

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")

    def zaken(self, resource: str, uuid: str) -> str:
        return f"{self.base}{ZAKEN}/{resource}/{uuid}"

    def catalogi(self, resource: str, uuid: str) -> str:
        return f"{self.base}{CATALOGI}/{resource}/{uuid}"

    def documenten(self, resource: str, uuid: str) -> str:
        return f"{self.base}{DOCUMENTEN}/{resource}/{uuid}"
