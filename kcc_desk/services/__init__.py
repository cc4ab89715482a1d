"""Qt-free services: ZGW and Klantinteracties clients, lookup, outbox, settings, credentials."""
