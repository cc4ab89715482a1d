"""What the search field has recognised so far ("Herkend als: BSN"), while the agent types.

The recognition rule lives in services.identifiers; the window hands this function to the search
bar, so the view shows words and knows no rule.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kcc_desk.services.identifiers import IdentifierKind, detect_kind


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchHint", text)


def kind_hint(text: str) -> str:
    """The recognised kind in words, or "" while it is none yet."""
    kind = detect_kind(text)
    names = {
        IdentifierKind.BSN: _tr("Herkend als: BSN"),
        IdentifierKind.KVK: _tr("Herkend als: KVK-nummer"),
        IdentifierKind.ZAAK: _tr("Herkend als: zaaknummer"),
        # Issue 14: found through the BRP or Klantinteracties first.
        IdentifierKind.NAAM_GEBOORTEDATUM: _tr("Herkend als: naam en geboortedatum"),
        IdentifierKind.POSTCODE_HUISNUMMER: _tr("Herkend als: postcode en huisnummer"),
        IdentifierKind.TELEFOON: _tr("Herkend als: telefoonnummer"),
        IdentifierKind.EMAIL: _tr("Herkend als: e-mailadres"),
    }
    return names[kind] if kind else ""
