"""Random JSON into the response readers: only typed, user-readable errors may escape."""

from __future__ import annotations

from typing import Any

import httpx
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kcc_desk.services.case_detail import _case_object, _role, format_address
from kcc_desk.services.case_summary import SummaryBuilder, _summary
from kcc_desk.services.catalog_cache import CatalogCache
from kcc_desk.services.config import parse_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.documents import DocumentStore, safe_filename
from kcc_desk.services.errors import ConfigError, InvalidResponseError, SourceError
from kcc_desk.services.models import CONFIDENTIALITY_LEVELS, StepState
from kcc_desk.services.pagination import parse_page
from kcc_desk.services.parsing import as_object, integer, required_text, status_info
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
@given(JSON | st.fixed_dictionaries({"url": st.text(max_size=5), "identificatie": SCALARS}))
@example({"url": "http://x/zaken/1", "identificatie": "Z-1"})
@example({"url": "http://x/zaken/1", "identificatie": ""})
@example(["url", "identificatie"])
def test_zaak_validation(body: Any) -> None:
    """Exactly the objects with a non-empty text url and identificatie pass, unchanged."""
    valid = isinstance(body, dict) and all(
        isinstance(body.get(key), str) and body[key] for key in ("url", "identificatie")
    )
    try:
        zaak = as_object(body, "Bron", "zaak")
        url = required_text(zaak, "url", "Bron")
        identificatie = required_text(zaak, "identificatie", "Bron")
    except InvalidResponseError as exc:
        assert not valid, "a valid zaak was refused"
        assert exc.message.startswith("Bron: ")
        return
    assert valid, "an invalid zaak was accepted"
    assert (zaak, url, identificatie) == (body, body["url"], body["identificatie"])


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


# Statustypen and statussen that point at each other often enough to build real timelines.
STATUSTYPE_URLS = st.sampled_from([f"http://x/statustypen/{n}" for n in range(4)])
STATUSTYPES = st.fixed_dictionaries(
    {"url": STATUSTYPE_URLS | SCALARS, "volgnummer": st.integers(0, 9) | SCALARS},
    optional={"omschrijving": SCALARS, "isEindstatus": st.booleans() | SCALARS},
)
STATUSSEN = st.fixed_dictionaries(
    {"statustype": STATUSTYPE_URLS | SCALARS, "datumStatusGezet": SCALARS},
    optional={"url": SCALARS, "indicatieLaatstGezetteStatus": st.booleans() | SCALARS},
)


@FAST
@given(
    st.lists(STATUSTYPES | OBJECTS, max_size=5),
    st.lists(STATUSSEN | OBJECTS, max_size=4),
    st.lists(OBJECTS, max_size=4),
)
@example(
    [
        {"url": "http://x/statustypen/2", "volgnummer": 2},
        {"url": "http://x/statustypen/0"},
        {"url": "http://x/statustypen/1", "volgnummer": 1},
    ],
    [{"statustype": "http://x/statustypen/1", "datumStatusGezet": "2026-11-01T10:00:00Z"}],
    [],
)
@example(  # one statustype listed twice (a page served twice): still one current step
    [{"url": "http://x/statustypen/0", "volgnummer": 0}, {"url": "http://x/statustypen/0"}],
    [{"statustype": "http://x/statustypen/0", "datumStatusGezet": None}],
    [],
)
def test_timeline_never_crashes(types: Any, statussen: Any, subs: Any) -> None:
    steps = build_timeline(types, statussen, subs)
    # One step per statustype url (the first one listed): types with a volgnummer first, in
    # volgnummer order; the others after them, numbered by their position.
    first: dict[str, Any] = {}
    for statustype in types:
        if isinstance(statustype.get("url"), str) and statustype["url"]:
            first.setdefault(statustype["url"], statustype)
    kept = list(first.values())
    declared = sorted(
        integer(t, "volgnummer") for t in kept if integer(t, "volgnummer") is not None
    )
    assert len(steps) == len(kept)
    assert [s.volgnummer for s in steps[: len(declared)]] == declared
    assert [s.volgnummer for s in steps[len(declared) :]] == list(
        range(len(declared) + 1, len(steps) + 1)
    )
    assert sum(1 for s in steps if s.state == StepState.CURRENT) <= 1
    if not statussen:
        assert all(s.state == StepState.PLANNED for s in steps)


# Rollen, zaakobjecten and addresses: the real keys and kinds, mixed with random ones.
KINDS = st.sampled_from(
    [
        "natuurlijk_persoon",
        "niet_natuurlijk_persoon",
        "vestiging",
        "medewerker",
        "organisatorische_eenheid",
        "adres",
        "overige",
    ]
)
IDENT_KEYS = st.sampled_from(
    [
        "inpBsn",
        "anpIdentificatie",
        "kvkNummer",
        "innNnpId",
        "vestigingsNummer",
        "identificatie",
        "voornamen",
        "voorletters",
        "voorvoegselGeslachtsnaam",
        "geslachtsnaam",
        "statutaireNaam",
        "handelsnaam",
        "achternaam",
        "naam",
        "omschrijving",
        "gorOpenbareRuimteNaam",
        "huisnummer",
        "huisletter",
        "huisnummertoevoeging",
        "postcode",
        "wplWoonplaatsNaam",
    ]
)
IDENT = st.dictionaries(IDENT_KEYS | KEYS, SCALARS | st.lists(SCALARS, max_size=2), max_size=8)
ROLE_OR_OBJECT = st.fixed_dictionaries(
    {
        "betrokkeneType": KINDS | SCALARS,
        "betrokkeneIdentificatie": IDENT | SCALARS,
        "objectType": KINDS | SCALARS,
        "objectIdentificatie": IDENT | SCALARS,
    },
    optional={
        key: KINDS | SCALARS
        for key in (
            "omschrijving",
            "omschrijvingGeneriek",
            "afwijkendeNaamBetrokkene",
            "objectTypeOverige",
            "relatieomschrijving",
            "object",
        )
    },
)


def _text(obj: Any, key: str) -> str:
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, str) else ""


@FAST
@given(ROLE_OR_OBJECT, st.one_of(st.none(), OBJECTS))
@example(
    {
        "betrokkeneType": "natuurlijk_persoon",
        "betrokkeneIdentificatie": {"inpBsn": "999993653", "geslachtsnaam": "Jansen"},
        "objectType": "adres",
        "objectIdentificatie": {
            "gorOpenbareRuimteNaam": "Markt",
            "huisnummer": 1,
            "postcode": "1234ab",
            "wplWoonplaatsNaam": "Delft",
        },
    },
    {"omschrijving": "Aanvrager"},
)
@example(  # an address without a street is no address (the zaakobject falls back)
    {
        "betrokkeneType": "medewerker",
        "betrokkeneIdentificatie": {"naam": "x"},
        "objectType": "adres",
        "objectIdentificatie": {"postcode": "1234AB", "identificatie": "0503200000000001"},
    },
    None,
)
def test_roles_objects_never_crash(obj: dict[str, Any], roltype: Any) -> None:
    role = _role(obj, roltype)
    ident = obj["betrokkeneIdentificatie"]
    ident = ident if isinstance(ident, dict) else {}
    assert role.betrokkene_type == _text(obj, "betrokkeneType")
    assert role.omschrijving == (_text(obj, "omschrijving") or _text(roltype, "omschrijving"))
    assert role.omschrijving_generiek == _text(obj, "omschrijvingGeneriek")
    assert isinstance(role.naam, str)
    if _text(obj, "afwijkendeNaamBetrokkene"):
        assert role.naam == obj["afwijkendeNaamBetrokkene"]
    # The identifier is one of the betrokkene's own values, never invented.
    assert role.identificatie == "" or role.identificatie in ident.values()

    case_object = _case_object(obj)
    assert case_object.object_type  # never blank: "overige" at the least
    assert case_object.object_type in {
        _text(obj, "objectType"),
        _text(obj, "objectTypeOverige"),
        "overige",
    }
    place = obj["objectIdentificatie"] if isinstance(obj["objectIdentificatie"], dict) else {}
    address = format_address(place)
    street = _text(place, "gorOpenbareRuimteNaam")
    assert address.startswith(street) if street else address == ""
    if case_object.object_type == "adres" and address:
        assert case_object.omschrijving == address
    if not address:
        assert case_object.omschrijving == (
            _text(obj, "relatieomschrijving")
            or _text(place, "omschrijving")
            or _text(place, "identificatie")
            or _text(obj, "object")
        )


EIO = st.fixed_dictionaries(
    {
        "vertrouwelijkheidaanduiding": st.sampled_from(CONFIDENTIALITY_LEVELS) | SCALARS,
        "tonenAanInitiator": st.booleans() | SCALARS,
    },
    optional={
        key: SCALARS for key in ("titel", "bestandsnaam", "inhoud", "creatiedatum", "formaat")
    },
)


@FAST
@given(OBJECTS, EIO)
@example({"titel": "Besluit"}, {"vertrouwelijkheidaanduiding": "openbaar", "bestandsnaam": "a.pdf"})
@example({}, {"vertrouwelijkheidaanduiding": "geheim", "tonenAanInitiator": True})
@example({}, {"vertrouwelijkheidaanduiding": "intern", "tonenAanInitiator": False})
def test_documents_never_crash(link: dict[str, Any], eio: dict[str, Any]) -> None:
    config = replay_config("http://127.0.0.1:9")
    client = ZgwClient(
        config, Credentials(config, environ={}, keyring_get=lambda s, u: None), http=_HTTP
    )
    store = DocumentStore(client, config)
    doc = store._from_eio("http://x/eio/1", link, eio)
    # The KCC rule: open only up to the configured level (unknown counts as most secret), and
    # never what the case owner marked as not for the applicant.
    level = eio.get("vertrouwelijkheidaanduiding")
    allowed = (
        level in CONFIDENTIALITY_LEVELS
        and CONFIDENTIALITY_LEVELS.index(level)
        <= CONFIDENTIALITY_LEVELS.index(config.max_confidentiality)
        and eio.get("tonenAanInitiator") is not False
    )
    assert doc.may_open is allowed
    assert (doc.reason_closed is None) is allowed
    assert doc.titel == (_text(eio, "titel") or _text(link, "titel"))
    assert doc.download_url == (_text(eio, "inhoud") or "http://x/eio/1/download")
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
