"""The review's tables sort themselves (not through a proxy calling back into Python per
comparison): stable, numbers as numbers, the last sort kept for new rows, the current row kept
through a sort, and the queue's filters on top of the sorted order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPersistentModelIndex, Qt

from kcc_desk.presenters.review_models import QueueFilter, QueueTable, TextTable, rows_as_shown
from kcc_desk.services.review.kpi import QueueRow

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def table() -> TextTable:
    model = TextTable(["Team", "Aantal"])
    model.set_rows(
        [["Burgerzaken", "10"], ["Wonen", "9"], ["Belastingen", "10"], ["Afval", "100"]],
        [["burgerzaken", 10], ["wonen", 9], ["belastingen", 10], ["afval", 100]],
    )
    return model


def names(model: TextTable | QueueFilter) -> list[str]:
    return [row[0] for row in rows_as_shown(model)]


def test_numbers_sort_as_numbers_and_ties_keep_their_order(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = table()
    model.sort(1, ASC)
    assert names(model) == ["Wonen", "Burgerzaken", "Belastingen", "Afval"]  # 9 < 10 = 10 < 100
    model.sort(1, DESC)
    assert names(model) == ["Afval", "Burgerzaken", "Belastingen", "Wonen"]
    model.sort(0, ASC)
    assert names(model) == ["Afval", "Belastingen", "Burgerzaken", "Wonen"]
    qtmodeltester.check(model)


def test_the_current_row_follows_a_sort_and_new_rows_keep_it() -> None:
    model = table()
    wonen = QPersistentModelIndex(model.index(1, 0))
    model.sort(1, DESC)
    assert wonen.row() == 3 and wonen.data() == "Wonen"
    model.set_rows([["Zorg", "1"], ["Onderwijs", "5"]], [["zorg", 1], ["onderwijs", 5]])
    assert names(model) == ["Onderwijs", "Zorg"]  # still by number, high to low


def test_a_column_that_arrives_later_resorts_when_it_is_the_sort_column() -> None:
    model = table()
    model.sort(0, ASC)
    model.set_column(0, ["d", "c", "b", "a"])
    assert names(model) == ["a", "b", "c", "d"]


def test_mixed_keys_do_not_break_the_sort() -> None:
    model = TextTable(["Termijn"])
    model.set_rows([["later"], ["te laat"], ["afgehandeld"]], [[3600.0], [-60.0], ["—"]])
    model.sort(0, ASC)
    assert names(model) == ["te laat", "later", "afgehandeld"]  # numbers first


def _row(n: int, team: str, is_open: bool) -> QueueRow:
    at = datetime(2026, 12, 1, 9, tzinfo=UTC) + timedelta(minutes=n)
    return QueueRow(
        task_uuid=f"t{n}",
        contact_uuid=f"c{n}",
        assigned_at=at,
        agents=("Jan",),
        agent_keys=("a1",),
        zaak_id=f"z{n}",
        teams=(team,),
        reason="Terugbellen",
        status="te_verwerken" if is_open else "verwerkt",
        deadline=at + timedelta(hours=48),
        left=timedelta(hours=n),
        is_open=is_open,
        overdue=False,
    )


def test_the_queue_filters_on_top_of_its_sorted_rows(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    source = QueueTable(["Nummer", "Team"])
    view = QueueFilter(source)
    view.sort(0, DESC)  # what the header (or the sort choice) asks the proxy
    items = [_row(n, team, n != 2) for n, team in ((1, "Wonen"), (2, "Afval"), (3, "Wonen"))]
    source.set_queue(
        items,
        [[str(i.left.seconds // 3600), i.teams[0]] for i in items],
        [[i.left.total_seconds(), i.teams[0]] for i in items],
    )
    assert names(view) == ["3", "2", "1"]
    view.set_filter(team="Wonen")
    assert names(view) == ["3", "1"]
    # The rows and their QueueRows moved together: the filter reads the right item.
    assert [item.task_uuid for item in source.items] == ["t3", "t2", "t1"]
    view.set_filter(team=None, status="open")
    assert names(view) == ["3", "1"]
    qtmodeltester.check(view)
