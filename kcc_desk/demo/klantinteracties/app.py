"""The demo Klantinteracties API (aiohttp), behaving like Open Klant 2.18.0 (API 0.9.0).

Copied from recordings of the real server (``/work/shared/zgw-recorded/ok_*.json``):
``Authorization: Token <key>`` (401 ``not_authenticated`` without it or with a Bearer JWT, 401
``authentication_failed`` for a wrong key, ``WWW-Authenticate: Token``), unknown query parameters
→ 400 ``unknown-parameters``, a page out of range → 404, error bodies in the problem shape served as
``application/json``, no ETags, ``_expand`` on lists of klantcontacten/betrokkenen/partijen.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

from aiohttp import web

from kcc_desk.demo.faults import FaultState, make_fault_middleware
from kcc_desk.demo.klantinteracties.auth import make_token_middleware
from kcc_desk.demo.klantinteracties.expand import expand_of, render_expanded
from kcc_desk.demo.klantinteracties.filter_values import parse_filter_value
from kcc_desk.demo.klantinteracties.filters import (
    EXPAND_CHOICES,
    FILTERS,
    ORDERING,
    Filter,
)
from kcc_desk.demo.klantinteracties.responses import (
    json_ok,
    not_found,
    problem,
    validation_error,
)
from kcc_desk.demo.klantinteracties.store import (
    RESOURCES,
    JsonDict,
    KlantinteractiesStore,
    Renderer,
    format_datetime,
    now_utc,
)
from kcc_desk.demo.klantinteracties.validation import (
    InvalidParam,
    parse_datetime,
    validate_body,
)

log = logging.getLogger(__name__)

API_PREFIX = "/klantinteracties/api/v1"
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500

STORE_KEY = web.AppKey("ki_store", KlantinteractiesStore)
RENDERER_KEY = web.AppKey("ki_renderer", Renderer)
TOKEN_KEY = web.AppKey("ki_token", str)


_EPOCH = datetime.min.replace(tzinfo=UTC)


def _moment(value: object) -> datetime:
    return (parse_datetime(value) if isinstance(value, str) else None) or _EPOCH


# -- the application -------------------------------------------------------------------------
class KlantinteractiesApi:
    def __init__(self, store: KlantinteractiesStore, base_url: str) -> None:
        self.store = store
        self.base_url = base_url.rstrip("/") + "/"
        self.renderer = Renderer(store, self.base_url)

    # handlers
    async def list(self, request: web.Request) -> web.Response:
        resource = request.match_info["resource"]
        filters = FILTERS[resource]
        allowed = set(filters) | {"page", "pageSize"}
        if resource in EXPAND_CHOICES:
            allowed.add("expand")
        unknown = sorted(set(request.query) - allowed)
        if unknown:
            return validation_error(
                request,
                [
                    {
                        "name": "nonFieldErrors",
                        "code": "unknown-parameters",
                        "reason": "Onbekende query parameters: " + ", ".join(unknown),
                    }
                ],
            )
        active: list[tuple[Filter, Any]] = []
        errors: list[InvalidParam] = []
        for name in request.query:
            if name in ("page", "pageSize", "expand"):
                continue
            flt = filters[name]
            ok, value, code, reason = parse_filter_value(flt, request.query[name])
            if ok:
                active.append((flt, value))
            else:
                errors.append({"name": name, "code": code, "reason": reason})
        if errors:
            return validation_error(request, errors)
        expand, error = expand_of(request, resource)
        if error is not None:
            return error

        records = [
            r for r in self.store.all(resource) if all(f.match(self.store, r, v) for f, v in active)
        ]
        order_field = ORDERING.get(resource)
        if order_field:
            # By moment, not by text: stored values may use +01:00 as well as Z.
            records.sort(key=lambda r: _moment(r.get(order_field)), reverse=True)

        page_size = DEFAULT_PAGE_SIZE
        raw_size = request.query.get("pageSize")
        if raw_size is not None and raw_size.isdigit() and int(raw_size) > 0:
            page_size = min(int(raw_size), MAX_PAGE_SIZE)
        raw_page = request.query.get("page", "1")
        page = int(raw_page) if raw_page.isdigit() else 0
        pages = max(1, -(-len(records) // page_size))
        if page < 1 or page > pages:
            return not_found(request, "Ongeldige pagina.")
        chunk = records[(page - 1) * page_size : page * page_size]
        if resource in EXPAND_CHOICES:
            results = [
                render_expanded(self.store, self.renderer, resource, r, expand or set())
                for r in chunk
            ]
        else:
            results = [self.renderer.render(resource, r) for r in chunk]
        return json_ok(
            {
                "count": len(records),
                "next": self._page_url(request, resource, page + 1) if page < pages else None,
                "previous": self._page_url(request, resource, page - 1) if page > 1 else None,
                "results": results,
            }
        )

    def _page_url(self, request: web.Request, resource: str, page: int) -> str:
        query = [(k, v) for k, v in request.query.items() if k != "page"]
        if page > 1:
            query.append(("page", str(page)))
        suffix = "?" + urlencode(query) if query else ""
        return f"{self.base_url}{resource}{suffix}"

    async def detail(self, request: web.Request) -> web.Response:
        resource = request.match_info["resource"]
        record = self.store.get(resource, request.match_info["uuid"])
        if record is None:
            return not_found(request)
        expand, error = expand_of(request, resource)
        if error is not None:
            return error
        if expand is not None and resource in EXPAND_CHOICES:
            return json_ok(render_expanded(self.store, self.renderer, resource, record, expand))
        return json_ok(self.renderer.render(resource, record))

    async def _body(self, request: web.Request) -> tuple[object, web.Response | None]:
        try:
            return await request.json(), None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            return None, problem(
                request, 400, "ParseError", "parse_error", f"JSON parse error - {exc}"
            )

    def _created(self, resource: str, key: str) -> web.Response:
        record = self.store.get(resource, key)
        assert record is not None
        return json_ok(
            self.renderer.render(resource, record),
            201,
            {"Location": self.renderer.url(resource, key)},
        )

    async def create(self, request: web.Request) -> web.Response:
        resource = request.match_info["resource"]
        body, error = await self._body(request)
        if error is not None:
            return error
        clean, errors = validate_body(self.store, resource, body)
        if errors:
            return validation_error(request, errors)
        self._defaults(resource, clean)
        key = self.store.add(resource, clean)
        log.debug("demo klantinteracties: %s aangemaakt", resource)
        return self._created(resource, key)

    def _defaults(self, resource: str, clean: JsonDict) -> None:
        if resource == "klantcontacten":
            when = clean.get("plaatsgevondenOp")
            parsed = parse_datetime(when) if isinstance(when, str) else None
            clean["plaatsgevondenOp"] = format_datetime(parsed or now_utc())
        elif resource == "internetaken":
            clean["toegewezenOp"] = format_datetime(now_utc())
            self._task_closing(clean)

    def _task_closing(self, clean: JsonDict) -> None:
        when = clean.get("afgehandeldOp")
        if isinstance(when, str):
            parsed = parse_datetime(when)
            clean["afgehandeldOp"] = format_datetime(parsed) if parsed else None
        if clean.get("status") == "verwerkt" and not clean.get("afgehandeldOp"):
            clean["afgehandeldOp"] = format_datetime(now_utc())
        elif clean.get("status") == "te_verwerken":
            clean["afgehandeldOp"] = None

    async def patch(self, request: web.Request) -> web.Response:
        resource = request.match_info["resource"]
        key = request.match_info["uuid"]
        record = self.store.get(resource, key)
        if record is None:
            return not_found(request)
        if resource != "internetaken":
            return problem(
                request,
                405,
                "MethodNotAllowed",
                "method_not_allowed",
                'Methode "PATCH" niet toegestaan.',
            )
        body, error = await self._body(request)
        if error is not None:
            return error
        clean, errors = validate_body(self.store, resource, body, partial=True, instance=key)
        if (
            not errors
            and clean.get("afgehandeldOp")
            and "status" not in clean
            and record["status"] != "verwerkt"
        ):
            errors.append(
                {
                    "name": "afgehandeldOp",
                    "code": "invalid",
                    "reason": "De Internetaak kan geen afgehandeld op datum bevatten als de "
                    "status niet op 'verwerkt' staat.",
                }
            )
        if errors:
            return validation_error(request, errors)
        merged = {**record, **clean}
        self._task_closing(merged)
        changes = {k: merged[k] for k in (*clean, "afgehandeldOp")}
        changes.pop("aanleidinggevendKlantcontact", None)  # not re-indexed; Open Klant allows it
        self.store.update(resource, key, changes)
        return json_ok(self.renderer.render(resource, self.store.get(resource, key) or {}))

    async def maak_klantcontact(self, request: web.Request) -> web.Response:
        body, error = await self._body(request)
        if error is not None:
            return error
        if not isinstance(body, dict):
            return validation_error(
                request,
                [{"name": "nonFieldErrors", "code": "invalid", "reason": "Ongeldige data."}],
            )
        errors: list[InvalidParam] = []
        if "klantcontact" not in body:
            errors.append(
                {"name": "klantcontact", "code": "required", "reason": "Dit veld is vereist."}
            )
        kc, kc_errors = validate_body(
            self.store, "klantcontacten", body.get("klantcontact", {}), prefix="klantcontact."
        )
        errors += kc_errors if "klantcontact" in body else []
        betrokkene: JsonDict | None = None
        if body.get("betrokkene") is not None:
            betrokkene, b_errors = validate_body(
                self.store,
                "betrokkenen",
                body["betrokkene"],
                prefix="betrokkene.",
                skip=("hadKlantcontact",),
            )
            errors += b_errors
        onderwerp: JsonDict | None = None
        if body.get("onderwerpobject") is not None:
            onderwerp, o_errors = validate_body(
                self.store,
                "onderwerpobjecten",
                body["onderwerpobject"],
                prefix="onderwerpobject.",
                skip=("klantcontact",),
            )
            errors += o_errors
        if errors:
            return validation_error(request, errors)
        # All three or nothing: validation is complete before the first write.
        self._defaults("klantcontacten", kc)
        kc_key = self.store.add("klantcontacten", kc)
        result: JsonDict = {
            "klantcontact": self.renderer.render(
                "klantcontacten", self.store.get("klantcontacten", kc_key) or {}
            )
        }
        if betrokkene is not None:
            betrokkene["hadKlantcontact"] = kc_key
            b_key = self.store.add("betrokkenen", betrokkene)
            result["betrokkene"] = self.renderer.render(
                "betrokkenen", self.store.get("betrokkenen", b_key) or {}
            )
        if onderwerp is not None:
            onderwerp["klantcontact"] = kc_key
            o_key = self.store.add("onderwerpobjecten", onderwerp)
            result["onderwerpobject"] = self.renderer.render(
                "onderwerpobjecten", self.store.get("onderwerpobjecten", o_key) or {}
            )
        # The klantcontact's reverse relations now include the new children.
        result["klantcontact"] = self.renderer.render(
            "klantcontacten", self.store.get("klantcontacten", kc_key) or {}
        )
        return json_ok(result, 201)

    async def root(self, request: web.Request) -> web.Response:
        del request
        return json_ok({name: f"{self.base_url}{name}" for name in RESOURCES})


def _resource_guard(handler: Callable[[web.Request], Any]) -> Callable[[web.Request], Any]:
    async def guarded(request: web.Request) -> web.StreamResponse:
        if request.match_info["resource"] not in FILTERS:
            return not_found(request)
        response: web.StreamResponse = await handler(request)
        return response

    return guarded


def create_klantinteracties_app(
    store: KlantinteractiesStore, token: str, fault_state: FaultState, base_url: str
) -> web.Application:
    """The demo Klantinteracties API under ``/klantinteracties/api/v1/``.

    ``base_url`` is the absolute API root clients use (e.g.
    ``http://127.0.0.1:41236/klantinteracties/api/v1/``); URLs in bodies are built from it.
    """
    path = urlsplit(base_url).path.rstrip("/")
    prefix = path or API_PREFIX
    api = KlantinteractiesApi(store, base_url)
    # Faults first: a refused/500 source answers so before it would check the token.
    app = web.Application(
        middlewares=[make_fault_middleware(fault_state), make_token_middleware(token)]
    )
    app[STORE_KEY] = store
    app[RENDERER_KEY] = api.renderer
    app[TOKEN_KEY] = token
    resource = "{resource:[a-z-]+}"
    uuid_part = "{uuid}"
    app.router.add_get(prefix + "/", api.root)
    app.router.add_post(prefix + "/maak-klantcontact", api.maak_klantcontact)
    app.router.add_get(f"{prefix}/{resource}", _resource_guard(api.list))
    app.router.add_post(f"{prefix}/{resource}", _resource_guard(api.create))
    app.router.add_get(f"{prefix}/{resource}/{uuid_part}", _resource_guard(api.detail))
    app.router.add_patch(f"{prefix}/{resource}/{uuid_part}", _resource_guard(api.patch))
    return app
