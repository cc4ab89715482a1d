"""After the window is whole: build the services, fetch secrets and the modules the first request
needs off the GUI thread, deliver what the outbox holds, and open the audit log."""

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


def start_services(workspace: Workspace, config: AppConfig, *, training: bool) -> None:
    """Build the services, fetch secrets, deliver what the outbox holds: after the window is
    whole, one event-loop turn each."""
    import asyncio

    loop = asyncio.get_running_loop()
    loop.call_soon(warm_up, workspace, config)
    loop.call_soon(workspace.contacts.start)
    if workspace.watch is not None:  # after warm_up: it polls through the lookup's client
        loop.call_soon(workspace.watch.start)
    if not training:  # the training server's callers are made up: nothing to account for
        loop.call_soon(open_audit_log, workspace, config.agent_id)


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
    from kcc_desk.services.http_client import tls_verify

    with contextlib.suppress(OSError):  # an unreadable CA bundle is reported at search time
        tls_verify(config.ca_bundle)
    for name in FIRST_REQUEST_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    from kcc_desk.heap import freeze_long_lived

    freeze_long_lived("start-up done")


def open_audit_log(workspace: Workspace, agent_id: str) -> None:
    """After the first paint: the salt comes from the keyring, which may block (D-Bus, a
    prompt), so the log is opened in a worker thread and handed over when ready."""
    import asyncio

    task = asyncio.get_running_loop().create_task(_open_audit_log(workspace, agent_id))
    _AUDIT_OPENING.add(task)  # referenced until done (the loop keeps only a weak reference)
    task.add_done_callback(_AUDIT_OPENING.discard)


_AUDIT_OPENING: set[object] = set()


async def _open_audit_log(workspace: Workspace, agent_id: str) -> None:
    import asyncio

    from kcc_desk.i18n import translated
    from kcc_desk.services.audit import AuditLog
    from kcc_desk.services.errors import KccError

    try:
        audit = await asyncio.to_thread(AuditLog, agent_id=agent_id)
    except KccError as error:
        workspace.window.show_message(translated(error.ui_message))
        return
    workspace.presenter.audit = audit
    if audit.warning_message is not None:  # no secure keyring: a short line, not a banner
        workspace.window.show_keyring_notice(audit.warning_message)
