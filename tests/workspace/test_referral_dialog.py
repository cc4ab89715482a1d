from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
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


def _many_targets() -> list[TargetOption]:
    teams = [TargetOption(f"t{i}", f"Team {i:02d} Vergunningen", "afdeling") for i in range(25)]
    long_reason = "Vraag wanneer er een besluit komt over de omgevingsvergunning voor de aanbouw"
    return [TargetOption("t-long", "Team Vergunningen", "afdeling", (long_reason,)), *teams]


def test_fits_a_1366_by_768_laptop_with_labels_beside_the_fields(qtbot: QtBot) -> None:
    """At 100% text the whole form fits a 1366x768 screen (taskbar and title bar off: 690 px)
    without scrolling, labels stand beside their fields, and a chosen reason of 80 characters is
    visible whole."""
    dialog = ReferralDialog(
        case_number="ZAAK-2026-0001234",
        caller_label="BSN •••••3653",
        agent_label="oefen.medewerker",
        targets=_many_targets(),
        general_reasons=["Terugbelverzoek"],
    )
    qtbot.addWidget(dialog)
    content = dialog.form_area.widget()
    assert content is not None
    layout = dialog.layout()
    assert layout is not None
    need_h = content.sizeHint().height() + layout.spacing() + dialog.buttons.sizeHint().height()
    margins = layout.contentsMargins()
    need_h += margins.top() + margins.bottom()
    need_w = content.sizeHint().width() + margins.left() + margins.right()
    assert need_h <= 690, f"the form needs {need_h} px: it would scroll on a 768-px screen"
    assert need_w <= 1366
    dialog.resize(need_w + 40, 690)  # as the dialog opens on such a laptop (90% of the height)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.form_area.verticalScrollBar().isVisible(), timeout=2000)
    for field in (dialog.target_filter, dialog.reason, dialog.phone, dialog.note):
        label = next(lab for lab in dialog.findChildren(QLabel) if lab.buddy() is field)
        top_label = label.mapTo(dialog, label.rect().topLeft())
        top_field = field.mapTo(dialog, field.rect().topLeft())
        assert top_label.x() < top_field.x(), f"{label.text()} is not beside its field"
        assert abs(top_label.y() - top_field.y()) < field.height(), label.text()
    qtbot.keyClicks(dialog.target_filter, "long")  # nothing matches: the filter is only a test
    dialog.target_filter.clear()
    reason = _many_targets()[0].reasons[0]
    dialog.reason_edit.setText(reason)
    shown = dialog.reason_edit.width() - 12  # the line edit's own frame and margins
    assert dialog.reason_edit.fontMetrics().horizontalAdvance(reason) <= shown


def test_counts_open_klants_limits_as_you_type_and_ctrl_enter_sends_from_the_note(
    qtbot: QtBot,
) -> None:
    dialog = _dialog(qtbot)
    assert dialog.reason_count.text() == "0 van 200 tekens"
    qtbot.keyClicks(dialog.reason_edit, "Terugbellen")
    assert dialog.reason_count.text() == "11 van 200 tekens"
    assert dialog.reason_edit.maxLength() == 200
    dialog.note.setPlainText("x" * 1200)
    assert len(dialog.note.toPlainText()) == 1000  # stops at the limit instead of a cut later
    assert dialog.note_count.text() == "1000 van 1000 tekens"
    qtbot.keyClicks(dialog.target_filter, "verg")
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # a new line, not "send"
    assert dialog.result() != ReferralDialog.DialogCode.Accepted
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == ReferralDialog.DialogCode.Accepted
    assert dialog.draft is not None and dialog.draft.reason == "Terugbellen"


def test_enter_sends_from_every_single_line_field(qtbot: QtBot) -> None:
    for field in ("target_filter", "reason_edit", "phone"):
        dialog = _dialog(qtbot)
        qtbot.keyClicks(dialog.target_filter, "belast")
        qtbot.keyClicks(dialog.reason_edit, "Vraag over kwijtschelding")
        qtbot.keyClick(getattr(dialog, field), Qt.Key.Key_Return)
        assert dialog.result() == ReferralDialog.DialogCode.Accepted, field
        assert dialog.draft is not None and dialog.draft.target.name == "Team Belastingen"
