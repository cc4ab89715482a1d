"""Refer the open case to a colleague or department: one keystroke, a few typed words, Enter.

Type to filter the targets (most recent first), Down to move into the list, pick or type a
reason, optionally a call-back number, Enter to send (Ctrl+Enter from the note). Errors are said in
words next to the field; Open Klant's field limits are counted as the agent types.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.services.contacts.limits import MAX_GEVRAAGDE_HANDELING, MAX_INHOUD
from kcc_desk.views.referral_fields import ErrorLabel, FilterField, NoteEdit, TargetList

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_REASON = MAX_GEVRAAGDE_HANDELING  # the interne taak's gevraagdeHandeling
MAX_NOTE = MAX_INHOUD  # the klantcontact's inhoud (the task's toelichting holds it too)
TARGET_ROWS = 6  # the target list shows this many rows; more scroll inside the list
REASON_CHARS = 60  # the reason field shows a typical reason whole
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{8,18}[0-9]$")


@dataclass(frozen=True, slots=True)
class TargetOption:
    key: str  # stable id (actor uuid or configured key)
    name: str  # "Team Vergunningen", "Petra de Vries"
    kind: str  # "afdeling" / "medewerker" in words
    reasons: tuple[str, ...] = ()  # reason templates for this target


@dataclass(frozen=True, slots=True)
class ReferralDraft:
    target: TargetOption
    reason: str
    callback_phone: str
    note: str


class ReferralDialog(QDialog):
    def __init__(
        self,
        *,
        case_number: str,
        caller_label: str,
        agent_label: str,
        targets: Sequence[TargetOption],
        general_reasons: Sequence[str] = (),
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self.setWindowTitle(self.tr("Doorverwijzen: {number}").format(number=case_number))
        self._general_reasons = list(general_reasons)
        self.draft: ReferralDraft | None = None

        intro = QLabel(
            self.tr("Kies naar wie u de vraag doorverwijst en waarom. Druk dan op Enter."), self
        )
        intro.setWordWrap(True)
        # Why the list may be old or empty (Klantinteracties down): said before the list.
        self.notice = QLabel(notice, self)
        self.notice.setObjectName("referralNotice")
        self.notice.setProperty("alert", "warning")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.case_label = QLabel(case_number, self)
        self.caller_label = QLabel(caller_label, self)
        self.agent_label = QLabel(agent_label, self)
        for label in (self.case_label, self.caller_label, self.agent_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.targets_model = QStandardItemModel(self)
        for option in targets:
            item = QStandardItem(f"{option.name} ({option.kind})")
            item.setData(option, TARGET_ROLE)
            item.setEditable(False)
            self.targets_model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.targets_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.target_list = TargetList(self)
        self.target_list.setObjectName("referralTargets")
        self.target_list.setModel(self.proxy)
        self.target_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.target_list.setAccessibleName(self.tr("Naar wie"))
        rows = max(1, min(TARGET_ROWS, len(targets)))
        self.target_list.setFixedHeight(
            rows * self.target_list.sizeHintForRow(0) + 2 * self.target_list.frameWidth() + 4
            if len(targets)
            else self.fontMetrics().lineSpacing() + 8
        )
        self.target_filter = FilterField(self.target_list, self)
        self.target_filter.setObjectName("referralTargetFilter")
        self.target_filter.setAccessibleName(self.tr("Doorverwijzen naar: typ om te zoeken"))
        self.target_filter.setAccessibleDescription(
            self.tr("Typ een deel van de naam. Met pijl omlaag gaat u naar de lijst.")
        )
        self.target_filter.setPlaceholderText(self.tr("Typ een afdeling of naam"))
        self.target_error = self._error_label()

        self.reason = QComboBox(self)
        self.reason.setObjectName("referralReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.setAccessibleName(self.tr("Reden"))
        reason_edit = self.reason.lineEdit()
        assert reason_edit is not None  # editable combobox
        self.reason_edit = reason_edit
        reason_edit.setMaxLength(MAX_REASON)
        # The combobox's own text field is a separate accessible object: it needs the name too.
        reason_edit.setAccessibleName(self.tr("Reden"))
        reason_edit.setPlaceholderText(self.tr("Kies of typ de reden"))
        self.reason.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.reason.setMinimumContentsLength(REASON_CHARS)
        self.reason_count = self._count_label()
        self.reason_error = self._error_label()

        self.phone = QLineEdit(self)
        self.phone.setObjectName("referralPhone")
        self.phone.setAccessibleName(self.tr("Terugbelnummer (niet verplicht)"))
        self.phone.setPlaceholderText(self.tr("Bijvoorbeeld 06 12345678"))
        self.phone_error = self._error_label()

        self.note = NoteEdit(MAX_NOTE, self)
        self.note.setObjectName("referralNote")
        self.note.setAccessibleName(self.tr("Toelichting (niet verplicht)"))
        self.note.setAccessibleDescription(self.tr("Ctrl+Enter verstuurt de doorverwijzing."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.note_count = self._count_label()

        form = QFormLayout()
        # Labels beside their fields, so the dialog fits a 768-pixel-high screen; a label too
        # long for its row (200% text) goes above its field, which then keeps the full width
        # (beside it, the field was a few letters wide: "Typ e…", "Team Be").
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Zaak:"), self.case_label)
        form.addRow(self.tr("Beller:"), self.caller_label)
        form.addRow(self.tr("Medewerker:"), self.agent_label)
        self._add_field(form, self.tr("&Doorverwijzen naar:"), self.target_filter)
        form.addRow("", self.target_list)
        form.addRow("", self.target_error)
        self._add_field(form, self.tr("&Reden:"), self.reason)
        form.addRow("", self.reason_count)
        form.addRow("", self.reason_error)
        self._add_field(form, self.tr("&Terugbelnummer (niet verplicht):"), self.phone)
        form.addRow("", self.phone_error)
        self._add_field(form, self.tr("T&oelichting (niet verplicht):"), self.note)
        form.addRow("", self.note_count)

        self.buttons = QDialogButtonBox(self)
        self.send_button = self.buttons.addButton(
            self.tr("Verwijs door"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setProperty("variant", "primary")
        self.send_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        # The form scrolls when it does not fit the screen (200% text on a 768-pixel-high
        # laptop): before, the dialog was squeezed to its minimum size, which cut off the
        # target list, the fields and the "Let op" lines (WCAG 1.4.4). The buttons stay put.
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(intro)
        content_layout.addWidget(self.notice)
        content_layout.addLayout(form)
        self.form_area = QScrollArea(self)
        self.form_area.setObjectName("referralForm")
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the Tab stops
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_area, 1)
        layout.addWidget(self.buttons)

        # The list was created before the filter, so Tab reached it only after the buttons;
        # Tab follows the screen: filter, its list, then the reason (WCAG 2.4.3).
        QWidget.setTabOrder(self.target_filter, self.target_list)
        QWidget.setTabOrder(self.target_list, self.reason)

        self.target_filter.textChanged.connect(self._filter)
        self.target_filter.returnPressed.connect(self._submit)
        self.target_list.selectionModel().currentChanged.connect(self._target_changed)
        self.target_list.chosen.connect(self.reason.setFocus)
        self.target_list.doubleClicked.connect(lambda _index: self.reason.setFocus())
        self.reason_edit.returnPressed.connect(self._submit)
        self.phone.returnPressed.connect(self._submit)
        self.note.submit.connect(self._submit)
        self.reason_edit.textChanged.connect(self._count_reason)
        self.note.textChanged.connect(self._count_note)
        self._fill_reasons(None)
        self._count_reason()
        self._count_note()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As large as the form needs, at most 90% of the screen (Qt's default is 2/3 of it,
        which made the form scroll even at 100% text); the rest scrolls."""
        content = self.form_area.widget()
        layout = self.layout()
        if content is None or layout is None:
            return
        need = content.sizeHint()
        margins = layout.contentsMargins()
        width = need.width() + margins.left() + margins.right()
        width += self.form_area.verticalScrollBar().sizeHint().width()
        height = need.height() + layout.spacing() + self.buttons.sizeHint().height()
        height += margins.top() + margins.bottom()
        available = self.screen().availableGeometry()
        self.resize(
            min(width, available.width() * 9 // 10), min(height, available.height() * 9 // 10)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.target_filter.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # -- public ----------------------------------------------------------------------------------
    def selected_target(self) -> TargetOption | None:
        index = self.target_list.currentIndex()
        if not index.isValid() and self.proxy.rowCount() == 1:
            index = self.proxy.index(0, 0)  # one match left: that is the one the agent meant
        value = self.proxy.data(index, TARGET_ROLE) if index.isValid() else None
        return value if isinstance(value, TargetOption) else None

    # -- behaviour -------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() and not self.target_list.currentIndex().isValid():
            self.target_list.setCurrentIndex(self.proxy.index(0, 0))
        self.target_error.setVisible(False)

    def _target_changed(self) -> None:
        self._fill_reasons(self.selected_target())

    def _fill_reasons(self, target: TargetOption | None) -> None:
        typed = self.reason.currentText()
        reasons = list(target.reasons if target else ()) + self._general_reasons
        self.reason.clear()
        self.reason.addItems(list(dict.fromkeys(reasons)))
        self.reason.setEditText(typed)

    def _submit(self) -> None:
        target = self.selected_target()
        reason = self.reason.currentText().strip()
        phone = self.phone.text().strip()
        ok = True
        first_bad: QWidget | None = None
        if target is None:
            self._show(self.target_error, self.tr("Kies naar wie u doorverwijst."))
            ok, first_bad = False, first_bad or self.target_filter
        if not reason:
            self._show(self.reason_error, self.tr("Vul een reden in."))
            ok, first_bad = False, first_bad or self.reason
        if phone and not _PHONE.match(phone):
            self._show(
                self.phone_error,
                self.tr("Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties en +."),
            )
            ok, first_bad = False, first_bad or self.phone
        if not ok or target is None:
            if first_bad is not None:
                first_bad.setFocus()
            return
        self.draft = ReferralDraft(
            target=target,
            reason=reason[:MAX_REASON],
            callback_phone=phone,
            note=self.note.toPlainText().strip()[:MAX_NOTE],
        )
        self.accept()

    def _count_reason(self) -> None:
        self._show_count(self.reason_count, len(self.reason_edit.text()), MAX_REASON)

    def _count_note(self) -> None:
        self._show_count(self.note_count, len(self.note.toPlainText()), MAX_NOTE)

    def _show_count(self, label: QLabel, used: int, limit: int) -> None:
        text = self.tr("{used} van {limit} tekens").format(used=used, limit=limit)
        label.setText(text)
        label.setAccessibleName(text)

    def _count_label(self) -> QLabel:
        label = QLabel(self)
        label.setProperty("hint", True)
        return label

    def _error_label(self) -> ErrorLabel:
        label = ErrorLabel(self)
        label.setProperty("alert", "error")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _show(self, label: ErrorLabel, text: str) -> None:
        label.setText(self.tr("Let op: {text}").format(text=text))
        label.setVisible(True)
        label.fit_height()

    def _add_field(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)
