"""Finding the person behind a caller who does not know their BSN (issue 14).

| module | what it holds |
|---|---|
| `errors`, `models` | the BRP's errors for the agent; ``PersonMatch``, what a person list shows |
| `auth`, `brp` | Haal Centraal BRP Personen 2.x: pluggable authentication; ``BrpClient`` |
| `digital` | phone and e-mail through Klantinteracties: digitaal adres → partij → BSN |
| `service` | ``PersonService``: one call per search-box query, used by the GUI and the CLI |

No Qt here. No BSN, name, phone number or e-mail address ever goes into a log line or a URL.
"""
