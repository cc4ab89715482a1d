from tests.security.fake_keyrings import insecure_keyring, memory_keyring
from tests.settings.fake_zgw import fake_zgw, threaded_fake_zgw

__all__ = ["fake_zgw", "insecure_keyring", "memory_keyring", "threaded_fake_zgw"]
