"""Per source: its progress while searching, then its outcome, with the reason on request.

Each source is a button so a keyboard or screen-reader user can reach it and ask why a source
failed; a banner says in words when the results are incomplete.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kcc_desk.i18n import translated
from kcc_desk.services.models import LookupResult, SourceOutcome, SourcePhase, SourceProgress
from kcc_desk.views.flow_layout import FlowLayout


class SourcesBar(QWidget):
    reason_requested = Signal(str, str)  # source name, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesBar")
        self.setAccessibleName(self.tr("Bronnen"))
        self._buttons: dict[str, QPushButton] = {}
        self._reasons: dict[str, str] = {}
        self.heading = QLabel(self.tr("Bronnen:"), self)
        # Wraps at 200% text or with many sources, instead of widening the whole page.
        self._row = FlowLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.heading)
        self.banner = QLabel(self)
        self.banner.setObjectName("partialBanner")
        self.banner.setProperty("alert", "warning")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._row)
        layout.addWidget(self.banner)

    def set_sources(self, names: list[str]) -> None:
        """Show every configured source as waiting for the next search."""
        for button in self._buttons.values():
            self._row.removeWidget(button)
            button.hide()  # gone from the Tab order and the AT-SPI tree now, not at deletion
            button.deleteLater()
        self._buttons.clear()
        self._reasons.clear()
        for name in names:
            button = QPushButton(self)
            button.setProperty("variant", "subtle")
            button.setObjectName(f"source:{name}")
            button.clicked.connect(lambda _=False, n=name: self._show_reason(n))
            self._row.insertWidget(self._row.count(), button)
            self._buttons[name] = button
            self._set(name, self.tr("{name}: klaar om te zoeken").format(name=name), "")
        self._place_in_tab_order()
        self.banner.setVisible(False)

    def _place_in_tab_order(self) -> None:
        """New widgets join the end of the window's Tab chain (after the case list, the details
        and the history); put the buttons where they are on screen: after the last Tab stop
        before this bar (WCAG 2.4.3). Qt ignores setTabOrder from a widget without Tab focus,
        so the anchor is the previous focusable widget, not the "Bronnen:" label."""
        anchor: QWidget | None = self.heading.previousInFocusChain()
        while anchor is not None and anchor is not self.heading:
            if anchor.focusPolicy() & Qt.FocusPolicy.TabFocus and not self.isAncestorOf(anchor):
                break
            anchor = anchor.previousInFocusChain()
        if anchor is None or anchor is self.heading:
            return  # nothing focusable before the bar: construction order is fine
        for button in self._buttons.values():
            QWidget.setTabOrder(anchor, button)
            anchor = button

    def search_started(self, names: list[str]) -> None:
        self.banner.setVisible(False)
        self._reasons.clear()
        for name in names:
            self._set(name, self.tr("{name}: bezig met zoeken…").format(name=name), "busy")

    def progress(self, progress: SourceProgress) -> None:
        if progress.phase == SourcePhase.STARTED:
            self._set(
                progress.name,
                self.tr("{name}: bezig met zoeken…").format(name=progress.name),
                "busy",
            )
        elif progress.outcome is not None:
            self._show_outcome(progress.outcome)

    def finished(self, result: LookupResult) -> None:
        for outcome in result.sources:
            self._show_outcome(outcome)
        failed = [s.name for s in result.sources if not s.ok]
        if result.all_failed:
            self.banner.setProperty("alert", "error")
            self.banner.setText(
                self.tr("Geen enkele bron gaf antwoord. Probeer het over een paar minuten opnieuw.")
            )
        elif failed:
            self.banner.setProperty("alert", "warning")
            # Plural forms: "Open Zaak gaf geen antwoord" / "Open Zaak, Bron 2 gaven geen antwoord".
            self.banner.setText(
                self.tr(
                    "Resultaten onvolledig: {sources} gaf geen antwoord. "
                    "Er kunnen meer zaken zijn dan u hier ziet.",
                    "",
                    len(failed),
                ).format(sources=", ".join(failed))
            )
        self.banner.style().polish(self.banner)
        self.banner.setVisible(bool(failed))

    def reset(self) -> None:
        self.set_sources(list(self._buttons))

    def _show_outcome(self, outcome: SourceOutcome) -> None:
        if outcome.ok:
            # Qt's plural forms: "1 zaak" / "2 zaken" (and "1 case" / "2 cases").
            text = self.tr("{name}: %n zaken", "", outcome.count).format(name=outcome.name)
            self._reasons.pop(outcome.name, None)
            self._set(outcome.name, text, "ok")
        else:
            text = self.tr("{name}: niet bereikbaar — resultaten onvolledig").format(
                name=outcome.name
            )
            self._reasons[outcome.name] = (
                translated(outcome.ui_error)
                if outcome.ui_error is not None
                else self.tr("Onbekende fout")
            )
            self._set(outcome.name, text, "error")

    def _set(self, name: str, text: str, state: str) -> None:
        button = self._buttons.get(name)
        if button is None:
            return
        button.setText(text)
        button.setProperty("state", state)
        button.setAccessibleName(text)
        reason = self._reasons.get(name)
        button.setAccessibleDescription(
            self.tr("Druk op Enter om de reden te horen.") if reason else ""
        )
        button.setToolTip(reason or "")
        button.style().polish(button)

    def _show_reason(self, name: str) -> None:
        reason = self._reasons.get(name)
        if reason:
            self.reason_requested.emit(name, reason)

    def texts(self) -> list[str]:
        return [b.text() for b in self._buttons.values()]
