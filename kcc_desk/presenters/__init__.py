"""Presenters and Qt item models: QtCore only, own the async work, no widgets, no HTTP."""
