"""The demo BRP behaves as BRP Personen 2.7.0 and its feature files say (brp-specs/CLIENT-NOTES),
and its answers fit the official OAS (contract tests, like the ZGW ones)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kcc_desk.demo.data.brp_personas import NAMESAKE_BSNS, SECRET_BSN
from kcc_desk.demo.server import PERSONA_BSN, DemoServer
from kcc_desk.services.persons.brp import FIELDS
from tests.persons.brp_contract import BrpContract

JSON = "application/json; charset=utf-8"


@pytest.fixture(scope="module")
def contract() -> BrpContract:
    return BrpContract()


@pytest.fixture
def brp(demo_server: DemoServer) -> Iterator[httpx.Client]:
    assert demo_server.brp_url
    with httpx.Client(
        base_url=demo_server.brp_url,
        headers={"X-API-KEY": demo_server.brp_api_key, "Content-Type": JSON},
        timeout=5,
    ) as client:
        yield client


def post(client: httpx.Client, body: Any, **kwargs: Any) -> httpx.Response:
    import json

    return client.post("/personen", content=json.dumps(body).encode(), **kwargs)


def invalid(response: httpx.Response) -> dict[str, tuple[str, str]]:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == "paramsValidation"
    assert body["title"] == "Een of meerdere parameters zijn niet correct."
    return {p["name"]: (p["code"], p["reason"]) for p in body["invalidParams"]}


NAME_QUERY = {
    "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
    "fields": list(FIELDS),
    "geslachtsnaam": "Vries",
    "geboortedatum": "1980-03-12",
}


def test_search_answers_persoon_beperkt_with_only_the_asked_fields(
    brp: httpx.Client, contract: BrpContract
) -> None:
    response = post(brp, {**NAME_QUERY, "fields": ["burgerservicenummer", "naam.volledigeNaam"]})
    contract.check(response)
    assert response.headers["content-type"] == JSON
    body = response.json()
    assert body["type"] == "ZoekMetGeslachtsnaamEnGeboortedatum"
    assert sorted(body["personen"], key=lambda p: p["burgerservicenummer"]) == [
        {"burgerservicenummer": NAMESAKE_BSNS[0], "naam": {"volledigeNaam": "Daan de Vries"}},
        {"burgerservicenummer": NAMESAKE_BSNS[1], "naam": {"volledigeNaam": "Dirk Jan de Vries"}},
    ]


def test_geheimhouding_is_delivered_unasked(brp: httpx.Client, contract: BrpContract) -> None:
    response = post(
        brp,
        {
            "type": "ZoekMetPostcodeEnHuisnummer",
            "fields": ["burgerservicenummer"],
            "postcode": "3119 LA",
            "huisnummer": 12,
        },
    )
    contract.check(response)
    personen = {p["burgerservicenummer"]: p for p in response.json()["personen"]}
    assert personen[SECRET_BSN]["geheimhoudingPersoonsgegevens"] is True
    assert "geheimhoudingPersoonsgegevens" not in personen[NAMESAKE_BSNS[0]]  # false: omitted


def test_raadplegen_with_a_group_and_a_date(brp: httpx.Client, contract: BrpContract) -> None:
    response = post(
        brp,
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "fields": ["naam", "geboorte.datum", "adressering", "geslacht", "leeftijd"],
            "burgerservicenummer": [PERSONA_BSN, "999999999"],
        },
    )
    contract.check(response)
    (persoon,) = response.json()["personen"]  # an unknown BSN is simply not there
    assert persoon["naam"]["volledigeNaam"] == "Zoë van den Berg"
    assert persoon["naam"]["voorvoegsel"] == "van den"
    assert set(persoon["geboorte"]["datum"]) == {"type", "datum", "langFormaat"}
    assert "  " in persoon["adressering"]["adresregel2"]  # "NNNN XX  WOONPLAATS"
    assert persoon["geslacht"] == {"code": "V", "omschrijving": "vrouw"}


def test_none_found_is_an_empty_list_not_a_404(brp: httpx.Client, contract: BrpContract) -> None:
    response = post(brp, {**NAME_QUERY, "geslachtsnaam": "Niemand"})
    contract.check(response)
    assert response.status_code == 200 and response.json()["personen"] == []


@pytest.mark.parametrize(
    ("name", "found"),
    [("vries", 2), ("VRÏES", 2), ("Vri*", 2), ("Vrie", 0), ("Vri", 0)],
)
def test_wildcards_case_and_diacritics(brp: httpx.Client, name: str, found: int) -> None:
    response = post(brp, {**NAME_QUERY, "geslachtsnaam": name})
    assert len(response.json()["personen"]) == found


@pytest.mark.parametrize("name", ["Vr*", "*ries", "V*ries", "Vri**"])
def test_wildcard_rules_are_a_pattern_error(brp: httpx.Client, name: str) -> None:
    errors = invalid(post(brp, {**NAME_QUERY, "geslachtsnaam": name}))
    assert errors["geslachtsnaam"][0] == "pattern"


def test_unknown_and_wrongly_typed_parameters(brp: httpx.Client, contract: BrpContract) -> None:
    response = post(
        brp,
        {
            "type": "ZoekMetPostcodeEnHuisnummer",
            "fields": ["burgerservicenummer", "aNummer", "geheimhoudingPersoonsgegevens"],
            "postcode": "3119LA",
            "huisnummer": "12",
            "huisleter": "a",
            "voornamen": "Daan",
        },
    )
    contract.check(response)
    assert response.headers["content-type"].startswith("application/problem+json")
    errors = invalid(response)
    assert errors == {
        "fields[1]": ("fields", "Parameter bevat een niet bestaande veldnaam."),
        "fields[2]": ("fields", "Parameter bevat een niet toegestane veldnaam."),
        "huisnummer": ("integer", "Waarde is geen geldig getal."),
        "huisleter": ("unknownParam", "Parameter is niet verwacht."),
        "voornamen": ("unknownParam", "Parameter is niet verwacht."),
    }


@pytest.mark.parametrize(
    ("change", "name", "code"),
    [
        ({"fields": "burgerservicenummer,naam"}, "fields", "array"),
        ({"fields": []}, "fields", "minItems"),
        ({"fields": ["naam"] * 131}, "fields", "maxItems"),
        ({"type": "ZoekMetIets"}, "type", "value"),
        ({"geboortedatum": "12-03-1980"}, "geboortedatum", "date"),
        ({"geslacht": "X"}, "geslacht", "pattern"),
        ({"inclusiefOverledenPersonen": "ja"}, "inclusiefOverledenPersonen", "boolean"),
    ],
)
def test_params_validation(brp: httpx.Client, change: dict[str, Any], name: str, code: str) -> None:
    assert invalid(post(brp, {**NAME_QUERY, **change}))[name][0] == code


def test_required_parameters(brp: httpx.Client) -> None:
    errors = invalid(post(brp, {"type": "ZoekMetPostcodeEnHuisnummer"}))
    assert {n: c for n, (c, _) in errors.items()} == {
        "fields": "required",
        "huisnummer": "required",
        "postcode": "required",
    }


def test_bsn_list_rules(brp: httpx.Client) -> None:
    body = {"type": "RaadpleegMetBurgerservicenummer", "fields": ["naam"]}
    assert (
        invalid(post(brp, {**body, "burgerservicenummer": "999993653"}))["burgerservicenummer"][0]
        == "array"
    )
    assert "burgerservicenummer[1]" in invalid(
        post(brp, {**body, "burgerservicenummer": ["999993653", "12345"]})
    )


def test_401_without_a_key(demo_server: DemoServer, contract: BrpContract) -> None:
    response = httpx.post(
        f"{demo_server.brp_url}/personen", json=NAME_QUERY, headers={"Content-Type": JSON}
    )
    contract.check(response)
    assert response.status_code == 401 and response.json()["code"] == "authentication"


@pytest.mark.parametrize(
    "media", ["text/plain", "application/xml", "application/json; charset=latin-1"]
)
def test_415_on_a_wrong_content_type(brp: httpx.Client, contract: BrpContract, media: str) -> None:
    response = post(brp, NAME_QUERY, headers={"Content-Type": media})
    contract.check(response)
    assert response.status_code == 415
    assert response.json()["code"] == "unsupportedMediaType"


def test_plain_json_content_type_is_fine(brp: httpx.Client) -> None:
    assert post(brp, NAME_QUERY, headers={"Content-Type": "application/json"}).status_code == 200


def test_406_on_a_wrong_accept(brp: httpx.Client, contract: BrpContract) -> None:
    response = post(brp, NAME_QUERY, headers={"Accept": "application/xml"})
    contract.check(response)
    assert response.status_code == 406


def test_the_client_requests_fit_the_oas(demo_server: DemoServer, contract: BrpContract) -> None:
    from kcc_desk.services.identifiers import parse_identifier
    from kcc_desk.services.person_query import NameAndBirthDate, PostcodeAndNumber
    from kcc_desk.services.persons.brp import bsn_query, name_query, postcode_query

    for body in (
        name_query(parse_identifier("Zoë van den Berg 1-2-1985").criteria),  # type: ignore[arg-type]
        name_query(NameAndBirthDate("Ber*", parse_identifier("x 1-2-1985").criteria.geboortedatum)),  # type: ignore[union-attr]
        postcode_query(PostcodeAndNumber("2511AB", 12, "a", "2")),
        bsn_query([PERSONA_BSN]),
    ):
        request = httpx.Request(
            "POST",
            f"{demo_server.brp_url}/personen",
            json=body,
            headers={"Content-Type": JSON, "X-API-KEY": demo_server.brp_api_key},
        )
        contract.check_request(request)


def test_the_contract_check_can_fail(demo_server: DemoServer, contract: BrpContract) -> None:
    request = httpx.Request("POST", f"{demo_server.brp_url}/personen", json=NAME_QUERY)
    wrong = httpx.Response(
        200,
        json={"type": "RaadpleegMetBurgerservicenummer", "personen": [{"burgerservicenummer": 12}]},
        headers={"Content-Type": JSON},
        request=request,
    )
    with pytest.raises(AssertionError):
        contract.check(wrong)
