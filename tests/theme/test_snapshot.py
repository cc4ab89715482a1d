"""The saved look (theme.snapshot): start-up paints its first frame with it, and the real theme,
loaded after, replaces it only when it differs. Real QApplication, real files in the (isolated)
user cache directory."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from kcc_desk.startup import paint_saved_look
from kcc_desk.theme import snapshot as snapshot_module
from kcc_desk.theme.apply import apply_theme
from kcc_desk.theme.registry import load_theme
from kcc_desk.theme.scale import save_text_scale
from kcc_desk.theme.snapshot import (
    ThemeSnapshot,
    load_snapshot,
    palette_entries,
    save_snapshot,
    snapshot_key,
    snapshot_path,
)
from kcc_desk.theming import Theming


class _StyleChanges(QObject):
    """Counts the StyleChange events a widget gets: one per application stylesheet change."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def _forget_current() -> None:
    snapshot_module._Current.snapshot = None


def test_a_snapshot_survives_the_round_trip_through_its_file(styled_app: QApplication) -> None:
    saved = apply_theme(styled_app, load_theme("voorbeeld"), 1.25, key="k")
    save_snapshot(saved)
    assert load_snapshot() == saved
    assert snapshot_path().stat().st_size > 1000


def test_a_broken_or_foreign_snapshot_file_is_ignored() -> None:
    path = snapshot_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for text in ("", "{not json", "[]", '{"format": 99}', '{"format": 1, "key": "x"}'):
        path.write_text(text, encoding="utf-8")
        assert load_snapshot() is None, text


def test_the_first_start_saves_the_look_and_the_next_paints_it(styled_app: QApplication) -> None:
    _forget_current()
    assert paint_saved_look(styled_app, None) is None  # nothing saved yet: a first start ever
    Theming(styled_app, None)
    real = styled_app.styleSheet()
    real_palette = palette_entries(styled_app.palette())
    assert load_snapshot() is not None

    styled_app.setStyleSheet("")
    styled_app.setPalette(styled_app.style().standardPalette())
    assert paint_saved_look(styled_app, None) is not None
    assert styled_app.styleSheet() == real
    assert palette_entries(styled_app.palette()) == real_palette


def test_a_snapshot_for_another_theme_is_not_used(styled_app: QApplication) -> None:
    Theming(styled_app, None)
    assert paint_saved_look(styled_app, "hoog-contrast") is None


def test_the_look_is_saved_at_the_text_size_chosen_last(styled_app: QApplication) -> None:
    theming = Theming(styled_app, None)
    theming.step(+1)  # Ctrl+=
    larger = load_snapshot()
    assert larger is not None
    styled_app.setStyleSheet("")
    assert paint_saved_look(styled_app, None) == larger
    assert styled_app.font().pointSizeF() == larger.point_size


def test_a_text_size_changed_behind_its_back_is_put_right_by_the_second_stage(
    styled_app: QApplication,
) -> None:
    Theming(styled_app, None)
    at_100 = load_snapshot()
    assert at_100 is not None
    save_text_scale(1.5)  # another program, or a hand, edits the settings file
    assert paint_saved_look(styled_app, None) == at_100  # the first frame: as saved
    Theming(styled_app, None)  # the second stage reads the file
    assert styled_app.font().pointSizeF() > at_100.point_size
    assert load_snapshot() != at_100


def test_a_changed_tokens_file_changes_the_key(tmp_path: Path) -> None:
    tokens = tmp_path / "tokens.json"
    tokens.write_text("{}", encoding="utf-8")
    before = snapshot_key(str(tokens))
    tokens.write_text('{"a": 1}', encoding="utf-8")
    assert snapshot_key(str(tokens)) != before


def test_a_stale_snapshot_is_replaced_by_the_real_theme(styled_app: QApplication) -> None:
    Theming(styled_app, None)
    real = load_snapshot()
    assert real is not None
    save_snapshot(dataclasses.replace(real, stylesheet="QWidget { color: #123456; }"))
    assert paint_saved_look(styled_app, None) is not None
    assert styled_app.styleSheet() == "QWidget { color: #123456; }"

    Theming(styled_app, None)  # what start-up's second stage does

    assert styled_app.styleSheet() == real.stylesheet
    assert load_snapshot() == real


def test_applying_the_look_the_app_already_has_restyles_nothing(
    styled_app: QApplication,
) -> None:
    theme = load_theme("voorbeeld")
    apply_theme(styled_app, theme, 1.0)
    label = QLabel("Zaak")
    changes = _StyleChanges()
    label.installEventFilter(changes)

    apply_theme(styled_app, theme, 1.0)
    assert changes.count == 0  # no second stylesheet: no re-polish of every widget

    apply_theme(styled_app, theme, 1.25)
    assert changes.count > 0


def test_a_look_changed_behind_the_themes_back_is_applied_again(
    styled_app: QApplication,
) -> None:
    theme = load_theme("voorbeeld")
    first = apply_theme(styled_app, theme, 1.0)
    styled_app.setStyleSheet("")
    apply_theme(styled_app, theme, 1.0)
    assert styled_app.styleSheet() == first.stylesheet


def test_snapshot_dataclass_compares_the_look_not_the_key() -> None:
    look = ThemeSnapshot("a", (("Active", "Window", "#ffffffff"),), ("Arial",), 12.0, "")
    assert look.same_look(dataclasses.replace(look, key="b"))
    assert not look.same_look(dataclasses.replace(look, point_size=13.0))
    assert not look.same_look(None)
