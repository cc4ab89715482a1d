"""What a connection test finds: one :class:`CheckResult` per API root, and the kinds of API it
knows (what each one's root lists, how to probe it, which versions kcc-desk speaks).

No httpx here: views import ``CheckResult`` before any HTTP module is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

PROBE_VALUE = "kcc-desk-verbindingstest"
KLANTINTERACTIES_NAME = "Klantinteracties"


class CheckStatus(StrEnum):
    OK = "ok"
    WARNING = "waarschuwing"
    ERROR = "fout"


@dataclass(frozen=True, slots=True)
class ApiKind:
    label: str  # "Zaken API"
    resources: tuple[str, ...]  # resource names its root lists; one is enough to recognise it
    probe: str  # relative list URL that matches nothing
    supported_majors: tuple[int, ...]
    headers: Mapping[str, str]


ZAKEN = ApiKind(
    label="Zaken API",
    resources=("zaken", "statussen"),
    probe=f"zaken?identificatie={PROBE_VALUE}",
    supported_majors=(1,),
    headers={"Accept-Crs": "EPSG:4326"},  # Open Zaak answers 412 on /zaken without it
)
CATALOGI = ApiKind(
    label="Catalogi API",
    resources=("zaaktypen", "catalogussen"),
    probe=f"zaaktypen?identificatie={PROBE_VALUE}",
    supported_majors=(1,),
    headers={},
)
DOCUMENTEN = ApiKind(
    label="Documenten API",
    resources=("enkelvoudiginformatieobjecten",),
    probe=f"enkelvoudiginformatieobjecten?identificatie={PROBE_VALUE}",
    supported_majors=(1,),
    headers={},
)
# Open Klant 2 serves Klantinteracties 0.x (0.9.0 in 2.18); a 1.x is expected to stay compatible.
KLANTINTERACTIES = ApiKind(
    label="Klantinteracties API",
    resources=("klantcontacten", "partijen"),
    probe=f"klantcontacten?nummer={PROBE_VALUE}",
    supported_majors=(0, 1),
    headers={},
)


@dataclass(frozen=True, slots=True)
class CheckResult:
    source: str  # source name, or "Klantinteracties"
    api: str  # "Zaken API", ...
    url: str  # the API root that was checked
    status: CheckStatus
    ui_message: Message  # one plain sentence (or two); translate where it is shown
    http_status: int | None = None
    api_version: str | None = None
    code: str | None = None  # the server's problem ``code``, for the administrator

    @property
    def message(self) -> str:
        """The sentence in Dutch (CLI, logs)."""
        return str(self.ui_message)

    @property
    def ok(self) -> bool:
        return self.status is not CheckStatus.ERROR

    def line_message(self) -> Message:
        """``Open Zaak – Zaken API: in orde (versie 1.5.1).`` — for the dialog (translated)."""
        return QT_TRANSLATE_NOOP("ConnectionTest", "{source} – {api}: {message}").format(
            source=self.source, api=self.api, message=self.ui_message
        )

    def line(self) -> str:
        """The same in Dutch, for the CLI."""
        return str(self.line_message())


def all_ok(results: Sequence[CheckResult]) -> bool:
    """True when nothing is an error (warnings are allowed)."""
    return all(result.ok for result in results)
