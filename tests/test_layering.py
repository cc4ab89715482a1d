"""Layering rules import-linter cannot express: which Qt modules each layer may import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "kcc_desk"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


@pytest.mark.parametrize("path", _modules("presenters"), ids=lambda p: p.name)
def test_presenters_use_no_widgets(path: Path) -> None:
    assert not {n for n in _imports(path) if n.startswith("PySide6.QtWidgets")}


@pytest.mark.parametrize("path", _modules("services"), ids=lambda p: p.name)
def test_services_use_no_qt(path: Path) -> None:
    assert not {n for n in _imports(path) if n.startswith("PySide6")}


# apply.py and snapshot.py set the look on the QApplication (a QtWidgets class), variant.py
# re-polishes a widget after a style property changed: the only three.
@pytest.mark.parametrize(
    "path",
    [p for p in _modules("theme") if p.name not in ("apply.py", "snapshot.py", "variant.py")],
    ids=lambda p: p.name,
)
def test_theme_core_uses_no_widgets(path: Path) -> None:
    assert not {n for n in _imports(path) if n.startswith("PySide6.QtWidgets")}


def test_the_rule_would_catch_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in _imports(bad)
