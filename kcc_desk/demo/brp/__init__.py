"""The demo BRP (Haal Centraal BRP Personen 2.7.0), served by ``DemoServer`` on a port of its own.

``fields`` (paths per result type), ``validation`` (strict bodies), ``records`` (persons as the
BRP delivers them, search rules, field selection), ``app`` (the aiohttp app).
"""
