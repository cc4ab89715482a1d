"""kcc-desk: case status lookup, referrals and contact logging for a municipality's KCC."""

__version__ = "0.1.0"
