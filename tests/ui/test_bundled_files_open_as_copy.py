# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The workshops shipped inside wtfc (the demo and its last time) open as untitled copies however
they are reached: File → Open, Open recent or a path, as ``--demo`` does. Save then asks where
(Save As), so wtfc's own folder is never written: no edited demo, no .bak, no lock beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from window_fixtures import isolated_settings, shown_window  # noqa: F401

import wtfc.ui.file_controller as file_controller
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop

ASSETS = demo_path().parent


@pytest.fixture
def window(shown_window, monkeypatch):
    real_save = file_controller.save_workshop

    def save_but_never_into_assets(workshop, path, **kwargs):
        # should this test ever fail, it must not do so by rewriting the bundled demo
        assert Path(path).resolve().parent != ASSETS, "wtfc tried to save into wtfc/assets"
        return real_save(workshop, path, **kwargs)
    monkeypatch.setattr(file_controller, "save_workshop", save_but_never_into_assets)
    return shown_window


def _assets_now() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in ASSETS.iterdir() if p.is_file()}


@pytest.mark.parametrize(("bundled", "title"), [
    (demo_path(), "Demo workshop (copy)"),
    (demo_previous_path(), "Demo workshop, last time (copy)"),
])
def test_opening_a_bundled_workshop_and_saving_asks_where(window, monkeypatch, tmp_path,
                                                          bundled, title):
    before = _assets_now()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundled), ""))
    window.files.open_dialog()  # File → Open…, the bundled file picked
    assert window.files.path is None
    assert title in window.windowTitle()
    assert not window.undo.read_only  # a copy to work on, not a locked file
    window.undo.push(edit_details(window.doc, title="Our own day"))

    asked: list[str] = []
    mine = tmp_path / "our day.wtfc"

    def save_as(_parent, _title, start, *_args, **_kwargs):
        asked.append(start)
        return str(mine), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert window.files.save()  # Ctrl+S
    assert asked and Path(asked[0]).parent != ASSETS
    assert window.files.path == mine
    assert load_workshop(mine).workshop.title == "Our own day"
    assert _assets_now() == before  # same files, same bytes: nothing written beside them


def test_the_demo_reached_by_another_path_is_still_a_copy(window, tmp_path):
    link = tmp_path / "the demo.wtfc"
    link.symlink_to(demo_path())
    assert window.files.open_path(link, confirmed=True)
    assert window.files.path is None
    assert window.files.is_demo  # Review compares it with the demo's last time, as --demo does
    assert "Demo workshop (copy)" in window.windowTitle()
