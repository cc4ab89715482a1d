"""Random JSON into the response readers: only typed, user-readable errors may escape."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from kcc_desk.services.case_detail import _case_object, _role, format_address
from kcc_desk.services.case_summary import SummaryBuilder, _summary
from kcc_desk.services.catalog_cache import CatalogCache
from kcc_desk.services.config import parse_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.documents import DocumentStore, safe_filename
from kcc_desk.services.errors import ConfigError, InvalidResponseError, SourceError
from kcc_desk.services.pagination import parse_page
from kcc_desk.services.parsing import as_object, required_text, status_info
from kcc_desk.services.problems import api_error
from kcc_desk.services.timeline import build_timeline
from kcc_desk.services.zgw_client import ZgwClient
from tests.services.conftest import replay_config

_HTTP = httpx.AsyncClient()
FAST = settings(max_examples=60, deadline=None)
KEYS = st.sampled_from(
    [
        "url",
        "identificatie",
        "status",
        "statustype",
        "datumStatusGezet",
        "volgnummer",
        "isEindstatus",
        "omschrijving",
        "statustekst",
        "tijdstip",
        "doelgroep",
        "results",
        "count",
        "next",
        "startdatum",
        "einddatum",
        "_expand",
        "indicatieLaatstGezetteStatus",
        "zaaktype",
        "betrokkeneIdentificatie",
        "betrokkeneType",
        "objectIdentificatie",
        "objectType",
        "titel",
        "huisnummer",
        "postcode",
        "detail",
        "title",
        "invalidParams",
        "code",
        "tonenAanInitiator",
        "vertrouwelijkheidaanduiding",
        "bestandsomvang",
        "handelsnaam",
    ]
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
    | st.sampled_from(
        ["2026-11-01", "2026-11-01T10:00:00Z", "not-a-date", "", "1c0a", "http://x/1"]
    )
)
JSON: st.SearchStrategy[Any] = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(KEYS | st.text(max_size=8), children, max_size=6)
    ),
    max_leaves=25,
)
# Response objects: ZGW resources are flat-ish; one level of nesting finds the type confusions.
OBJECTS = st.dictionaries(
    KEYS,
    SCALARS | st.lists(SCALARS, max_size=2) | st.dictionaries(KEYS, SCALARS, max_size=3),
    max_size=8,
)


@FAST
@given(JSON)
def test_parse_page_only_raises_invalid_response(body: Any) -> None:
    try:
        items, count, next_url = parse_page(body, "Bron")
    except InvalidResponseError as exc:
        assert exc.message.startswith("Bron: ")
        return
    assert all(isinstance(i, dict) for i in items)
    assert isinstance(count, int)
    assert next_url is None or isinstance(next_url, str)


@FAST
@given(JSON)
def test_zaak_validation(body: Any) -> None:
    try:
        zaak = as_object(body, "Bron", "zaak")
        required_text(zaak, "url", "Bron")
        required_text(zaak, "identificatie", "Bron")
    except InvalidResponseError:
        return


@FAST
@given(OBJECTS, st.one_of(st.none(), OBJECTS), st.one_of(st.none(), OBJECTS), OBJECTS, OBJECTS)
def test_summary_never_crashes(
    zaak: dict[str, Any], zaaktype: Any, status: Any, statustype: Any, resultaat: Any
) -> None:
    case = _summary(
        "Bron",
        zaak,
        zaaktype=zaaktype,
        status=status,
        statustype=statustype,
        resultaat=resultaat,
        resultaattype=None,
    )
    assert isinstance(case.identificatie, str)
    if status is not None:
        assert case.status is not None
        assert case.status == status_info(status, statustype)


@FAST
@given(st.lists(OBJECTS, max_size=4), st.lists(OBJECTS, max_size=4), st.lists(OBJECTS, max_size=4))
def test_timeline_never_crashes(types: Any, statussen: Any, subs: Any) -> None:
    steps = build_timeline(types, statussen, subs)
    assert [s.volgnummer for s in steps] == [s.volgnummer for s in steps]
    assert sum(1 for s in steps if s.state.value == "current") <= 1


@FAST
@given(OBJECTS, st.one_of(st.none(), OBJECTS))
def test_roles_objects_never_crash(obj: dict[str, Any], roltype: Any) -> None:
    _role(obj, roltype)
    _case_object(obj)
    format_address(obj)


@FAST
@given(OBJECTS, OBJECTS)
def test_documents_never_crash(link: dict[str, Any], eio: dict[str, Any]) -> None:
    store = DocumentStore.__new__(DocumentStore)
    store._max_level = "zaakvertrouwelijk"
    doc = store._from_eio("http://x/eio/1", link, eio)
    assert isinstance(doc.may_open, bool)
    assert "/" not in safe_filename(doc.bestandsnaam)


@FAST
@given(st.integers(min_value=400, max_value=599), JSON)
def test_problem_bodies(status: int, body: Any) -> None:
    error = api_error("Bron", status, body)
    assert error.message.startswith("Bron: ")
    assert isinstance(error.server_message, str)


@FAST
@given(
    st.dictionaries(
        st.sampled_from(
            ["sources", "agent_id", "klantinteracties", "max_response_mb", "ca_bundle"]
        ),
        JSON,
    )
)
def test_config_only_raises_config_error(raw: dict[str, Any]) -> None:
    try:
        parse_config(raw)
    except ConfigError as exc:
        assert exc.message


@FAST
@given(st.lists(JSON, max_size=4))
async def test_summary_builder_only_raises_source_errors(zaken: list[Any]) -> None:
    """Whole zaak lists as a server might send them; references go nowhere (no server)."""
    config = replay_config("http://127.0.0.1:9")
    # One httpx client for all examples (building an SSL context per example is slow); it
    # never connects: every reference in random data lies outside the configured roots.
    client = ZgwClient(
        config, Credentials(config, environ={}, keyring_get=lambda s, u: None), http=_HTTP
    )
    builder = SummaryBuilder(client, CatalogCache(client), "Bron")
    try:
        cases = await builder.build_all(zaken)
    except SourceError as exc:
        assert exc.message.startswith("Bron: ")
    else:
        assert len(cases) == len(zaken)
