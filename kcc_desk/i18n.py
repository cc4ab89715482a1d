"""Install the translators for the chosen language (QtCore only).

Source strings in the code are Dutch (B1); English comes from ``kcc_desk_en.qm``. Two translators
are installed per language:

* kcc-desk's own ``resources/i18n/kcc_desk_<lang>.qm`` (compiled from ``i18n/*.ts`` by
  ``scripts/build-translations.sh``; installed copies carry it in the package, see
  :mod:`kcc_desk.resource_dir`);
* Qt's ``qtbase_<lang>.qm`` from ``QLibraryInfo.path(TranslationsPath)``, so standard buttons and
  dialogs say "Annuleren" and "Opslaan" in Dutch.

The language setting is ``"nl"``, ``"en"`` or ``"systeem"``/empty (follow the desktop locale: an
English desktop gets English, anything else Dutch, the app's first language).

Messages made in the Qt-free services (:class:`~kcc_desk.services.messages.Message`, e.g. an
error's ``ui_message`` or a source's ``SourceOutcome.error``) are translated where they are shown,
with :func:`translated` — the one way to turn such a message into text for the screen.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kcc_desk.resource_dir import QM_DIR
from kcc_desk.services.messages import Message

_log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
SYSTEM = "systeem"

_LOCALE_NAMES = {"nl": "nl_NL", "en": "en_GB"}


@dataclass
class InstalledLanguage:
    """What :func:`install_translators` did; keep it (translators must stay referenced)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    own_loaded: bool = False
    qt_loaded: bool = False


class _State:
    """The currently installed translators, so switching language removes the old ones."""

    installed: InstalledLanguage | None = None


def system_language(locale: QLocale | None = None) -> str:
    """``"en"`` if the desktop's first UI language is English, else ``"nl"``."""
    loc = locale or QLocale.system()
    languages = loc.uiLanguages() or [loc.name()]
    first = languages[0].replace("_", "-").split("-")[0].lower()
    return first if first in LANGUAGES else DEFAULT_LANGUAGE


def resolve_language(setting: str | None, locale: QLocale | None = None) -> str:
    """The language to use for a setting (``"nl"``, ``"en"``, ``"systeem"``, empty or unknown)."""
    value = (setting or "").strip().lower()
    if value in LANGUAGES:
        return value
    if value not in ("", SYSTEM):
        _log.warning("Unknown language setting %r; following the system locale", setting)
    return system_language(locale)


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(translator: QTranslator, name: str, directory: Path) -> bool:
    loaded = translator.load(name, str(directory))
    if not loaded:
        _log.info("No translation file %s in %s", name, directory)
    return loaded


def install_translators(
    app: QCoreApplication, setting: str | None = None, *, qm_dir: Path | None = None
) -> InstalledLanguage:
    """Install kcc-desk's and Qt's translators for ``setting`` (see :func:`resolve_language`).

    Removes translators installed by an earlier call first, and sets the default QLocale so Qt's
    own widgets (date edits, number formatting) follow the language. Missing ``.qm`` files are not
    an error: Dutch source strings then show as they are.
    """
    remove_translators(app)
    language = resolve_language(setting)
    result = InstalledLanguage(language)

    qt = QTranslator(app)
    if _load(qt, f"qtbase_{language}", qt_translations_dir()):
        app.installTranslator(qt)
        result.translators.append(qt)
        result.qt_loaded = True
    own = QTranslator(app)
    if _load(own, f"kcc_desk_{language}", qm_dir or QM_DIR):
        # Installed last so it is searched first: our wording wins over Qt's.
        app.installTranslator(own)
        result.translators.append(own)
        result.own_loaded = True

    QLocale.setDefault(QLocale(_LOCALE_NAMES[language]))
    _State.installed = result
    _log.info(
        "Language %s (own translations: %s, Qt translations: %s)",
        language,
        "yes" if result.own_loaded else "no",
        "yes" if result.qt_loaded else "no",
    )
    return result


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators of the last :func:`install_translators` call, if any."""
    installed = _State.installed
    if installed is None:
        return
    for translator in installed.translators:
        app.removeTranslator(translator)
    _State.installed = None


def current_language() -> str:
    """The installed language, or the default before anything was installed."""
    return _State.installed.language if _State.installed else DEFAULT_LANGUAGE


def translated(message: Message) -> str:
    """A services :class:`Message` in the installed language: its template through
    ``QCoreApplication.translate(context, template)``, then its parameters filled in (a parameter
    that is a Message itself is translated too; data such as a source name stays as it is)."""
    return message.render(_translate)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
