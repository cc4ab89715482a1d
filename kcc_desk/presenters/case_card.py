"""The words of the status card (views.status_card shows them): the step, what the citizen sees,
the deadlines, the result, who handles the case, the confidentiality warning.

Each line comes as shown text and spoken text: on screen short dates ("3 okt"), to a screen
reader whole ones ("3 oktober 2026"). A new line on the card starts here, with a test in
tests/presenters/test_case_card.py, then gets a label in the card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from kcc_desk.formatting import (
    format_confidentiality,
    format_date,
    format_short_date,
    is_overdue,
    relative_days,
)
from kcc_desk.presenters.case_list_model import is_marked_confidential
from kcc_desk.presenters.timeline_model import ui_language
from kcc_desk.services.models import CaseSummary, Role, StepState, TimelineStep

# Roles that say who handles a case; a department (organisatorische eenheid) in any of them is
# "the responsible department".
HANDLING_ROLES = ("behandelaar", "zaakcoordinator", "beslisser")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusCard", text)


@dataclass(frozen=True, slots=True)
class Line:
    """A card line: "caption: text" on screen, "caption: spoken" to a screen reader; an empty
    text hides the line."""

    caption: str
    text: str
    spoken: str = ""

    @property
    def shown(self) -> str:
        return f"{self.caption}: {self.text}" if self.text else ""

    @property
    def said(self) -> str:
        return f"{self.caption}: {self.spoken or self.text}" if self.text else ""


@dataclass(frozen=True, slots=True)
class Deadlines:
    expected: Line
    legal: Line
    overdue: str  # "Te laat. …" or ""


def heading(case: CaseSummary) -> tuple[str, str]:
    """Shown and spoken; the confidentiality level is always in words. Spoken with commas for
    the dots, which a screen reader reads out; the card around it is "Stand van zaken" already."""
    level = format_confidentiality(case.vertrouwelijkheidaanduiding, ui_language())
    return (
        f"{case.identificatie} · {case.zaaktype} · {level}",
        f"{case.identificatie}, {case.zaaktype}, {level}",
    )


def status_line(case: CaseSummary) -> Line:
    """Before the timeline has loaded: the status the case list knows."""
    status, lang = case.status, ui_language()
    if status is None:
        return Line(_tr("Status"), _tr("Nog geen status"))
    since = status.datum_status_gezet
    if since is None:
        return Line(_tr("Status"), status.omschrijving)
    sentence = _tr("{status}, sinds {date}")
    return Line(
        _tr("Status"),
        sentence.format(
            status=status.omschrijving, date=format_short_date(since, lang, year=False)
        ),
        sentence.format(status=status.omschrijving, date=format_date(since, lang)),
    )


def current_step(timeline: tuple[TimelineStep, ...]) -> TimelineStep | None:
    """The current step; for a closed case, the last one done."""
    steps = sorted(timeline, key=lambda s: s.volgnummer)
    current = next((s for s in steps if s.state is StepState.CURRENT), None)
    if current is None:
        done = [s for s in steps if s.state is StepState.DONE]
        current = done[-1] if done else None
    return current


def step_words(timeline: tuple[TimelineStep, ...]) -> tuple[str, str] | None:
    """ "Stap 3 van 7: Onderzoek, sinds 28 nov" (shown) and with the whole date (spoken)."""
    current = current_step(timeline)
    if current is None:
        return None
    lang = ui_language()
    steps = sorted(timeline, key=lambda s: s.volgnummer)
    text = _tr("Stap {n} van {total}: {name}").format(
        n=steps.index(current) + 1, total=len(steps), name=current.omschrijving
    )
    when = current.datum_status_gezet
    if when is None:
        return text, text
    since = _tr("sinds {date}")
    return (
        text + ", " + since.format(date=format_short_date(when, lang, year=False)),
        text + ", " + since.format(date=format_date(when, lang)),
    )


def citizen_line(statustekst: str) -> Line:
    return Line(
        _tr("De inwoner ziet"),
        statustekst or _tr("bij deze stap hoort geen tekst voor de inwoner"),
    )


def deadlines(case: CaseSummary, today: date) -> Deadlines:
    lang = ui_language()
    if not case.is_open and case.einddatum is not None:
        done = Line(
            _tr("Afgerond op"),
            format_short_date(case.einddatum, lang),
            format_date(case.einddatum, lang),
        )
        return Deadlines(done, Line(_tr("Wettelijke termijn"), ""), "")
    lines: list[Line] = []
    overdue_words: list[str] = []
    for caption, deadline in (
        (_tr("Verwacht klaar op"), case.einddatum_gepland),
        (_tr("Wettelijke termijn"), case.uiterlijke_einddatum_afdoening),
    ):
        if deadline is None:
            lines.append(Line(caption, _tr("onbekend")))
            continue
        relative = relative_days(deadline, today, lang)
        lines.append(
            Line(
                caption,
                f"{format_short_date(deadline, lang)} ({relative})",
                f"{format_date(deadline, lang)} ({relative})",
            )
        )
        if is_overdue(deadline, today):
            overdue_words.append(f"{caption}: {relative}")
    overdue = (
        _tr("Te laat. {details}").format(details="; ".join(overdue_words)) if overdue_words else ""
    )
    return Deadlines(lines[0], lines[1], overdue)


def result_line(case: CaseSummary) -> Line:
    if case.resultaat:
        return Line(_tr("Resultaat"), case.resultaat)
    return Line(_tr("Resultaat"), _tr("nog geen resultaat") if case.is_open else "")


def handler_loading() -> Line:
    return Line(_tr("Behandelaar"), _tr("bezig met laden…"))


def handler_line(roles: tuple[Role, ...]) -> Line:
    people = [
        r.naam
        for r in roles
        if r.omschrijving_generiek in HANDLING_ROLES
        and r.betrokkene_type != "organisatorische_eenheid"
        and r.naam
    ]
    departments = [
        r.naam for r in roles if r.betrokkene_type == "organisatorische_eenheid" and r.naam
    ]
    unknown = _tr("onbekend")
    return Line(
        _tr("Behandelaar"),
        _tr("{people} · afdeling: {department}").format(
            people=", ".join(dict.fromkeys(people)) or unknown,
            department=", ".join(dict.fromkeys(departments)) or unknown,
        ),
    )


def confidentiality_warning(level: str) -> str:
    """The warning for a confidential case ("" for others); the level itself is in the
    heading. Short enough for one line over the full width at 200% text."""
    if not is_marked_confidential(level):
        return ""
    return _tr(
        "Let op, {level}: noem aan de telefoon alleen de stap, geen inhoud of namen."
    ).format(level=format_confidentiality(level, ui_language()))
