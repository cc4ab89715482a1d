"""Two widgets whose accessible interface Qt's Linux bridge (AT-SPI) gets wrong for us.

* ``LabelledComboBox``: on Unix Qt's own combo box interface answers its *current value* as the
  accessible name (``QAccessibleComboBox::text``: "on Linux we use relations for this"), so a
  screen reader's list of controls shows "Vandaag", "Alle teams", "Alle", "Alle", … and a
  control's name does not contain its visible label (WCAG 2.5.3). Here the name is the label
  followed by the value ("Periode: Vandaag"), and the value stays the value. The value is kept in
  the name because Orca 43 takes the text a Qt combo box shows from its name (Qt gives it no
  Text or Selection interface), and the bridge announces a new choice as a name change.
* ``AccessibleWindow``: a plain top-level ``QWidget`` is a "filler" to AT-SPI (role Client);
  the main window (a ``QMainWindow``) is a "frame". A window of its own is a frame too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QFocusEvent
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QWidget

SHOW_MENU = "showMenu"


class LabelledComboBox(QComboBox):
    """A combo box named after its label: ``setAccessibleName`` takes the label text.

    A choice made with the arrow keys is also put in the accessible description while the box
    has focus. Orca 43 ignores a combo box's name change ("redundant for this role") and looks
    for the new choice through a selection interface Qt's combo box does not have, so the new
    value was silent; a new description of the focused control it does speak. When focus leaves,
    the description it had before (a help text, or none) is put back, so arriving on the box
    does not say the value twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_description: str | None = None  # set while a choice is being said
        self.currentIndexChanged.connect(self._say_choice)

    def _say_choice(self) -> None:
        if not self.hasFocus():
            return
        if self._own_description is None:
            self._own_description = self.accessibleDescription()
        self.setAccessibleDescription(self.currentText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._own_description is not None:
            self.setAccessibleDescription(self._own_description)
            self._own_description = None


class AccessibleWindow(QWidget):
    """A top-level window that is not a ``QMainWindow`` (AT-SPI role frame, named by title)."""


class _ComboAccessible(QAccessibleWidget):
    def __init__(self, combo: LabelledComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def text(self, kind: QAccessible.Text) -> str:
        value = self._combo.currentText()
        if kind == QAccessible.Text.Name:
            label = self._combo.accessibleName()
            return f"{label}: {value}" if label and value else label or value
        if kind == QAccessible.Text.Value:
            return value
        return str(super().text(kind))

    # The drop-down list is the combo box's child, as in Qt's own interface: a screen reader
    # reads its items when it is open.
    def childCount(self) -> int:
        return 1

    def child(self, index: int) -> QAccessibleInterface:
        if index == 0:
            return QAccessible.queryAccessibleInterface(self._combo.view())
        return super().child(index)  # none (Qt gives None for an index out of range)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return 0 if child.object() is self._combo.view() else -1

    def state(self) -> QAccessible.State:
        state = super().state()
        state.expandable = True
        state.expanded = self._combo.view().isVisible()
        return state

    def actionNames(self) -> list[str]:
        return [SHOW_MENU, *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == SHOW_MENU:
            self._combo.showPopup()
        else:
            super().doAction(name)


# Qt caches one interface per object; the Python wrappers must live as long as their widgets.
_interfaces: dict[int, QAccessibleInterface] = {}


def _factory(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    del key  # asked for the most derived class first: answering then is answering for obj
    if isinstance(obj, LabelledComboBox):
        made: QAccessibleInterface = _ComboAccessible(obj)
    elif isinstance(obj, AccessibleWindow) and obj.isWindow():
        made = QAccessibleWidget(obj, QAccessible.Role.Window)
    else:
        return None
    found = _interfaces.setdefault(id(obj), made)
    if found is made:
        obj.destroyed.connect(lambda *_args, key=id(obj): _interfaces.pop(key, None))
    return found


_installed = False


def install() -> None:
    """Once per process, before the first of these widgets is shown."""
    global _installed  # noqa: PLW0603 - one factory per process
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
