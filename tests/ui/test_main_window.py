"""The main window: open, save, undo, the stage navigator and the close prompt."""

from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Stage, Workshop
from wtfc.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture
def window(qtbot, monkeypatch):
    # pytest-qt closes the window after the test: unsaved changes are discarded then, not asked
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def workshop_file(tmp_path) -> Path:
    path = tmp_path / "spring.wtfc"
    ws = Workshop(title="Spring workshop",
                  cards=[Card(kind=Kind.WORKING, text="My carer is kind")])
    save_workshop(ws, path)
    return path


def test_open_shows_the_workshop_in_the_title(window, workshop_file):
    assert window.files.open_path(workshop_file)
    assert "spring.wtfc" in window.windowTitle()
    assert "Spring workshop" in window.windowTitle()
    assert not window.isWindowModified()
    assert str(workshop_file) in window.files.recent_files()


def test_an_edit_marks_the_window_unsaved_and_save_clears_it(window, workshop_file):
    window.files.open_path(workshop_file)
    window.undo.push(edit_details(window.doc, title="Autumn workshop"))
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    assert load_workshop(workshop_file).workshop.title == "Autumn workshop"
    assert workshop_file.with_name("spring.wtfc.bak").exists()


def test_undo_and_redo_through_the_menu_actions(window):
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    assert window.undo_action.isEnabled()
    assert "Edit workshop details" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.doc.workshop.venue == ""
    window.redo_action.trigger()
    assert window.doc.workshop.venue == "Town hall"


def test_a_broken_file_is_refused_and_the_open_workshop_kept(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    window.undo.push(edit_details(window.doc, title="Keep me"))
    bad = tmp_path / "bad.wtfc"
    bad.write_text('{"schema_version": 1, "cards": [')
    assert not window.files.open_path(bad, confirmed=True)
    assert window.doc.workshop.title == "Keep me"
    assert "cut short" in shown[0]


def test_the_stage_navigator_moves_the_workshop_and_undo_moves_it_back(window):
    window.navigator.setCurrentRow(2)
    assert window.doc.workshop.stage == Stage.THEME
    window.undo_action.trigger()
    assert window.doc.workshop.stage == Stage.PREPARE
    assert window.navigator.currentRow() == 0


@pytest.mark.parametrize(("answer", "closes"), [
    (QMessageBox.StandardButton.Cancel, False),
    (QMessageBox.StandardButton.Discard, True),
])
def test_closing_with_unsaved_changes_asks(window, monkeypatch, answer, closes):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or answer)
    window.undo.push(edit_details(window.doc, title="Unsaved"))
    assert window.close() is closes
    assert asked


def test_closing_a_saved_workshop_does_not_ask(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert window.close()


def test_the_demo_opens_as_an_untitled_copy(window):
    window.files.open_demo()
    assert window.files.path is None
    assert len(window.doc.workshop.cards) == 96
    assert "Demo workshop (copy)" in window.windowTitle()


def test_a_newer_file_opens_read_only(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    path = tmp_path / "future.wtfc"
    path.write_text('{"schema_version": 99, "title": "From the future", "gadgets": []}')
    assert window.files.open_path(path)
    assert window.undo.read_only
    assert "read-only" in window.windowTitle()
    assert not window.undo.push(edit_details(window.doc, title="x"))


def test_main_window_renders(window):
    window.resize(1400, 880)
    assert window.grab().width() == 1400
    save_render(window, "main_window")  # kept to look at (not in make test: ~0.1 s a PNG)


def test_every_stage_has_its_page_and_the_room_view_menu_is_there(window):
    from wtfc.model.workshop import Stage

    window.files.open_demo()
    for stage in Stage:
        window.go_to_stage(stage)
        page = window.page(stage)
        assert page.isVisible()
        assert not isinstance(page, QLabel), f"{stage.label} has no real page"
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Room view" in titles
    assert any("Show room view" in a.text().replace("&", "") for a in window.room.actions())


def test_export_from_the_menu_runs_in_the_background_and_writes_the_report(window, tmp_path,
                                                                           qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.files.open_demo()
    task = window.exports.export("report", tmp_path / "report.pdf")
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    # "Export saved" comes a moment after the worker ends when the progress window was up (a
    # loaded machine's slower export): it is said after that window's own processEvents
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "report.pdf" in told[-1]


def test_the_demo_review_board_compares_with_the_demo_previous_cycle(window, workshop_file):
    from wtfc.model.workshop import Stage

    window.files.open_demo()
    window.go_to_stage(Stage.REVIEW)
    board = window.page(Stage.REVIEW)
    comparison = board.comparison()
    assert comparison is not None
    assert board.themes.topLevelItemCount() > 0
    window.undo.stack.setClean()
    window.files.open_path(workshop_file)  # another workshop: last time's file goes
    assert board.comparison() is None


def test_a_window_opening_a_file_builds_only_that_files_stage_page(qtbot, workshop_file):
    """``wtfc FILE`` makes the window, opens the file, then shows: the empty workshop's
    Prepare page is never built, and showing the window makes no step of its own."""
    from wtfc.model.demo import demo_path

    w = MainWindow()
    qtbot.addWidget(w)
    w.files.open_path(demo_path(), as_copy=True, confirmed=True)
    w.show()
    qtbot.waitExposed(w)
    assert Stage.PREPARE not in w._pages
    assert w._stack.currentWidget() is w.page(Stage.THEME)
    assert w.navigator.currentRow() == list(Stage).index(Stage.THEME)
    assert w.doc.workshop.stage == Stage.THEME
    assert w.undo.stack.count() == 0 and not w.isWindowModified()


def test_a_new_window_shows_the_prepare_page(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w._stack.currentWidget() is w.page(Stage.PREPARE)
    assert w.navigator.currentRow() == 0
    assert w.undo.stack.count() == 0


def test_the_window_opens_maximised_first_then_as_it_was_left(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show_as_last_time()
    qtbot.waitExposed(first)
    assert first.isMaximized()
    first.showNormal()
    first.setGeometry(0, 40, 780, 650)  # on offscreen's 800x800 screen, not its whole width
    settle()
    first.close()  # nothing unsaved: it closes, and remembers where it was

    second = MainWindow()
    qtbot.addWidget(second)
    second.show_as_last_time()
    qtbot.waitExposed(second)
    assert not second.isMaximized()
    assert (second.width(), second.height()) == (780, 650)  # not the first, screen-wide size


def test_closing_twice_is_harmless(qtbot):
    """The second close used to close the room view's window again after it was deleted, and
    the interpreter crashed (pytest-qt's teardown closes windows a test already closed)."""
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.close()
    settle()  # the room window's deleteLater runs
    window.close()
    settle()
    assert not window.isVisible()


def test_save_as_and_quit_have_keys_on_every_system(window):
    """The standard Save As and Quit keys are empty on Windows, where most councils are."""
    from PySide6.QtGui import QAction, QKeySequence

    keys = {a.objectName(): a.shortcut() for a in window.findChildren(QAction)}
    assert keys["save_as"] == QKeySequence("Ctrl+Shift+S")
    assert keys["quit"] == QKeySequence("Ctrl+Q")
    # spelt as the messages that say "use Save As" spell it
    save_as = next(a for a in window.findChildren(QAction) if a.objectName() == "save_as")
    assert save_as.text() == "Save &As…"


def test_on_a_laptop_at_150_percent_the_window_fits_the_screen(qtbot, monkeypatch):
    """A 1366×768 laptop at 150% has 911×512 logical pixels: the window's least size was
    900×600, so a window made to fit it stayed 600 tall, its foot ~90 px off the screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from wtfc.ui.screen_fit import FRAME

    laptop = QRect(0, 0, 911, 512)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: laptop)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    room = laptop.size().shrunkBy(QMargins(0, 0, FRAME.width(), FRAME.height()))
    assert window.width() <= room.width() and window.height() <= room.height()  # first size
    assert window.minimumWidth() <= room.width()
    assert window.minimumHeight() <= 480  # under a taskbar and a title bar too
    window.show()
    window.resize(room)
    settle()
    assert window.size() == room


def test_a_file_with_a_blank_title_is_called_untitled_in_the_window_title(window, tmp_path):
    """An old file with a blank title read "Untitled[*] —  — wtfc"."""
    path = tmp_path / "blank.wtfc"
    save_workshop(Workshop(title=""), path)
    window.files.open_path(path, confirmed=True)
    assert window.windowTitle() == "blank.wtfc[*] — Untitled workshop — wtfc"
