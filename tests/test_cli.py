from __future__ import annotations

import subprocess
import sys

import pytest

from kcc_desk import __version__
from kcc_desk.cli import build_parser, main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("command", [[], ["demo-server"], ["lookup"], ["outbox"], ["sources"]])
def test_help_of_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main([*command, "--help"])
    assert raised.value.code == 0
    assert "gebruik: kcc-desk" in capsys.readouterr().out  # argparse in Dutch, as the rest


@pytest.mark.parametrize(
    "argv",
    [
        ["--config", "a.toml", "lookup", "--bsn", "999993653"],
        ["lookup", "--config", "a.toml", "--bsn", "999993653"],
    ],
)
def test_config_before_or_after_the_subcommand(argv: list[str]) -> None:
    assert build_parser().parse_args(argv).config == "a.toml"


def test_help_answers_without_loading_qt_or_http() -> None:
    code = (
        "import sys; from kcc_desk.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('PySide6', 'httpx', 'aiohttp') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
