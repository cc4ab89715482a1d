"""The settings presenter runs real connection tests (demo server) on the qasync loop or, with no
loop running, in a worker thread; results arrive as signals on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.demo.server import DemoServer, Fault
from kcc_desk.presenters.settings_presenter import (
    KLANTINTERACTIES_KEY,
    SettingsPresenter,
    source_key,
)
from kcc_desk.services.config_store import ConfigStore
from kcc_desk.services.connection_test import CheckResult, make_test_runners


def _presenter(config: Path) -> SettingsPresenter:
    run_source, run_klant = make_test_runners("jdevries")
    return SettingsPresenter(
        ConfigStore(config), test_runner=run_source, klant_test_runner=run_klant
    )


def test_on_the_qasync_loop(
    qtbot: QtBot, qapp: QApplication, demo_server: DemoServer, tmp_path: Path
) -> None:
    from tests.workspace.workspace_fixture import qasync_loop

    presenter = _presenter(demo_server.write_config(tmp_path / "config.toml"))
    received: dict[str, tuple[list[CheckResult], bool]] = {}

    def finished(key: str, results: list[CheckResult]) -> None:
        received[key] = (results, threading.current_thread() is threading.main_thread())

    presenter.test_finished.connect(finished)
    # The loop as the app runs it under pytest-qt (already running, driven by qtbot's event
    # processing). A loop of its own, run_until_complete'd and closed here, once left Qt events
    # behind that crashed the next test's event processing.
    with qasync_loop(qapp) as loop:
        state = presenter.load()

        async def start() -> None:
            presenter.test_source(state.sources[0].settings)
            presenter.test_klantinteracties(state.klantinteracties_url)

        loop.create_task(start())
        try:
            qtbot.waitUntil(lambda: len(received) == 2, timeout=30_000)
        finally:
            presenter.shutdown()
    name = demo_server.sources[0].name
    results, on_main = received[source_key(name)]
    assert on_main
    assert [r.api for r in results] == ["Zaken API", "Catalogi API", "Documenten API"]
    assert all(r.ok for r in results), [r.message for r in results]
    klant, _ = received[KLANTINTERACTIES_KEY]
    assert klant[0].ok, klant[0].message


def test_without_a_loop_in_a_worker_thread(
    qtbot: QtBot, fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    presenter = _presenter(fresh_demo_server.write_config(tmp_path / "config.toml"))
    fresh_demo_server.set_fault(0, Fault.FORBIDDEN_403)
    state = presenter.load()
    seen: list[Any] = []
    presenter.test_finished.connect(lambda key, results: seen.append((key, results)))
    with qtbot.waitSignal(presenter.test_finished, timeout=30000):
        presenter.test_source(state.sources[0].settings)
    key, results = seen[0]
    assert key == source_key(fresh_demo_server.sources[0].name)
    assert not results[0].ok
    assert "geen toegang (403)" in results[0].message


def test_a_typed_secret_is_tested_before_it_is_saved(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path
) -> None:
    presenter = _presenter(demo_server.write_config(tmp_path / "config.toml"))
    state = presenter.load()
    seen: list[list[CheckResult]] = []
    presenter.test_finished.connect(lambda _key, results: seen.append(results))
    with qtbot.waitSignal(presenter.test_finished, timeout=30000):
        presenter.test_source(
            state.sources[0].settings, typed_secret="niet-de-juiste-sleutel-0123456789-abcdef"
        )
    assert not seen[0][0].ok
    assert "geen toegang (403)" in seen[0][0].message


def test_a_failing_runner_becomes_words_not_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    async def broken(_settings: Any) -> list[CheckResult]:
        raise RuntimeError("999993653 should never be shown")

    store = ConfigStore(tmp_path / "config.toml")
    presenter = SettingsPresenter(store, test_runner=broken)
    from kcc_desk.services.config_store import SourceSettings

    messages: list[str] = []
    presenter.test_failed.connect(lambda _key, message: messages.append(message))
    with qtbot.waitSignal(presenter.test_failed, timeout=10000):
        presenter.test_source(SourceSettings("A", "https://a.example/z/", "https://a.example/c/"))
    assert messages == ["De verbindingstest liep onverwacht mis. Probeer het opnieuw."]


def test_removed_source_loses_its_secret(qtbot: QtBot, tmp_path: Path, memory_keyring: Any) -> None:
    from kcc_desk.services.config_store import SourceSettings

    store = ConfigStore(tmp_path / "config.toml")
    store.add_source(SourceSettings("A", "https://a.example/z/", "https://a.example/c/", "", "c"))
    store.add_source(SourceSettings("B", "https://b.example/z/", "https://b.example/c/", "", "c"))
    memory_keyring.store[("kcc-desk", "source:B")] = "x"
    presenter = SettingsPresenter(store)
    state = presenter.load()
    del state.sources[1]
    assert presenter.save(state, removed=["B"]).ok
    assert [s.name for s in store.sources()] == ["A"]  # the file at once
    qtbot.waitUntil(lambda: ("kcc-desk", "source:B") not in memory_keyring.store)
