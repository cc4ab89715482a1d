"""Set-up shared by the person-search tests: a config and services pointing at a demo server."""

from __future__ import annotations

import tomllib
from dataclasses import replace

from kcc_desk.demo.server import DemoServer
from kcc_desk.services.config import AppConfig, BrpConfig, parse_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.persons.service import PersonService


def demo_config(server: DemoServer, **brp_changes: object) -> AppConfig:
    config = parse_config(tomllib.loads(server.config_toml()))
    if brp_changes and config.brp is not None:
        brp: BrpConfig = replace(config.brp, **brp_changes)  # type: ignore[arg-type]
        config = replace(config, brp=brp)
    return config


def no_keyring(_service: str, _user: str) -> str | None:
    return None


def person_service(config: AppConfig) -> PersonService:
    return PersonService(config, Credentials(config, environ={}, keyring_get=no_keyring))
