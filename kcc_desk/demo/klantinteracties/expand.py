"""``expand`` on the demo Klantinteracties lists: which relations may be asked for (per resource,
as Open Klant 2.18 offers them) and the records rendered with their ``_expand``."""

from __future__ import annotations

from aiohttp import web

from kcc_desk.demo.klantinteracties.filters import EXPAND_CHOICES
from kcc_desk.demo.klantinteracties.responses import validation_error
from kcc_desk.demo.klantinteracties.store import JsonDict, KlantinteractiesStore, Renderer


def expand_of(request: web.Request, resource: str) -> tuple[set[str] | None, web.Response | None]:
    """The ``expand`` the request asks for (None: none), or the 400 Open Klant gives."""
    raw = request.query.getall("expand", [])
    if not raw:
        return None, None
    wanted = {p.strip() for value in raw for p in value.split(",") if p.strip()}
    for item in sorted(wanted):
        if item not in EXPAND_CHOICES.get(resource, ()):
            return None, validation_error(
                request,
                [
                    {
                        "name": "expand",
                        "code": "invalid_choice",
                        "reason": f"Selecteer een geldige keuze. {item} is geen beschikbare keuze.",
                    }
                ],
            )
    return wanted, None


def render_expanded(
    store: KlantinteractiesStore, r: Renderer, resource: str, record: JsonDict, expand: set[str]
) -> JsonDict:
    """A record with ``_expand`` holding the related records that were asked for."""
    body = r.render(resource, record)
    extra: JsonDict = {}
    key = record["uuid"]
    s = store
    if resource == "klantcontacten":
        if "gingOverOnderwerpobjecten" in expand:
            extra["gingOverOnderwerpobjecten"] = [
                r.render("onderwerpobjecten", o)
                for o in s.children("onderwerpobjecten", "klantcontact", key)
            ]
        if "omvatteBijlagen" in expand:
            extra["omvatteBijlagen"] = []
        if "hadBetrokkenen" in expand:
            betrokkenen = []
            for b in s.children("betrokkenen", "hadKlantcontact", key):
                rendered = r.render("betrokkenen", b)
                nested: JsonDict = {}
                if "hadBetrokkenen.wasPartij" in expand and b.get("wasPartij"):
                    partij = s.get("partijen", b["wasPartij"])
                    if partij is not None:
                        nested["wasPartij"] = r.render("partijen", partij)
                if "hadBetrokkenen.digitaleAdressen" in expand:
                    nested["digitaleAdressen"] = []
                if nested:
                    rendered["_expand"] = nested
                betrokkenen.append(rendered)
            extra["hadBetrokkenen"] = betrokkenen
        if "leiddeTotInterneTaken" in expand:
            extra["leiddeTotInterneTaken"] = [
                r.render("internetaken", t)
                for t in s.children("internetaken", "aanleidinggevendKlantcontact", key)
            ]
    elif resource == "partijen":
        if "betrokkenen" in expand:
            extra["betrokkenen"] = []
            for b in s.children("betrokkenen", "wasPartij", key):
                rendered = r.render("betrokkenen", b)
                if "betrokkenen.hadKlantcontact" in expand:
                    kc = s.get("klantcontacten", b["hadKlantcontact"])
                    if kc is not None:
                        rendered["_expand"] = {"hadKlantcontact": r.render("klantcontacten", kc)}
                extra["betrokkenen"].append(rendered)
        for name in ("categorieRelaties", "digitaleAdressen"):
            if name in expand:
                extra[name] = []
    elif resource == "betrokkenen" and "digitaleAdressen" in expand:
        extra["digitaleAdressen"] = []
    body["_expand"] = extra
    return body
