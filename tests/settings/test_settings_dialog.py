"""The settings dialog, driven by the keyboard only (keyClick/keyClicks), as an agent would."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.settings_presenter import SettingsPresenter
from kcc_desk.services.config import load_config
from kcc_desk.services.config_store import ConfigStore, SourceSettings
from kcc_desk.services.connection_test import CheckResult, CheckStatus
from kcc_desk.services.messages import verbatim
from kcc_desk.views.keyring_notice import explanation
from kcc_desk.views.settings_dialog import SettingsDialog
from tests.accessibility.helpers import activate, when_modal_opens
from tests.security.fake_keyrings import MemoryKeyring

ALT = Qt.KeyboardModifier.AltModifier


class FakeRunner:
    """Stands in for connection_test: records what it was asked, answers at once."""

    def __init__(self) -> None:
        self.seen: list[SourceSettings] = []

    async def __call__(self, settings: SourceSettings) -> list[CheckResult]:
        self.seen.append(settings)
        await asyncio.sleep(0)
        ok = settings.secret == "juist-geheim"
        return [
            CheckResult(
                settings.name,
                "Zaken API",
                settings.zaken_api,
                CheckStatus.OK if ok else CheckStatus.ERROR,
                verbatim("in orde (versie 1.5.1).")
                if ok
                else verbatim("geen toegang (403): de bron weigert ..."),
            )
        ]


@pytest.fixture
def runner() -> FakeRunner:
    return FakeRunner()


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path, runner: FakeRunner) -> Iterator[SettingsDialog]:
    presenter = SettingsPresenter(ConfigStore(tmp_path / "config.toml"), test_runner=runner)
    widget = SettingsDialog(presenter, theme_names=["voorbeeld", "donker"])
    qtbot.addWidget(widget)
    show(qtbot, widget)
    yield widget
    presenter.shutdown()


def show(qtbot: QtBot, widget: QWidget) -> None:
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focus(), text)  # type: ignore[no-untyped-call]


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focus(), key, modifier)  # type: ignore[no-untyped-call]


def press_button(qtbot: QtBot, key: Qt.Key, until: Callable[[], object]) -> None:
    """Alt+letter on a button: Qt "animates" the click, which fires a little later."""
    qtbot.keyClick(focus(), key, ALT)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: bool(until()), timeout=5000)


def test_keyboard_only_add_a_source_with_its_secret(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    press_button(qtbot, Qt.Key.Key_G, lambda: focus() is dialog.sources.name_edit)  # Voe&g bron toe
    type_text(qtbot, "Open Zaak")  # replaces the selected placeholder name
    press(qtbot, Qt.Key.Key_Z, ALT)  # &Zaken API
    assert focus() is dialog.sources.zaken_edit
    type_text(qtbot, "https://zaken.gemeente.example/zaken/api/v1/")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is dialog.sources.catalogi_edit
    type_text(qtbot, "https://zaken.gemeente.example/catalogi/api/v1/")
    press(qtbot, Qt.Key.Key_D, ALT)
    type_text(qtbot, "https://zaken.gemeente.example/documenten/api/v1/")
    press(qtbot, Qt.Key.Key_I, ALT)  # Client-&id
    assert focus() is dialog.sources.client_id_edit
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "kcc-desk-prod")
    press(qtbot, Qt.Key.Key_S, ALT)  # &Sleutel
    assert focus() is dialog.sources.secret_edit
    assert dialog.sources.secret_edit.echoMode() is QLineEdit.EchoMode.Password
    type_text(qtbot, "juist-geheim")
    press(qtbot, Qt.Key.Key_Return)  # the default button: OK

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    config = load_config(tmp_path / "config.toml")
    assert config.sources[0].name == "Open Zaak"
    assert config.sources[0].client_id == "kcc-desk-prod"
    assert config.sources[0].secret is None
    # The keyring is written off the GUI thread, after the file.
    qtbot.waitUntil(
        lambda: memory_keyring.store.get(("kcc-desk", "source:Open Zaak")) == "juist-geheim"
    )
    assert "juist-geheim" not in (tmp_path / "config.toml").read_text()


def test_errors_are_shown_in_text_next_to_the_field(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path
) -> None:
    press_button(qtbot, Qt.Key.Key_G, lambda: focus() is dialog.sources.name_edit)  # Voe&g bron toe
    type_text(qtbot, "Kapot")
    press(qtbot, Qt.Key.Key_Z, ALT)
    type_text(qtbot, "http://zaken.example/api/v1/")  # http to a real host
    press(qtbot, Qt.Key.Key_Return)

    assert dialog.isVisible()  # not closed
    assert not (tmp_path / "config.toml").exists()
    zaken = dialog.sources.fields["zaken_api"]
    assert zaken.error.isVisibleTo(dialog)
    assert zaken.error.text().startswith("Fout: Gebruik https")
    assert "Fout: Gebruik https" in dialog.sources.zaken_edit.accessibleDescription()
    assert focus() is dialog.sources.zaken_edit  # focus goes to the first wrong field
    catalogi = dialog.sources.fields["catalogi_api"]
    assert catalogi.error.text() == "Fout: Vul een adres in."


def test_connection_test_shows_plain_words(
    qtbot: QtBot, dialog: SettingsDialog, runner: FakeRunner
) -> None:
    press_button(qtbot, Qt.Key.Key_G, lambda: focus() is dialog.sources.name_edit)  # Voe&g bron toe
    type_text(qtbot, "Proef")
    press(qtbot, Qt.Key.Key_Z, ALT)
    type_text(qtbot, "https://zaken.example/zaken/api/v1/")
    press(qtbot, Qt.Key.Key_S, ALT)
    type_text(qtbot, "fout-geheim")
    press(qtbot, Qt.Key.Key_V, ALT)  # Test &verbinding
    qtbot.waitUntil(
        lambda: "controles mislukt" in dialog.sources.results_box.toPlainText(), timeout=5000
    )
    text = dialog.sources.results_box.toPlainText()
    assert "FOUT: Zaken API – geen toegang (403)" in text
    assert runner.seen[-1].secret == "fout-geheim"  # the typed, unsaved secret is tested

    press(qtbot, Qt.Key.Key_S, ALT)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "juist-geheim")
    press(qtbot, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(
        lambda: "Verbinding in orde." in dialog.sources.results_box.toPlainText(), timeout=5000
    )
    assert "OK: Zaken API – in orde (versie 1.5.1)." in dialog.sources.results_box.toPlainText()


def test_every_field_has_a_buddy_label_with_mnemonic_and_accessible_name(
    dialog: SettingsDialog,
) -> None:
    fields = [
        *dialog.sources.fields.values(),
        *dialog.klant.fields.values(),
        *dialog.general.fields.values(),
    ]
    for field in fields:
        label: QLabel = field.label
        assert label.buddy() is field.widget
        assert "&" in label.text(), label.text()
        assert field.widget.accessibleName() == label.text().replace("&", "")


def test_no_mnemonic_is_used_twice_on_one_tab(dialog: SettingsDialog) -> None:
    """Alt+letter must reach exactly one control on each tab (plus the always-visible ones)."""
    keyed: list[tuple[QWidget, str]] = [
        (w, w.text()) for w in dialog.findChildren(QLabel) if w.buddy() is not None
    ]
    keyed += [(w, w.text()) for w in dialog.findChildren(QAbstractButton) if "&" in w.text()]
    per_tab: dict[int, list[str]] = {}
    for widget, text in keyed:
        letter = text[text.index("&") + 1].lower()
        tab = _tab_of(dialog, widget)
        targets = range(dialog.tabs.count()) if tab == -1 else [tab]
        for index in targets:
            per_tab.setdefault(index, []).append(letter)
    for index, letters in per_tab.items():
        doubles = {x for x in letters if letters.count(x) > 1}
        assert not doubles, f"tab {dialog.tabs.tabText(index)}: Alt+{doubles} used twice"


def _tab_of(dialog: SettingsDialog, widget: QWidget) -> int:
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        if page is not None and page.isAncestorOf(widget):
            return index
    return -1


def test_general_and_klantinteracties_by_keyboard(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    # A source is needed for a loadable config.
    press_button(qtbot, Qt.Key.Key_G, lambda: focus() is dialog.sources.name_edit)  # Voe&g bron toe
    type_text(qtbot, "Bron")
    press(qtbot, Qt.Key.Key_Z, ALT)
    type_text(qtbot, "https://z.example/zaken/api/v1/")
    press(qtbot, Qt.Key.Key_C, ALT)
    type_text(qtbot, "https://z.example/catalogi/api/v1/")

    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # next tab
    assert dialog.tabs.currentIndex() == 1
    press(qtbot, Qt.Key.Key_K, ALT)
    assert focus() is dialog.klant.url_edit
    type_text(qtbot, "https://klanten.example/klantinteracties/api/v1/")
    press(qtbot, Qt.Key.Key_O, ALT)
    type_text(qtbot, "ki-token")

    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 2
    press(qtbot, Qt.Key.Key_M, ALT)
    type_text(qtbot, "jdevries")
    press(qtbot, Qt.Key.Key_V, ALT)
    assert focus() is dialog.general.idle_spin
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "15")
    press(qtbot, Qt.Key.Key_A, ALT)  # T&aal
    assert focus() is dialog.general.language_combo
    press(qtbot, Qt.Key.Key_Down)  # English
    press(qtbot, Qt.Key.Key_Return)

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    store = ConfigStore(tmp_path / "config.toml")
    general = store.general()
    assert (general.agent_id, general.idle_lock_minutes, general.language) == ("jdevries", 15, "en")
    assert store.klantinteracties() == ("https://klanten.example/klantinteracties/api/v1/", None)
    qtbot.waitUntil(
        lambda: memory_keyring.store.get(("kcc-desk", "klantinteracties")) == "ki-token"
    )


def test_insecure_keyring_is_said_up_front_and_after_saving(
    qtbot: QtBot, tmp_path: Path, insecure_keyring: None
) -> None:
    presenter = SettingsPresenter(ConfigStore(tmp_path / "config.toml"))
    dialog = SettingsDialog(presenter)
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    # A short line up front; the whole story is in the one explanation it opens.
    notice = dialog.keyring_notice
    assert notice is not None and notice.isVisibleTo(dialog)
    assert notice.text() == "Sleutelbos niet veilig: lees wat u kunt doen"
    assert isinstance(notice.reason, str)
    told = explanation(notice.reason)
    assert "alleen voor deze sessie" in told and "Wat kunt u doen?" in told
    # Enter on the line opens that explanation; it does not press OK.
    shown: list[str] = []

    def read(box: QMessageBox) -> None:
        shown.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    run = when_modal_opens(QMessageBox, read, close=False)
    notice.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(notice, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    run.check()
    assert shown == [told]
    assert dialog.isVisible()
    activate(qtbot, dialog)
    assert "alleen voor deze sessie" in dialog.sources.secret_edit.accessibleDescription()
    press_button(qtbot, Qt.Key.Key_G, lambda: focus() is dialog.sources.name_edit)  # Voe&g bron toe
    type_text(qtbot, "Bron")
    press(qtbot, Qt.Key.Key_Z, ALT)
    type_text(qtbot, "https://z.example/zaken/api/v1/")
    press(qtbot, Qt.Key.Key_C, ALT)
    type_text(qtbot, "https://z.example/catalogi/api/v1/")
    press(qtbot, Qt.Key.Key_S, ALT)
    type_text(qtbot, "sessie-geheim")
    press_button(  # &Toepassen: save and stay open
        qtbot, Qt.Key.Key_T, lambda: "sessie bewaard" in dialog.sources.secret_status.text()
    )
    assert dialog.isVisible()
    assert dialog.sources.secret_status.text().startswith(
        "Sleutel: alleen voor deze sessie bewaard."
    )
    from kcc_desk.services.keyring_safety import lookup_secret

    assert lookup_secret("kcc-desk", "source:Bron") == "sessie-geheim"
    home_files = [p for p in Path.home().rglob("*") if p.is_file()] + [tmp_path / "config.toml"]
    assert not any("sessie-geheim" in p.read_text(errors="ignore") for p in home_files)
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == SettingsDialog.DialogCode.Rejected


def test_edit_and_remove_existing_sources(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = ConfigStore(tmp_path / "config.toml")
    for name in ("Eerste", "Tweede"):
        store.add_source(
            SourceSettings(
                name, f"https://{name}.example/z/", f"https://{name}.example/c/", "", "c"
            )
        )
    memory_keyring.store[("kcc-desk", "source:Eerste")] = "oud-geheim"
    dialog = SettingsDialog(SettingsPresenter(store))
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    # Where the key is kept is looked up off the GUI thread: first "wordt nagekeken", then this.
    qtbot.waitUntil(
        lambda: dialog.sources.secret_status.text() == "Sleutel: opgeslagen in de sleutelbos."
    )
    press(qtbot, Qt.Key.Key_N, ALT)  # rename Eerste → Eerste bron
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " bron")
    press(qtbot, Qt.Key.Key_B, ALT)  # to the list
    assert focus() is dialog.sources.source_list
    press(qtbot, Qt.Key.Key_Down)  # Tweede
    press_button(
        qtbot, Qt.Key.Key_E, lambda: dialog.sources.source_list.count() == 1
    )  # v&erwijderen
    press(qtbot, Qt.Key.Key_Return)
    assert [s.name for s in store.sources()] == ["Eerste bron"]
    # The renamed source kept its secret, under its new name only.
    qtbot.waitUntil(
        lambda: memory_keyring.store == {("kcc-desk", "source:Eerste bron"): "oud-geheim"}
    )


def test_a_file_that_cannot_be_written_is_said_in_words(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kcc_desk.services import config_file

    def refuse(path: Path, text: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(config_file, "write_private_file", refuse)
    dialog = SettingsDialog(SettingsPresenter(ConfigStore(tmp_path / "config.toml")))
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.save_error.isVisibleTo(dialog)
    assert dialog.save_error.text().startswith(
        "Fout: Configuratiebestand kon niet worden opgeslagen"
    )
    assert focus() is dialog.ok_button


def test_saving_a_demo_config_unchanged_keeps_it_working(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path
) -> None:
    path = demo_server.write_config(tmp_path / "config.toml", agent_id="jdevries")
    before = load_config(path)
    dialog = SettingsDialog(SettingsPresenter(ConfigStore(path)))
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    qtbot.waitUntil(
        lambda: (
            dialog.sources.secret_status.text()
            == "Sleutel: staat in de configuratie (oefenserver)."
        )
    )
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    after = load_config(path)
    assert after.sources == before.sources  # inline loopback secrets included
    assert after.klantinteracties == before.klantinteracties
    assert after.agent_id == "jdevries"


def test_removing_the_chosen_source_shows_the_next_one(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = ConfigStore(tmp_path / "config.toml")
    for name in ("Eerste", "Tweede"):
        store.add_source(
            SourceSettings(
                name, f"https://{name}.example/z/", f"https://{name}.example/c/", "", "c"
            )
        )
    dialog = SettingsDialog(SettingsPresenter(store))
    qtbot.addWidget(dialog)
    show(qtbot, dialog)
    assert dialog.sources.name_edit.text() == "Eerste"
    press_button(qtbot, Qt.Key.Key_E, lambda: dialog.sources.source_list.count() == 1)
    # The form shows Tweede and can be edited (it stayed empty and disabled).
    assert dialog.sources.name_edit.text() == "Tweede"
    assert dialog.sources.form_widget.isEnabled()
    assert dialog.sources.remove_button.isEnabled()
    assert "https://Tweede.example/z/" in dialog.sources.zaken_edit.accessibleDescription()


def test_a_new_choice_in_a_combo_box_reaches_the_screen_reader(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    """Orca 43 speaks a combo box's new choice only as a new description of the focused box
    (views.accessible_kinds.LabelledComboBox); the help text comes back when focus leaves."""
    scale = dialog.general.scale_combo
    iface = QAccessible.queryAccessibleInterface(scale)
    hint = "Ook met Ctrl+= en Ctrl+-."
    assert iface.text(QAccessible.Text.Description) == hint
    dialog.tabs.setCurrentIndex(_tab_of(dialog, scale))
    press(qtbot, Qt.Key.Key_K, ALT)  # Te&kstgrootte
    assert focus() is scale
    before = scale.currentText()
    press(qtbot, Qt.Key.Key_Down)
    assert scale.currentText() != before
    assert iface.text(QAccessible.Text.Description) == scale.currentText()
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is not scale
    assert iface.text(QAccessible.Text.Description) == hint
