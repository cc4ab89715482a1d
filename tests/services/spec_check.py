"""Validate the requests the client sent (the demo server's request log) against the official
OpenAPI specs as served by Open Zaak 1.30 (and Zaken API 1.0.0 for the compat mode).

The specs' response sections are dropped before loading: they hold external ``$ref``s (for
``_expand``) that cannot be fetched offline, and only requests are validated here. Besides what
openapi-core checks (types, enums such as ``expand``, required headers, security), every query
parameter must be *declared* for the operation: a real server answers an unknown one with 400.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import yaml  # type: ignore[import-untyped]
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from tests.fixtures import paths

SPECS = str(paths.SPECS_DIR) + "/"
SPEC_FOR_PREFIX = {
    "/zaken/api/v1": "zaken-api-1.5.1-openzaak-1.30.0.yaml",
    "/catalogi/api/v1": "catalogi-api-1.3.1-openzaak-1.30.0.yaml",
    "/documenten/api/v1": "documenten-api-1.4.2-openzaak-1.30.0.yaml",
}
ZAKEN_1_0 = "zaken-api-1.0.0.yaml"


@dataclass
class _Request:
    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    content_type: str = "application/json"
    body: bytes | None = None

    @property
    def full_url_pattern(self) -> str:
        return self.host_url + self.path


@functools.cache
def _spec(name: str) -> tuple[OpenAPI, dict[str, Any]]:
    with open(SPECS + name, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    for item in data["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "responses" in op:
                op["responses"] = {"200": {"description": "ok"}}
            # Open Zaak's own spec types some URL filters as integer (CLIENT-NOTES §9).
            for param in op.get("parameters", []) if isinstance(op, dict) else []:
                schema = param.get("schema", {})
                if (
                    param.get("in") == "query"
                    and schema.get("type") == "integer"
                    and param["name"] in {"zaak", "status", "zaaktype", "informatieobject"}
                ):
                    param["schema"] = {"type": "string", "format": "uri"}
    return OpenAPI.from_dict(data, config=Config(spec_validator_cls=None)), data


def _declared(data: dict[str, Any], server: str, path: str) -> set[str] | None:
    rel = path[len(server) :] or "/"
    for template, item in data["paths"].items():
        parts, want = template.strip("/").split("/"), rel.strip("/").split("/")
        if len(parts) == len(want) and all(
            p == w or (p.startswith("{") and p.endswith("}"))
            for p, w in zip(parts, want, strict=True)
        ):
            op = item.get("get", {})
            params = op.get("parameters", []) + item.get("parameters", [])
            return {p["name"] for p in params if p.get("in") == "query"}
    return None


def validate_request(
    method: str, path: str, query: dict[str, str], headers: dict[str, str], *, zaken_1_0: bool
) -> None:
    """Raise AssertionError (with the reason) when the request does not fit the spec."""
    prefix = next((p for p in SPEC_FOR_PREFIX if path.startswith(p + "/")), None)
    assert prefix is not None, f"request outside the ZGW APIs: {path}"
    name = SPEC_FOR_PREFIX[prefix]
    server, spec_path = prefix, path
    if zaken_1_0 and prefix == "/zaken/api/v1":
        name, server, spec_path = ZAKEN_1_0, "/api/v1", "/api/v1" + path[len(prefix) :]
    api, data = _spec(name)
    declared = _declared(data, server, spec_path)
    assert declared is not None, f"no such operation in {name}: {path}"
    unknown = set(query) - declared - {"page"}
    assert not unknown, f"parameters not in {name} for {path}: {sorted(unknown)}"
    request = _Request(
        host_url="http://127.0.0.1",
        path=spec_path,
        method=method.lower(),
        parameters=RequestParameters(
            query=ImmutableMultiDict(list(query.items())),
            header=Headers(list(headers.items())),
            cookie=ImmutableMultiDict(),
        ),
    )
    try:
        api.validate_request(request)
    except Exception as exc:  # openapi-core raises a family of errors; report any of them
        raise AssertionError(f"{method} {path} {sorted(query)}: {exc!r}") from exc
