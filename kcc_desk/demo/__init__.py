"""The embedded ZGW training server ("Oefenomgeving"): realistic synthetic data over real HTTP.

A product feature (training mode, `kcc-desk demo-server`) that tests and benchmarks use too.

- ``server.DemoServer``: N ZGW sources (Zaken 1.5.1, Catalogi 1.3.1, Documenten 1.4.2 as
  Open Zaak 1.30 serves them), each on its own port, plus the Klantinteracties API; faults,
  latency, a Zaken API 1.0 mode and a request log per source.
- ``data``: the deterministic training data (``random.Random(seed)``, dates relative to a
  reference day); the fixed personas are documented in ``data/personas.py``.
- ``app`` (per-source aiohttp app and middlewares), ``auth`` (ZGW JWT), ``http_common``
  (problems, query validation, pagination, ETags), ``zaken*``, ``catalogi``, ``documenten``
  (handlers), ``serialize*`` and ``store`` (JSON shapes and indexes), ``faults``.
"""
