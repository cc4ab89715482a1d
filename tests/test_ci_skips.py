"""The CI rule for skips (tests/fixtures/ci_skips.py), checked on small pytest runs of its own."""

from __future__ import annotations

import pytest

SKIPPING = """
import pytest

@pytest.fixture
def spec():
    pytest.skip("spec file not available")

def test_fixture_skips(spec):
    pass

@pytest.mark.skipif(True, reason="tool missing")
def test_marked_skip():
    pass

def test_skips_inside():
    pytest.skip("no recordings")

@pytest.mark.allow_skip(reason="needs a display server that CI does not have")
def test_allowed():
    pytest.skip("no display")

@pytest.mark.xfail(reason="known bug", strict=True)
def test_expected_failure():
    assert False

def test_passes():
    pass
"""


def _run(pytester: pytest.Pytester, source: str) -> pytest.RunResult:
    pytester.makepyfile(test_sample=source)
    return pytester.runpytest(
        "-p",
        "tests.fixtures.ci_skips",
        "-p",
        "no:cacheprovider",
        "-o",
        "asyncio_default_fixture_loop_scope=function",
        "-rA",
    )


def test_in_ci_a_skip_fails_and_says_why(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    result = _run(pytester, SKIPPING)
    # A skip at set-up (a fixture, a skipif marker) becomes an error; in the test, a failure.
    result.assert_outcomes(passed=1, failed=1, errors=2, skipped=1, xfailed=1)
    result.stdout.fnmatch_lines(
        [
            "*test_fixture_skips skipped in CI (Skipped: spec file not available)*",
            "*test_marked_skip skipped in CI (Skipped: tool missing)*",
            "*test_skips_inside skipped in CI (Skipped: no recordings)*",
            "SKIPPED*no display*",
        ]
    )


def test_outside_ci_skips_stay_skips(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    _run(pytester, SKIPPING).assert_outcomes(passed=1, skipped=4, xfailed=1)


def test_an_allowance_needs_a_reason(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    result = _run(
        pytester,
        "import pytest\n\n@pytest.mark.allow_skip\ndef test_x():\n    pytest.skip('why not')\n",
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*test_x: @pytest.mark.allow_skip needs a reason*"])
