"""After the window is whole: build the lookup service, fetch secrets and the modules the first
request needs off the GUI thread, and open the audit log."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_desk.app import Workspace
    from kcc_desk.services.config import AppConfig
    from kcc_desk.services.credentials import Credentials


# Imported by the first HTTP request; loading them early (off the GUI thread) keeps that first
# search from stalling the window.
FIRST_REQUEST_MODULES = ("anyio._backends._asyncio", "httpcore._async.http11", "h11")


def warm_up(workspace: Workspace, config: AppConfig) -> None:
    """Build the lookup service, then fetch secrets and first-request modules in a worker
    thread: keyring talks to the desktop's secret service over D-Bus, which blocks."""
    import asyncio

    workspace.backend.warm_up()
    loop = asyncio.get_event_loop()
    loop.run_in_executor(None, prefetch, workspace.credentials, config)


def prefetch(credentials: Credentials, config: AppConfig) -> None:
    import importlib

    from kcc_desk.services.errors import KccError

    for source in config.sources:
        with contextlib.suppress(KccError):  # a missing secret is reported at search time
            credentials.secret_for(source)
    if config.klantinteracties is not None:
        with contextlib.suppress(KccError):
            credentials.klantinteracties_token()
    for name in FIRST_REQUEST_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def open_audit_log(workspace: Workspace, agent_id: str) -> None:
    """After the first paint: the salt comes from the keyring, which may take a moment."""
    from kcc_desk.i18n import translated
    from kcc_desk.services.audit import AuditLog
    from kcc_desk.services.errors import KccError

    try:
        audit = AuditLog(agent_id=agent_id)
    except KccError as error:
        workspace.window.show_message(translated(error.ui_message))
        return
    workspace.presenter.audit = audit
    if audit.warning_message is not None:  # no secure keyring: a short line, not a banner
        workspace.window.show_keyring_notice(audit.warning_message)
