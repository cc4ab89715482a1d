"""The embedded ZGW training server ("Oefenomgeving"): realistic synthetic data over real HTTP.

A product feature (training mode, `kcc-desk demo-server`) that tests and benchmarks use too.
"""
