"""The Open Klant 2.18.0 Klantinteracties spec, loaded for openapi-core contract checks.

The real Open Klant does not validate against its own spec in two ways (shown by the recorded
exchanges in tests/fixtures/zgw-recorded/ok_*.json, which ``test_contract`` checks first):

* ``nullable: true`` next to ``allOf: [$ref]`` (OAS 3.0 generators' way to say "nullable
  reference") – jsonschema applies the referenced, non-nullable schema to ``null`` and fails;
* address parts are served as ``""`` although the spec gives them patterns / minLength;
* an actor created without ``actorIdentificatie`` is served with ``"actorIdentificatie": null``
  (``ok_actoren_list``), which the spec does not allow;
* a digitaal adres without ``referentie`` is served with ``""`` (``ok_create_digitaaladres_*``),
  which its pattern does not allow.

``tolerant_spec`` repairs exactly those four things, and declares the error responses (the spec
lists only successes) with the problem shape Open Klant actually sends. Nothing else is relaxed.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

import yaml  # type: ignore[import-untyped]

from tests.fixtures import paths

SPEC_PATH = paths.SPECS_DIR / "klantinteracties-api-0.9.0-openklant-2.18.0.yaml"
RECORDINGS = paths.RECORDED_DIR

PROBLEM: dict[str, Any] = {
    "type": "object",
    "required": ["type", "code", "title", "status", "detail", "instance"],
    "properties": {
        "type": {"type": "string"},
        "code": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
    },
}
VALIDATION_PROBLEM: dict[str, Any] = {
    "allOf": [
        PROBLEM,
        {
            "type": "object",
            "required": ["invalidParams"],
            "properties": {
                "invalidParams": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["name", "code", "reason"],
                        "properties": {
                            "name": {"type": "string"},
                            "code": {"type": "string"},
                            "reason": {"type": "string"},
                        },
                    },
                }
            },
        },
    ]
}
ADDRESS_SCHEMAS = (
    "Bezoekadres",
    "BetrokkeneCorrespondentieadres",
    "PartijBezoekadres",
    "PartijCorrespondentieadres",
)


def _fix_nullable_allof(node: Any) -> Any:
    if isinstance(node, dict):
        fixed = {k: _fix_nullable_allof(v) for k, v in node.items()}
        all_of = fixed.get("allOf")
        if fixed.get("nullable") is True and isinstance(all_of, list) and len(all_of) == 1:
            rest = {k: v for k, v in fixed.items() if k not in ("allOf", "nullable")}
            return {**rest, "anyOf": [all_of[0], {"enum": [None], "nullable": True}]}
        return fixed
    if isinstance(node, list):
        return [_fix_nullable_allof(v) for v in node]
    return node


@functools.cache
def _raw() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded = yaml.safe_load(fh)
    assert isinstance(loaded, dict)
    return loaded


def tolerant_spec(server_url: str) -> dict[str, Any]:
    spec = copy.deepcopy(_raw())
    spec["servers"] = [{"url": server_url.rstrip("/")}]
    schemas = spec["components"]["schemas"]
    for name in ADDRESS_SCHEMAS:
        for prop in schemas[name]["properties"].values():
            if "pattern" in prop:
                prop["pattern"] = "^$|" + prop["pattern"]
            if prop.get("minLength"):
                prop["minLength"] = 0
    for name in (
        "actor_identificatie_Medewerker",
        "actor_identificatie_GeautomatiseerdeActor",
        "actor_identificatie_OrganisatorischeEenheid",
    ):
        prop = schemas[name]["properties"]["actorIdentificatie"]
        schemas[name]["properties"]["actorIdentificatie"] = {
            "anyOf": [prop, {"enum": [None], "nullable": True}]
        }
    referentie = schemas["DigitaalAdres"]["properties"]["referentie"]
    referentie["pattern"] = "^$|" + referentie["pattern"]
    fixed: dict[str, Any] = _fix_nullable_allof(spec)
    spec = fixed
    schemas = spec["components"]["schemas"]
    schemas["Fout"] = PROBLEM
    schemas["ValidatieFout"] = VALIDATION_PROBLEM
    for ops in spec["paths"].values():
        for method, op in ops.items():
            if method == "parameters":
                continue
            for status, schema in (
                ("400", "ValidatieFout"),
                ("401", "Fout"),
                ("404", "Fout"),
                ("405", "Fout"),
                ("500", "Fout"),
            ):
                op["responses"].setdefault(
                    status,
                    {
                        "description": "problem",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{schema}"}
                            }
                        },
                    },
                )
    return spec


def declared_query_params(path_pattern: str, method: str) -> set[str]:
    op = _raw()["paths"][path_pattern][method.lower()]
    return {p["name"] for p in op.get("parameters", ()) if p.get("in") == "query"}


def path_pattern_for(path: str) -> str:
    """``/klantcontacten/<uuid>`` -> ``/klantcontacten/{uuid}`` (path relative to the root)."""
    parts = path.strip("/").split("/")
    pattern = "/" + parts[0] + ("/{uuid}" if len(parts) > 1 else "")
    if pattern not in _raw()["paths"]:
        raise KeyError(pattern)
    return pattern
