from tests.security.fake_keyrings import insecure_keyring, memory_keyring

__all__ = ["insecure_keyring", "memory_keyring"]
