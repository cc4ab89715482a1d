"""The contacts side of kcc-desk: logging contacts and referrals in the Klantinteracties API
through a durable outbox, and reading a caller's or case's history.

One job per module:

- ``errors``, ``records``, ``limits``, ``reference``, ``request``, ``state``: httpx-free data
  (what presenters and views may import);
- ``schema``, ``queue``: the SQLite outbox (it imports no HTTP client);
- ``transport``, ``history``, ``client``: the Klantinteracties API (requests; reading; writing);
- ``delivery``, ``worker``: exactly-once delivery of the queue, and doing it in the background;
- ``local_history``, ``targets_cache``, ``service``: what the workspace uses (``ContactService``).
"""
