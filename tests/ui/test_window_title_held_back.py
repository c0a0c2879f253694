"""The window's title (the title bar, often on the projector, and the taskbar) showed the
workshop's title as typed, "spring.wtfc — Review of Mrs Patel's care — wtfc", while Save As and
the exports leave a title the personal-detail guard flags out of the names they suggest (review
36 R3, minor). It follows the same rule now, with the names to watch for as they are pasted."""

from __future__ import annotations

from wtfc.model.operations.details import edit_details
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Stage, Workshop
from wtfc.ui import window_title


def test_a_title_the_guard_flags_is_left_out(demo_window, tmp_path, monkeypatch):
    window = demo_window
    monkeypatch.setattr(window_title, "_guard_ready", True)  # start-up's first frame is out
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Review of Mrs Patel's care"), path)
    window.files.open_path(path, confirmed=True)
    assert window.windowTitle() == "spring.wtfc[*] — wtfc"
    window.undo.push(edit_details(window.doc, title="Older people's services"))
    assert window.windowTitle() == "spring.wtfc[*] — Older people's services — wtfc"


def test_a_name_pasted_to_watch_for_takes_the_title_out(demo_window, tmp_path):
    window = demo_window
    path = tmp_path / "autumn.wtfc"
    save_workshop(Workshop(title="Quarrie House review"), path)
    window.files.open_path(path, confirmed=True)
    assert window.windowTitle() == "autumn.wtfc[*] — Quarrie House review — wtfc"
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    page.names_box.setPlainText("Zebulon Quarrie")
    page.watch_names.end_editing()  # the box left: the names in force, the pages told
    assert window.windowTitle() == "autumn.wtfc[*] — wtfc"


def test_at_start_up_the_title_is_looked_at_once_the_first_frame_is_out(
        qtbot, tmp_path, monkeypatch):
    """The guard waits out start-up's first frame (test_startup_work), then the title goes."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.settled import until
    from wtfc.ui.main_window import MainWindow

    monkeypatch.setattr(window_title, "_guard_ready", False)
    monkeypatch.setattr(window_title, "GUARD_AFTER_MS", 0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "winter.wtfc"
    save_workshop(Workshop(title="Call 01632 960418 about the review"), path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(path, confirmed=True)
    window.show()
    until(qtbot, lambda: window.windowTitle() == "winter.wtfc[*] — wtfc")
