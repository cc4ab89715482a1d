from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from kcc_desk.presenters.case_list_model import SORT_ROLE, STATE_ROLE, CaseListModel, Column
from tests.workspace.cases import TODAY, case


def _model() -> CaseListModel:
    model = CaseListModel(today=TODAY)
    model.set_rows(
        [
            case(
                "ZAAK-2026-0000003",
                planned=date(2026, 11, 25),
                activity=datetime(2026, 11, 20, tzinfo=UTC),
            ),
            case("ZAAK-2026-0000002", level="vertrouwelijk", also_in=("Bron 2",)),
            case(
                "ZAAK-2025-0000001",
                ended=date(2026, 3, 3),
                status="Afgerond",
                resultaat="Verleend",
                volgnummer=4,
            ),
        ]
    )
    return model


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(_model(), force_py=True)


def test_cells_say_state_in_words() -> None:
    model = _model()
    text = lambda row, col: model.data(model.index(row, col))  # noqa: E731
    # One line per case: short dates on screen, in full for the tooltip and a screen reader.
    assert text(0, Column.EXPECTED_END) == "25 nov 2026 (3 dagen over de termijn)"
    spoken = model.data(model.index(0, Column.EXPECTED_END), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "25 november 2026 (3 dagen over de termijn)"
    tip = model.data(model.index(0, Column.EXPECTED_END), Qt.ItemDataRole.ToolTipRole)
    assert tip == spoken
    assert model.data(model.index(0, Column.EXPECTED_END), STATE_ROLE) == "overdue"
    assert text(1, Column.CONFIDENTIALITY) == "vertrouwelijk"
    assert model.data(model.index(1, Column.CONFIDENTIALITY), STATE_ROLE) == "confidential"
    assert text(0, Column.CONFIDENTIALITY) == "openbaar"  # said, not left blank
    assert model.data(model.index(0, Column.CONFIDENTIALITY), STATE_ROLE) == ""
    assert text(1, Column.SOURCE) == "Open Zaak, Bron 2"
    assert text(2, Column.STATUS) == "Afgerond (Verleend)"
    assert text(2, Column.EXPECTED_END) == "Afgerond op 3 mrt 2026"


def test_headers_are_words() -> None:
    model = _model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Zaaknummer",
        "Onderwerp",
        "Status",
        "Gestart",
        "Verwacht klaar op",
        "Vertrouwelijkheid",
        "Bron",
    ]


def test_sorting_by_date_uses_dates_not_text() -> None:
    model = CaseListModel(today=TODAY)
    model.set_rows(
        [
            case("A", started=date(2026, 2, 1)),
            case("B", started=date(2026, 10, 1)),
            case("C", started=date(2025, 12, 31)),
        ]
    )
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.STARTED, Qt.SortOrder.AscendingOrder)
    order = [proxy.data(proxy.index(r, Column.NUMBER)) for r in range(3)]
    assert order == ["C", "A", "B"]


def test_merge_rows_keeps_one_row_per_case_number_newest_first() -> None:
    model = CaseListModel(today=TODAY)
    model.merge_rows([case("OLD", activity=datetime(2026, 1, 1, tzinfo=UTC))])
    model.merge_rows(
        [
            case("NEW", activity=datetime(2026, 11, 1, tzinfo=UTC)),
            case("OLD", activity=datetime(2026, 1, 1, tzinfo=UTC), source="Bron 2"),
        ]
    )
    assert [c.identificatie for c in model.cases()] == ["NEW", "OLD"]


def test_clear_removes_every_row() -> None:
    model = _model()
    model.clear()
    assert model.rowCount() == 0
