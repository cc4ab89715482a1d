"""Watched cases: the local store, the one change-detection interface and its polling feed.

See docs/watching.md. No Qt here; the presenter (presenters/watch.py) runs it on the qasync loop.
"""
