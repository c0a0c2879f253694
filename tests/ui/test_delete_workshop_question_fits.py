# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Delete this workshop and its copies… on a laptop with bigger text (review 36 R8 R2):
with its earlier versions, a colleague's copy, a damaged file, a recovery copy and unsaved
changes, the question was a message box 1028×835 px at 16 pt on a 1024×768 screen, its
"Delete N files" below the screen's foot. Its words now scroll; the buttons stay on screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QScrollArea
from test_every_copy_of_a_workshop import _crashed_copy, _workshop
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import save_workshop
from wtfc.ui.screen_fit import FRAME

ROOM = QRect(0, 0, 1024, 768 - 40)  # a 1024×768 laptop above its taskbar


def test_at_16_pt_the_question_fits_a_1024_screen_and_its_list_scrolls(
        make_window, recovery_folder, tmp_path, monkeypatch, font_points):
    from wtfc.ui import scrolling_question
    from wtfc.ui.delete_workshop import delete_workshop

    font_points(16)
    monkeypatch.setattr(scrolling_question, "available_geometry", lambda *_a, **_k: ROOM)
    folder = tmp_path / "Spring review"
    folder.mkdir()
    path = folder / "spring.wtfc"
    for venue in ("A", "B", "C", "D"):
        save_workshop(_workshop(venue), path, versions=3)  # .bak, .bak2, .bak3
    for name in ("spring (changed elsewhere 10-20).wtfc", "spring.wtfc.damaged",
                 "spring.wtfc.damaged2"):
        (folder / name).write_bytes(path.read_bytes())
    _crashed_copy(recovery_folder, path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P01"))  # unsaved: the question says so
    seen: dict[str, object] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QDialog)
        frame = QRect(box.frameGeometry().topLeft(), box.size() + FRAME)
        delete = box.findChild(QPushButton, "delete")
        cancel = next(b for b in box.findChildren(QPushButton) if b.isDefault())
        bars = [area.verticalScrollBar() for area in box.findChildren(QScrollArea)]
        seen.update(frame=frame, default=cancel.text(), buttons=[
            box.rect().contains(b.geometry().translated(b.parentWidget().pos()))
            and not b.visibleRegion().isEmpty() for b in (delete, cancel)],
            scrolls=any(bar.isVisible() and bar.maximum() > 0 for bar in bars))
        cancel.click()

    QTimer.singleShot(0, look)
    delete_workshop(window)
    assert path.exists() and window.files.path == path  # Cancel: nothing deleted
    assert ROOM.contains(seen["frame"]), seen["frame"]  # type: ignore[arg-type]
    assert seen["buttons"] == [True, True] and seen["default"] == "Cancel"
    assert seen["scrolls"]  # the list can still be read to its end
