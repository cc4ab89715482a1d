"""The one build step pyproject.toml cannot say: ship the top-level ``resources/`` inside the
package (as ``kcc_desk/resources/``), where an installed kcc-desk looks for it
(``kcc_desk/resource_dir.py``). Everything else is in pyproject.toml.

An editable install needs no copy: the app reads the checkout's ``resources/`` directly.
Compiled translations (``resources/i18n/*.qm``) come along when they are built first
(``scripts/build-translations.sh``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCE = Path(__file__).resolve().parent / "resources"
# Written by the build, never shipped: editor and OS litter.
IGNORE = shutil.ignore_patterns("*~", ".*", "__pycache__")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "kcc_desk" / "resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(SOURCE, target, ignore=IGNORE)


setup(cmdclass={"build_py": BuildWithResources})
