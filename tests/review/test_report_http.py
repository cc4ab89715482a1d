"""`kcc-desk report` over real HTTP against the demo server, every KPI checked against numbers
computed independently from the seeded store (tests/review/expected.py)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kcc_desk.cli import main
from kcc_desk.demo.faults import Fault
from kcc_desk.demo.server import DemoServer
from tests.review.expected import AMS, Expected, deadline, expected, local_date, moment

AS_OF = "2025-12-31T09:00:00+01:00"


def report(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> dict[str, Any]:
    code = main(["report", "--config", str(config), *args, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    result: dict[str, Any] = json.loads(out.out)
    return result


def assert_matches(result: dict[str, Any], exp: Expected) -> None:
    assert result["status_contacts"] == exp.status_contacts
    assert result["referrals"] == exp.referrals
    assert result["referral_rate"] == round(exp.referrals / exp.status_contacts, 4)
    assert result["first_contact_resolution"] == round(
        (exp.status_contacts - exp.referrals) / exp.status_contacts, 4
    )
    assert result["open_referrals"] == exp.open
    assert result["overdue_referrals"] == exp.overdue
    assert {c["kanaal"]: c["status_contacts"] for c in result["per_channel"]} == dict(
        exp.per_channel
    )
    assert {a["agent"]: [a["status_contacts"], a["referrals"]] for a in result["per_agent"]} == (
        exp.per_agent
    )
    assert {t["team"]: [t["referrals"], t["open"], t["overdue"]] for t in result["per_team"]} == (
        exp.per_team
    )


def test_december_kpis_equal_the_independent_count(
    review_server: DemoServer, review_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = report(
        capsys, review_config, "--from", "2025-12-01", "--to", "2025-12-29", "--as-of", AS_OF
    )
    exp = expected(
        review_server.klantinteracties_store,
        date(2025, 12, 1),
        date(2025, 12, 29),
        datetime.fromisoformat(AS_OF),
    )
    assert exp.status_contacts > 1000 and exp.open and exp.overdue and exp.open > exp.overdue
    assert exp.not_about_zaak > 50  # seeded, and not counted
    assert exp.two_actor_tasks > 0  # counted for both actors: per_team sums exceed referrals
    assert sum(t[0] for t in exp.per_team.values()) > exp.referrals
    assert {"telefoon", "balie", "e-mail"} <= set(exp.per_channel)
    assert len(exp.per_agent) == 8
    assert_matches(result, exp)
    assert (result["from"], result["to"], result["as_of"]) == (
        "2025-12-01",
        "2025-12-29",
        "2025-12-31T09:00:00+01:00",
    )


def test_one_team(
    review_server: DemoServer, review_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = report(
        capsys,
        review_config,
        "--from",
        "2025-12-15",
        "--to",
        "2025-12-29",
        "--as-of",
        AS_OF,
        "--team",
        "Team Wmo",
    )
    exp = expected(
        review_server.klantinteracties_store,
        date(2025, 12, 15),
        date(2025, 12, 29),
        datetime.fromisoformat(AS_OF),
        team="Team Wmo",
    )
    assert exp.referrals > 0
    assert_matches(result, exp)
    assert [t["team"] for t in result["per_team"]] == ["Team Wmo"]


def test_a_deadline_over_christmas_and_a_weekend(
    review_server: DemoServer, review_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The referral seeded on Wednesday 24 December 15:00 is due on Tuesday 30 December 15:00:
    Thursday and Friday are Christmas, then the weekend. ITA's weekend-only rule would say
    Monday 29 December 15:00 (Friday 26 is a holiday, not a working day)."""
    store = review_server.klantinteracties_store
    eve = datetime(2025, 12, 24, 15, 0, tzinfo=AMS)
    tasks = [
        t
        for t in store.all("internetaken")
        if abs(moment(t["toegewezenOp"]) - eve) < timedelta(minutes=10)
        and t["status"] == "te_verwerken"
    ]
    assert tasks, "the seeded holiday referral"
    # Other referrals may fall near that moment too: the seeded one is the closest.
    seeded = min(tasks, key=lambda t: abs(moment(t["toegewezenOp"]) - eve))
    due = deadline(moment(seeded["toegewezenOp"]))
    assert due.date() == date(2025, 12, 30) and due.hour == 15
    # At Tuesday 14:00 it is open and not late; at Tuesday 16:00 it is late.
    for as_of, late in (("2025-12-30T14:00:00+01:00", False), ("2025-12-30T16:00:00+01:00", True)):
        one_day = report(
            capsys, review_config, "--from", "2025-12-24", "--to", "2025-12-24", "--as-of", as_of
        )
        exp = expected(store, date(2025, 12, 24), date(2025, 12, 24), datetime.fromisoformat(as_of))
        assert_matches(one_day, exp)
        assert (due < datetime.fromisoformat(as_of)) is late


def test_contacts_near_midnight_count_on_their_amsterdam_date(
    review_server: DemoServer, review_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = review_server.klantinteracties_store
    texts = [kc["plaatsgevondenOp"] for kc in store.all("klantcontacten")]
    plus_one = [t for t in texts if t.endswith("+01:00")]
    zulu_before_midnight = [
        t for t in texts if t.endswith("Z") and moment(t).astimezone(UTC).hour == 23
    ]
    assert plus_one and zulu_before_midnight
    # 23:40Z on the Monday is 00:40 on the Tuesday in Amsterdam; 00:20+01:00 is that Tuesday.
    tuesday = local_date(zulu_before_midnight[0])
    assert moment(zulu_before_midnight[0]).astimezone(UTC).date() == tuesday - timedelta(days=1)
    assert local_date(plus_one[0]) == tuesday
    for day in (tuesday - timedelta(days=1), tuesday):
        result = report(
            capsys,
            review_config,
            "--from",
            day.isoformat(),
            "--to",
            day.isoformat(),
            "--as-of",
            AS_OF,
        )
        assert_matches(result, expected(store, day, day, datetime.fromisoformat(AS_OF)))


def test_bad_date_is_exit_2_without_a_request(
    review_server: DemoServer, review_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = len(review_server.klantinteracties_request_log())
    for args, said in (
        (["--from", "2026-02-30", "--to", "2026-03-01"], "2026-02-30"),
        (["--from", "2026-03-02", "--to", "2026-03-01"], "einddatum"),
        (["--from", "2026-03-01", "--to", "2026-03-02", "--as-of", "gisteren"], "gisteren"),
    ):
        code = main(["report", "--config", str(review_config), *args, "--json"])
        out = capsys.readouterr()
        assert code == 2
        assert out.out == "" and "Traceback" not in out.err and said in out.err
    assert len(review_server.klantinteracties_request_log()) == before


def test_unknown_team_is_exit_2(review_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "report",
            "--config",
            str(review_config),
            "--from",
            "2025-12-01",
            "--to",
            "2025-12-02",
            "--team",
            "Team Bestaatniet",
            "--json",
        ]
    )
    assert code == 2
    assert "Team Bestaatniet" in capsys.readouterr().err


def test_unreachable_is_exit_1_with_a_message(
    fresh_demo_server: DemoServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = fresh_demo_server.write_config(tmp_path / "c.toml")
    fresh_demo_server.klantinteracties_set_fault(Fault.REFUSE)
    code = main(
        ["report", "--config", str(config), "--from", "2025-12-01", "--to", "2025-12-02", "--json"]
    )
    out = capsys.readouterr()
    assert code == 1
    assert "niet bereikbaar" in out.err and "Traceback" not in out.err and out.out == ""


def test_csv_is_excel_ready(
    review_config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kpi.csv"
    code = main(
        [
            "report",
            "--config",
            str(review_config),
            "--from",
            "2025-12-01",
            "--to",
            "2025-12-29",
            "--as-of",
            AS_OF,
            "--csv",
            str(target),
        ]
    )
    assert code == 0, capsys.readouterr().err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0] == "KPI;Waarde"
    assert lines[1].startswith("Statuscontacten;")
