#!/usr/bin/python3
"""What a screen reader sees of a running kcc-desk, read over AT-SPI from a separate process.

Runs under the *system* python3 (pyatspi comes from the apt package python3-pyatspi; the venv
has no GObject bindings), so it imports nothing from kcc-desk or the venv. It is a small server:
test_atspi.py starts it once and sends one command per line on stdin; each answer is one JSON
line on stdout:

    snapshot   {"focus": NODE | null, "nodes": [NODE, ...]}   every showing object of the app
    quit

NODE = {"role", "name", "description", "states", "depth", "parent", "rows", "children"}; "rows"
is the row count of a table (from its Table interface), "parent" the parent's name. Like
/work/shared/tools/atspi_tree.py, the walk skips what is not showing (a screen reader does not
read hidden widgets) and does not enter table cells beyond the first rows (they are data).

usage: atspi_probe.py PID
"""

import contextlib
import json
import sys
import time

import pyatspi

MAX_DEPTH = 30
MAX_CELLS = 60  # children of a table or list read per snapshot (enough for names of items)
STATES = {
    pyatspi.STATE_FOCUSABLE: "focusable",
    pyatspi.STATE_FOCUSED: "focused",
    pyatspi.STATE_EDITABLE: "editable",
    pyatspi.STATE_SELECTED: "selected",
    pyatspi.STATE_ENABLED: "enabled",
    pyatspi.STATE_SHOWING: "showing",
    pyatspi.STATE_ACTIVE: "active",
    pyatspi.STATE_MODAL: "modal",
}
CONTAINERS = ("table", "list", "tree", "tree table", "list box")
ITEMS = ("table cell", "list item", "tree item", "table row", "page tab")


def find_app(pid, timeout=30.0):
    """The application with this process id on the AT-SPI desktop (it registers a moment after
    its window is shown)."""
    end = time.time() + timeout
    while time.time() < end:
        for app in pyatspi.Registry.getDesktop(0):
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that went away while we looked
                pass
        time.sleep(0.2)
    return None


def describe(acc, depth, parent_name):
    states = acc.getState()
    node = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": [word for state, word in STATES.items() if states.contains(state)],
        "depth": depth,
        "parent": parent_name,
        "rows": None,
        "children": acc.childCount,
    }
    if node["role"] == "table":
        with contextlib.suppress(NotImplementedError):  # a table without the interface
            node["rows"] = acc.queryTable().nRows
    return node


def walk(app):
    """All showing objects, and the one with keyboard focus.

    Qt marks the *current* cell or item of a view as focused even when the view itself has lost
    focus, so an item only counts as the focus when its view is focused too (that is also when
    Orca hears about it)."""
    nodes, focus = [], None
    stack = [(app, 0, "", False)]
    while stack:
        acc, depth, parent_name, parent_focused = stack.pop()
        try:
            node = describe(acc, depth, parent_name)
        except Exception:  # the object died while we read it (a dialog closing)
            continue
        if depth > 0 and "showing" not in node["states"]:
            continue
        nodes.append(node)
        focused = "focused" in node["states"]
        if focused and (node["role"] not in ITEMS or parent_focused):
            focus = node  # the deepest focused object wins (a table cell over its table)
        if depth >= MAX_DEPTH:
            continue
        count = node["children"]
        if node["role"] in CONTAINERS:
            count = min(count, MAX_CELLS)
        children = []
        for i in range(count):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:
                child = None
            if child is not None:
                children.append((child, depth + 1, node["name"], focused))
        stack.extend(reversed(children))  # pre-order, in the app's own order
    return {"focus": focus, "nodes": nodes}


def main():
    pid = int(sys.argv[1])
    app = find_app(pid)
    if app is None:
        print(json.dumps({"error": f"no application with pid {pid} on the AT-SPI desktop"}))
        return 1
    print(json.dumps({"ready": app.name, "toolkit": app.toolkitName}), flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            break
        answer = walk(app) if command == "snapshot" else {"error": f"unknown: {command!r}"}
        print(json.dumps(answer), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
