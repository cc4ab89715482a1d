"""The review's one setting, ``referral_term_hours`` (default 48) at the top of the config file.

Read here with ``tomllib`` rather than in ``services/config.py``: only the review uses it, and a
bad value must not stop agents from working (it falls back to 48 with a warning).
"""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path

from kcc_desk.services.review.service import DEFAULT_TERM_HOURS

log = logging.getLogger(__name__)

KEY = "referral_term_hours"


def referral_term_hours(config_path: Path | None) -> float:
    if config_path is None:
        return DEFAULT_TERM_HOURS
    try:
        with config_path.open("rb") as fh:
            value = tomllib.load(fh).get(KEY, DEFAULT_TERM_HOURS)
    except (OSError, tomllib.TOMLDecodeError):
        return DEFAULT_TERM_HOURS
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 24 * 30:
        log.warning("%s ongeldig; 48 uur gebruikt", KEY)
        return DEFAULT_TERM_HOURS
    return float(value)
