# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Upgrade day (R1 finding 1): a file the previous release wrote stays a file it works on until
something of format 6 is used, and the save that first makes it format 6 says so, once, in the
window: a colleague still on the previous release will then only be able to read it."""

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_save_unchanged import _active_window
from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.ui.renders import save_render
from wtfc.model.operations.actions import edit_action
from wtfc.model.operations.details import edit_details
from wtfc.ui.already_saved import ALREADY_SAVED
from wtfc.ui.format_note import save_would_update

BY_PREVIOUS_RELEASE = Path(__file__).parents[1] / "model" / "format_5_by_previous_release.wtfc"
SAID = "only read"  # "A colleague whose wtfc is older than this one can now only read…"
NOTE_6 = ("A colleague whose wtfc is older than this one can now only read 'spring.wtfc', not "
          "change it.")
BEFORE_6 = ("If you save, a colleague whose wtfc is older than this one will only be able to "
            "read 'spring.wtfc', not change it.")


def _window(make_window, qtbot, path):
    window = _active_window(make_window, qtbot)
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
    assert said == f"Saved. {NOTE_6}"
    assert "format" not in said  # a number that means nothing to a facilitator (R3 session 32)
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
    assert _ctrl_s(window) == ("Saved. A colleague whose wtfc is older than the release before "
                               "this one can now only read 'autumn.wtfc', not change it.")
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
    assert save_would_update(window) == BEFORE_6
    window.undo.stack.undo()  # nothing of format 6 again
    assert save_would_update(window) == ""


def test_work_recovered_over_a_previous_release_file_says_its_save_updates_it(
        make_window, qtbot, tmp_path):
    """wtfc stopped with a previous release's file open and something of format 6 done (an
    action's check heard); the work recovered at the next start is saved over that file: the
    close question and the save say it makes the file format 6 (review 31 A2 R3)."""
    from wtfc.model.migrations import format_needed
    from wtfc.model.storage import load_workshop
    from wtfc.ui.recovery_dialog import _open_recovered

    path = tmp_path / "spring.wtfc"
    shutil.copy(BY_PREVIOUS_RELEASE, path)
    recovered = load_workshop(path).workshop
    recovered.actions[1] = recovered.actions[1].model_copy(
        update={"heard_at_check": "People said the bus is better now"})
    assert format_needed(recovered) == 6
    window = make_window(autosave=False)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert _open_recovered(window.files, recovered, path, "spring (recovered)") == ""
    assert save_would_update(window) == BEFORE_6
    assert NOTE_6 in _ctrl_s(window)
    assert _format(path) == 6


def test_the_format_on_disk_is_read_from_the_first_bytes_or_else_the_whole_file(tmp_path):
    from wtfc.ui.format_note import format_on_disk

    raw = json.loads(BY_PREVIOUS_RELEASE.read_bytes())
    spaced, last = tmp_path / "spaced.wtfc", tmp_path / "last.wtfc"
    spaced.write_text("\ufeff" + json.dumps({**raw, "schema_version": 4}, indent=2),
                      encoding="utf-8")
    last.write_text(json.dumps({**{k: v for k, v in raw.items() if k != "schema_version"},
                                "schema_version": 5}), encoding="utf-8")  # said last, by hand
    (tmp_path / "notes.wtfc").write_text("Bring name badges", encoding="utf-8")
    assert format_on_disk(BY_PREVIOUS_RELEASE) == 5
    assert format_on_disk(spaced) == 4
    assert format_on_disk(last) == 5
    assert format_on_disk(tmp_path / "notes.wtfc") is None
    assert format_on_disk(tmp_path / "gone.wtfc") is None
    assert format_on_disk(tmp_path) is None  # a folder
