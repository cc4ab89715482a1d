"""Deterministic synthetic training data (persons, companies, catalogue, cases, documents)."""
