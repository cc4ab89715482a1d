"""Keyboard only, real window, real HTTP: search the training persona, open every case, read its
timeline and documents as the data has them, open a document, then Ctrl+N clears everything."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN, PERSONA_NAME
from kcc_desk.demo.server import DemoServer
from kcc_desk.services.models import CaseDetail, StepState
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 15_000


def _expected_timeline(
    server: DemoServer, identificatie: str, source: str
) -> list[tuple[str, list[str]]]:
    """(step omschrijving, substatus omschrijvingen) in volgnummer order, straight from the data."""
    for data in server.data.sources:
        if data.profile.name != source:
            continue
        for zaak in data.zaken.values():
            if zaak.identificatie != identificatie:
                continue
            zaaktype = data.zaaktypen[zaak.zaaktype_uuid]
            types = sorted(
                (data.statustypen[u] for u in zaaktype.statustype_uuids), key=lambda t: t.volgnummer
            )
            subs_by_type: dict[str, list[str]] = {}
            for sub in sorted(data.substatussen.values(), key=lambda s: s.tijdstip):
                if sub.zaak_uuid == zaak.uuid and sub.status_uuid:
                    statustype = data.statussen[sub.status_uuid].statustype_uuid
                    subs_by_type.setdefault(statustype, []).append(sub.omschrijving)
            return [(t.omschrijving, subs_by_type.get(t.uuid, [])) for t in types]
    raise AssertionError(f"{identificatie} not in {source}")


def _texts(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QLineEdit)]
    texts += [w.text() for w in widget.findChildren(QAbstractButton)]
    texts.append(widget.windowTitle())
    return texts


def _model_texts(model: QAbstractItemModel) -> list[str]:
    return [
        str(model.data(model.index(r, c)) or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def test_keyboard_journey_search_open_every_case_then_new_caller(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window, presenter, server = workspace.window, workspace.presenter, workspace.server
    search = window.search_bar.input
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)

    # Search: typed and Enter, nothing else.
    qtbot.keyClicks(search, PERSONA_BSN)
    assert window.search_bar.kind_label.text() == "Herkend als: BSN"
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS) as finished:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    result = finished.args[0]
    assert all(s.ok for s in result.sources)
    cases = presenter.cases.cases()
    assert len(cases) >= 4
    assert {c.source for c in cases} == {s.name for s in server.sources}
    assert any(c.also_in for c in cases), "the case held by both sources is shown once"
    table = window.case_list.table
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    assert all("zaken" in t or "zaak" in t for t in window.sources_bar.texts())

    # Open every case with Enter, walking the list with Down.
    seen_substatus = False
    for row in range(len(cases)):
        current = window.case_list.current_case()
        assert current is not None
        with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS) as ready:
            qtbot.keyClick(table, Qt.Key.Key_Return)
        detail: CaseDetail = ready.args[0]
        assert detail.summary.identificatie == current.identificatie
        assert window.windowTitle().startswith(current.identificatie)

        expected = _expected_timeline(server, current.identificatie, current.source)
        assert [
            (s.omschrijving, [x.omschrijving for x in s.substatussen]) for s in detail.timeline
        ] == expected
        assert sum(s.state == StepState.CURRENT for s in detail.timeline) <= 1
        seen_substatus |= any(s.substatussen for s in detail.timeline)

        # The timeline widget reads each step as "Stap i van n: ..." to a screen reader.
        timeline = window.case_detail.timeline
        step_names = [
            str(
                timeline.model().data(
                    timeline.model().index(r, 0), Qt.ItemDataRole.AccessibleTextRole
                )
            )
            for r in range(timeline.model().rowCount())
        ]
        n = len(detail.timeline)
        for i, step in enumerate(detail.timeline, start=1):
            assert any(
                name.startswith(f"Stap {i} van {n}: {step.omschrijving}") for name in step_names
            )

        # Documents as the case has them.
        docs_model = window.case_detail.documents.model
        assert docs_model.rowCount() == len(detail.documents)
        if row < len(cases) - 1:
            qtbot.keyClick(table, Qt.Key.Key_Down)
    assert seen_substatus, "the persona has a case with substatuses"

    # Ctrl+N: nothing about this caller remains in any view or model.
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert presenter.cases.rowCount() == 0
    assert window.case_detail.timeline.model().rowCount() == 0
    assert window.case_detail.documents.model.rowCount() == 0
    assert presenter.current_case is None and presenter.current_detail is None
    everything = " ".join(_texts(window))
    everything += " ".join(_model_texts(presenter.cases))
    for secret in (PERSONA_BSN, PERSONA_NAME[2], *(c.identificatie for c in cases)):
        assert secret not in everything, secret
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)


def test_invalid_bsn_gets_a_message_and_sends_nothing(qtbot: QtBot, workspace: Workspace) -> None:
    window, server = workspace.window, workspace.server
    before = [len(server.request_log(i)) for i in range(len(server.sources))]
    qtbot.keyClicks(window.search_bar.input, "999993654")
    qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    assert window.search_bar.error_label.isVisible()
    assert "BSN klopt niet" in window.search_bar.error_label.text()
    assert [len(server.request_log(i)) for i in range(len(server.sources))] == before


def test_open_a_document_with_the_keyboard(qtbot: QtBot, workspace: Workspace) -> None:
    window, presenter = workspace.window, workspace.presenter
    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    table = window.case_list.table
    for _row in range(presenter.cases.rowCount()):
        with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS) as ready:
            qtbot.keyClick(table, Qt.Key.Key_Return)
        detail: CaseDetail = ready.args[0]
        allowed = [d for d in detail.documents if d.may_open]
        if allowed:
            break
        qtbot.keyClick(table, Qt.Key.Key_Down)
    else:
        raise AssertionError("the persona has an openable document")
    docs = window.case_detail.documents.table
    docs.setFocus()
    row = next(r for r, d in enumerate(detail.documents) if d.may_open)
    docs.setCurrentIndex(docs.model().index(row, 0))
    qtbot.keyClick(docs, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(workspace.opened_files), timeout=TIMEOUT_MS)
    path = workspace.opened_files[0]
    assert path.stat().st_size > 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_case_list_fits_the_window_without_scrolling_sideways(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """At 1280 px and 100% text the seven columns fit: a sideways scroll bar there used to hide
    part of the 'Bron' column for nothing."""
    window, presenter = workspace.window, workspace.presenter
    window.resize(1280, 800)  # the offscreen screen is 800 x 600, and the window fits its screen
    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    table = window.case_list.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=TIMEOUT_MS)
    widths = sum(table.columnWidth(c) for c in range(presenter.cases.columnCount()))
    assert widths == table.viewport().width()


def test_a_document_without_a_viewer_says_why_and_where_it_is(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """Alt+4 brings the documents one key away; Enter opens one. When the desktop has no
    program for the file (the viewer reports False: there is no desktop here), the agent is
    told so, with the path of the saved file, instead of nothing happening."""
    window, presenter = workspace.window, workspace.presenter
    presenter._open_file = lambda _path: False  # no desktop viewer can run here
    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    table = window.case_list.table
    for _row in range(presenter.cases.rowCount()):
        with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS) as ready:
            qtbot.keyClick(table, Qt.Key.Key_Return)
        detail: CaseDetail = ready.args[0]
        if any(d.may_open for d in detail.documents):
            break
        qtbot.keyClick(table, Qt.Key.Key_Down)
    else:
        raise AssertionError("the persona has an openable document")
    qtbot.keyClick(table, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    docs = window.case_detail.documents.table
    qtbot.waitUntil(docs.hasFocus, timeout=2000)
    row = next(r for r, d in enumerate(detail.documents) if d.may_open)
    docs.setCurrentIndex(docs.model().index(row, 0))
    with qtbot.waitSignal(presenter.document_failed, timeout=TIMEOUT_MS) as failed:
        qtbot.keyClick(docs, Qt.Key.Key_Return)
    message = str(failed.args[0])
    assert "kon niet worden geopend" in message
    path = message.rsplit(" ", 1)[-1]
    assert Path(path).is_file()
    assert window.message.isVisible() and window.message.text() == message
