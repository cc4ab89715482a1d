"""The Klantinteracties part of the demo/training server (Open Klant 2.18.0, API 0.9.0)."""

from __future__ import annotations

from kcc_desk.demo.klantinteracties.app import create_klantinteracties_app
from kcc_desk.demo.klantinteracties.seed import seed_klantinteracties
from kcc_desk.demo.klantinteracties.store import KlantinteractiesStore

__all__ = ["KlantinteractiesStore", "create_klantinteracties_app", "seed_klantinteracties"]
