"""Shared i18n fixtures: .qm files compiled from the committed .ts files, for tests run alone.

``scripts/test.sh`` builds ``resources/i18n/*.qm`` before pytest, but a test run on its
own in a fresh clone has none (they are not committed). Tests that need English on screen use
``qm_dir`` and pass it to ``install_translators(..., qm_dir=qm_dir)``.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from kcc_desk.i18n import install_translators, remove_translators

REPO = Path(__file__).parents[2]
TS_DIR = REPO / "i18n"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with kcc_desk_nl.qm and kcc_desk_en.qm, compiled now from i18n/*.ts."""
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease not installed next to this Python")
    out = tmp_path_factory.mktemp("qm")
    for ts in sorted(TS_DIR.glob("kcc_desk_*.ts")):
        qm = out / f"{ts.stem}.qm"
        result = subprocess.run(
            [str(LRELEASE), str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"pyside6-lrelease {ts.name} failed:\n{result.stderr}"
        assert qm.is_file() and qm.stat().st_size > 0, f"pyside6-lrelease wrote no {qm.name}"
    return out


@contextlib.contextmanager
def in_language(qapp: QApplication, qm_dir: Path, language: str) -> Iterator[QApplication]:
    """The app in ``language`` ("nl", "en") for the block; translators and locale put back."""
    locale = QLocale()
    installed = install_translators(qapp, language, qm_dir=qm_dir)
    assert installed.own_loaded, f"kcc_desk_{language}.qm did not load from {qm_dir}"
    try:
        yield qapp
    finally:
        remove_translators(qapp)
        QLocale.setDefault(locale)


@pytest.fixture
def english(qapp: QApplication, qm_dir: Path) -> Iterator[QApplication]:
    with in_language(qapp, qm_dir, "en"):
        yield qapp


@pytest.fixture
def dutch(qapp: QApplication, qm_dir: Path) -> Iterator[QApplication]:
    with in_language(qapp, qm_dir, "nl"):
        yield qapp
