"""Where the running app finds its resources (theme template and tokens, compiled translations).

The sources live in the repository's top-level ``resources/`` (beside ``kcc_desk/`` and
``i18n/``). An installed wheel and the PyInstaller bundle carry a copy inside the package, at
``kcc_desk/resources/`` (``setup.py``'s build step and ``build.spec`` put it there); a source
checkout or an editable install reads ``resources/`` itself. No Qt: the theme core and the i18n
module both use it.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# A file every complete copy has: a stray ``kcc_desk/resources`` (e.g. .qm files left by an older
# build) or an unrelated ``site-packages/resources`` is not taken for ours.
_MARKER = Path("theme") / "base.qss.tmpl"


def find_resources(package: Path = _PACKAGE) -> Path:
    """The installed copy (``kcc_desk/resources``) first, else the checkout's ``resources/``."""
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / _MARKER).is_file():
            return candidate
    # Nothing complete: name the source location, so the error message points to where it
    # belongs rather than to a copy that a build makes.
    return package.parent / "resources"


RESOURCES_DIR = find_resources()
THEME_DIR = RESOURCES_DIR / "theme"
QM_DIR = RESOURCES_DIR / "i18n"
