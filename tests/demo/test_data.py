"""The generated training data: determinism, validity and the fixed personas."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kcc_desk.demo.data.generate import DemoData, generate_demo_data
from kcc_desk.demo.data.model import ZaakRec
from kcc_desk.demo.data.personas import (
    BENCHMARK_BSN_20,
    BENCHMARK_BSN_MANY,
    PERSONA_BSN,
    PERSONA_KVK,
    shared_identificatie,
)
from kcc_desk.demo.data.persons import make_elfproef_number
from kcc_desk.demo.data.source import SourceData
from kcc_desk.services.identifiers import is_valid_bsn

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def data() -> DemoData:
    return generate_demo_data(1, TODAY, sources=2)


def _zaken_of(
    source: SourceData, *, bsn: str | None = None, kvk: str | None = None
) -> list[ZaakRec]:
    uuids = {
        r.zaak_uuid
        for r in source.rollen.values()
        if (bsn and r.bsn == bsn) or (kvk and kvk in (r.kvk, r.inn_nnp_id))
    }
    return [source.zaken[u] for u in uuids]


def test_same_seed_and_date_give_identical_data(data: DemoData) -> None:
    first = data
    second = generate_demo_data(1, TODAY, sources=2)
    assert first.persons == second.persons
    assert first.companies == second.companies
    for a, b in zip(first.sources, second.sources, strict=True):
        assert a.zaken == b.zaken
        assert a.statussen == b.statussen
        assert a.rollen == b.rollen
        assert a.documenten == b.documenten
        assert a.zaaktypen == b.zaaktypen


def test_different_seed_gives_different_data(data: DemoData) -> None:
    first = data
    second = generate_demo_data(2, TODAY, sources=2)
    assert [p.bsn for p in first.persons] != [p.bsn for p in second.persons]
    assert set(first.sources[0].zaken) != set(second.sources[0].zaken)


def test_every_person_has_a_valid_unique_bsn(data: DemoData) -> None:
    bsns = [p.bsn for p in data.persons]
    assert len(bsns) >= 300
    assert len(set(bsns)) == len(bsns)
    assert all(is_valid_bsn(b) for b in bsns)
    for source in data.sources:
        assert all(is_valid_bsn(r.bsn) for r in source.rollen.values() if r.bsn)


def test_names_are_realistic_with_diacritics(data: DemoData) -> None:
    names = [p.full_name for p in data.persons]
    assert any(not n.isascii() for n in names)
    assert "Zoë van den Berg" in names
    assert "Jeroen Çelik" in names
    assert "Ingrid Müller-de Wit" in names


def test_companies_have_kvk_numbers(data: DemoData) -> None:
    assert len(data.companies) >= 30
    assert all(re.fullmatch(r"\d{8}", c.kvk) for c in data.companies)
    assert len({c.kvk for c in data.companies}) == len(data.companies)


def test_catalogue_has_kcc_zaaktypen_with_plain_dutch_steps(data: DemoData) -> None:
    source = data.sources[0]
    assert len(source.zaaktypen) >= 12
    for zaaktype in source.zaaktypen.values():
        steps = [source.statustypen[u] for u in zaaktype.statustype_uuids]
        assert 4 <= len(steps) <= 7, zaaktype.omschrijving
        assert [s.volgnummer for s in steps] == list(range(1, len(steps) + 1))
        assert [s.is_eindstatus for s in steps] == [False] * (len(steps) - 1) + [True]
        assert all(s.statustekst for s in steps)
        assert re.fullmatch(r"P\d+D", zaaktype.doorlooptijd)
        assert zaaktype.resultaattype_uuids
        generiek = {source.roltypen[u].omschrijving_generiek for u in zaaktype.roltype_uuids}
        assert generiek == {"initiator", "behandelaar"}


def test_cases_cover_every_stage_and_state(data: DemoData) -> None:
    source = data.sources[0]
    reached: dict[str, set[int]] = {}
    for zaak in source.zaken.values():
        statustype = source.statustypen[source.statussen[zaak.status_uuids[-1]].statustype_uuid]
        reached.setdefault(zaak.zaaktype_uuid, set()).add(statustype.volgnummer)
        history = [source.statussen[u].datum_status_gezet for u in zaak.status_uuids]
        assert history == sorted(history)
        assert history[-1] <= datetime.now(UTC) + timedelta(days=1)
        if zaak.is_open:
            assert zaak.resultaat_uuid is None
        else:
            assert zaak.resultaat_uuid is not None and zaak.einddatum is not None
    for zaaktype_uuid, stages in reached.items():
        n_steps = len(source.zaaktypen[zaaktype_uuid].statustype_uuids)
        if sum(1 for z in source.zaken.values() if z.zaaktype_uuid == zaaktype_uuid) > 40:
            assert stages == set(range(1, n_steps + 1))
    open_zaken = [z for z in source.zaken.values() if z.is_open]
    assert any(z.einddatum_gepland and z.einddatum_gepland < TODAY for z in open_zaken)
    levels = {z.vertrouwelijkheid for s in data.sources for z in s.zaken.values()}
    assert {"openbaar", "zaakvertrouwelijk", "vertrouwelijk", "geheim"} <= levels
    assert {s.doelgroep for s in source.substatussen.values()} == {"betrokkenen", "intern"}


def test_documents_are_real_files(data: DemoData) -> None:
    docs = list(data.sources[0].documenten.values())
    assert docs
    for doc in docs:
        assert doc.bestandsnaam.endswith((".pdf", ".txt"))
        if doc.formaat == "application/pdf":
            assert doc.content.startswith(b"%PDF-1.4") and doc.content.rstrip().endswith(b"%%EOF")
        else:
            assert doc.formaat == "text/plain"
            doc.content.decode("utf-8")


def test_sources_look_like_different_vendors(data: DemoData) -> None:
    first, second = data.sources
    assert first.profile.bronorganisatie != second.profile.bronorganisatie
    assert all(re.fullmatch(r"ZAAK-\d{4}-\d{7}", z.identificatie) for z in first.zaken.values())
    assert all(
        re.fullmatch(r"BZ \d{4}/\d{4}", z.identificatie) or z.identificatie.startswith("ZAAK-")
        for z in second.zaken.values()
    )
    assert any("/" in z.identificatie and " " in z.identificatie for z in second.zaken.values())


def test_persona_citizen(data: DemoData) -> None:
    first, second = data.sources
    mine = {0: _zaken_of(first, bsn=PERSONA_BSN), 1: _zaken_of(second, bsn=PERSONA_BSN)}
    assert sum(len(v) for v in mine.values()) >= 4 and all(mine.values())
    every = [(i, z) for i, zaken in mine.items() for z in zaken]
    assert any(not z.is_open and z.resultaat_uuid for _, z in every)
    assert any(
        z.is_open and z.einddatum_gepland is not None and z.einddatum_gepland < data.today
        for _, z in every
    )
    with_substatus = [
        z
        for i, z in every
        if {s.doelgroep for s in data.sources[i].substatussen.values() if s.zaak_uuid == z.uuid}
        == {"betrokkenen", "intern"}
    ]
    assert with_substatus
    assert any(z.vertrouwelijkheid in ("vertrouwelijk", "geheim") for _, z in every)
    shared = shared_identificatie(data.today)
    assert [z.identificatie for z in mine[0]].count(shared) == 1
    assert [z.identificatie for z in mine[1]].count(shared) == 1


def test_persona_company(data: DemoData) -> None:
    total = sum(len(_zaken_of(s, kvk=PERSONA_KVK)) for s in data.sources)
    assert total >= 2
    # Source 1 keeps the KVK number in kvkNummer, source 2 in innNnpId (vendor difference).
    assert any(r.kvk == PERSONA_KVK for r in data.sources[0].rollen.values())
    assert any(r.inn_nnp_id == PERSONA_KVK for r in data.sources[1].rollen.values())


def test_benchmark_caller_has_exactly_20_cases_over_3_zaaktypen(data: DemoData) -> None:
    assert is_valid_bsn(BENCHMARK_BSN_20)
    zaken = _zaken_of(data.sources[0], bsn=BENCHMARK_BSN_20)
    assert len(zaken) == 20
    assert len({z.zaaktype_uuid for z in zaken}) == 3
    assert not _zaken_of(data.sources[1], bsn=BENCHMARK_BSN_20)


def test_big_caller_only_on_request(data: DemoData) -> None:
    assert is_valid_bsn(BENCHMARK_BSN_MANY)
    plain = data
    assert not _zaken_of(plain.sources[0], bsn=BENCHMARK_BSN_MANY)
    big = generate_demo_data(1, TODAY, sources=2, big_caller_cases=500)
    assert len(_zaken_of(big.sources[0], bsn=BENCHMARK_BSN_MANY)) == 500
    # The rest of the data does not change when the big caller is added.
    assert set(plain.sources[0].zaken) <= set(big.sources[0].zaken)


@given(st.text(alphabet="0123456789", min_size=0, max_size=6), st.integers(0, 2**32))
def test_generated_numbers_always_pass_the_elfproef(prefix: str, seed: int) -> None:
    number = make_elfproef_number(prefix, random.Random(seed))
    assert number.startswith(prefix) and len(number) == 9
    assert is_valid_bsn(number) or number == "000000000"


@pytest.mark.parametrize("seed", [2, 99, 20261128])
def test_personas_exist_for_every_seed(seed: int) -> None:
    other = generate_demo_data(seed, TODAY + timedelta(days=seed % 200), sources=2)
    for check in (test_persona_citizen, test_persona_company):
        check(other)
    test_benchmark_caller_has_exactly_20_cases_over_3_zaaktypen(other)
