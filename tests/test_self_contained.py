"""No test reads a path outside the repository: a clone anywhere runs the whole suite.

The recordings, specs and design tokens the tests use are copied into tests/fixtures (see
tests/fixtures/paths.py). This guard reads every test module's code (comments and docstrings may
still name the shared folder a file was copied from) and refuses string constants that point at
this machine's shared folder and the ``parents[n].parent`` climb out of the repository.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
OUTSIDE = ("/work/", "../shared", "..\\shared")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def outside_references(source: str) -> list[str]:
    """Each place in ``source`` that points outside the repository, as 'line: what'."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            text = node.value
            if text == "shared" or any(marker in text for marker in OUTSIDE):
                found.append(f"{node.lineno}: {text!r}")
        # Path(__file__).parents[2].parent: above the repository's root.
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "parent"
            and isinstance(node.value, ast.Subscript)
            and isinstance(node.value.value, ast.Attribute)
            and node.value.value.attr == "parents"
        ):
            found.append(f"{node.lineno}: .parents[...].parent")
    return found


def test_the_guard_sees_what_it_looks_for() -> None:
    code = (
        '"""Copied from /work/shared/zgw-recorded."""\n'
        "from pathlib import Path\n"
        'A = Path(__file__).parents[2].parent / "shared" / "design-tokens"\n'
        'B = Path("/work/shared/zgw-specs")\n'
        'C = "../shared/tools/look"\n'
    )
    assert sorted(outside_references(code)) == [
        "3: 'shared'",
        "3: .parents[...].parent",
        "4: '/work/shared/zgw-specs'",
        "5: '../shared/tools/look'",
    ]


def test_no_test_reads_outside_the_repository() -> None:
    problems = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == Path(__file__).resolve():
            continue
        for problem in outside_references(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(TESTS.parent)}:{problem}")
    assert problems == []
