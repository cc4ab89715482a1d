"""The review window (Ctrl+Shift+K) as a screen reader gets it, over the real AT-SPI tree (the
app on Xvfb, read from a separate process, keys through xdotool; see test_atspi.py, whose
session and skip rules this uses): the KPI tiles, the queue and every chart's table are named
and reached by Tab, in screen order."""

from __future__ import annotations

import time
from typing import Any

from tests.accessibility.test_atspi import (
    SEARCH_NAME,
    ScreenReaderSession,
    focus_of,
    nodes,
    screen_reader,
)

__all__ = ["screen_reader"]  # the fixture, used by name

REVIEW_TITLE = "Overzicht doorverwijzingen en KPI's"
PERIOD = "Periode"
FILTER_LABELS = ("Team", "Naar team", "Medewerker", "Status", "Urgentie")  # combo boxes
CHART_TABLES = {
    "Tabel: Statuscontacten en doorverwijzingen per dag",
    "Tabel: Doorverwijzingen per team",
    "Tabel: Doorverwijzingen per zaaktype",
    "Tabel: Open doorverwijzingen naar leeftijd",
}


def table_of(focus: dict[str, Any]) -> str:
    """The table a focus is in: Qt reports the table's current cell as focused (its parent is
    the table) or, while it has no rows, the table itself."""
    if focus["role"] == "table":
        return str(focus["name"])
    return str(focus["parent"]) if focus["role"] == "table cell" else ""


def in_table(focus: dict[str, Any], name: str) -> bool:
    return table_of(focus) == name


def tab_until(
    sr: ScreenReaderSession, done: Any, *, limit: int = 70, key: str = "Tab"
) -> list[dict[str, Any]]:
    """Press Tab until ``done(focused list)``; every focus on the way, in order."""
    seen: list[dict[str, Any]] = []
    for _ in range(limit):
        focus = sr.wait_for("a focused object", focus_of)
        seen.append(focus)
        if done(seen):
            return seen
        sr.keys(key)
    raise AssertionError([f"{f['role']}:{f['name']!r} in {f['parent']!r}" for f in seen])


def test_review_window_named_and_reachable_by_tab(screen_reader: ScreenReaderSession) -> None:
    sr = screen_reader
    sr.wait_for("the main window", lambda s: nodes(s, "frame", "kcc-desk"))
    sr.focus_window()
    sr.wait_for(
        "focus in the search field", lambda s: (f := focus_of(s)) and f["name"] == SEARCH_NAME
    )
    # The shortcut works once start-up has finished building the workspace (a moment after
    # the search field takes keys): press it until the window is there.
    for _ in range(10):
        sr.keys("ctrl+shift+k")
        end = time.monotonic() + 3
        while time.monotonic() < end and not nodes(sr.snapshot(), None, REVIEW_TITLE):
            time.sleep(0.2)
        if nodes(sr.snapshot(), None, REVIEW_TITLE):
            break
    # A window of its own, like the main window: a frame, not a "filler" (Qt's role for a plain
    # top-level widget), which a screen reader does not present as a window.
    sr.wait_for("the review window", lambda s: nodes(s, "frame", REVIEW_TITLE))
    # No window manager on Xvfb: give the review window the X input focus by its title.
    sr._xdotool("search", "--sync", "--name", "Overzicht doorverwijzingen", "windowfocus", "--sync")
    # The tiles carry label and value in their name once the report is there.
    sr.wait_for(
        "the filled tiles",
        lambda s: any(
            n["name"].startswith("Statuscontacten: ") and not n["name"].endswith("–")
            for n in s["nodes"]
        ),
    )
    # Qt names a combo box on Linux after its current value alone; these say their label first
    # (WCAG 2.5.3), then the value.
    sr.wait_for(
        "focus on the period",
        lambda s: (
            (f := focus_of(s)) and f["role"] == "combo box" and f["name"] == f"{PERIOD}: Vandaag"
        ),
    )
    combos = {n["name"] for n in sr.snapshot()["nodes"] if n["role"] == "combo box"}
    for label in FILTER_LABELS:
        assert any(name.startswith(f"{label}: ") for name in combos), (label, combos)

    seen = tab_until(sr, lambda s: in_table(s[-1], "Doorverwijzingen"))
    names = [f["name"] for f in seen]
    assert all(names), seen  # nothing unnamed on the way
    tiles = [i for i, f in enumerate(seen) if f["name"].startswith("Statuscontacten: ")]
    tab_bar = next(i for i, f in enumerate(seen) if f["role"] == "page tab")
    assert names[tab_bar] == "Wachtrij"
    assert names[0] == f"{PERIOD}: Vandaag"
    assert tiles and 0 < tiles[0] < tab_bar < len(seen) - 1, names
    for label in ("Doorverwijzingen: ", "Open doorverwijzingen: ", "Te laat: "):
        assert any(n.startswith(label) for n in names[:tab_bar]), (label, names)
    assert any(n.startswith("Statuscontacten via balie: ") for n in names[:tab_bar]), names

    # The charts' page (Ctrl+Tab inside the tabs): every chart's table is reached by Tab.
    sr.keys("ctrl+Tab")
    seen = tab_until(sr, lambda s: {table_of(f) for f in s} >= CHART_TABLES)
    order = list(dict.fromkeys(t for f in seen if (t := table_of(f)) in CHART_TABLES))
    assert order == sorted(order, key=list(CHART_TABLES_IN_SCREEN_ORDER).index), order


CHART_TABLES_IN_SCREEN_ORDER = (
    "Tabel: Statuscontacten en doorverwijzingen per dag",
    "Tabel: Doorverwijzingen per team",
    "Tabel: Doorverwijzingen per zaaktype",
    "Tabel: Open doorverwijzingen naar leeftijd",
)
