# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Ctrl+S pressed again with nothing new says "Already saved" and keeps every earlier version.

Each press wrote the file again and pushed a real earlier version out of .bak…bak3 for one
more copy of the same file: three presses and File → Go back to an earlier version offered the
same workshop three times, the versions a facilitator might need gone."""

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.ui.renders import save_render
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import backup_path, load_workshop, save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.already_saved import ALREADY_SAVED


def _active_window(make_window, qtbot):
    """A window at a laptop's size, shown, with the keyboard (Ctrl+S goes to it)."""
    window = make_window(autosave=False)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _window(make_window, qtbot, path):
    window = _active_window(make_window, qtbot)
    window.files.open_path(path)
    return window


def _ctrl_s(window) -> None:
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _titles(path) -> list[str]:
    """The file's title, then its kept versions' (.bak, .bak2, .bak3)."""
    return [load_workshop(p).workshop.title
            for p in (path, *(backup_path(path, n) for n in (1, 2, 3))) if p.exists()]


def test_ctrl_s_three_times_with_nothing_new_keeps_the_four_versions(make_window, qtbot,
                                                                     tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Version A"), path, versions=3)
    window = _window(make_window, qtbot, path)
    for title in ("Version B", "Version C", "Version D"):
        window.undo.push(edit_details(window.doc, title=title))
        _ctrl_s(window)
    assert _titles(path) == ["Version D", "Version C", "Version B", "Version A"]
    kept = [p.read_bytes() for p in (path, *(backup_path(path, n) for n in (1, 2, 3)))]
    window.statusBar().clearMessage()
    for _ in range(3):
        _ctrl_s(window)
    assert [p.read_bytes() for p in (path, *(backup_path(path, n) for n in (1, 2, 3)))] == kept
    assert window.statusBar().currentMessage() == ALREADY_SAVED
    assert not window.isWindowModified()

    # a change and its undo: the workshop is as saved again, so still nothing to write
    window.undo.push(edit_details(window.doc, title="Version E"))
    window.undo.stack.undo()
    _ctrl_s(window)
    assert _titles(path) == ["Version D", "Version C", "Version B", "Version A"]
    window.undo.stack.redo()  # something new: saved, and the oldest version makes way
    _ctrl_s(window)
    assert _titles(path) == ["Version E", "Version D", "Version C", "Version B"]


def test_a_file_written_another_way_is_saved_over_as_ever(make_window, qtbot, tmp_path):
    """Nothing changed in wtfc, but the file is not what wtfc writes (pretty-printed by hand,
    or an earlier wtfc's format): Ctrl+S writes it this version's way, keeping it as .bak."""
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="By hand"), path)
    path.write_text(json.dumps(json.loads(path.read_text("utf-8")), indent=2), "utf-8")
    by_hand = path.read_bytes()
    window = _window(make_window, qtbot, path)
    _ctrl_s(window)
    assert path.read_bytes() != by_hand and backup_path(path, 1).read_bytes() == by_hand
    assert window.statusBar().currentMessage() != ALREADY_SAVED
    _ctrl_s(window)  # now it is what wtfc writes: the .bak stays the hand-written one
    assert backup_path(path, 1).read_bytes() == by_hand
    assert window.statusBar().currentMessage() == ALREADY_SAVED


def test_words_kept_for_another_theme_are_said_not_nothing_has_changed(make_window, qtbot,
                                                                       tmp_path):
    """Words typed in a voice's "Add…" box on Identify success, then another theme chosen
    without Enter, wait for their theme and are in no file: Ctrl+S said "nothing has changed",
    and the facilitator went home believing them safe."""
    from wtfc.model.demo import demo_path
    from wtfc.model.workshop import Perspective, Stage
    from wtfc.ui.already_saved import SAVED

    path = tmp_path / "spring.wtfc"
    save_workshop(load_workshop(demo_path()).workshop, path)
    window = _window(make_window, qtbot, path)
    window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    _ctrl_s(window)  # the step to Identify success saved
    kept = [path.read_bytes(), backup_path(path, 1).read_bytes()]
    board = window.page(Stage.IDENTIFY_SUCCESS)
    entry = board.columns[Perspective.OLDER_PEOPLE].entry
    entry.setFocus()
    QTest.keyClicks(entry, "I can choose when my carer comes")
    first = board.selector.currentIndex()
    board.selector.setCurrentIndex(first + 1)  # another theme, Enter not pressed
    assert entry.text() == ""
    _ctrl_s(window)
    said = window.statusBar().currentMessage()
    assert said == f"{SAVED} Words typed on Identify success for 1 theme are not added yet " \
                   "(Enter in their box adds them)."
    save_render(window, "ctrl_s_words_waiting")
    assert [path.read_bytes(), backup_path(path, 1).read_bytes()] == kept  # nothing written

    board.selector.setCurrentIndex(first)  # back on their theme: the words are in the box
    assert entry.text() == "I can choose when my carer comes"
    entry.setFocus()
    QTest.keyClick(entry, Qt.Key.Key_Return)
    window.statusBar().clearMessage()
    _ctrl_s(window)  # added, so saved, and the file before kept as .bak
    assert "I can choose when my carer comes" in \
        [s.text for s in load_workshop(path).workshop.success]
    assert backup_path(path, 1).read_bytes() == kept[0]
    _ctrl_s(window)  # nothing waits now
    assert window.statusBar().currentMessage() == ALREADY_SAVED
