"""FlowLayout: a row that wraps instead of widening its window (real widgets, offscreen)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.views.flow_layout import FlowLayout


def _row(qtbot: QtBot, width: int) -> tuple[QWidget, list[QPushButton], QLabel]:
    host = QWidget()
    flow = FlowLayout(host)
    flow.setContentsMargins(0, 0, 0, 0)
    buttons = [QPushButton(f"Bron nummer {n}: 3 zaken", host) for n in range(4)]
    for button in buttons:
        flow.addWidget(button)
    text = QLabel("Een status die over meer regels mag lopen als de rij smal is.", host)
    text.setWordWrap(True)
    flow.insertWidget(0, text)
    qtbot.addWidget(host)
    host.resize(width, flow.heightForWidth(width))
    host.show()
    qtbot.waitExposed(host)
    return host, buttons, text


def test_a_wide_row_keeps_everything_on_one_line(qtbot: QtBot) -> None:
    _host, buttons, text = _row(qtbot, 4000)
    assert {b.y() for b in buttons} == {0}
    assert text.x() == 0  # inserted first, so first in the row
    assert all(b.x() > text.x() for b in buttons)


def test_a_narrow_row_wraps_and_grows_instead_of_widening(qtbot: QtBot) -> None:
    wide_host, wide_buttons, _text = _row(qtbot, 4000)
    widest = max(b.sizeHint().width() for b in wide_buttons)
    wide_host.close()
    host, buttons, text = _row(qtbot, widest + 10)
    layout = host.layout()
    assert layout is not None
    assert layout.minimumSize().width() <= widest + 10
    assert len({b.y() for b in buttons}) == len(buttons)  # one per line
    assert all(b.geometry().right() < host.width() for b in buttons)
    assert text.height() >= text.heightForWidth(text.width())  # the label got all its lines
    assert layout.heightForWidth(widest + 10) > layout.heightForWidth(4000)
