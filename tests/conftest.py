"""Shared test set-up: Qt offscreen, isolated user dirs, hypothesis profiles, fixture plugins."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI must not be flaky: the same examples every run, and no per-example deadline on a shared,
# loaded 2-core machine. Developers get fresh random examples (still without deadlines).
settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

pytest_plugins = [
    "tests.fixtures.isolation",
    "tests.fixtures.demo",
]
