"""CSV as Excel opens it without asking (UTF-8 with BOM, ``;`` between fields), and the plain
Dutch texts the headless report and the CSV use for time left and the KPI table."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import timedelta
from pathlib import Path

from kcc_desk.services.review.kpi import Report

HOURS_PER_WORKING_DAY = 24


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write atomically (a half-written export is worse than none), owner-only: a queue export
    holds case numbers and medewerkers' names."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([str(v) for v in row] for row in rows)
    tmp.replace(path)


def split_left(left: timedelta) -> tuple[int, int]:
    """(working days, hours) of a working-time span, both >= 0, rounded down to the hour."""
    hours = int(abs(left).total_seconds() // 3600)
    return divmod(hours, HOURS_PER_WORKING_DAY)


def kpi_table_nl(report: Report) -> list[tuple[str, str]]:
    rows = [
        ("Statuscontacten", str(report.status_contacts)),
        ("Doorverwijzingen", str(report.referrals)),
        ("Doorverwijspercentage", f"{report.referral_rate:.1%}"),
        ("Opgelost in eerste contact", f"{report.first_contact_resolution:.1%}"),
        ("Open doorverwijzingen", str(report.open_referrals)),
        ("Te laat", str(report.overdue_referrals)),
    ]
    rows += [(f"Statuscontacten {k}", str(n)) for k, n in sorted(report.per_channel.items())]
    return rows
