"""No BSN or name in any log record or error text of a full lookup journey (issue 7, Privacy).

Runs the real lookup service against the demo server with every logger at DEBUG, including a
source that fails, and checks every record's formatted message and exception text.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kcc_desk.demo.server import PERSONA_BSN, DemoServer, Fault
from kcc_desk.services.audit import AuditLog
from kcc_desk.services.errors import KccError
from tests.services.conftest import demo_config, demo_service

PERSONA_WORDS = ("Zoë", "van den Berg")


def _forbidden(text: str) -> list[str]:
    found = [PERSONA_BSN] if PERSONA_BSN in text.replace(" ", "").replace(".", "") else []
    return found + [w for w in PERSONA_WORDS if w in text]


async def test_a_full_journey_logs_no_bsn_or_name(
    fresh_demo_server: DemoServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    audit = AuditLog(tmp_path / "audit.jsonl", agent_id="jdevries", salt=b"s" * 32)
    # One source answers 403, so error paths log too.
    fresh_demo_server.set_fault(1, Fault.FORBIDDEN_403)
    messages: list[str] = []
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN)
        audit.lookup("bsn", PERSONA_BSN, service.source_names)
        messages += [str(o) for o in result.sources]
        for case in result.cases:
            try:
                await service.case_detail(case)
                audit.case_opened(case.identificatie, case.source)
            except KccError as error:
                messages.append(error.message)
        service.clear_caller_data()
        audit.clear_subject()
    assert result.cases, "the healthy source should still find the persona's cases"

    assert caplog.records, "expected the services to log something at DEBUG"
    leaks = []
    for record in caplog.records:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += " " + str(record.exc_info[1])
        if _forbidden(text):
            leaks.append(f"{record.name}: {text[:200]}")
    assert not leaks, leaks
    for message in messages:
        assert not _forbidden(message), message
    assert PERSONA_BSN.encode() not in audit.path.read_bytes()
