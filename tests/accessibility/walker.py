"""Read a window the way a screen reader does: through Qt's accessibility interfaces.

``walk`` follows ``QAccessible.queryAccessibleInterface`` from a top-level widget through
``child(i)``, so it sees what the platform bridge (AT-SPI, UIA, NSAccessibility) is given: role,
name, description and state, not the widget attributes a test could also read directly. The
helpers below turn that into checks that return a list of problems (empty = fine), so a failing
test prints every defect at once instead of stopping at the first.

Tab-order helpers drive real key events (``qtbot.keyClick`` on the focus widget) and record where
focus goes; they compare that with every widget a keyboard user should be able to reach.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

Role = QAccessible.Role

# Roles a keyboard or screen-reader user operates (not items inside a list/table: those are
# reached with the arrow keys once the list has focus).
INTERACTIVE_ROLES: frozenset[QAccessible.Role] = frozenset(
    {
        Role.PushButton,
        Role.Button,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.List,
        Role.Table,
        Role.Tree,
        Role.PageTab,
        Role.PageTabList,
        Role.Link,
        Role.MenuItem,
    }
)
# Not "interactive" by role, but when such a node takes keyboard focus it is a Tab stop and
# must say what it is (the case summary's values and alert texts are focusable labels).
FOCUSABLE_TEXT_ROLES: frozenset[QAccessible.Role] = frozenset({Role.StaticText})
# Children the walk does not enter: their items are data, reached with arrows, and a table
# with hundreds of cells would only slow the walk down.
ITEM_CONTAINERS: frozenset[QAccessible.Role] = frozenset({Role.Table, Role.List, Role.Tree})

MAX_DEPTH = 40


@dataclass(frozen=True, slots=True)
class Node:
    """One accessible object as the platform bridge sees it."""

    iface: QAccessibleInterface
    role: QAccessible.Role
    name: str
    description: str
    state: QAccessible.State
    depth: int
    widget: QWidget | None

    @property
    def interactive(self) -> bool:
        return self.role in INTERACTIVE_ROLES

    @property
    def shown(self) -> bool:
        return not self.state.invisible and not self.state.offscreen

    @property
    def enabled(self) -> bool:
        return not self.state.disabled

    def label(self) -> str:
        """A short description for assertion messages."""
        kind = self.role.name if hasattr(self.role, "name") else str(self.role)
        obj = self.widget.objectName() if self.widget is not None else ""
        cls = type(self.widget).__name__ if self.widget is not None else "?"
        return f"[{kind}] {self.name!r} ({cls}{' #' + obj if obj else ''})"


def interface(obj: QObject) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(obj)
    assert iface is not None and iface.isValid(), f"no accessible interface for {obj!r}"
    return iface


def node_of(iface: QAccessibleInterface, depth: int = 0) -> Node:
    obj = iface.object()
    return Node(
        iface=iface,
        role=iface.role(),
        name=iface.text(QAccessible.Text.Name) or "",
        description=iface.text(QAccessible.Text.Description) or "",
        state=iface.state(),
        depth=depth,
        widget=obj if isinstance(obj, QWidget) else None,
    )


def walk(root: QWidget, *, enter_items: bool = False) -> Iterator[Node]:
    """Every accessible object under ``root`` (pre-order), as AT-SPI would list them.

    Hidden subtrees are skipped like a screen reader skips them (Qt still reports hidden
    children, with the ``invisible`` state).
    """

    def visit(iface: QAccessibleInterface, depth: int) -> Iterator[Node]:
        node = node_of(iface, depth)
        yield node
        if depth >= MAX_DEPTH or node.state.invisible:
            return
        if node.role in ITEM_CONTAINERS and not enter_items:
            return
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.isValid():
                yield from visit(child, depth + 1)

    yield from visit(interface(root), 0)


def interactive_nodes(root: QWidget) -> list[Node]:
    """Controls a user operates: interactive role (or a focusable text), shown, enabled."""
    result = []
    for node in walk(root):
        focus_text = node.role in FOCUSABLE_TEXT_ROLES and node.state.focusable
        if (node.interactive or focus_text) and node.shown and node.enabled:
            result.append(node)
    return result


def dump(root: QWidget) -> str:
    """The accessible tree as text (for failure messages and for looking at it)."""
    lines = []
    for node in walk(root):
        flags = [
            f
            for f in ("focusable", "focused", "invisible", "disabled", "editable", "readOnly")
            if getattr(node.state, f)
        ]
        lines.append(
            "  " * node.depth
            + f"{node.label()} desc={node.description!r} {' '.join(flags)}".rstrip()
        )
    return "\n".join(lines)


# --- names -----------------------------------------------------------------------------------


def plain(text: str) -> str:
    """Visible label text as spoken: no mnemonic '&', no trailing colon or ellipsis ("Bladeren…"
    is said "Bladeren"), single spaces."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"(:|…|\.\.\.)$", "", text).strip()


def visible_label(widget: QWidget) -> str:
    """The text a sighted user reads as this control's label: its buddy label, or its own text
    (button text). Empty when the control has no visible label."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.isVisibleTo(window) and plain(label.text()):
            return plain(label.text())
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    return ""


def name_problems(root: QWidget) -> list[str]:
    """Every interactive control has a name, and the name contains its visible label (WCAG
    2.5.3 label in name; 4.1.2 name, role, value)."""
    problems = []
    for node in interactive_nodes(root):
        if not node.name.strip():
            problems.append(f"no accessible name: {node.label()}")
            continue
        if node.widget is None:
            continue
        label = visible_label(node.widget)
        if not label or label.casefold() in node.name.casefold():
            continue
        # On Linux Qt names a combobox after its current value and ties the label to it with a
        # labelled-by relation (Orca reads "Taal, Nederlands, combo box"): accept the relation.
        if node.role == Role.ComboBox and label.casefold() in labelled_by(node.iface).casefold():
            continue
        problems.append(f"name does not contain its visible label {label!r}: {node.label()}")
    return problems


def labelled_by(iface: QAccessibleInterface) -> str:
    """The names of the labels tied to ``iface`` (QLabel.setBuddy → AT-SPI labelled-by)."""
    labels = [
        other.text(QAccessible.Text.Name) or ""
        for other, _relation in iface.relations(QAccessible.Relation.Label)
    ]
    return " ".join(plain(label) for label in labels)


def duplicate_names(root: QWidget) -> dict[str, list[str]]:
    """Interactive controls in one window that share a name (ambiguous to a screen reader).

    Parts of one compound control are not duplicates: an editable combobox's text field and a
    tab bar (Qt names it after its current tab) repeat the name of the control they belong to.
    """
    seen: dict[str, list[str]] = {}
    for node in interactive_nodes(root):
        if not node.name or node.role == Role.PageTabList:
            continue
        parent = node.iface.parent()
        if (
            parent is not None
            and parent.role() in INTERACTIVE_ROLES
            and (parent.text(QAccessible.Text.Name) or "").casefold() == node.name.casefold()
        ):
            continue
        seen.setdefault(node.name.casefold(), []).append(node.label())
    return {name: labels for name, labels in seen.items() if len(labels) > 1}


def table_problems(root: QWidget) -> list[str]:
    """Every shown table names each visible column through its column header cells, as a
    screen reader announces "Status, In behandeling" when moving along a row (WCAG 1.3.1)."""
    problems = []
    for node in walk(root):
        if node.role != Role.Table or not node.shown:
            continue
        view = node.widget
        if not isinstance(view, QTableView) or view.model() is None:
            problems.append(f"table without a model: {node.label()}")
            continue
        columns = view.model().columnCount()
        if columns == 0:
            problems.append(f"table without columns: {node.label()}")
        headers = header_names(node.iface, columns)
        for column in range(columns):
            if view.isColumnHidden(column):
                continue
            if not headers.get(column, "").strip():
                problems.append(f"column {column} has no header name: {node.label()}")
    return problems


def header_names(table: QAccessibleInterface, columns: int) -> dict[int, str]:
    """Column index → header name, read from the table's ColumnHeader children. (PySide6 does
    not bind QAccessibleInterface.tableInterface(), but the cells' tableCellInterface is.) Qt
    lists the header cells first, so only the first children are looked at."""
    names: dict[int, str] = {}
    for i in range(min(table.childCount(), 2 * columns + 2)):
        child = table.child(i)
        if child is None or child.role() != Role.ColumnHeader:
            continue
        cell = child.tableCellInterface()
        column = cell.columnIndex() if cell is not None else len(names)
        names[column] = child.text(QAccessible.Text.Name) or ""
    return names


# --- keyboard focus --------------------------------------------------------------------------


def reachable_widgets(window: QWidget) -> list[QWidget]:
    """What a keyboard user must be able to Tab to: shown, enabled widgets of this window that
    accept Tab focus (a focus proxy stands in for the widget that delegates to it)."""
    result: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        target = widget.focusProxy() or widget
        if target not in result:
            result.append(target)
    return result


def focus_widget() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def tab_cycle(qtbot: QtBot, *, backward: bool = False, limit: int = 80) -> list[QWidget]:
    """Press Tab (Shift+Tab) from the focus widget until focus is back where it started.

    Returns the focus widgets in order, starting with the first. Fails when focus never comes
    back (a trap, or a cycle that does not contain the start) or leaves the window.
    """
    start = focus_widget()
    window = start.window()
    key = Qt.Key.Key_Backtab if backward else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backward else Qt.KeyboardModifier.NoModifier
    order = [start]
    for _ in range(limit):
        qtbot.keyClick(focus_widget(), key, modifier)
        current = focus_widget()
        assert current.window() is window, f"focus left the window for {current!r}"
        if current is start:
            return order
        order.append(current)
    names = " → ".join(describe(w) for w in order[-12:])
    raise AssertionError(f"focus did not return to the start after {limit} keys: ... {names}")


def describe(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    obj = widget.objectName()
    return f"{type(widget).__name__}{'#' + obj if obj else ''} {name!r}"


def focus_name(widget: QWidget) -> str:
    """What a screen reader says when ``widget`` gets focus: its name, or for an item view the
    name of its current item (Qt reports the focused child)."""
    iface = interface(widget)
    if isinstance(widget, QAbstractItemView):
        focused = iface.focusChild()
        if focused is not None and focused.isValid():
            return focused.text(QAccessible.Text.Name) or ""
    return iface.text(QAccessible.Text.Name) or ""
