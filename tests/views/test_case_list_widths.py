"""How the case list shares its width (views.case_list.share): plain arithmetic, no widgets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kcc_desk.presenters.case_list_model import Column
from kcc_desk.views.case_list import COLUMN_WEIGHTS, share


def test_columns_raised_to_their_minimum_take_room_from_the_others() -> None:
    minimums = dict.fromkeys(COLUMN_WEIGHTS, 50)
    minimums[Column.CONFIDENTIALITY] = 300
    widths = share(1000, COLUMN_WEIGHTS, minimums)
    assert widths[Column.CONFIDENTIALITY] == 300
    assert sum(widths.values()) == 1000


def test_when_the_minimums_do_not_fit_each_column_gets_its_minimum() -> None:
    minimums = dict.fromkeys(COLUMN_WEIGHTS, 200)
    assert share(1000, COLUMN_WEIGHTS, minimums) == minimums


@given(
    width=st.integers(min_value=0, max_value=5000),
    minimums=st.lists(st.integers(min_value=0, max_value=800), min_size=7, max_size=7),
)
def test_every_column_gets_its_minimum_and_the_width_is_filled(
    width: int, minimums: list[int]
) -> None:
    needs = dict(zip(COLUMN_WEIGHTS, minimums, strict=True))
    widths = share(width, COLUMN_WEIGHTS, needs)
    assert set(widths) == set(COLUMN_WEIGHTS)
    assert all(widths[c] >= needs[c] for c in COLUMN_WEIGHTS)
    if sum(minimums) <= width:
        assert sum(widths.values()) == width
    else:
        assert widths == needs
