"""The kcc-desk configuration (TOML) that points at a running demo server, with its inline demo
credentials (allowed for loopback servers only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_desk.demo.server import DemoServer


def render_config(server: DemoServer, agent_id: str | None = None) -> str:
    lines = [f'agent_id = "{agent_id or "j.jansen"}"', ""]
    for source in server.sources:
        lines += [
            "[[sources]]",
            f'name = "{source.name}"',
            f'zaken_api = "{source.zaken_api}"',
            f'catalogi_api = "{source.catalogi_api}"',
            f'documenten_api = "{source.documenten_api}"',
            f'client_id = "{source.client_id}"',
            f'secret = "{source.secret}"  # inline only for loopback demo servers',
            "timeout_s = 8",
            "",
        ]
    if server.klantinteracties_url and server.klantinteracties_token:
        lines += [
            "[klantinteracties]",
            f'url = "{server.klantinteracties_url}"',
            f'token = "{server.klantinteracties_token}"',
            "",
        ]
    if server.brp_url:
        lines += ["[brp]", f'url = "{server.brp_url}"', f'api_key = "{server.brp_api_key}"', ""]
    return "\n".join(lines)
