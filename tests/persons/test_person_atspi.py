"""The person list over AT-SPI (issue 14): what a screen reader gets when the agent searches by
name and date of birth. The real app (``kcc-desk --demo``) on Xvfb, keys through xdotool, read
by a separate probe (see tests/accessibility/test_atspi.py, whose session this reuses)."""

from __future__ import annotations

from tests.accessibility.test_atspi import (
    SEARCH_NAME,
    ScreenReaderSession,
    all_text,
    focus_of,
    nodes,
    screen_reader,
)

__all__ = ["screen_reader"]  # the fixture, used by name below

LIST_NAME = "Gevonden personen"


def test_person_list_is_named_and_navigable(screen_reader: ScreenReaderSession) -> None:
    sr = screen_reader
    sr.wait_for("the main window", lambda s: nodes(s, "frame", "kcc-desk"))
    sr.focus_window()
    sr.wait_for(
        "focus in the search field", lambda s: (f := focus_of(s)) and f["name"] == SEARCH_NAME
    )
    sr.type("de Vries 12-3-1980")
    sr.wait_for(
        "the detected kind, in words",
        lambda s: nodes(s, None, "Herkend als: naam en geboortedatum"),
    )
    sr.keys("Return")
    first = sr.wait_for(
        "focus on the first person in the named list",
        lambda s: (f := focus_of(s)) and f["parent"] == LIST_NAME and f,
    )
    assert nodes(sr.snapshot(), "list", LIST_NAME), "the list has its name"
    assert first["role"] == "list item", first
    assert "Vries" in first["name"] and "12 maart 1980" in first["name"], first
    assert "BSN •••••01" in first["name"], first
    snap = sr.snapshot()
    assert "999900109" not in all_text(snap) and "999900110" not in all_text(snap)
    assert "alleen om te controleren wie er belt" in all_text(snap)

    sr.keys("Down")
    second = sr.wait_for(
        "the next person after Down",
        lambda s: (
            (f := focus_of(s)) and f["parent"] == LIST_NAME and f["name"] != first["name"] and f
        ),
    )
    name = second["name"].split(" · ")[0]

    sr.keys("Return")
    sr.wait_for(
        "the chosen person's cases, focus in the table",
        lambda s: next(
            (
                t
                for t in nodes(s, "table", "Zaken van deze beller")
                if t["rows"] and (focus_of(s) or {}).get("parent") == t["name"]
            ),
            None,
        ),
    )
    assert f"Beller: {name}" in all_text(sr.snapshot())

    sr.keys("ctrl+n")
    snap = sr.wait_for(
        "an empty workspace with focus in the search field",
        lambda s: (f := focus_of(s)) and f["name"] == SEARCH_NAME and s,
    )
    assert name not in all_text(snap) and "Vries" not in all_text(snap)
