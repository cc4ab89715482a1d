"""One list of cases from several sources: the one rule for merging and ordering them.

The lookup service merges the sources' answers with it, and the case list model merges each
source's partial result with it as it arrives, so both give the same rows in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kcc_desk.services.identifiers import case_number_key
from kcc_desk.services.models import CaseSummary


def case_key(case: CaseSummary) -> str:
    """What makes two rows the same case: the case number, in any case and spacing."""
    return case_number_key(case.identificatie)  # "zaak-1" in one source is "ZAAK 1"


def order_key(case: CaseSummary) -> tuple[bool, float, str]:
    """Newest activity first, cases without any activity last, ties by case number."""
    activity = case.last_activity
    return (activity is None, -(activity.timestamp() if activity else 0.0), case.identificatie)


def merge_cases(per_source: Iterable[Iterable[CaseSummary]]) -> tuple[CaseSummary, ...]:
    """One row per case number (the first list holding it wins; the others are named in
    ``also_in``), in ``order_key`` order."""
    by_key: dict[str, CaseSummary] = {}
    for cases in per_source:
        for case in cases:
            key = case_key(case)
            first = by_key.get(key)
            if first is None:
                by_key[key] = case
            elif case.source != first.source and case.source not in first.also_in:
                by_key[key] = replace(first, also_in=(*first.also_in, case.source))
    return tuple(sorted(by_key.values(), key=order_key))
