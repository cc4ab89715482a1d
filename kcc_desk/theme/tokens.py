"""Read NL Design System design-token files (Style Dictionary output) into a flat name → value map.

Two shapes are accepted, both as produced by the NLDS theme packages:

* flat ``variables.json``: ``{"basisColorDefaultBgDocument": "#ffffff", ...}``;
* nested ``tokens.json`` / ``index.json``: ``{"basis": {"color": {... {"value": "#fff"}}}}`` with
  ``value`` (Style Dictionary 3) or ``$value`` (DTCG) leaves.

Values may reference other tokens, ``{basis.color.blue.500}`` (dotted path) or
``{basisColorBlue500}`` (flat name), also inside a larger value
(``1px solid {denhaag.color.grey.3}``). Everything is indexed under the camelCase name, which is
what the key map (and the flat files) use. Turning the map into a
:class:`~kcc_desk.theme.model.Theme` happens in :mod:`kcc_desk.theme.build`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

_log = logging.getLogger(__name__)

_REFERENCE = re.compile(r"\{([^{}]+)\}")
_MAX_DEPTH = 20
"""References deeper than this are treated as a cycle."""

TOKEN_FILE_NAMES = ("variables.json", "tokens.json", "index.json", "variables.flat.json")
"""Looked for, in this order, when a theme points at a directory instead of a file."""


class TokenError(Exception):
    """A token file could not be used. ``ui_message`` is for the user (translate it where it is
    shown: ``kcc_desk.i18n.translated``); ``message`` is the same in Dutch."""

    def __init__(self, message: Message, path: Path | None = None) -> None:
        super().__init__(str(message))
        self.ui_message = message
        self.message = str(message)
        self.path = path


def camel_name(path: str) -> str:
    """``basis.color.accent-1.bg-document`` → ``basisColorAccent1BgDocument`` (Style Dictionary)."""
    parts = [p for p in re.split(r"[.\-_\s/]+", path.strip()) if p]
    if not parts:
        return ""
    head, *rest = parts
    return head[:1].lower() + head[1:] + "".join(p[:1].upper() + p[1:] for p in rest)


def _scalar(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    # Composite DTCG values (typography objects, shadows as lists) are not used by the theme.
    return None


def _walk(node: Mapping[str, object], path: list[str]) -> Iterator[tuple[str, str | None, str]]:
    """Yield ``(camel name, declared name, raw value)`` for each leaf of a nested token tree."""
    for key, child in node.items():
        if key.startswith("$") or not isinstance(child, Mapping):
            continue
        if "$value" in child or "value" in child:
            raw = _scalar(child.get("$value", child.get("value")))
            if raw is None:
                continue
            declared = child.get("name")
            yield (
                camel_name(".".join([*path, key])),
                declared if isinstance(declared, str) else None,
                raw,
            )
        else:
            yield from _walk(child, [*path, key])


def flatten(document: Mapping[str, object]) -> dict[str, str]:
    """Flatten a parsed token document (flat or nested) to camelCase name → raw value."""
    is_nested = any(isinstance(value, Mapping) for value in document.values())
    if not is_nested:
        flat: dict[str, str] = {}
        for key, value in document.items():
            raw = _scalar(value)
            if raw is not None:
                flat[key] = raw
        return flat
    nested: dict[str, str] = {}
    for name, declared, raw in _walk(document, []):
        nested[name] = raw
        # A Style Dictionary "name" may carry a prefix or differ from the path; index both.
        if declared and declared not in nested:
            nested[declared] = raw
    return nested


def resolve_references(tokens: Mapping[str, str]) -> dict[str, str]:
    """Replace every ``{path.or.name}`` by its value; unknown or cyclic references stay as is."""
    resolved: dict[str, str] = {}

    def resolve(name: str, depth: int) -> str | None:
        if name in resolved:
            return resolved[name]
        raw = tokens.get(name)
        if raw is None:
            return None
        if depth > _MAX_DEPTH:
            _log.warning("Token reference too deep or cyclic: %s", name)
            return raw

        def substitute(match: re.Match[str]) -> str:
            target = camel_name(match.group(1)) if "." in match.group(1) else match.group(1)
            value = resolve(target, depth + 1)
            return match.group(0) if value is None else value

        value = _REFERENCE.sub(substitute, raw)
        if depth == 0 or not _REFERENCE.search(value):
            resolved[name] = value
        return value

    for key in tokens:
        resolve(key, 0)
    return resolved


def _read_json(path: Path) -> Mapping[str, object]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise TokenError(
            QT_TRANSLATE_NOOP(
                "Theme", "Het bestand met huisstijl-instellingen bestaat niet: {path}"
            ).format(path=str(path)),
            path,
        ) from exc
    except OSError as exc:
        raise TokenError(
            QT_TRANSLATE_NOOP(
                "Theme", "Het bestand met huisstijl-instellingen kan niet worden gelezen: {path}"
            ).format(path=str(path)),
            path,
        ) from exc
    except UnicodeDecodeError as exc:
        raise TokenError(
            QT_TRANSLATE_NOOP(
                "Theme", "Het bestand met huisstijl-instellingen is geen tekstbestand: {path}"
            ).format(path=str(path)),
            path,
        ) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TokenError(
            QT_TRANSLATE_NOOP(
                "Theme",
                "Het bestand met huisstijl-instellingen is geen geldige JSON "
                "(regel {line}): {path}",
            ).format(line=exc.lineno, path=str(path)),
            path,
        ) from exc
    if not isinstance(document, dict):
        raise TokenError(
            QT_TRANSLATE_NOOP(
                "Theme", "Het bestand met huisstijl-instellingen heeft een onbekende opbouw: {path}"
            ).format(path=str(path)),
            path,
        )
    return document


def token_file(path: Path) -> Path:
    """The token file itself, or the first known token file inside a directory."""
    if path.is_dir():
        for name in TOKEN_FILE_NAMES:
            candidate = path / name
            if candidate.is_file():
                return candidate
        raise TokenError(
            QT_TRANSLATE_NOOP(
                "Theme", "In deze map staat geen bestand met huisstijl-instellingen: {path}"
            ).format(path=str(path)),
            path,
        )
    return path


def read_tokens(path: Path | str, *overlays: Path | str) -> dict[str, str]:
    """Read a token file (plus optional override files, e.g. a dark colour scheme), resolved.

    Later files win. Raises :class:`TokenError` with a plain-Dutch message if a file is missing,
    unreadable or not a token file.
    """
    merged: dict[str, str] = {}
    for item in (path, *overlays):
        file = token_file(Path(item))
        merged.update(flatten(_read_json(file)))
    if not merged:
        raise TokenError(
            QT_TRANSLATE_NOOP(
                "Theme", "Het bestand bevat geen huisstijl-instellingen: {path}"
            ).format(path=str(path)),
            Path(path),
        )
    _log.info("Read %d design tokens from %s (+%d overlay files)", len(merged), path, len(overlays))
    return resolve_references(merged)
