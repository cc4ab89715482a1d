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
    CITIZEN_VIEW = "citizen-view"
    SHOW_STATUS = "show-status"
    SHOW_TIMELINE = "show-timeline"
    TOGGLE_SUBSTATUSES = "toggle-substatuses"
    SHOW_DETAILS = "show-details"
    SHOW_DOCUMENTS = "show-documents"
    SHOW_ROLES = "show-roles"
    SHOW_CONTACTS = "show-contacts"
    REVIEW = "review"
    MY_REFERRALS = "my-referrals"
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
            ActionId.CITIZEN_VIEW,
            _tr("Inwonerweergave aan of uit"),
            (key("Ctrl+I"),),
            _tr(
                "Toont de geopende zaak zoals de inwoner die mag zien, in grote letters, om naar "
                "de bezoeker aan de balie te draaien. Dezelfde toets gaat terug."
            ),
        ),
        ActionSpec(
            ActionId.SHOW_STATUS,
            _tr("Ga naar de stand van zaken"),
            (key("Alt+1"),),
            _tr("Zet de cursor op de huidige stap van de geopende zaak."),
        ),
        ActionSpec(
            ActionId.SHOW_TIMELINE,
            _tr("Ga naar de voortgang"),
            (key("Alt+2"),),
            _tr("Zet de cursor in de stappen van de zaak. Spatie toont de tussenstappen."),
        ),
        ActionSpec(
            ActionId.TOGGLE_SUBSTATUSES,
            _tr("Toon of verberg tussenstappen"),
            (key("Ctrl+T"),),
            _tr("Toont de tussenstappen van de gekozen stap, of verbergt ze weer."),
        ),
        ActionSpec(
            ActionId.SHOW_DETAILS,
            _tr("Toon gegevens van de zaak"),
            (key("Alt+3"),),
            _tr("Opent het tabblad Gegevens: onderwerp, data, adres, aanvrager, bron."),
        ),
        ActionSpec(
            ActionId.SHOW_DOCUMENTS,
            _tr("Toon documenten"),
            (key("Alt+4"),),
            _tr("Opent het tabblad Documenten. Enter opent het gekozen document."),
        ),
        ActionSpec(
            ActionId.SHOW_ROLES,
            _tr("Toon rollen"),
            (key("Alt+5"),),
            _tr("Opent het tabblad Rollen: wie bij de zaak betrokken is."),
        ),
        ActionSpec(
            ActionId.SHOW_CONTACTS,
            _tr("Toon eerdere contacten"),
            (key("Alt+6"),),
            _tr("Opent het tabblad Eerdere contacten en open doorverwijzingen."),
        ),
        ActionSpec(
            ActionId.NEXT_PANE,
            _tr("Ga naar het volgende deel van het scherm"),
            (key("F6"),),
            _tr(
                "Gaat verder: zoekveld, bronnen, zaken, stand van zaken, voortgang, "
                "tabbladen van de zaak, gevolgde zaken."
            ),
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
            ActionId.REVIEW,
            _tr("Open het overzicht voor teamleiders"),
            (key("Ctrl+Shift+K"),),
            _tr("Opent KPI's en de wachtrij van doorverwijzingen in een eigen venster."),
        ),
        ActionSpec(
            ActionId.MY_REFERRALS,
            _tr("Toon mijn doorverwijzingen"),
            (key("Ctrl+Shift+M"),),
            _tr("Toont wie u de afgelopen 30 dagen doorverwees, met de status nu."),
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
