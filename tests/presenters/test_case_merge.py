"""One rule merges and orders cases (services.case_merge), in the lookup and in the case list,
and the agent's place in the list survives each source's answer arriving (issue 12)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kcc_desk.presenters.case_list_model import CaseListModel
from kcc_desk.services.case_merge import merge_cases
from kcc_desk.services.models import CaseSummary
from kcc_desk.views.case_list import CaseListView
from tests.views.sample_data import TODAY, summary

BASE = datetime(2026, 4, 1, 12, tzinfo=UTC)


def case(number: str, source: str, hours: int | None) -> CaseSummary:
    activity = None if hours is None else BASE + timedelta(hours=hours)
    return dataclasses.replace(
        summary(),
        identificatie=number,
        source=source,
        url=f"{source}/{number}",
        last_activity=activity,
    )


def test_one_row_per_case_number_newest_first_first_source_wins() -> None:
    a = [case("ZAAK-1", "A", 1), case("ZAAK-2", "A", None)]
    b = [case("zaak 1", "B", 5), case("ZAAK-3", "B", 3)]
    merged = merge_cases([a, b])
    assert [(c.identificatie, c.source, c.also_in) for c in merged] == [
        ("ZAAK-3", "B", ()),
        ("ZAAK-1", "A", ("B",)),
        ("ZAAK-2", "A", ()),  # no activity: last
    ]


def test_the_selected_case_stays_selected_while_other_sources_answer(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    model = CaseListModel(today=TODAY)
    qtmodeltester.check(model)  # checks every change the model makes from here on
    view = CaseListView(model)
    qtbot.addWidget(view)
    view.show()
    source_a = [case("ZAAK-10", "A", 10), case("ZAAK-20", "A", 5), case("ZAAK-30", "A", 1)]
    model.merge_rows(source_a)
    view.focus_table()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # the agent moves to the second case
    chosen = view.current_case()
    assert chosen is not None and chosen.identificatie == "ZAAK-20"
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    # Source B answers: a newer case goes on top, an older one in between, one is shared.
    source_b = [case("ZAAK-40", "B", 20), case("ZAAK-25", "B", 3), case("zaak 10", "B", 10)]
    model.merge_rows(source_b)
    after = view.current_case()
    assert after is not None and after.identificatie == "ZAAK-20"
    assert [c.identificatie for c in model.cases()] == [
        "ZAAK-40",
        "ZAAK-10",
        "ZAAK-20",
        "ZAAK-25",
        "ZAAK-30",
    ]
    # Then the lookup's merged result, in config order: the same rows, nothing reset.
    model.set_rows(merge_cases([source_a, source_b]))
    final = view.current_case()
    assert final is not None and final.identificatie == "ZAAK-20"
    assert model.cases()[1].also_in == ("B",)
    assert resets == []
    # A new caller is a new list: that one resets.
    model.set_rows([case("ZAAK-99", "A", 1)])
    assert resets == [None]


def test_until_the_agent_moves_the_newest_case_stays_chosen(qtbot: QtBot) -> None:
    model = CaseListModel(today=TODAY)
    view = CaseListView(model)
    qtbot.addWidget(view)
    model.merge_rows([case("ZAAK-10", "A", 10)])
    model.merge_rows([case("ZAAK-40", "B", 20)])
    chosen = view.current_case()
    assert chosen is not None and chosen.identificatie == "ZAAK-40"
    assert view.table.accessibleName() == "Zaken van deze beller (2)"
