"""Every shortcut of the app is a QAction in this one registry (after Picard's action registry).

The F1 overview is generated from it, so what the help says and what the keys do cannot drift
apart. No single-letter shortcuts without a modifier: agents type into fields all day.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class ActionId(StrEnum):
    FOCUS_SEARCH = "focus-search"
    NEW_CALLER = "new-caller"
    REFER = "refer"
    LOG_ANSWERED = "log-answered"
    COPY_CASE_NUMBER = "copy-case-number"
    WATCH = "watch"
    GO_WATCHED = "go-watched"
    NEXT_PANE = "next-pane"
    PREVIOUS_PANE = "previous-pane"
    TEXT_LARGER = "text-larger"
    TEXT_SMALLER = "text-smaller"
    TEXT_RESET = "text-reset"
    SHORTCUTS = "shortcuts"
    SETTINGS = "settings"
    QUIT = "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True, slots=True)
class ActionSpec:
    id: ActionId
    text: str
    keys: tuple[QKeySequence, ...]
    help: str


def action_specs() -> list[ActionSpec]:
    """The shortcuts, in the order the F1 overview lists them (translated at call time)."""
    key = QKeySequence
    std = QKeySequence.StandardKey
    return [
        ActionSpec(
            ActionId.FOCUS_SEARCH,
            _tr("Ga naar het zoekveld"),
            (key(std.Find),),
            _tr("Zet de cursor in het zoekveld, waar u ook bent."),
        ),
        ActionSpec(
            ActionId.NEW_CALLER,
            _tr("Begin met een nieuwe beller"),
            (key(std.New),),
            _tr("Wist alle gegevens van de vorige beller van het scherm."),
        ),
        ActionSpec(
            ActionId.REFER,
            _tr("Verwijs zaak door"),
            (key("Ctrl+R"),),
            _tr("Verwijst de geopende zaak door naar een medewerker of afdeling."),
        ),
        ActionSpec(
            ActionId.LOG_ANSWERED,
            _tr("Leg vast: vraag beantwoord"),
            (key("Ctrl+B"),),
            _tr("Legt vast dat u de vraag over deze zaak zelf hebt beantwoord."),
        ),
        ActionSpec(
            ActionId.COPY_CASE_NUMBER,
            _tr("Kopieer zaaknummer"),
            (key(std.Copy),),
            _tr("Kopieert het zaaknummer van de gekozen zaak in de lijst."),
        ),
        # Watch list (issue 17): Ctrl+D as a browser's bookmark key.
        ActionSpec(
            ActionId.WATCH,
            _tr("Volg zaak of stop met volgen"),
            (key("Ctrl+D"),),
            _tr("Volgt de gekozen of geopende zaak. U krijgt een melding als er iets verandert."),
        ),
        ActionSpec(
            ActionId.GO_WATCHED,
            _tr("Ga naar de gevolgde zaken"),
            (key("Ctrl+Shift+D"),),
            _tr("Zet de cursor in de lijst met gevolgde zaken."),
        ),
        ActionSpec(
            ActionId.NEXT_PANE,
            _tr("Ga naar het volgende deel van het scherm"),
            (key("F6"),),
            _tr("Gaat verder: zoekveld, bronnen, zaken, zaakgegevens, eerdere contacten."),
        ),
        ActionSpec(
            ActionId.PREVIOUS_PANE,
            _tr("Ga naar het vorige deel van het scherm"),
            (key("Shift+F6"),),
            _tr("Gaat naar het vorige deel, in de omgekeerde volgorde."),
        ),
        ActionSpec(
            ActionId.TEXT_LARGER,
            _tr("Maak tekst groter"),
            (key(std.ZoomIn), key("Ctrl+=")),
            _tr("Maakt alle tekst groter, tot 200%."),
        ),
        ActionSpec(
            ActionId.TEXT_SMALLER,
            _tr("Maak tekst kleiner"),
            (key(std.ZoomOut),),
            _tr("Maakt alle tekst kleiner, tot 100%."),
        ),
        ActionSpec(
            ActionId.TEXT_RESET,
            _tr("Maak tekst normaal"),
            (key("Ctrl+0"),),
            _tr("Zet de tekst terug op 100%."),
        ),
        ActionSpec(
            ActionId.SHORTCUTS,
            _tr("Toon sneltoetsen"),
            (key(std.HelpContents), key("F1")),
            _tr("Toont dit overzicht."),
        ),
        ActionSpec(
            ActionId.SETTINGS,
            _tr("Open instellingen"),
            (key("Ctrl+,"),),
            _tr("Opent de instellingen: bronnen, Klantinteracties, taal, thema en vergrendeling."),
        ),
        ActionSpec(
            ActionId.QUIT,
            _tr("Sluit kcc-desk af"),
            (key(std.Quit), key("Ctrl+Q")),
            _tr("Stopt het programma."),
        ),
    ]


class ActionRegistry(QObject):
    """Creates one window-wide QAction per ActionSpec and adds it to ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._specs = action_specs()
        self._actions: dict[ActionId, QAction] = {}
        for spec in self._specs:
            action = QAction(spec.text, window)
            keys = _unique([k for k in spec.keys if not k.isEmpty()])
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setStatusTip(spec.help)
            action.setObjectName(f"action-{spec.id.value}")
            if spec.id == ActionId.COPY_CASE_NUMBER:
                # Ctrl+C must keep copying selected text in fields; the case list owns this one.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            else:
                window.addAction(action)
            self._actions[spec.id] = action

    def action(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def specs(self) -> list[ActionSpec]:
        return list(self._specs)

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(keys as the agent reads them, action, help) for the F1 overview."""
        rows = []
        for spec in self._specs:
            keys = self._actions[spec.id].shortcuts()
            text = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((text, spec.text, spec.help))
        return rows


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    seen: set[str] = set()
    result = []
    for k in keys:
        text = k.toString()
        if text not in seen:
            seen.add(text)
            result.append(k)
    return result
