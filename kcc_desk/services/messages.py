"""Translatable messages made in the Qt-free services, translated where they are shown.

The services cannot call Qt's ``translate`` (they never import Qt). They build a :class:`Message`
instead: the Qt context, the Dutch template and its ``{placeholders}``. Views and presenters turn
it into text for the screen with ``kcc_desk.i18n.translated(message)`` (the one way to do it);
``str(message)`` is the Dutch text, for the CLI and for exceptions' ``message`` attribute.

    QT_TRANSLATE_NOOP("Identifiers", "Dit BSN klopt niet.")
    QT_TRANSLATE_NOOP("Lookup", "{source}: {reason}").format(source=name, reason=reason)

pyside6-lupdate finds ``QT_TRANSLATE_NOOP("Context", "literal")`` by name, so every template ends
up in ``i18n/*.ts`` (both arguments must be literal strings, on one call). Unlike Qt's macro of the
same name this one returns a :class:`Message`, so mypy tells a forgotten plain ``str`` apart.

Parameters are data (a source name, a status code, the server's own problem text) and are never
translated, except a parameter that is itself a :class:`Message`. Text that is data as a whole is
wrapped with :func:`verbatim`. Messages never contain a BSN, a name or a secret: they are logged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

Param: TypeAlias = "str | int | float | Message"
Translate: TypeAlias = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class Message:
    """A Dutch template with its Qt context and parameters; ``str()`` is the Dutch text."""

    context: str
    template: str
    params: tuple[tuple[str, Param], ...] = ()

    def format(self, **params: Param) -> Message:
        """The same message with (more) parameters filled in, like ``str.format``."""
        return Message(self.context, self.template, (*self.params, *params.items()))

    def render(self, translate: Translate) -> str:
        """The text, with ``translate(context, template)`` as the template (and for every
        parameter that is a Message). A translation whose placeholders do not fit falls back
        to the Dutch template rather than failing on screen."""
        template = translate(self.context, self.template) if self.context else self.template
        values = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.params
        }
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render(_dutch)


def _dutch(_context: str, template: str) -> str:
    return template


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:
    """Mark ``text`` for translation in ``context`` (both literal strings) and return it as a
    :class:`Message`; add parameters with ``.format(...)``."""
    return Message(context, text)


def verbatim(text: str) -> Message:
    """Text that is shown as it is, never translated (e.g. a server's own error message)."""
    return Message("", "{text}", (("text", text),))
