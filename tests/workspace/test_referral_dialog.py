from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.views.referral_dialog import ReferralDialog, TargetOption

TARGETS = [
    TargetOption("t1", "Team Vergunningen", "afdeling", ("Vraag over de beslistermijn",)),
    TargetOption("t2", "Team Belastingen", "afdeling", ("Vraag over kwijtschelding",)),
    TargetOption("t3", "Petra de Vries", "medewerker"),
]


def _dialog(qtbot: QtBot) -> ReferralDialog:
    dialog = ReferralDialog(
        case_number="ZAAK-2026-0001234",
        caller_label="••••••653",
        agent_label="oefen.medewerker",
        targets=TARGETS,
        general_reasons=["Terugbelverzoek"],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    # The dialog opens with the cursor in the target filter, ready to type.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.target_filter, timeout=2000)
    return dialog


def test_keyboard_only_referral(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.target_filter, "verg")
    qtbot.keyClick(dialog.target_filter, Qt.Key.Key_Down)
    assert dialog.target_list.hasFocus()
    qtbot.keyClick(dialog.target_list, Qt.Key.Key_Return)
    assert dialog.reason_edit.hasFocus()
    assert not dialog.reason_error.isVisible()  # Enter in the list did not press "Doorverwijzen"
    assert dialog.reason.itemText(0) == "Vraag over de beslistermijn"  # templates of the target
    qtbot.keyClicks(dialog.reason_edit, "Inwoner wil weten wanneer het besluit komt")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == ReferralDialog.DialogCode.Accepted
    assert dialog.draft is not None
    assert dialog.draft.target.name == "Team Vergunningen"
    assert dialog.draft.reason.startswith("Inwoner wil weten")


def test_missing_fields_are_named_in_words_and_nothing_is_sent(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.target_filter, "bestaat niet")
    qtbot.keyClick(dialog.target_filter, Qt.Key.Key_Return)
    assert dialog.draft is None
    assert dialog.target_error.isVisible()
    assert "Kies naar wie" in dialog.target_error.text()
    assert "Vul een reden in" in dialog.reason_error.text()


def test_bad_phone_number_is_refused(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.target_filter, "Petra")
    qtbot.keyClicks(dialog.reason_edit, "Terugbellen")
    qtbot.keyClicks(dialog.phone, "bel me")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.draft is None
    assert "telefoonnummer klopt niet" in dialog.phone_error.text()
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "06 12345678")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.draft is not None
    assert dialog.draft.target.key == "t3"
    assert dialog.draft.callback_phone == "06 12345678"


def test_every_field_has_an_accessible_name_and_a_label(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    for field in (
        dialog.target_filter,
        dialog.target_list,
        dialog.reason,
        dialog.phone,
        dialog.note,
    ):
        assert field.accessibleName()
