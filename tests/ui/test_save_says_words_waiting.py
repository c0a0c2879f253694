# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Every Ctrl+S that leaves out words typed on Identify success says so, not only the one with
nothing else new.

Words typed in a voice's "Add…" box wait, in no file, when another theme is chosen before Enter,
or when Ctrl+Z takes back the step onto Identify success (the box is then on a page no longer
on screen). Ctrl+S said "Saved. Words typed … not added yet" only when nothing else had changed;
after any other change (there always is one) it wrote the file and said nothing, and the
facilitator went home believing the words safe."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from renders import save_render
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Perspective, Stage

WORDS = "Older people choose when the carer comes"
WAITING = ("Saved. Words typed on Identify success for 1 theme are not added yet (Enter in their "
           "box adds them).")


def _window(make_window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "spring.wtfc"
    save_workshop(load_workshop(demo_path()).workshop, path)
    window = make_window(autosave=False)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.files.open_path(path)
    spoken: list[str] = []
    monkeypatch.setattr("wtfc.ui.already_saved.announce", lambda _w, text: spoken.append(text))
    return window, path, spoken


def _key(window, key) -> None:
    QTest.keyClick(window.windowHandle(), key, Qt.KeyboardModifier.ControlModifier)


def _saved_statements(path) -> list[str]:
    return [s.text for s in load_workshop(path).workshop.success]


def test_a_save_with_another_change_says_the_words_kept_for_another_theme(
        make_window, qtbot, tmp_path, monkeypatch):
    window, path, spoken = _window(make_window, qtbot, tmp_path, monkeypatch)
    window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    board = window.page(Stage.IDENTIFY_SUCCESS)
    entry = board.columns[Perspective.OLDER_PEOPLE].entry
    entry.setFocus()
    QTest.keyClicks(entry, WORDS)
    first = board.selector.currentIndex()
    board.selector.setCurrentIndex(first + 1)  # another theme, Enter not pressed: kept
    entry.setFocus()
    QTest.keyClicks(entry, "We get a rota every week")
    QTest.keyClick(entry, Qt.Key.Key_Return)  # another change, added with Enter
    _key(window, Qt.Key.Key_S)
    saved = _saved_statements(path)
    assert "We get a rota every week" in saved and WORDS not in saved  # written, without them
    assert window.undo.stack.isClean()
    assert window.statusBar().currentMessage() == WAITING
    assert spoken == [WAITING]  # a screen reader hears it too
    save_render(window, "ctrl_s_words_waiting_after_a_change")

    board.selector.setCurrentIndex(first)  # their theme: the words are back in the box
    assert entry.text() == WORDS
    QTest.keyClick(entry, Qt.Key.Key_Return)
    window.statusBar().clearMessage()
    _key(window, Qt.Key.Key_S)  # nothing waits now: a save says only that it saved
    assert WORDS in _saved_statements(path)
    assert window.statusBar().currentMessage() == "Saved." and spoken == [WAITING, "Saved."]


def test_ctrl_z_of_going_to_identify_success_then_ctrl_s_says_the_words_wait(
        make_window, qtbot, tmp_path, monkeypatch):
    window, path, spoken = _window(make_window, qtbot, tmp_path, monkeypatch)
    window.go_to_stage(Stage.UNDERSTAND, focus=True)
    window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)  # moving on: one undo step
    board = window.page(Stage.IDENTIFY_SUCCESS)
    column = board.columns[Perspective.OLDER_PEOPLE]
    column.entry.setFocus()
    QTest.keyClicks(column.entry, WORDS)
    column.list.setFocus()  # a click on the list
    assert window.undo.stack.undoText() == "Go to stage 'Identify success'"
    _key(window, Qt.Key.Key_Z)  # the step it names, not the words
    assert window.doc.workshop.stage == Stage.UNDERSTAND
    assert window.shown_stage() == Stage.UNDERSTAND
    assert column.entry.text() == WORDS  # kept, on a page no longer on screen

    _key(window, Qt.Key.Key_S)
    assert WORDS not in _saved_statements(path)  # the Undo saved, the words wait
    assert window.statusBar().currentMessage() == WAITING and spoken == [WAITING]

    asked: list[str] = []

    def cancel(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.close()  # a close asks about them
    assert window.isVisible() and len(asked) == 1
    assert "Words typed on Identify success for 1 theme are not added yet" in asked[0]

    window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)  # back: the words in their box
    assert column.entry.text() == WORDS
    _key(window, Qt.Key.Key_S)  # saving there adds them
    assert WORDS in _saved_statements(path) and window.words_not_added() == []


def test_saving_before_a_new_workshop_does_not_say_words_wait_in_the_new_one(
        make_window, qtbot, tmp_path, monkeypatch):
    """Save in "Save them before starting a new workshop?" after "They will be lost.": the new,
    empty workshop's status bar said "Saved. Words typed … are not added yet", of words gone."""
    window, path, spoken = _window(make_window, qtbot, tmp_path, monkeypatch)
    window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    board = window.page(Stage.IDENTIFY_SUCCESS)
    entry = board.columns[Perspective.OLDER_PEOPLE].entry
    entry.setFocus()
    QTest.keyClicks(entry, WORDS)
    board.selector.setCurrentIndex(board.selector.currentIndex() + 1)  # kept for its theme
    entry.setFocus()
    QTest.keyClicks(entry, "We get a rota every week")
    QTest.keyClick(entry, Qt.Key.Key_Return)  # another change: the file is not clean
    asked: list[str] = []

    def answer_save(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer_save)
    window.files.new()
    assert asked and "They will be lost." in asked[0]
    assert "We get a rota every week" in _saved_statements(path)  # the save happened
    assert not window.words_not_added()
    assert "not added yet" not in window.statusBar().currentMessage()
    assert not spoken
    monkeypatch.setattr(QMessageBox, "question",  # closing the new one asks nothing to save
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)
