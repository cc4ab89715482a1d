"""Ctrl+R in the window: show the referral dialog for what ReferralDesk offers, ask before a
second referral of the same case to the same target, and put the focus back where it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kcc_desk.presenters.referral_form import ReferralDesk, SecondReferral
from kcc_desk.views.referral_dialog import ReferralDialog, TargetOption


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralFlow", text)


def run_referral(
    window: QWidget, desk: ReferralDesk, alert: Callable[[str], None], fallback: QWidget
) -> None:
    """The whole Ctrl+R exchange; ``alert`` says why there is no dialog, ``fallback`` gets the
    focus when nothing had it before."""
    form = desk.form()
    if isinstance(form, str):
        alert(form)
        return
    dialog = ReferralDialog(
        case_number=form.case_number,
        caller_label=form.caller_label,
        agent_label=form.agent_label,
        targets=[TargetOption(t.key, t.name, t.kind, t.reasons) for t in form.targets],
        general_reasons=form.general_reasons,
        notice=form.notice,
        parent=window,
    )
    came_from = window.focusWidget()
    accepted = dialog.exec() == ReferralDialog.DialogCode.Accepted
    draft = dialog.draft if accepted else None
    if draft is not None:
        second = desk.second_referral(draft.target.key)
        if second is None or _confirm_again(window, second):
            desk.send(draft.target.key, draft.reason, draft.callback_phone, draft.note)
    # Back to where the agent was, in an active window (not every platform re-activates the
    # main window when a modal dialog closes, and window shortcuts need it active).
    window.activateWindow()
    (came_from or fallback).setFocus(Qt.FocusReason.OtherFocusReason)


def _confirm_again(parent: QWidget, second: SecondReferral) -> bool:
    """No is the default: Enter keeps the earlier referral."""
    box = QMessageBox(parent)
    box.setObjectName("secondReferral")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Al doorverwezen"))
    box.setText(second.question)
    again = box.addButton(_tr("&Verwijs nog een keer door"), QMessageBox.ButtonRole.YesRole)
    keep = box.addButton(_tr("&Niet doorverwijzen"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is again
