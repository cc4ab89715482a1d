"""Shared test set-up: Qt offscreen, isolated user dirs, hypothesis profiles, fixture plugins."""

from __future__ import annotations

import asyncio
import os

import pytest
from hypothesis import HealthCheck, settings

from kcc_desk.refcount_guard import protect_singletons

protect_singletons()  # the whole suite makes many Qt calls (see kcc_desk/refcount_guard.py)

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
    # CI (CI=true): a skipped test fails unless marked @pytest.mark.allow_skip(reason=...).
    "tests.fixtures.ci_skips",
    "pytester",  # tests/test_ci_skips.py runs small pytest sessions to check that rule
]


@pytest.fixture(autouse=True)
def no_stale_running_loop() -> None:
    """A qasync loop made with already_running=True registers itself as the thread's running
    loop; a test that forgets to unregister it makes every later asyncio test fail ("cannot be
    called from a running event loop"). In a sync fixture nothing can really be running."""
    if asyncio._get_running_loop() is not None:
        asyncio.events._set_running_loop(None)
