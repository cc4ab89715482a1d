"""The status card's words (presenters.case_card), without a window: what the agent reads aloud."""

from __future__ import annotations

import dataclasses
from datetime import date

from pytestqt.qtbot import QtBot

from kcc_desk.presenters import case_card
from kcc_desk.services.models import Role, StepState
from tests.views.sample_data import TODAY, summary, timeline_steps


def test_the_step_is_counted_and_dated_short_on_screen_and_whole_when_spoken(
    qtbot: QtBot,
) -> None:
    del qtbot  # a QApplication for the translations
    shown, spoken = case_card.step_words(timeline_steps()) or ("", "")
    assert shown == "Stap 3 van 5: In behandeling, sinds 5 mrt"
    assert spoken == "Stap 3 van 5: In behandeling, sinds 5 maart 2026"


def test_a_closed_case_names_its_last_step_done(qtbot: QtBot) -> None:
    del qtbot
    steps = tuple(
        dataclasses.replace(s, state=StepState.DONE if s.volgnummer <= 4 else StepState.PLANNED)
        for s in timeline_steps()
    )
    current = case_card.current_step(steps)
    assert current is not None and current.omschrijving == "Besluit genomen"


def test_past_deadlines_are_said_as_late_in_words(qtbot: QtBot) -> None:
    del qtbot
    case = summary(expected_end=date(2026, 4, 1))
    found = case_card.deadlines(case, TODAY)
    assert found.expected.text.startswith("1 apr 2026 (")
    assert found.expected.said.startswith("Verwacht klaar op: 1 april 2026 (")
    assert found.overdue.startswith("Te laat. Verwacht klaar op: ")
    assert "Wettelijke termijn" not in found.overdue  # 27 April is still ahead
    on_time = case_card.deadlines(summary(), TODAY)
    assert on_time.overdue == ""


def test_the_handler_is_people_and_department_or_unknown_in_words(qtbot: QtBot) -> None:
    del qtbot
    roles = (
        Role("behandelaar", "Behandelaar", "medewerker", "J. de Vries"),
        Role("behandelaar", "Behandelaar", "organisatorische_eenheid", "Vergunningen"),
        Role("initiator", "Aanvrager", "natuurlijk_persoon", "F. el Amrani"),
    )
    assert case_card.handler_line(roles).shown == (
        "Behandelaar: J. de Vries · afdeling: Vergunningen"
    )
    assert case_card.handler_line(()).text == "onbekend · afdeling: onbekend"


def test_only_a_confidential_case_carries_a_warning(qtbot: QtBot) -> None:
    del qtbot
    assert case_card.confidentiality_warning("openbaar") == ""
    warning = case_card.confidentiality_warning("geheim")
    assert warning.startswith("Let op, geheim:")


def test_an_empty_line_is_hidden_and_says_nothing(qtbot: QtBot) -> None:
    del qtbot
    line = case_card.Line("Resultaat", "")
    assert (line.shown, line.said) == ("", "")
    closed = dataclasses.replace(summary(), einddatum=date(2026, 4, 2))
    assert case_card.result_line(closed).text == ""
    assert case_card.result_line(summary()).text == "nog geen resultaat"
