"""Resources live in the top-level ``resources/``; installed copies carry them in the package.
The app must find the right copy in each case, and a wheel must carry them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kcc_desk.i18n import QM_DIR
from kcc_desk.resource_dir import RESOURCES_DIR, THEME_DIR, find_resources
from kcc_desk.theme.qss import TEMPLATE_PATH

REPO = Path(__file__).resolve().parents[1]


def _complete(root: Path) -> Path:
    (root / "theme").mkdir(parents=True)
    (root / "theme" / "base.qss.tmpl").write_text("QWidget {}", encoding="utf-8")
    return root


def test_a_checkout_reads_the_top_level_resources() -> None:
    assert RESOURCES_DIR == REPO / "resources"
    assert TEMPLATE_PATH.is_file() and TEMPLATE_PATH.parent == THEME_DIR
    assert QM_DIR == REPO / "resources" / "i18n"
    # (a kcc_desk/resources an older checkout's build left behind has no theme: passed over)


def test_an_installed_copy_wins_over_a_stray_top_level_folder(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "kcc_desk"
    package.mkdir(parents=True)
    installed = _complete(package / "resources")
    _complete(tmp_path / "site-packages" / "resources")
    assert find_resources(package) == installed


def test_an_incomplete_copy_in_the_package_is_passed_over(tmp_path: Path) -> None:
    package = tmp_path / "kcc_desk"
    (package / "resources" / "i18n").mkdir(parents=True)  # .qm files an older build left
    checkout = _complete(tmp_path / "resources")
    assert find_resources(package) == checkout


@pytest.mark.slow
def test_the_wheel_carries_the_resources_and_data_in_the_package(tmp_path: Path) -> None:
    # A copy of the sources without build/ or .venv, so the build starts clean. The build runs
    # isolated, as pip install does (it fetches the build backend pyproject.toml names).
    source = tmp_path / "src"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", ".*_cache", ".hypothesis", "build", "dist", "*.egg-info", "__pycache__"
        ),
    )
    out = tmp_path / "wheel"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
         "-w", str(out), str(source)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (wheel,) = out.glob("kcc_desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        f"kcc_desk/resources/{p.relative_to(REPO / 'resources').as_posix()}"
        for p in (REPO / "resources" / "theme").rglob("*")
        if p.is_file()
    }
    assert shipped, "resources/theme is empty"
    shipped.add("kcc_desk/demo/data/zaaktypen.toml")  # package data the demo server reads
    assert shipped <= names, sorted(shipped - names)
    assert not any(n.startswith("resources/") for n in names), "resources/ outside the package"
