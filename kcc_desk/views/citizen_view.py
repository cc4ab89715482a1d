"""Inwonerweergave: the open case as the visitor at the counter may see it, in large text.

One shortcut (Ctrl+I) turns the agent's screen into this page and back. It shows only what the
citizen sees in their own portal: the text for the current step, the steps, the substatuses
meant for *betrokkenen*, the expected date and the documents they may open. It leaves out what
is internal: internal substatuses, notes, roles, the other cases, the search field with the BSN,
confidentiality markings and the status line.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kcc_desk.formatting import format_date
from kcc_desk.presenters.timeline_model import ui_language
from kcc_desk.services.models import CaseDetail, StepState

TEXT_FACTOR = 1.6  # large text, readable from across the counter


class CitizenView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citizenView")
        self.setAccessibleName(self.tr("Inwonerweergave"))
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.heading = self._label("citizenHeading", heading=True)
        self.status = self._label("citizenStatus")
        self.expected = self._label("citizenExpected")
        self.steps_heading = self._label("citizenStepsHeading", heading=True)
        self.steps = self._label("citizenSteps")
        self.documents_heading = self._label("citizenDocumentsHeading", heading=True)
        self.documents = self._label("citizenDocuments")
        self.back_hint = self._label("citizenBack")
        self.back_hint.setText(
            self.tr("Medewerker: druk op Ctrl+I om terug te gaan naar het werkscherm.")
        )
        layout = QVBoxLayout(self.content)
        for label in (
            self.heading,
            self.status,
            self.expected,
            self.steps_heading,
            self.steps,
            self.documents_heading,
            self.documents,
        ):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.back_hint)
        self.scroll_area.setWidget(self.content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area)
        self._base_point_size = 0.0

    def _label(self, name: str, *, heading: bool = False) -> QLabel:
        label = QLabel(self.content)
        label.setObjectName(name)
        label.setWordWrap(True)
        if heading:
            label.setProperty("heading", "2")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def show_case(self, detail: CaseDetail, today: date) -> None:
        """Fill the page from the case (only the citizen's parts)."""
        del today  # the date words say the day itself, not "nog 5 dagen" (agent's jargon)
        lang = ui_language()
        case = detail.summary
        self.heading.setText(
            self.tr("Uw zaak {number}: {subject}").format(
                number=case.identificatie, subject=case.zaaktype
            )
        )
        steps = sorted(detail.timeline, key=lambda s: s.volgnummer)
        current = next((s for s in steps if s.state is StepState.CURRENT), None)
        text = (current.statustekst if current else "") or (
            case.status.statustekst if case.status else ""
        )
        self.status.setText(
            self.tr("Waar staat uw zaak: {text}").format(text=text)
            if text
            else self.tr("Waar staat uw zaak: {step}").format(
                step=current.omschrijving if current else self.tr("onbekend")
            )
        )
        if not case.is_open and case.einddatum is not None:
            self.expected.setText(
                self.tr("Afgerond op {date}").format(date=format_date(case.einddatum, lang))
            )
        elif case.einddatum_gepland is not None:
            self.expected.setText(
                self.tr("Verwacht klaar op {date}").format(
                    date=format_date(case.einddatum_gepland, lang)
                )
            )
        else:
            self.expected.setText(self.tr("Verwacht klaar op: nog niet bekend"))
        self.steps_heading.setText(self.tr("De stappen"))
        lines = []
        states = {
            StepState.DONE: self.tr("klaar"),
            StepState.CURRENT: self.tr("nu bezig"),
            StepState.PLANNED: self.tr("nog niet begonnen"),
        }
        for number, step in enumerate(steps, start=1):
            lines.append(f"{number}. {step.omschrijving} ({states[step.state]})")
            for sub in step.substatussen:
                if sub.doelgroep.strip().lower() == "betrokkenen":  # never the internal ones
                    lines.append(f"    – {sub.omschrijving}")
        self.steps.setText("\n".join(lines))
        openable = [d.titel or d.bestandsnaam for d in detail.documents if d.may_open]
        self.documents_heading.setText(self.tr("Uw documenten"))
        self.documents.setText(
            "\n".join(f"• {title}" for title in openable)
            if openable
            else self.tr("Er zijn geen documenten die u kunt inzien.")
        )
        for label in (self.heading, self.status, self.expected, self.steps, self.documents):
            label.setAccessibleName(label.text())
        self._enlarge()

    def clear(self) -> None:
        for label in (self.heading, self.status, self.expected, self.steps, self.documents):
            label.setText("")
            label.setAccessibleName("")

    def _enlarge(self) -> None:
        """Large text relative to the agent's own text size (which may already be 200%). By
        style sheet: the theme's sheet sets font sizes, which a widget font cannot outdo."""
        parent = self.parentWidget()
        base = (parent or self).font().pointSizeF()
        if base > 0 and base != self._base_point_size:
            self._base_point_size = base
            size = round(base * TEXT_FACTOR, 1)
            self.setStyleSheet(f"QLabel {{ font-size: {size}pt; }}")
