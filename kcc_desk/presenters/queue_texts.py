"""The referral queue's texts: one row of display texts, sort keys and tooltips per referral.

QtCore only (translations). Built in slices (``QueueTexts.add``) so the presenter can give the
event loop a turn between them: 2,000 referrals take ~40 ms to put into words, and the GUI
must not stand still for that."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from kcc_desk.presenters.review_models import Cell, QueueColumn
from kcc_desk.services.review.export import split_left
from kcc_desk.services.review.kpi import QueueRow
from kcc_desk.services.review.worktime import AMSTERDAM

PENDING = "…"  # a queue cell whose text follows (the BSN, the zaak number)
COLUMNS = tuple(QueueColumn)  # iterating an enum is slow; 2,000 rows × 8 columns add up
CUT_OFF = (QueueColumn.TEAM, QueueColumn.REASON, QueueColumn.AGENT)  # may be cut at 1366 px


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def left_text(row: QueueRow) -> str:
    """ "nog 1 werkdag 3 uur", "5 uur te laat", "2 werkdagen te laat", "afgehandeld".

    Late by a working day or more, the hours are left out (rounded down, the deadline is in
    the tooltip): they say little then, and the column stays narrow enough for 1366 px."""
    if not row.is_open:
        return _tr("afgehandeld")
    days, hours = split_left(row.left)
    if days and row.left < timedelta():
        hours = 0
    if days:
        span = (_tr("1 werkdag") if days == 1 else _tr("{n} werkdagen").format(n=days)) + (
            " " + _tr("{n} uur").format(n=hours) if hours else ""
        )
    else:
        span = _tr("{n} uur").format(n=hours)
    if row.left >= timedelta():
        return _tr("nog {span}").format(span=span)
    return _tr("{span} te laat").format(span=span)


def status_text(status: str) -> str:
    return {"te_verwerken": _tr("Open"), "verwerkt": _tr("Afgehandeld")}.get(status, status)


def short_id(zaak_id: str) -> str:
    """A zaak's uuid from its id (the onderwerpobject's objectId: a URL or the uuid)."""
    return zaak_id.rstrip("/").rsplit("/", 1)[-1]


def moment_text(moment: datetime) -> str:
    """dd-mm-jjjj uu:mm in Amsterdam time (formatted by hand: strftime is ~4× slower)."""
    m = moment.astimezone(AMSTERDAM)
    return f"{m.day:02d}-{m.month:02d}-{m.year} {m.hour:02d}:{m.minute:02d}"


class QueueTexts:
    """The texts of a queue, added slice by slice in the queue's order."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.keys: list[list[Any]] = []
        self.tips: dict[Cell, str] = {}
        self._by_left = _tr("Uiterlijk {moment}")

    def add(self, items: Sequence[QueueRow]) -> None:
        for row in items:
            number = len(self.rows)
            when = row.assigned_at.astimezone(AMSTERDAM)
            texts = {
                QueueColumn.WHEN: moment_text(when),
                QueueColumn.TEAM: ", ".join(row.teams),
                QueueColumn.REASON: row.reason,
                QueueColumn.STATUS: status_text(row.status),
                QueueColumn.LEFT: left_text(row),
                QueueColumn.ZAAK: PENDING,  # the zaak number follows
                QueueColumn.BSN: PENDING,  # the masked BSN follows
                QueueColumn.AGENT: ", ".join(row.agents),
            }
            sort_keys: dict[QueueColumn, object] = {
                QueueColumn.WHEN: when.isoformat(),
                QueueColumn.LEFT: row.left.total_seconds() if row.is_open else float("inf"),
            }
            self.rows.append([texts[c] for c in COLUMNS])
            self.keys.append([sort_keys.get(c, texts[c].lower()) for c in COLUMNS])
            # Columns that may be cut off carry their whole text in the tooltip.
            for column in CUT_OFF:
                if texts[column]:
                    self.tips[(number, column)] = texts[column]
            if row.is_open:
                self.tips[(number, QueueColumn.LEFT)] = self._by_left.format(
                    moment=moment_text(row.deadline)
                )
