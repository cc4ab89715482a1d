"""The case summary: a data list (label → value) plus the text the citizen sees in Mijn Zaken.

Why a QFormLayout of labels, not a two-column table: this is a data list, not tabular data. A
form layout keeps each label visually next to its value, wraps the value under its label when
the pane is narrow or the text is 200% (``WrapLongRows``). Each value's accessible name says
"caption: value" (``ValueLabel.set_value``); the caption label is not its buddy, or a screen
reader says the caption twice. The values are read-only QLabels that take keyboard focus
(``TextSelectableByKeyboard``), so a screen reader user can Tab through "Zaaknummer: ZAAK-2026-
0001234", "Onderwerp: Omgevingsvergunning", ... and select/copy a value with the keyboard. A
table would add a grid, cell navigation and header semantics that mean nothing here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.formatting import format_confidentiality, format_date, is_overdue, relative_days
from kcc_desk.presenters.timeline_model import ui_language
from kcc_desk.services.models import CaseDetail, CaseSummary, Role
from kcc_desk.views.announce import announce
from kcc_desk.views.semantic_colors import palette_colors

log = logging.getLogger(__name__)


class ValueLabel(QLabel):
    """A read-only value the keyboard can reach and select; draws its own focus ring.

    QLabel draws no focus indicator, and a theme may not style ``QLabel:focus``; a keyboard user
    must always see where focus is (WCAG 2.4.7), so the ring is painted here from the palette.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("dataList", "value")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMargin(3)  # room for the focus ring without covering the text
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_value(self, text: str, spoken: str = "", *, caption: str = "") -> None:
        """The one rule for data values (issue 20): a value is heard as "caption: value", once.
        The name is the text shown, ``spoken`` only spells out what the screen abbreviates (a
        short date, an overdue badge under the value), ``caption`` goes in front when the
        caption is a label of its own. Such a label is therefore never the value's buddy: Orca
        reads a labelled-by relation in front of the name ("Zaaknummer Zaaknummer: …")."""
        self.setText(text)
        said = spoken or text
        self.setAccessibleName(f"{caption}: {said}" if caption and said else said)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()


@dataclass(slots=True)
class _Field:
    key: QLabel
    value: ValueLabel
    badge: QLabel  # e.g. "3 dagen over de termijn" under a deadline; hidden when not needed
    cell: QWidget  # value + badge: the form row's field
    caption: str
    detail_only: bool  # only known once the CaseDetail has loaded


class CaseSummaryView(QWidget):
    """``set_summary`` (from the case list, at once), ``set_detail`` (when loaded), ``clear``."""

    statustekst_copied = Signal()

    # Field keys in display order, with their visible labels (tr() at construction).
    FIELDS: tuple[str, ...] = (
        "zaaknummer",
        "onderwerp",
        "omschrijving",
        "status",
        "gestart",
        "verwacht",
        "uiterst",
        "afgerond",
        "resultaat",
        "vertrouwelijkheid",
        "object",
        "aanvrager",
        "behandelaar",
        "bron",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseSummary")
        captions = {
            "zaaknummer": self.tr("Zaaknummer"),
            "onderwerp": self.tr("Onderwerp"),
            "omschrijving": self.tr("Omschrijving"),
            "status": self.tr("Status"),
            "gestart": self.tr("Gestart op"),
            "verwacht": self.tr("Verwacht klaar op"),
            "uiterst": self.tr("Uiterlijk klaar op"),
            "afgerond": self.tr("Afgerond op"),
            "resultaat": self.tr("Resultaat"),
            "vertrouwelijkheid": self.tr("Vertrouwelijkheid"),
            "object": self.tr("Adres of object"),
            "aanvrager": self.tr("Aanvrager"),
            "behandelaar": self.tr("Behandelaar"),
            "bron": self.tr("Bron"),
        }
        detail_only = {"object", "aanvrager", "behandelaar"}

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, _Field] = {}
        for key in self.FIELDS:
            caption = captions[key]
            label = QLabel(caption, self)
            label.setProperty("dataList", "key")
            # Keys bold (as the NLDS data list's dt): keys and values stay apart when stacked.
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            # Keys never wrap: WrapLongRows moves the value under a key that does not fit, and a
            # wrapped key in a form row gets clipped.
            label.setMargin(3)  # same as the values, so the baselines line up
            cell = QWidget(self)
            value = ValueLabel(cell)
            value.setObjectName(f"summary_{key}")
            badge = QLabel("", cell)
            badge.setObjectName(f"summary_{key}_badge")
            # Set before the first polish: in Qt 6.12 unpolish/polish after a property change
            # updates colours but not the QSS box model (padding, font size), so the badge kind
            # is fixed and the label is shown or hidden instead.
            badge.setProperty("badge", "overdue")
            badge_palette = badge.palette()
            badge_palette.setColor(
                QPalette.ColorRole.WindowText, palette_colors(badge_palette).warning_text
            )
            badge.setPalette(badge_palette)  # fallback when no theme styles the badge
            badge.hide()  # short words; no wrapping, so it is never squeezed into two lines
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(value)
            # Left-aligned so the badge hugs its words instead of spanning the column.
            cell_layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
            self.form.addRow(label, cell)
            self.fields[key] = _Field(label, value, badge, cell, caption, key in detail_only)

        self.loading_label = QLabel(self.tr("Bezig met laden…"), self)
        self.loading_label.setObjectName("summaryLoading")
        self.loading_label.setWordWrap(True)
        self.loading_label.hide()

        # The box with what the citizen sees, so the agent says the same thing.
        self.citizen_box = QFrame(self)
        self.citizen_box.setObjectName("citizenStatusBox")
        self.citizen_box.setProperty("alert", "info")
        self.citizen_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.citizen_heading = QLabel(
            self.tr("Dit ziet de inwoner in Mijn Zaken:"), self.citizen_box
        )
        self.citizen_heading.setProperty("role", "heading")
        self.citizen_heading.setProperty("heading", "3")
        self.citizen_heading.setWordWrap(True)
        self.citizen_text = ValueLabel(self.citizen_box)
        self.citizen_text.setObjectName("citizenStatusText")
        self.copy_button = QPushButton(self.tr("Kopieer tekst"), self.citizen_box)
        self.copy_button.setObjectName("copyStatustekst")
        self.copy_button.setProperty("variant", "secondary")
        self.copy_button.setAccessibleName(self.tr("Kopieer tekst"))
        self.copy_button.setAccessibleDescription(
            self.tr("Zet de tekst die de inwoner ziet op het klembord.")
        )
        self.copy_button.clicked.connect(self.copy_statustekst)
        self.copied_label = QLabel("", self.citizen_box)
        self.copied_label.setObjectName("copiedConfirmation")
        box_layout = QVBoxLayout(self.citizen_box)
        box_layout.addWidget(self.citizen_heading)
        box_layout.addWidget(self.citizen_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied_label, 1)
        box_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.loading_label)
        layout.addWidget(self.citizen_box)
        layout.addStretch(1)

        self._statustekst = ""
        self.show_citizen_box = True
        # Rows another view already shows (the status card): left out, not said twice.
        self.omitted: frozenset[str] = frozenset()
        self.clear()

    # --- public API ----------------------------------------------------------------------------

    def set_summary(self, summary: CaseSummary, today: date) -> None:
        """What the case list already knows; the detail-only rows say they are loading."""
        self._fill_summary(summary, today)
        for f in self.fields.values():
            if f.detail_only:
                self._set(f, "")
        self.loading_label.show()

    def set_detail(self, detail: CaseDetail, today: date) -> None:
        self._fill_summary(detail.summary, today)
        unknown = self.tr("Onbekend")
        objects = "\n".join(o.omschrijving for o in detail.objects if o.omschrijving)
        self._set(self.fields["object"], objects or unknown)
        self._set(self.fields["aanvrager"], _names(detail.roles, "initiator") or unknown)
        self._set(self.fields["behandelaar"], _names(detail.roles, "behandelaar") or unknown)
        self.loading_label.hide()

    def clear(self) -> None:
        """Remove every trace of the case (names, addresses, texts), including accessible names."""
        for f in self.fields.values():
            self._set(f, "")
        self._set_statustekst("")
        self.loading_label.hide()
        self.citizen_box.hide()
        self.copied_label.setText("")

    def statustekst(self) -> str:
        return self._statustekst

    def copy_statustekst(self) -> None:
        if not self._statustekst:
            return
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._statustekst)
        message = self.tr("Tekst gekopieerd.")
        self.copied_label.setText(message)
        announce(self, message)
        self.statustekst_copied.emit()
        log.info("statustekst copied to clipboard")

    # --- internals -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose_wrap_policy()
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def fit_height(self) -> None:
        """Ask for the height the rows need at the current width: inside a scroll area (the
        Gegevens tab) the form was otherwise given its unwrapped height at 200% text, and
        every label was squeezed a few pixels short."""
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        need = layout.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._choose_wrap_policy()

    def _choose_wrap_policy(self) -> None:
        """Side by side when there is room; every value under its label when narrow or at large
        text sizes. One rule for all rows reads calmer than Qt's per-row ``WrapLongRows``, which
        wraps only the rows whose value happens to be one long word."""
        key_width = max(f.key.sizeHint().width() for f in self.fields.values())
        narrow = self.width() < key_width * 5 // 2
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if narrow
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)
            # Stacked: a value sits close under its key, with air above the next key, so each
            # pair reads as one unit (proximity), not as a column of equal lines.
            em = self.fontMetrics().height()
            self.form.setVerticalSpacing(0 if narrow else -1)
            for f in self.fields.values():
                f.key.setContentsMargins(0, em * 2 // 3 if narrow else 0, 0, 0)

    def _fill_summary(self, case: CaseSummary, today: date) -> None:
        lang = ui_language()
        f = self.fields
        self._set(f["zaaknummer"], case.identificatie)
        self._set(f["onderwerp"], case.zaaktype)
        self._set(f["omschrijving"], case.omschrijving)
        status = ""
        if case.status is not None:
            status = case.status.omschrijving
            if case.status.datum_status_gezet is not None:
                status = self.tr("{status} (sinds {date})").format(
                    status=status, date=format_date(case.status.datum_status_gezet, lang)
                )
        self._set(f["status"], status or self.tr("Onbekend"))
        self._set(f["gestart"], format_date(case.startdatum, lang) if case.startdatum else "")
        self._set_deadline(f["verwacht"], case.einddatum_gepland, case, today)
        self._set_deadline(f["uiterst"], case.uiterlijke_einddatum_afdoening, case, today)
        self._set(f["afgerond"], format_date(case.einddatum, lang) if case.einddatum else "")
        if case.resultaat:
            self._set(f["resultaat"], case.resultaat)
        else:
            self._set(f["resultaat"], self.tr("Nog geen resultaat") if case.is_open else "")
        level = case.vertrouwelijkheidaanduiding
        # Only worth a row when it restricts something; in words, never just a colour.
        self._set(
            f["vertrouwelijkheid"],
            format_confidentiality(level, lang) if level != "openbaar" else "",
        )
        source = case.source
        if case.also_in:
            source = self.tr("{source} (ook in: {others})").format(
                source=source, others=", ".join(case.also_in)
            )
        self._set(f["bron"], source)
        self._set_statustekst(case.status.statustekst if case.status else "")
        self.citizen_box.setVisible(self.show_citizen_box)

    def _set_deadline(
        self, field: _Field, deadline: date | None, case: CaseSummary, today: date
    ) -> None:
        if deadline is None:
            self._set(field, "")
            return
        lang = ui_language()
        text = format_date(deadline, lang)
        if not case.is_open:
            self._set(field, text)
        elif is_overdue(deadline, today):
            # Overdue gets its own badge (words + theme colour), not just a red date.
            self._set(field, text, overdue=relative_days(deadline, today, lang))
        else:
            self._set(field, f"{text} ({relative_days(deadline, today, lang)})")

    def _set(self, field: _Field, text: str, *, overdue: str = "") -> None:
        """Show ``text`` in a row (hide the row when empty). ``overdue`` ("3 dagen over de
        termijn") goes in a badge under the value, styled by the theme as
        QLabel[badge="overdue"], with a palette colour as fallback; the words carry it."""
        field.value.set_value(
            text, f"{text}, {overdue}" if text and overdue else "", caption=field.caption
        )
        shown_badge = bool(text and overdue)
        field.badge.setText(overdue if shown_badge else "")
        field.badge.setVisible(shown_badge)
        shown = bool(text) and field.value.objectName().removeprefix("summary_") not in self.omitted
        self.form.setRowVisible(field.cell, shown)

    def _set_statustekst(self, text: str) -> None:
        self._statustekst = text
        self.citizen_text.set_value(
            text or self.tr("Bij deze status hoort geen tekst voor de inwoner."),
            caption=self.tr("Dit ziet de inwoner in Mijn Zaken"),
        )
        self.copy_button.setEnabled(bool(text))
        self.copied_label.setText("")


def _names(roles: tuple[Role, ...], generic: str) -> str:
    return ", ".join(r.naam for r in roles if r.omschrijving_generiek == generic and r.naam)
