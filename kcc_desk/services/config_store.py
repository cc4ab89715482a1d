"""Change the configuration file: sources, Klantinteracties, general settings.

Read-modify-write on the file's ``tomlkit`` document (``config_file``): only the values that
change are touched, so an administrator's comments and key order survive a save. Before
writing, the result is checked by the loader (``config.parse_config``): a file the app could not
start with is never saved. Every method reads the file fresh, so two editors (the dialog and a
CLI call) do not overwrite each other's older view.

No secret is ever written here, except an inline ``secret``/``token`` for a loopback demo server
(the training set-up that ``DemoServer.write_config`` produces). Secrets go to the OS keyring
via ``keyring_safety``; where a secret is found is ``secret_lookup``'s business.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kcc_desk.services import config_general
from kcc_desk.services.app_dirs import resolve_config_path
from kcc_desk.services.config import SourceConfig, parse_config
from kcc_desk.services.config_file import put, put_or_drop, read_document, read_toml, save_document
from kcc_desk.services.config_general import (
    DEFAULT_IDLE_LOCK_MINUTES,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    GeneralSettings,
    Language,
    validate_general,
)
from kcc_desk.services.config_rules import (
    DEFAULT_TIMEOUT_S,
    INLINE_SECRET_REFUSED,
    ConfigStoreError,
    SourceSettings,
    api_root,
    endpoint_problems,
    first_error,
    is_loopback_url,
    url_problem,
    validate_source,
)
from kcc_desk.services.errors import ConfigError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.secret_lookup import SecretWhere

if TYPE_CHECKING:
    from tomlkit.container import Container
    from tomlkit.items import AoT, Table
    from tomlkit.toml_document import TOMLDocument

# The names the dialog, the CLI and the tests know this module by.
__all__ = [
    "DEFAULT_IDLE_LOCK_MINUTES",
    "DEFAULT_LANGUAGE",
    "INLINE_SECRET_REFUSED",
    "LANGUAGES",
    "ConfigStore",
    "ConfigStoreError",
    "GeneralSettings",
    "Language",
    "SecretWhere",
    "SourceSettings",
    "url_problem",
    "validate_general",
    "validate_source",
]

_SOURCE_FIELDS = ("name", "zaken_api", "catalogi_api", "documenten_api", "client_id",
                  "timeout_s", "secret")  # fmt: skip


class ConfigStore:
    """Edits one configuration file."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = resolve_config_path(path)

    # reading (the dialog's view: lenient, so a file with a mistake can still be corrected)

    def read_raw(self) -> dict[str, Any]:
        try:
            return read_toml(self.path, missing_ok=True)
        except ConfigStoreError:
            raise
        except ConfigError as error:  # the same words as the loader's, with no field to blame
            raise ConfigStoreError(error.ui_message) from None

    def sources(self) -> list[SourceSettings]:
        return [_source_settings(table) for table in _source_tables(self.read_raw())]

    def klantinteracties(self) -> tuple[str, str | None] | None:
        """``(url, inline_demo_token)`` or None when not configured."""
        table = self.read_raw().get("klantinteracties")
        if not isinstance(table, dict) or not isinstance(table.get("url"), str):
            return None
        token = table.get("token")
        return table["url"], token if isinstance(token, str) else None

    def general(self) -> GeneralSettings:
        return config_general.general_settings(self.read_raw())

    # changing

    def add_source(self, settings: SourceSettings) -> SourceConfig:
        source = SourceConfig.checked(settings)
        doc = self._document()
        if any(t.get("name") == source.name for t in _aot(doc)):
            raise _name_taken(source.name)
        table = _new_table()
        _fill_source(table, source)
        _aot(doc, create=True).append(table)
        self._save(doc)
        return source

    def update_source(self, name: str, settings: SourceSettings) -> SourceConfig:
        """Replace source ``name`` (possibly renaming it); unknown keys in its table are kept."""
        source = SourceConfig.checked(settings)
        doc = self._document()
        tables = _aot(doc)
        table = tables[_index_of(tables, name)]
        if source.name != name and any(t.get("name") == source.name for t in tables):
            raise _name_taken(source.name)
        _fill_source(table, source)
        self._save(doc)
        return source

    def remove_source(self, name: str) -> None:
        doc = self._document()
        tables = _aot(doc)
        del tables[_index_of(tables, name)]
        if not len(tables):
            doc.pop("sources", None)
        self._save(doc)

    def set_klantinteracties(self, url: str | None, token: str | None = None) -> None:
        """Set (or with ``url=None`` remove) the Klantinteracties endpoint. ``token`` inline
        only for a loopback demo server; otherwise use the keyring."""
        doc = self._document()
        if url is None or not url.strip():
            doc.pop("klantinteracties", None)
            self._save(doc)
            return
        problems = endpoint_problems(url, token, secret_field="klantinteracties_token")  # noqa: S106
        if "url" in problems:
            raise ConfigStoreError(problems["url"], "klantinteracties_url")
        first_error(problems)
        table = _section(doc, "klantinteracties")
        put(table, "url", api_root(url))
        if token:
            put(table, "token", token)
        elif not is_loopback_url(url):
            table.pop("token", None)  # never leave a demo token next to a real host
        self._save(doc)

    def set_general(self, settings: GeneralSettings) -> None:
        first_error(validate_general(settings))
        doc = self._document()
        _fill_general(doc, settings)
        self._save(doc)

    def replace_all(
        self,
        sources: Sequence[tuple[str | None, SourceSettings]],
        klantinteracties_url: str | None,
        general: GeneralSettings,
    ) -> None:
        """Write the settings dialog's whole state in one validated write.

        ``sources`` is the new list in order, each with the name it had in the file (None for a
        new source), so the comments and unknown keys of an edited source survive a rename.
        Sources left out are removed. The Klantinteracties inline demo token survives only on
        a loopback URL.
        """
        configs = [(original, SourceConfig.checked(settings)) for original, settings in sources]
        names = [c.name for _, c in configs]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise _name_taken(duplicates[0])
        first_error(validate_general(general))
        if klantinteracties_url:
            problem = url_problem(klantinteracties_url)
            if problem:
                raise ConfigStoreError(problem, "klantinteracties_url")
        doc = self._document()
        _replace_sources(doc, configs)
        if klantinteracties_url:
            klant = _section(doc, "klantinteracties")
            if klant.get("url") != api_root(klantinteracties_url) and not is_loopback_url(
                klantinteracties_url
            ):
                klant.pop("token", None)
            put(klant, "url", api_root(klantinteracties_url))
        else:
            doc.pop("klantinteracties", None)
        _fill_general(doc, general)
        self._save(doc)

    # internals

    def _document(self) -> TOMLDocument:
        try:
            return read_document(self.path)
        except ConfigStoreError:
            raise
        except ConfigError as error:
            raise ConfigStoreError(error.ui_message) from None

    def _save(self, doc: TOMLDocument) -> None:
        # The loader's checks: never save a file the app cannot start with.
        try:
            parse_config(doc.unwrap(), require_sources=False)
        except ConfigStoreError:
            raise
        except ConfigError as error:
            raise ConfigStoreError(error.ui_message) from None
        try:
            save_document(self.path, doc)
        except ConfigError as error:
            raise ConfigStoreError(error.ui_message) from None


def _new_table() -> Table:
    import tomlkit

    return tomlkit.table()


def _aot(doc: TOMLDocument, *, create: bool = False) -> AoT:
    import tomlkit
    from tomlkit.items import AoT

    tables = doc.get("sources")
    if tables is None:
        tables = tomlkit.aot()
        if create:
            doc.append("sources", tables)
        return tables
    if not isinstance(tables, AoT):
        raise ConfigStoreError(
            QT_TRANSLATE_NOOP(
                "ConfigStore", "De bronnen in het configuratiebestand zijn onleesbaar."
            )
        )
    return tables


def _section(doc: TOMLDocument, name: str) -> Container:
    import tomlkit
    from tomlkit.items import Table

    table = doc.get(name)
    if not isinstance(table, Table):
        doc.pop(name, None)
        table = tomlkit.table()
        doc.append(name, table)
    return table.value


def _replace_sources(doc: TOMLDocument, configs: list[tuple[str | None, SourceConfig]]) -> None:
    """Edit the ``[[sources]]`` in place where the order allows it (comments stay with their
    source); only a reordering rebuilds the list."""
    tables = _aot(doc, create=bool(configs))
    old = {str(t.get("name")): t for t in tables}
    new = []
    for original, source in configs:
        table = old.get(original) if original else None
        table = table if table is not None else _new_table()
        _fill_source(table, source)
        new.append(table)
    kept_ids = {id(t) for t in new}
    for index in reversed(range(len(tables))):
        if id(tables[index]) not in kept_ids:
            del tables[index]
    current = [id(t) for t in tables]
    if current == [id(t) for t in new[: len(current)]]:
        for table in new[len(current) :]:
            tables.append(table)
    else:
        import tomlkit

        rebuilt = tomlkit.aot()
        for table in new:
            rebuilt.append(table)
        doc["sources"] = rebuilt
    if not configs:
        doc.pop("sources", None)


def _fill_source(table: Table, source: SourceConfig) -> None:
    body = table.value
    put(body, "name", source.name)
    put(body, "zaken_api", source.zaken_api)
    put(body, "catalogi_api", source.catalogi_api)
    put_or_drop(body, "documenten_api", source.documenten_api or None)
    put(body, "client_id", source.client_id)
    timeout = None if source.timeout_s == DEFAULT_TIMEOUT_S else source.timeout_s
    put_or_drop(body, "timeout_s", timeout)
    put_or_drop(body, "secret", source.secret or None)


def _fill_general(doc: TOMLDocument, settings: GeneralSettings) -> None:
    put_or_drop(doc, "agent_id", settings.agent_id.strip() if settings.agent_id else None)
    put(doc, "idle_lock_minutes", settings.idle_lock_minutes)
    put(doc, "language", settings.language)
    put_or_drop(doc, "theme", settings.theme or None)
    put_or_drop(doc, "ca_bundle", settings.ca_bundle or None)
    # Only "off" is written: on is the default, and a config without the key stays as it was.
    put_or_drop(doc, "notifications", None if settings.notifications else False)


def _source_tables(raw: dict[str, Any]) -> list[dict[str, Any]]:
    sources = raw.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        raise ConfigStoreError(
            QT_TRANSLATE_NOOP(
                "ConfigStore", "De bronnen in het configuratiebestand zijn onleesbaar."
            )
        )
    return sources


def _source_settings(table: dict[str, Any]) -> SourceSettings:
    """A source as the file has it, for editing: wrong types become empty, to be corrected."""
    text = {k: v if isinstance(v := table.get(k), str) else "" for k in _SOURCE_FIELDS}
    timeout = table.get("timeout_s", DEFAULT_TIMEOUT_S)
    return SourceSettings(
        name=text["name"],
        zaken_api=text["zaken_api"],
        catalogi_api=text["catalogi_api"],
        documenten_api=text["documenten_api"],
        client_id=text["client_id"],
        timeout_s=float(timeout) if isinstance(timeout, int | float) else DEFAULT_TIMEOUT_S,
        secret=text["secret"] or None,
    )


def _index_of(tables: AoT, name: str) -> int:
    for index, table in enumerate(tables):
        if table.get("name") == name:
            return index
    raise ConfigStoreError(
        QT_TRANSLATE_NOOP("ConfigStore", "Er is geen bron met de naam '{name}'.").format(name=name),
        "name",
    )


def _name_taken(name: str) -> ConfigStoreError:
    return ConfigStoreError(
        QT_TRANSLATE_NOOP("ConfigStore", "Er is al een bron met de naam '{name}'.").format(
            name=name
        ),
        "name",
    )
