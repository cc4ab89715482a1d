"""Text-scale steps and their persistence."""

from __future__ import annotations

from pathlib import Path

from kcc_desk.theme.scale import (
    SCALES,
    clamp_scale,
    load_text_scale,
    next_scale,
    save_text_scale,
    settings_path,
)


def test_steps_run_from_100_to_200_percent() -> None:
    assert SCALES[0] == 1.0
    assert SCALES[-1] == 2.0
    assert next_scale(1.0, +1) == SCALES[1]
    assert next_scale(2.0, +1) == 2.0
    assert next_scale(1.0, -1) == 1.0
    assert next_scale(1.5, 0) == 1.0
    assert next_scale(1.3, -1) == 1.1  # an off-grid value snaps to the nearest step first


def test_clamp() -> None:
    assert clamp_scale(10.0) == 2.0
    assert clamp_scale(0.1) == 1.0


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "weergave.json"
    assert load_text_scale(path) == 1.0
    save_text_scale(1.5, path)
    assert load_text_scale(path) == 1.5
    path.write_text('{"tekstgrootte": 1.75, "ander": true}', encoding="utf-8")
    save_text_scale(2.0, path)
    assert '"ander": true' in path.read_text(encoding="utf-8")


def test_corrupt_file_means_default(tmp_path: Path) -> None:
    path = tmp_path / "weergave.json"
    path.write_text("{kapot", encoding="utf-8")
    assert load_text_scale(path) == 1.0
    path.write_text('{"tekstgrootte": "groot"}', encoding="utf-8")
    assert load_text_scale(path) == 1.0


def test_default_location_is_the_isolated_config_dir(isolated_user_dirs: Path) -> None:
    save_text_scale(1.25)
    assert settings_path().is_relative_to(isolated_user_dirs)
    assert load_text_scale() == 1.25
