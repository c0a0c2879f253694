# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Upgrade day (R1 finding 1): a file the previous release wrote stays a file it works on until
something of format 6 is used, and the save that first makes it format 6 says so, once, in the
window: a colleague still on the previous release will then only be able to read it."""

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.ui.renders import save_render
from wtfc.model.operations.actions import edit_action
from wtfc.model.operations.details import edit_details
from wtfc.ui.already_saved import ALREADY_SAVED
from wtfc.ui.format_note import save_would_update

BY_PREVIOUS_RELEASE = Path(__file__).parents[1] / "model" / "format_5_by_previous_release.wtfc"
SAID = "wtfc on other computers that is not updated will only be able to read it"


def _window(make_window, qtbot, path):
    window = make_window(autosave=False)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.files.open_path(path)
    return window


def _ctrl_s(window) -> str:
    window.statusBar().clearMessage()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return window.statusBar().currentMessage()


def _format(path) -> int:
    return json.loads(path.read_bytes())["schema_version"]


def test_the_save_that_makes_a_previous_release_file_format_6_says_so_once(make_window, qtbot,
                                                                          tmp_path):
    path = tmp_path / "spring.wtfc"
    shutil.copy(BY_PREVIOUS_RELEASE, path)
    window = _window(make_window, qtbot, path)
    assert _ctrl_s(window) == ALREADY_SAVED  # out of habit: the file stays the old release's
    assert path.read_bytes() == BY_PREVIOUS_RELEASE.read_bytes()
    window.undo.push(edit_details(window.doc, venue="Town Hall"))
    assert SAID not in _ctrl_s(window)
    assert _format(path) == 5  # nothing of format 6 yet: the previous release still edits it

    action = window.doc.workshop.actions[1]
    window.undo.push(edit_action(window.doc, action_id=action.id,
                                 heard_at_check="People said the bus is better now"))
    said = _ctrl_s(window)
    save_render(window.statusBar(), "format_note_status_bar")
    assert f"This save updated 'spring.wtfc' to format 6: {SAID}." in said
    assert _format(path) == 6
    window.undo.push(edit_details(window.doc, venue="Library"))
    assert SAID not in _ctrl_s(window)  # said once


def test_an_older_file_saved_as_format_5_says_so(make_window, qtbot, tmp_path):
    raw = json.loads(BY_PREVIOUS_RELEASE.read_bytes())
    raw["schema_version"] = 4
    del raw["agreements"]
    for part, key in (("actions", "resources"), ("people", "former_codes")):
        for item in raw[part]:
            del item[key]
    path = tmp_path / "autumn.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    window = _window(make_window, qtbot, path)
    assert f"updated 'autumn.wtfc' to format 5: {SAID}" in _ctrl_s(window)
    assert _format(path) == 5


def test_a_copy_saved_elsewhere_says_nothing_of_formats(make_window, qtbot, tmp_path):
    path = tmp_path / "spring.wtfc"
    shutil.copy(BY_PREVIOUS_RELEASE, path)
    window = _window(make_window, qtbot, path)
    action = window.doc.workshop.actions[0]
    window.undo.push(edit_action(window.doc, action_id=action.id, heard_at_check="Better"))
    window.statusBar().clearMessage()
    assert window.files.save_to(tmp_path / "copy.wtfc")
    assert SAID not in window.statusBar().currentMessage()
    assert _format(tmp_path / "copy.wtfc") == 6 and _format(path) == 5


def test_before_a_save_it_is_known_whether_it_will_update_the_file(make_window, qtbot, tmp_path):
    """For "Save them before closing?", whose save says nothing after (unsaved_changes)."""
    path = tmp_path / "spring.wtfc"
    shutil.copy(BY_PREVIOUS_RELEASE, path)
    window = _window(make_window, qtbot, path)
    window.undo.push(edit_details(window.doc, venue="Town Hall"))
    assert save_would_update(window) == ""
    action = window.doc.workshop.actions[0]
    window.undo.push(edit_action(window.doc, action_id=action.id, heard_at_check="Better"))
    assert save_would_update(window) == f"Saving updates 'spring.wtfc' to format 6: {SAID}."
    window.undo.stack.undo()  # nothing of format 6 again
    assert save_would_update(window) == ""
