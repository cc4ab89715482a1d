"""A tab bar that says nothing to a screen reader until its pane is first shown.

Adding the first tab makes it the current one, and Qt tells the accessibility bus "page tab
Gegevens selected" at once, even for a tab bar nobody can see. Orca 43 takes that selection for
the focus: at start-up it said "Gegevens page tab" instead of the search field, and, as the
window was not active yet, it then ignored every real focus change of the session (heard with
``tools/look --orca``: after start-up only notifications were spoken).

Orca ignores an event whose source has an empty state set. A widget that is hidden, disabled and
takes no focus has one, so the tab bar is held like that while its tabs are added, and released
when its pane is shown for the first time (a case is opened).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

_HELD = "quietTabsHeldFocusPolicy"


def hold_until_shown(bar: QTabBar) -> None:
    """Call before the first ``addTab``."""
    if bar.property(_HELD) is not None:
        return
    bar.setProperty(_HELD, int(bar.focusPolicy().value))
    bar.setEnabled(False)
    bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def release(bar: QTabBar) -> None:
    """The pane is shown: an ordinary, focusable tab bar again (once; later calls do nothing)."""
    held = bar.property(_HELD)
    if held is None:
        return
    bar.setProperty(_HELD, None)
    bar.setFocusPolicy(Qt.FocusPolicy(int(held)))
    bar.setEnabled(True)
