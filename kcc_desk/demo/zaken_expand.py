"""``expand`` on zaken (list, detail, ``_zoek``) exactly as Open Zaak 1.30 does it."""

from __future__ import annotations

from kcc_desk.demo.context import SourceContext
from kcc_desk.demo.data.model import RolRec, ZaakRec
from kcc_desk.demo.http_common import (
    Json,
)

# --- expand ----------------------------------------------------------------------------------


def expand_zaak(ctx: SourceContext, zaak: ZaakRec, wanted: set[str]) -> Json:
    """``_expand`` as Open Zaak 1.30: a dotted path only when its parent is asked too; null or
    empty relations are left out."""
    store = ctx.store
    out: Json = {}
    if "zaaktype" in wanted:
        out["zaaktype"] = store.zaaktype(zaak.zaaktype_uuid)
    if "rollen" in wanted and zaak.rol_uuids:
        rollen = []
        for rol_uuid in zaak.rol_uuids:
            body = dict(store.rol(rol_uuid))
            if "rollen.roltype" in wanted:
                rol: RolRec = store.data.rollen[rol_uuid]
                body["_expand"] = {"roltype": store.roltype(rol.roltype_uuid)}
            rollen.append(body)
        out["rollen"] = rollen
    if "status" in wanted and zaak.status_uuid:
        body = dict(store.status(zaak.status_uuid))
        if "status.statustype" in wanted:
            st = store.data.statussen[zaak.status_uuid].statustype_uuid
            body["_expand"] = {"statustype": store.statustype(st)}
        out["status"] = body
    if "resultaat" in wanted and zaak.resultaat_uuid:
        body = dict(store.resultaat(zaak.resultaat_uuid))
        if "resultaat.resultaattype" in wanted:
            rt = store.data.resultaten[zaak.resultaat_uuid].resultaattype_uuid
            body["_expand"] = {"resultaattype": store.resultaattype(rt)}
        out["resultaat"] = body
    if "zaakinformatieobjecten" in wanted and zaak.zio_uuids:
        out["zaakinformatieobjecten"] = [store.zio(u) for u in zaak.zio_uuids]
    if "zaakobjecten" in wanted and zaak.zaakobject_uuids:
        out["zaakobjecten"] = [store.zaakobject(u) for u in zaak.zaakobject_uuids]
    # hoofdzaak, deelzaken, eigenschappen: no demo case has them, so they are always left out.
    return out


def parse_expand(value: str | None) -> set[str]:
    return {v.strip() for v in value.split(",") if v.strip()} if value else set()


def zaak_list_item(ctx: SourceContext, zaak: ZaakRec, wanted: set[str]) -> Json:
    body = dict(ctx.store.zaak(zaak.uuid))
    if not ctx.compat_1_0:
        body["_expand"] = expand_zaak(ctx, zaak, wanted) if wanted else {}
    return body
