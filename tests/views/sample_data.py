"""Realistic Dutch sample cases for the case detail widgets (a dakkapel permit in progress)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QWidget

from kcc_desk.services.messages import Message, verbatim
from kcc_desk.services.models import (
    CaseDetail,
    CaseObject,
    CaseSummary,
    Document,
    Role,
    StatusInfo,
    StepState,
    Substatus,
    TimelineStep,
)

AMS = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 4, 7)
PERSONA = "Fatima el Amrani"  # fictitious; must vanish from every widget on clear()
HANDLER = "J. de Vries"
ADDRESS = "Lindelaan 12, 3512 AB Utrecht"
STATUSTEKST = (
    "Wij beoordelen uw aanvraag. De welstandscommissie kijkt of de dakkapel past bij het huis "
    "en de straat. U hoort uiterlijk 14 april 2026 van ons."
)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=AMS)


def timeline_steps() -> tuple[TimelineStep, ...]:
    return (
        TimelineStep(
            "Geregistreerd",
            1,
            StepState.DONE,
            at(date(2026, 3, 2), 9, 12),
            "Uw aanvraag is ontvangen.",
        ),
        TimelineStep(
            "Geaccepteerd",
            2,
            StepState.DONE,
            at(date(2026, 3, 3), 14, 5),
            "Uw aanvraag is compleet.",
        ),
        TimelineStep(
            "In behandeling",
            3,
            StepState.CURRENT,
            at(date(2026, 3, 5), 11, 0),
            STATUSTEKST,
            substatussen=(
                Substatus(
                    "Wachten op advies welstand", at(date(2026, 3, 7), 10, 15), "betrokkenen"
                ),
                Substatus(
                    "Interne afstemming bouwtoezicht", at(date(2026, 3, 20), 16, 30), "intern"
                ),
            ),
        ),
        TimelineStep("Besluit genomen", 4, StepState.PLANNED, None, ""),
        TimelineStep("Afgerond", 5, StepState.PLANNED, None, "", is_eindstatus=True),
    )


def summary(*, expected_end: date = date(2026, 4, 14)) -> CaseSummary:
    return CaseSummary(
        source="Open Zaak (oefen)",
        url="http://zaken.example/zaken/api/v1/zaken/1",
        identificatie="ZAAK-2026-0001234",
        zaaktype="Omgevingsvergunning",
        zaaktype_url="http://catalogi.example/zaaktypen/1",
        omschrijving="Dakkapel plaatsen op het voordakvlak",
        startdatum=date(2026, 3, 2),
        einddatum=None,
        einddatum_gepland=expected_end,
        uiterlijke_einddatum_afdoening=date(2026, 4, 27),
        vertrouwelijkheidaanduiding="zaakvertrouwelijk",
        status=StatusInfo(
            omschrijving="In behandeling",
            statustekst=STATUSTEKST,
            volgnummer=3,
            datum_status_gezet=at(date(2026, 3, 5), 11, 0),
            is_eindstatus=False,
        ),
        resultaat=None,
        last_activity=at(date(2026, 3, 20), 16, 30),
    )


def documents() -> tuple[Document, ...]:
    return (
        Document(
            url="http://documenten.example/enkelvoudiginformatieobjecten/1",
            titel="Aanvraagformulier omgevingsvergunning",
            informatieobjecttype="Aanvraag",
            creatiedatum=date(2026, 3, 2),
            vertrouwelijkheidaanduiding="zaakvertrouwelijk",
            bestandsnaam="aanvraag.pdf",
            formaat="application/pdf",
            bestandsomvang=245_760,
            download_url="http://documenten.example/enkelvoudiginformatieobjecten/1/download",
            may_open=True,
        ),
        Document(
            url="http://documenten.example/enkelvoudiginformatieobjecten/2",
            titel="Bouwtekening dakkapel",
            informatieobjecttype="Tekening",
            creatiedatum=date(2026, 3, 2),
            vertrouwelijkheidaanduiding="openbaar",
            bestandsnaam="tekening.pdf",
            formaat="application/pdf",
            bestandsomvang=1_572_864,
            download_url="http://documenten.example/enkelvoudiginformatieobjecten/2/download",
            may_open=True,
        ),
        Document(
            url="http://documenten.example/enkelvoudiginformatieobjecten/3",
            titel="Advies welstandscommissie (concept)",
            informatieobjecttype="Advies",
            creatiedatum=date(2026, 3, 18),
            vertrouwelijkheidaanduiding="vertrouwelijk",
            bestandsnaam="advies.docx",
            formaat="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            bestandsomvang=48_200,
            download_url="http://documenten.example/enkelvoudiginformatieobjecten/3/download",
            may_open=False,
            reason_closed=verbatim("Vertrouwelijk document: alleen de behandelaar mag het openen."),
        ),
    )


def detail(
    *, expected_end: date = date(2026, 4, 14), warnings: tuple[Message, ...] = ()
) -> CaseDetail:
    return CaseDetail(
        summary=summary(expected_end=expected_end),
        timeline=timeline_steps(),
        roles=(
            Role("initiator", "Aanvrager", "natuurlijk_persoon", PERSONA, "999993653"),
            Role("behandelaar", "Behandelaar", "medewerker", HANDLER, "jdevries"),
        ),
        objects=(CaseObject("adres", ADDRESS),),
        documents=documents(),
        warnings=warnings,
    )


def closed_detail() -> CaseDetail:
    base = detail()
    done = tuple(
        replace(s, state=StepState.DONE, datum_status_gezet=at(date(2026, 3, 2 + s.volgnummer)))
        for s in base.timeline
    )
    return replace(
        base,
        summary=replace(base.summary, einddatum=date(2026, 3, 28), resultaat="Vergunning verleend"),
        timeline=done,
    )


# --- widget-tree helpers shared by the view tests -----------------------------------------------


def assert_no_clipping(root: QWidget) -> None:
    """No visible label or button is smaller than its text needs."""
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height(), label.text()
        else:
            hint = label.sizeHint()
            assert hint.width() <= label.width(), label.text()
            assert hint.height() <= label.height(), label.text()
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.sizeHint().width() <= button.width(), button.text()
            assert button.sizeHint().height() <= button.height(), button.text()


@contextmanager
def font_scale(factor: float) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * factor)
    app.setFont(big)
    try:
        yield
    finally:
        app.setFont(original)


def _model_texts(model: QAbstractItemModel) -> list[str]:
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )
    texts: list[str] = []
    for row in range(model.rowCount(QModelIndex())):
        # Walk columns by index validity: a list model's columnCount is private in PySide6.
        column = 0
        while (index := model.index(row, column)).isValid():
            texts += [str(index.data(role) or "") for role in roles]
            column += 1
    return texts


def all_texts(root: QWidget) -> list[str]:
    texts = [root.accessibleName(), root.accessibleDescription(), root.toolTip()]
    for widget in root.findChildren(QWidget):
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    return texts


def assert_no_overlap(*containers: QWidget) -> None:
    """No two visible children of each container overlap (a squeezed layout draws on top)."""
    for container in containers:
        children = [
            c
            for c in container.children()
            if isinstance(c, QWidget) and c.isVisible() and not c.isWindow()
        ]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                assert overlap.isEmpty(), (first.objectName(), second.objectName(), overlap)


@contextmanager
def themed(name: str = "voorbeeld", scale: float = 1.0) -> Iterator[None]:
    """The real theme (palette, font, QSS) as the app applies it; everything restored after."""
    from kcc_desk.theme import apply as theme_apply
    from kcc_desk.theme.registry import load_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font, sheet, style = app.palette(), app.font(), app.styleSheet(), app.style().name()
    theme_apply.apply_theme(app, load_theme(name), scale)
    try:
        yield
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setFont(font)
        app.setStyle(style)
        theme_apply._Applied.theme = None
