"""Every subcommand, given bad values as a new user would: exit code 2, one line on stderr, never
a traceback (issue 16). And one grammar: the global options also after the subcommand."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kcc_desk.cli import main
from kcc_desk.demo.server import PERSONA_BSN, DemoServer, Fault

BROKEN = "broken"  # replaced by a file that is not TOML
MISSING = "missing"  # replaced by a path that does not exist
INVALID = "invalid"  # replaced by TOML with a value the configuration does not allow
NO_SOURCES = "no-sources"  # replaced by TOML without any [[sources]]
NOT_SQLITE = "not-sqlite"  # replaced by an outbox file that is not SQLite
NEWER = "newer"  # replaced by an outbox written by a newer kcc-desk
FOLDER = "folder"  # replaced by a folder where the outbox file should be
REPORT = ("report", "--from", "2026-01-01", "--to", "2026-01-31", "--json")

BAD_INPUT: list[tuple[str, ...]] = [
    # top level
    ("--bogus",),
    ("nonsense",),
    ("--lang", "xx"),
    # demo-server: ports, counts, faults, unknown options
    ("demo-server", "--port", "99999"),
    ("demo-server", "--port", "-5"),
    ("demo-server", "--port", "abc"),
    ("demo-server", "--sources", "0"),
    ("demo-server", "--sources", "veel"),
    ("demo-server", "--fault", "9:refuse"),
    ("demo-server", "--fault", "refuse"),
    ("demo-server", "--fault", "1:kapot"),
    ("demo-server", "--fault", "x:500"),
    ("demo-server", "--compat-1-0", "5"),
    ("demo-server", "--latency-ms", "-1"),
    ("demo-server", "--page-size", "0"),
    ("demo-server", "--big-caller-cases", "-3"),
    ("demo-server", "--bogus"),
    # lookup: identifiers, options, configuration
    ("lookup",),
    ("lookup", "--bsn"),
    ("lookup", "--bsn", "123456789"),
    ("lookup", "--bsn", "9" * 100_000),
    ("lookup", "--kvk", "12"),
    ("lookup", "--bsn", PERSONA_BSN, "--kvk", "69599084"),
    ("lookup", "--bsn", PERSONA_BSN, "--bogus"),
    ("lookup", "--bsn", PERSONA_BSN, "--config", MISSING),
    ("lookup", "--bsn", PERSONA_BSN, "--config", BROKEN),
    ("--config", BROKEN, "lookup", "--bsn", PERSONA_BSN),
    # sources
    ("sources",),
    ("sources", "frobnicate"),
    ("sources", "list", "--bogus"),
    ("sources", "list", "--config", BROKEN),
    ("sources", "test", "--config", BROKEN),
    ("sources", "add"),
    ("sources", "add", "X"),
    ("sources", "add", "X", "--zaken-api", "u", "--catalogi-api", "u", "--timeout", "lang"),
    ("sources", "test", "--config", INVALID),
    ("sources", "list", "--config", INVALID),
    ("sources", "test", "--config", MISSING),
    ("sources", "test", "--config", NO_SOURCES),
    # outbox: its file and the configuration
    ("outbox",),
    ("outbox", "list", "--bogus"),
    ("outbox", "retry", "een"),
    *(
        ("outbox", "--outbox", bad, action)
        for bad in (NOT_SQLITE, NEWER, FOLDER)
        for action in ("list", "flush", "retry 1")
    ),
    ("outbox", "flush", "--config", BROKEN),
    ("outbox", "flush", "--config", INVALID),
    ("outbox", "flush", "--config", MISSING),
    ("outbox", "list", "--config", BROKEN),
    # lookup and report: every kind of bad configuration
    *(
        (*command, "--config", bad)
        for command in (
            ("lookup", "--bsn", PERSONA_BSN),
            ("lookup", "--query", PERSONA_BSN),
            REPORT,
        )
        for bad in (BROKEN, MISSING, INVALID, NO_SOURCES)
    ),
    ("lookup", "--query", "1"),
    # report: dates
    ("report", "--from", "gisteren", "--to", "2026-01-31", "--json"),
    ("report", "--from", "2026-02-31", "--to", "2026-03-01", "--json"),
    ("report", "--from", "2026-03-01", "--to", "2026-02-01", "--json"),
    ("report", "--from", "2026-01-01", "--json"),
    ("report", "--from", "2026-01-01", "--to", "2026-01-31"),
    # demo-server: a configuration named explicitly is checked too
    ("demo-server", "--config", BROKEN),
]


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, str]:
    """The bad configuration and outbox files, by their placeholder."""
    from kcc_desk.services.contacts.schema import SCHEMA_VERSION

    broken = tmp_path / "broken.toml"
    broken.write_text("dit is [geen toml\n", encoding="utf-8")
    invalid = tmp_path / "invalid.toml"
    invalid.write_text(
        '[[sources]]\nname = "X"\nzaken_api = "https://x.example/zaken/api/v1/"\n'
        'catalogi_api = "https://x.example/catalogi/api/v1/"\nclient_id = "k"\n'
        'timeout_s = "lang"\n',
        encoding="utf-8",
    )
    no_sources = tmp_path / "leeg.toml"
    no_sources.write_text('language = "nl"\n', encoding="utf-8")
    not_sqlite = tmp_path / "outbox.txt"
    not_sqlite.write_text("dit is geen database\n" * 100, encoding="utf-8")
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    folder = tmp_path / "map"
    folder.mkdir()
    return {
        BROKEN: str(broken),
        MISSING: str(tmp_path / "nope.toml"),
        INVALID: str(invalid),
        NO_SOURCES: str(no_sources),
        NOT_SQLITE: str(not_sqlite),
        NEWER: str(newer),
        FOLDER: str(folder),
    }


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse ends this way; any other exception fails the test
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv", BAD_INPUT, ids=[" ".join(a)[:60] for a in BAD_INPUT])
def test_bad_input_is_one_line_and_exit_2(
    argv: tuple[str, ...],
    bad_files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    replaced = [part for a in argv for part in bad_files.get(a, a).split(" ")]
    code, out, err = run(replaced, capsys)
    assert code == 2, (code, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "Error" not in err.split(":", 1)[0]
    assert lines[0].startswith("kcc-desk"), err
    assert not out.strip() or "draait" not in out  # nothing was started


def test_argparse_speaks_dutch_unless_english_is_configured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = run(["lookup", "--bsn"], capsys)
    assert "hier hoort één waarde bij" in err
    english = tmp_path / "en.toml"
    english.write_text('language = "en"\n', encoding="utf-8")
    _, _, err = run(["--config", str(english), "lookup", "--bsn"], capsys)
    assert "expected one argument" in err
    _, _, err = run(["lookup", "--bsn"], capsys)
    assert "hier hoort één waarde bij" in err
    _, _, err = run(["lookup", "--lang", "en", "--bsn"], capsys)
    assert "expected one argument" in err


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    return capsys.readouterr().out


def test_argparse_help_is_dutch_and_english_when_configured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dutch = _help(["--help"], capsys)
    for words in ("gebruik: kcc-desk", "opties:", "argumenten:", "toon deze hulp en stop",
                  "toon het versienummer en stop", "OPDRACHT"):  # fmt: skip
        assert words in dutch, words
    assert not any(w in dutch for w in ("usage:", "options:", "show this", "show program"))
    assert "gebruik: kcc-desk sources" in _help(["sources", "--help"], capsys)
    english = tmp_path / "en.toml"
    english.write_text('language = "en"\n', encoding="utf-8")
    text = _help(["--config", str(english), "--help"], capsys)
    for words in ("usage: kcc-desk", "options:", "show this help message and exit",
                  "show program's version number and exit"):  # fmt: skip
        assert words in text, words


def test_required_arguments_in_dutch_or_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, err = run(["sources", "add", "X"], capsys)
    assert err.startswith("kcc-desk sources add: dit ontbreekt: --zaken-api, --catalogi-api")
    system = tmp_path / "systeem.toml"
    system.write_text('language = "systeem"\n', encoding="utf-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # "systeem" follows the locale, as the GUI does
    _, _, err = run(["--config", str(system), "sources", "add", "X"], capsys)
    assert "the following arguments are required: --zaken-api, --catalogi-api" in err
    assert "error:" not in err  # one line, without argparse's "error:" prefix
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    _, _, err = run(["--config", str(system), "sources", "add", "X"], capsys)
    assert "dit ontbreekt: --zaken-api, --catalogi-api" in err


def test_global_options_after_every_subcommand(
    demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = str(demo_server.write_config(tmp_path / "c.toml"))
    code, out, _ = run(["sources", "list", "--config", config, "-v"], capsys)
    assert code == 0 and demo_server.sources[0].name in out
    code, out, _ = run(["sources", "--config", config, "list"], capsys)
    assert code == 0 and demo_server.sources[0].name in out
    code, out, _ = run(["lookup", "--bsn", PERSONA_BSN, "--config", config, "-v"], capsys)
    assert code == 0 and "Bron" in out
    code, _, _ = run(["outbox", "list", "--config", config, "-v"], capsys)
    assert code == 0


def test_unexpected_error_is_one_line_details_with_verbose(
    demo_server: DemoServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    import kcc_desk.commands.lookup as lookup_command

    def broken(*_args: object, **_kwargs: object) -> object:
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(lookup_command, "_lookup", broken)
    config = str(demo_server.write_config(tmp_path / "c.toml"))
    code, _, err = run(["lookup", "--bsn", PERSONA_BSN, "--config", config], capsys)
    assert code == 1
    assert err.strip() == (
        "kcc-desk lookup: onverwachte fout (ZeroDivisionError). Meer details met --verbose."
    )
    # The details go to the log, shown with -v (pytest holds the log records itself).
    caplog.set_level(logging.INFO, "kcc_desk.cli")
    code, _, _ = run(["lookup", "--bsn", PERSONA_BSN, "--config", config, "-v"], capsys)
    assert code == 1
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    """The same, through the installed entry point (stderr as a user sees it)."""
    done = subprocess.run(
        [sys.executable, "-m", "kcc_desk", "demo-server", "--port", "99999"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "kcc-desk demo-server: --port: kies een getal van 0 tot en met 65535"
    ]
    assert done.stdout == ""


def test_failed_sources_are_one_line_each_without_log_lines_or_warnings(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    """A real process: what stderr shows when sources fail. The first source is given a short
    (wrong) secret, as municipal secrets often are; pyjwt's key-length warning stays out."""
    config = fresh_demo_server.write_config(tmp_path / "c.toml")
    first = fresh_demo_server.sources[0].secret
    config.write_text(config.read_text().replace(first, "kort"), encoding="utf-8")
    fresh_demo_server.set_fault(1, Fault.REFUSE)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kcc_desk",
            "lookup",
            "--config",
            str(config),
            "--bsn",
            PERSONA_BSN,
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1  # every source failed
    names = [s.name for s in fresh_demo_server.sources]
    assert done.stderr.strip().splitlines() == [
        f"kcc-desk lookup: bron {names[0]}: geen toegang (403)",
        f"kcc-desk lookup: bron {names[1]}: niet bereikbaar",
    ]
