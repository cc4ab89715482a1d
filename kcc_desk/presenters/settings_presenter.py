"""The settings presenter: loads and saves settings, stores secrets, runs connection tests.

QtCore only. The connection tests are injected as async callables (built in the services layer
by ``connection_test.make_test_runners``), so neither this module nor the dialog speaks HTTP.
A test runs as a task on the running asyncio loop (qasync in the app); when no loop is running —
a dialog opened from a plain Qt context — it runs in a worker thread with its own loop, and the
result comes back as a queued signal on the GUI thread either way. Where each secret is kept
(keyring, environment, ...) is looked up the same way, after the dialog is shown: asking the
keyring may block, so the GUI thread never does (``secrets_located``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kcc_desk.i18n import translated
from kcc_desk.services.config_rules import is_loopback_url
from kcc_desk.services.config_store import (
    ConfigStore,
    GeneralSettings,
    SourceSettings,
    url_problem,
    validate_general,
    validate_source,
)
from kcc_desk.services.connection_test import CheckResult
from kcc_desk.services.errors import KccError
from kcc_desk.services.keyring_safety import StoredWhere, keyring_is_secure, store_secret
from kcc_desk.services.messages import Message
from kcc_desk.services.secret_changes import SecretChanges, SecretSaver
from kcc_desk.services.secret_lookup import (
    KLANTINTERACTIES_USER,
    SecretLookup,
    SecretRef,
    SecretWhere,
    keyring_user,
    klantinteracties_ref,
    source_ref,
)

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPresenter", text)


SourceTestRunner = Callable[[SourceSettings], Awaitable[list[CheckResult]]]
KlantTestRunner = Callable[[str, str | None], Awaitable[list[CheckResult]]]

KLANTINTERACTIES_KEY = "klantinteracties"
WRITE_JOB = "secrets-write"


def source_key(name: str) -> str:
    return f"source:{name}"


@dataclass(slots=True)
class SourceEntry:
    """One source as the dialog edits it."""

    settings: SourceSettings
    original_name: str | None = None  # name in the file; None for a new source
    new_secret: str = field(default="", repr=False)  # typed this session; "" = unchanged
    secret_where: SecretWhere = SecretWhere.CHECKING


@dataclass(slots=True)
class SettingsState:
    sources: list[SourceEntry]
    klantinteracties_url: str
    klantinteracties_token: str = field(default="", repr=False)  # typed; "" = unchanged
    klantinteracties_token_where: SecretWhere = SecretWhere.CHECKING
    klantinteracties_inline_token: str | None = field(default=None, repr=False)
    general: GeneralSettings = field(default_factory=GeneralSettings)
    keyring_secure: bool = True
    keyring_message: str = ""  # in the UI language
    text_scale: float = 1.0  # 1.0-2.0; kept apart from the config file (theme.scale)
    # Why the sources and Klantinteracties cannot be changed here (training mode), or "".
    read_only_reason: str = ""


@dataclass(frozen=True, slots=True)
class FieldError:
    scope: str  # "source:<index>", "klantinteracties", "general" or "file"
    field: str  # "name", "zaken_api", ..., "url", "token", "agent_id", ...
    message: str  # in the UI language


@dataclass(frozen=True, slots=True)
class SaveResult:
    errors: tuple[FieldError, ...] = ()
    # The secrets being put in the keyring now, off the GUI thread; ``secrets_saved`` says
    # where each went.
    pending: tuple[str, ...] = ()
    keyring_changed: bool = False  # anything stored, moved or forgotten: a restart uses it

    @property
    def ok(self) -> bool:
        return not self.errors


class SettingsPresenter(QObject):
    test_started = Signal(str)  # key
    test_finished = Signal(str, object)  # key, list[CheckResult]
    test_failed = Signal(str, str)  # key, message in the UI language
    secrets_located = Signal(object)  # dict: source_key(name) / "klantinteracties" → SecretWhere
    secrets_saved = Signal(object)  # dict: key → StoredWhere, once the keyring has them

    def __init__(
        self,
        store: ConfigStore | None,
        *,
        test_runner: SourceTestRunner | None = None,
        klant_test_runner: KlantTestRunner | None = None,
        secret_saver: SecretSaver = store_secret,
        secret_lookup: SecretLookup | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._lookup = secret_lookup or SecretLookup()
        self._test_runner = test_runner
        self._klant_test_runner = klant_test_runner
        self._save_secret = secret_saver
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._threads: list[threading.Thread] = []

    @property
    def can_test(self) -> bool:
        return self._test_runner is not None

    @property
    def can_test_klantinteracties(self) -> bool:
        return self._klant_test_runner is not None

    # -- loading --------------------------------------------------------------------------------

    def _store(self) -> ConfigStore:
        if self.store is None:  # a subclass without a file (training) overrides what uses it
            raise RuntimeError("this settings presenter has no configuration file")
        return self.store

    def load(self) -> SettingsState:
        from kcc_desk.theme.scale import load_text_scale

        store = self._store()
        secure, message = keyring_is_secure()
        # Where each secret is kept: CHECKING until locate_secrets has asked the keyring.
        entries = [SourceEntry(s, original_name=s.name) for s in store.sources()]
        klant = store.klantinteracties()
        url, inline = klant if klant else ("", None)
        return SettingsState(
            sources=entries,
            klantinteracties_url=url,
            klantinteracties_inline_token=inline,
            general=store.general(),
            keyring_secure=secure,
            keyring_message=translated(message),
            text_scale=load_text_scale(),
        )

    # -- validating and saving ----------------------------------------------------------------

    def validate(self, state: SettingsState) -> list[FieldError]:
        errors: list[FieldError] = []
        names: dict[str, int] = {}
        for index, entry in enumerate(state.sources):
            scope = f"source:{index}"
            settings = _without_stale_inline_secret(entry.settings)
            for key, message in validate_source(settings).items():
                errors.append(FieldError(scope, key, translated(message)))
            name = settings.name.strip()
            if name in names:
                errors.append(FieldError(scope, "name", _tr("Er is al een bron met deze naam.")))
            names.setdefault(name, index)
        url = state.klantinteracties_url.strip()
        if url:
            problem = url_problem(url)
            if problem:
                errors.append(FieldError(KLANTINTERACTIES_KEY, "url", translated(problem)))
        elif state.klantinteracties_token:
            errors.append(
                FieldError(
                    KLANTINTERACTIES_KEY, "url", _tr("Vul eerst het adres van Klantinteracties in.")
                )
            )
        for key, message in validate_general(state.general).items():
            errors.append(FieldError("general", key, translated(message)))
        return errors

    def save(self, state: SettingsState, removed: Sequence[str] = ()) -> SaveResult:
        """Validate everything, write the file once, then put typed secrets in the keyring."""
        errors = self.validate(state)
        if errors:
            return SaveResult(tuple(errors))
        sources = [
            (entry.original_name, _without_stale_inline_secret(entry.settings))
            for entry in state.sources
        ]
        store = self._store()
        try:
            store.replace_all(sources, state.klantinteracties_url.strip() or None, state.general)
        except KccError as exc:  # e.g. the file cannot be written: no single field to blame
            return SaveResult((FieldError("file", "", translated(exc.ui_message)),))
        changes = SecretChanges()
        for name in removed:
            changes.forget(keyring_user(name))
        for entry in state.sources:
            name = entry.settings.name.strip()
            user = keyring_user(name)
            renamed = bool(entry.original_name) and entry.original_name != name
            if entry.new_secret:
                changes.store(source_key(name), user, entry.new_secret)
                entry.new_secret = ""
            elif renamed:
                changes.move(source_key(name), keyring_user(str(entry.original_name)), user)
            if renamed:
                changes.forget_renamed(keyring_user(str(entry.original_name)))
            entry.original_name = name
            entry.secret_where = SecretWhere.CHECKING
        if state.klantinteracties_token:
            changes.store(KLANTINTERACTIES_KEY, KLANTINTERACTIES_USER, state.klantinteracties_token)
            state.klantinteracties_token = ""
        klant = store.klantinteracties()
        state.klantinteracties_inline_token = klant[1] if klant else None
        state.klantinteracties_token_where = SecretWhere.CHECKING
        self._write_secrets(changes, state)
        log.info("instellingen opgeslagen: %d bronnen", len(sources))
        return SaveResult(pending=changes.keys, keyring_changed=bool(changes))

    def _write_secrets(self, changes: SecretChanges, state: SettingsState) -> None:
        """The keyring work off the GUI thread, then where every secret is now."""
        if not changes:
            self.locate_secrets(state)
            return
        save, refs = self._save_secret, self._secret_refs(state)

        async def write_then_locate() -> dict[str, SecretWhere]:
            try:
                placed = await asyncio.to_thread(changes.apply, save)
            except Exception as exc:  # a broken keyring: the flow goes on, in words
                log.warning("sleutels niet bewaard: %s", type(exc).__name__)
                placed = {key: StoredWhere.SESSION_ONLY for key in changes.keys}
            self.secrets_saved.emit(placed)
            return await self._where(refs)

        # A lookup still running would only say the old places. The write has a job of its
        # own, which shutdown leaves alone: OK closes the dialog at once, and the keyring must
        # still get what was typed.
        stale = self._tasks.pop("secrets", None)
        if stale is not None:
            stale.cancel()
        self._launch(WRITE_JOB, write_then_locate, self._located)

    # -- where the secrets are ------------------------------------------------------------------

    def locate_secrets(self, state: SettingsState) -> None:
        """Find where each secret is kept, off the GUI thread; ``secrets_located`` brings the
        answer (the dialog says "wordt nagekeken" meanwhile)."""
        refs = self._secret_refs(state)

        async def locate() -> dict[str, SecretWhere]:
            return await self._where(refs)

        self._launch("secrets", locate, self._located)

    def _located(self, _key: str, found: dict[str, SecretWhere]) -> None:
        self.secrets_located.emit(found)

    @staticmethod
    def _secret_refs(state: SettingsState) -> list[tuple[str, SecretRef]]:
        refs: list[tuple[str, SecretRef]] = [
            (source_key(entry.settings.name.strip()), source_ref(entry.settings))
            for entry in state.sources
        ]
        if state.klantinteracties_url.strip():
            refs.append(
                (
                    KLANTINTERACTIES_KEY,
                    klantinteracties_ref(
                        state.klantinteracties_url, state.klantinteracties_inline_token
                    ),
                )
            )
        return refs

    async def _where(self, refs: list[tuple[str, SecretRef]]) -> dict[str, SecretWhere]:
        try:
            found = await asyncio.to_thread(self._lookup.where_all, [ref for _, ref in refs])
        except Exception as exc:  # a broken keyring: say "not set", never leave "checking"
            log.warning("sleutels niet nagekeken: %s", type(exc).__name__)
            found = [SecretWhere.MISSING] * len(refs)
        return {key: where for (key, _), where in zip(refs, found, strict=True)}

    # -- connection tests -----------------------------------------------------------------------

    def test_source(self, settings: SourceSettings, typed_secret: str = "") -> None:
        """Test ``settings`` as typed (not yet saved); ``typed_secret`` wins over stored ones."""
        runner = self._test_runner
        if runner is None:
            return
        key = source_key(settings.name.strip())
        probe = _without_stale_inline_secret(settings)
        if typed_secret:
            probe = replace(probe, secret=typed_secret)
        self._start(key, lambda: runner(probe))

    def test_klantinteracties(self, url: str, typed_token: str = "") -> None:
        runner = self._klant_test_runner
        if runner is None:
            return
        token = typed_token or None
        if token is None:
            klant = self.store.klantinteracties() if self.store is not None else None
            # The inline demo token only counts for the loopback URL it was written for.
            if klant and klant[1] and klant[0] == url.strip() and is_loopback_url(url):
                token = klant[1]
        self._start(KLANTINTERACTIES_KEY, lambda: runner(url.strip(), token))

    def _start(self, key: str, make: Callable[[], Awaitable[list[CheckResult]]]) -> None:
        self.test_started.emit(key)
        self._launch(key, make, lambda key, results: self.test_finished.emit(key, list(results)))

    def _launch(
        self,
        key: str,
        make: Callable[[], Awaitable[Any]],
        done: Callable[[str, Any], None],
    ) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None:
            previous = self._tasks.pop(key, None)
            if previous is not None:
                previous.cancel()
            task = loop.create_task(self._run(key, make, done))
            self._tasks[key] = task
            task.add_done_callback(lambda done: self._forget(key, done))
            return

        def worker() -> None:
            asyncio.run(self._run(key, make, done))

        # Daemon: a hung server must not keep the app from exiting.
        thread = threading.Thread(target=worker, name=f"kcc-desk-test-{key}", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    async def _run(
        self, key: str, make: Callable[[], Awaitable[Any]], done: Callable[[str, Any], None]
    ) -> None:
        try:
            results = await make()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # shown in words; the type only goes to the log
            log.warning("verbindingstest %s mislukt: %s", key, type(exc).__name__)
            message = getattr(exc, "ui_message", None)
            self.test_failed.emit(
                key,
                translated(message)
                if isinstance(message, Message)
                else _tr("De verbindingstest liep onverwacht mis. Probeer het opnieuw."),
            )
            return
        done(key, results)

    def _forget(self, key: str, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(key) is task:
            del self._tasks[key]

    def shutdown(self) -> None:
        """Stop the connection tests and lookups; a keyring write runs to its end."""
        for key, task in list(self._tasks.items()):
            if key != WRITE_JOB:
                task.cancel()
                del self._tasks[key]


def _without_stale_inline_secret(settings: SourceSettings) -> SourceSettings:
    """An inline (demo) secret only stays while every root is on this computer; otherwise it
    is dropped rather than refused, so moving a training source to a real host just works."""
    if settings.secret and not all(is_loopback_url(r) for r in settings.api_roots if r.strip()):
        return replace(settings, secret=None)
    return settings
