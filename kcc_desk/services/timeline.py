"""Build a case's timeline: every statustype of its zaaktype in volgnummer order, marked DONE,
CURRENT or PLANNED, with the date each was reached and the substatussen set under it.

Pure functions over JSON (no I/O), so the rules are easy to test.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kcc_desk.services.models import StepState, Substatus, TimelineStep
from kcc_desk.services.parsing import boolean, integer, parse_datetime, text

JsonObject = dict[str, Any]


def build_timeline(
    statustypen: list[JsonObject],
    statussen: list[JsonObject],
    substatussen: list[JsonObject],
) -> tuple[TimelineStep, ...]:
    # One step per statustype: a url listed twice (a page served twice while paging) would
    # otherwise give two steps, both marked current.
    first: dict[str, JsonObject] = {}
    for statustype in statustypen:
        if text(statustype, "url"):
            first.setdefault(text(statustype, "url"), statustype)
    types = sorted(
        first.values(),
        key=lambda t: (integer(t, "volgnummer") is None, integer(t, "volgnummer") or 0),
    )
    # Latest status per statustype (a step can be reached more than once).
    reached: dict[str, JsonObject] = {}
    for status in sorted(statussen, key=_status_time):
        reached[text(status, "statustype")] = status
    current = _current_status(statussen)
    current_type = text(current, "statustype") if current else ""
    volg_by_type = {text(t, "url"): integer(t, "volgnummer") for t in types}
    current_volg = volg_by_type.get(current_type)
    subs_by_type = _substatussen_by_type(substatussen, statussen, current_type)

    steps = []
    for position, statustype in enumerate(types):
        url = text(statustype, "url")
        volg = integer(statustype, "volgnummer")
        is_end = boolean(statustype, "isEindstatus") or False
        reached_status = reached.get(url)
        state = _state(url, volg, current_type, current_volg, is_end)
        steps.append(
            TimelineStep(
                omschrijving=text(statustype, "omschrijving"),
                volgnummer=volg if volg is not None else position + 1,
                state=state,
                datum_status_gezet=parse_datetime(reached_status.get("datumStatusGezet"))
                if reached_status
                else None,
                statustekst=text(statustype, "statustekst"),
                substatussen=tuple(subs_by_type.get(url, ())),
                is_eindstatus=is_end,
            )
        )
    return tuple(steps)


def _state(
    url: str, volg: int | None, current_type: str, current_volg: int | None, is_end: bool
) -> StepState:
    if not current_type:
        return StepState.PLANNED
    if url == current_type:
        return StepState.DONE if is_end else StepState.CURRENT
    if volg is not None and current_volg is not None and volg < current_volg:
        return StepState.DONE
    return StepState.PLANNED


def _status_time(status: JsonObject) -> datetime:
    moment = parse_datetime(status.get("datumStatusGezet"))
    return moment or datetime.min.replace(tzinfo=UTC)


def _current_status(statussen: list[JsonObject]) -> JsonObject | None:
    flagged = [s for s in statussen if boolean(s, "indicatieLaatstGezetteStatus")]
    if flagged:
        return flagged[0]
    return max(statussen, key=_status_time) if statussen else None


def _substatussen_by_type(
    substatussen: list[JsonObject], statussen: list[JsonObject], current_type: str
) -> dict[str, list[Substatus]]:
    type_of_status = {text(s, "url"): text(s, "statustype") for s in statussen}
    grouped: dict[str, list[Substatus]] = {}
    for sub in sorted(
        substatussen, key=lambda s: _status_time({"datumStatusGezet": s.get("tijdstip")})
    ):
        statustype = type_of_status.get(text(sub, "status"), "") or current_type
        if not statustype:
            continue
        grouped.setdefault(statustype, []).append(
            Substatus(
                omschrijving=text(sub, "omschrijving"),
                tijdstip=parse_datetime(sub.get("tijdstip")),
                # As the server says it. Blank is allowed (Open Zaak's BlankEnum): not said to
                # be internal, not said to be told to the citizen either (only "betrokkenen" is).
                doelgroep=text(sub, "doelgroep"),
            )
        )
    return grouped
