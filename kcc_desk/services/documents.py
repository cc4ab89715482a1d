"""A case's documents (zaakinformatieobjecten → enkelvoudiginformatieobjecten) and downloads.

A document the agent may not read (403 from the Documenten API, too confidential for the
configured maximum, or ``tonenAanInitiator: false``) is still listed, marked not openable with the
reason, so the agent can tell the caller it exists. Downloads go to a private temp directory
(0700) as owner-only files (0600) under their real name, and are deleted on a new caller.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import os
import re
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from kcc_desk.services.catalog_cache import CatalogCache
from kcc_desk.services.config import AppConfig, SourceConfig
from kcc_desk.services.document_kinds import DocumentKinds
from kcc_desk.services.errors import ApiError, DocumentNotAllowedError, SourceError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message
from kcc_desk.services.models import CaseSummary, Document, confidentiality_rank
from kcc_desk.services.pagination import get_list
from kcc_desk.services.parsing import as_object, boolean, integer, parse_date, text
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
DOCUMENT_CONCURRENCY = 6

JsonObject = dict[str, Any]


class DocumentStore:
    def __init__(
        self, client: ZgwClient, config: AppConfig, catalog: CatalogCache | None = None
    ) -> None:
        self._client = client
        # The informatieobjecttypen come from the catalogue cache, as the zaaktypen do: each
        # fetched once (and revalidated with its ETag), whatever the number of documents.
        self._catalog = catalog
        self._kinds = DocumentKinds(client, catalog) if catalog is not None else None
        self._max_level = config.max_confidentiality
        self._dir: Path | None = None

    async def list_for(
        self, case: CaseSummary, source: SourceConfig
    ) -> tuple[tuple[Document, ...], tuple[Message, ...]]:
        """(documents, warnings) of a case."""
        # The documents' types are asked for now, with their list, not after them (a wave).
        kinds = (
            self._kinds.prefetch(case.zaaktype_url, source_name=source.name)
            if self._kinds is not None
            else None
        )
        links, _ = await get_list(
            self._client,
            source.zaken_api + "zaakinformatieobjecten",
            {"zaak": case.url},
            source_name=source.name,
        )
        semaphore = asyncio.Semaphore(DOCUMENT_CONCURRENCY)

        async def one(link: JsonObject) -> tuple[Document, Message | None]:
            async with semaphore:
                return await self._document(link, source.name, kinds)

        results = await asyncio.gather(
            *(one(link) for link in links if text(link, "informatieobject"))
        )
        warnings = tuple(dict.fromkeys(w for _, w in results if w))
        return tuple(d for d, _ in results), warnings

    async def _document(
        self, link: JsonObject, source_name: str, kinds: asyncio.Future[None] | None
    ) -> tuple[Document, Message | None]:
        url = text(link, "informatieobject")
        try:
            response = await self._client.get_json(url, source_name=source_name)
            eio = as_object(response.body, source_name, "document")
        except ApiError as exc:
            if exc.status == 403:
                return _closed(
                    link, QT_TRANSLATE_NOOP("Documents", "Geen toegang tot dit document (403).")
                ), None
            return _not_loaded(link, exc)
        except SourceError as exc:
            return _not_loaded(link, exc)
        document = self._from_eio(url, link, eio)
        if kinds is not None:
            await asyncio.shield(kinds)  # shared with other cases: one cancelled leaves it be
        return await self._with_kind(document, source_name), None

    async def _with_kind(self, document: Document, source_name: str) -> Document:
        """The document's kind in words: the informatieobjecttype's ``omschrijving`` (the list
        said "Onbekend" for every document while Catalogi had the name)."""
        type_url = document.informatieobjecttype
        if self._catalog is None or not type_url.startswith(("http://", "https://")):
            return document
        try:
            body = await self._catalog.get(type_url, source_name=source_name)
        except SourceError as exc:
            log.info("%s: documentsoort niet op te halen (%s)", source_name, type(exc).__name__)
            return document  # shown as "Onbekend"; the document itself is fine
        kind = text(body, "omschrijving")
        return replace(document, informatieobjecttype=kind) if kind else document

    def _from_eio(self, url: str, link: JsonObject, eio: JsonObject) -> Document:
        level = text(eio, "vertrouwelijkheidaanduiding")
        reason: Message | None = None
        if confidentiality_rank(level) > confidentiality_rank(self._max_level):
            if level:
                reason = QT_TRANSLATE_NOOP(
                    "Documents", "Dit document is {level}: niet te openen in het KCC."
                ).format(level=level)
            else:
                reason = QT_TRANSLATE_NOOP(
                    "Documents", "Dit document heeft geen aanduiding: niet te openen in het KCC."
                )
        elif boolean(eio, "tonenAanInitiator") is False:
            reason = QT_TRANSLATE_NOOP(
                "Documents", "Dit document is niet bedoeld voor de aanvrager."
            )
        download = text(eio, "inhoud") or url.rstrip("/") + "/download"
        return Document(
            url=url,
            titel=text(eio, "titel") or text(link, "titel"),
            informatieobjecttype=text(eio, "informatieobjecttype"),
            creatiedatum=parse_date(eio.get("creatiedatum")),
            vertrouwelijkheidaanduiding=level,
            bestandsnaam=text(eio, "bestandsnaam"),
            formaat=text(eio, "formaat"),
            bestandsomvang=integer(eio, "bestandsomvang"),
            download_url=download,
            may_open=reason is None,
            reason_closed=reason,
        )

    async def download(self, document: Document) -> Path:
        """Fetch the content into an owner-only temp file named after ``bestandsnaam``."""
        if not document.may_open:
            raise DocumentNotAllowedError(
                document.reason_closed
                or QT_TRANSLATE_NOOP("Documents", "U mag dit document niet openen.")
            )
        source = self._client.source_for(document.download_url)
        name = source.name if source else "bron"
        content = await self._client.get_bytes(
            document.download_url, source_name=name, max_bytes=MAX_DOCUMENT_BYTES
        )
        return await asyncio.to_thread(self._write, document, content)

    def _write(self, document: Document, content: bytes) -> Path:
        if self._dir is None:
            self._dir = Path(tempfile.mkdtemp(prefix="kcc-desk-"))  # mode 0700
        folder = Path(tempfile.mkdtemp(dir=self._dir))  # one per download: names never clash
        path = folder / download_name(document)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o600)
            fh.write(content)
        return path

    def clear(self) -> None:
        """Delete every downloaded file (caller data)."""
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


def download_name(document: Document) -> str:
    """The real file name (``bestandsnaam``), else the title with an extension from ``formaat``
    (the download itself is served as ``<uuid>.bin``)."""
    if document.bestandsnaam:
        return safe_filename(document.bestandsnaam)
    extension = (mimetypes.guess_extension(document.formaat) or "") if document.formaat else ""
    return safe_filename((document.titel or "document") + extension)


def safe_filename(name: str) -> str:
    """The last path component, without characters that are unsafe in a file name."""
    base = re.split(r"[\\/]", name)[-1]
    base = re.sub(r'[\x00-\x1f<>:"|?*]', "_", base).strip(" .")
    return base[:150] or "document"


def _closed(link: JsonObject, reason: Message) -> Document:
    return Document(
        url=text(link, "informatieobject"),
        titel=text(link, "titel") or "Document",
        informatieobjecttype="",
        creatiedatum=None,
        vertrouwelijkheidaanduiding="",
        bestandsnaam="",
        formaat="",
        bestandsomvang=None,
        download_url="",
        may_open=False,
        reason_closed=reason,
    )


def _not_loaded(link: JsonObject, exc: SourceError) -> tuple[Document, Message]:
    """The document closed, and the warning for the case: it could not be loaded."""
    document = _closed(
        link, QT_TRANSLATE_NOOP("Documents", "Dit document kon niet worden geladen.")
    )
    warning = QT_TRANSLATE_NOOP(
        "Documents", "Een document kon niet worden geladen ({reason})."
    ).format(reason=exc.reason)
    return document, warning
