"""'1 zaak', '2 zaken' (issue 16: the app said "1 zaken"): Qt's plural forms in a real widget,
in Dutch and English, and the command line's counted words."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.commands.lookup import _attention, _table
from kcc_desk.commands.wording import count_words
from kcc_desk.services.identifiers import IdentifierKind, Query
from kcc_desk.services.models import LookupResult, SourceOutcome
from kcc_desk.views.sources_bar import SourcesBar


def _result(*counts: int) -> LookupResult:
    return LookupResult(
        Query(IdentifierKind.BSN, "999993653"),
        tuple(SourceOutcome(f"Bron {i + 1}", True, None, n, 5) for i, n in enumerate(counts)),
    )


def _bar_texts(qtbot: QtBot) -> list[str]:
    bar = SourcesBar()
    qtbot.addWidget(bar)
    bar.set_sources(["Bron 1", "Bron 2", "Bron 3"])
    bar.finished(_result(1, 2, 0))
    return bar.texts()


def test_sources_bar_counts_in_dutch(dutch: QApplication, qtbot: QtBot) -> None:
    assert _bar_texts(qtbot) == ["Bron 1: 1 zaak", "Bron 2: 2 zaken", "Bron 3: 0 zaken"]


def test_sources_bar_counts_in_english(english: QApplication, qtbot: QtBot) -> None:
    assert _bar_texts(qtbot) == ["Bron 1: 1 case", "Bron 2: 2 cases", "Bron 3: 0 cases"]


@pytest.mark.parametrize(("count", "words"), [(0, "0 zaken"), (1, "1 zaak"), (2, "2 zaken")])
def test_cli_counted_words(count: int, words: str) -> None:
    assert count_words(count, "zaak", "zaken") == words


def test_cli_lookup_table_says_1_zaak_and_2_zaken() -> None:
    lines = _table(_result(1, 2), {}, date(2026, 12, 5)).splitlines()
    assert lines[:2] == ["Bron Bron 1: 1 zaak (5 ms)", "Bron Bron 2: 2 zaken (5 ms)"]
    assert "1 zaken" not in "\n".join(lines)


def test_cli_days_late_singular_and_plural() -> None:
    from tests.views.sample_data import summary  # a case with a planned end date

    case = summary()
    assert case.einddatum_gepland is not None
    day_after = date.fromordinal(case.einddatum_gepland.toordinal() + 1)
    two_after = date.fromordinal(case.einddatum_gepland.toordinal() + 2)
    assert _attention(case, day_after).endswith("1 dag te laat")
    assert _attention(case, two_after).endswith("2 dagen te laat")
