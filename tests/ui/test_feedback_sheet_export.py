"""File → Export → Feedback sheet: the menu entry asks where, names the file after the workshop
and writes the sheet; a place it cannot write to is said in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu


def _entry(window) -> QAction:
    return window.findChild(QAction, "export_feedback")


def _export_to(qtbot, window, monkeypatch, answer: Path) -> list[str]:
    starts: list[str] = []

    def save_dialog(_parent, _title, start, _filter, *args, **kwargs):
        starts.append(start)
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    _entry(window).trigger()
    task = window.exports.task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    # "Export saved" comes a moment after the worker ends when the progress window was up (a
    # loaded machine's slower export, as in the whole suite): it is said after that window's
    # own processEvents, at the top of the event loop
    qtbot.waitUntil(lambda: window.exports.run is None or window.exports.run.over,
                    timeout=5000)
    return starts


def test_the_export_menu_writes_the_feedback_sheet(
    qtbot, demo_window, tmp_path, monkeypatch, message_boxes
):
    from tests.export.export_checks import all_text, reader, squash

    menus = [m for m in demo_window.findChildren(QMenu) if m.title() == "&Export"]
    assert _entry(demo_window) in menus[0].actions()
    assert _entry(demo_window).text() == (
        "&Feedback sheet for the people whose reviews were used (PDF, A4)…"
    )  # not "who took part": not everyone whose review was used was in the room
    from PySide6.QtWidgets import QMessageBox

    questions: list[tuple[str, str]] = []

    def answer(_parent, title, text, *args):  # any answer but Cancel exports
        questions.append((title, text))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    path = tmp_path / "sheet.pdf"
    [start] = _export_to(qtbot, demo_window, monkeypatch, path)
    assert Path(start).name == (
        "Older peoples services Working Together for Change 12 November 2026 – feedback sheet.pdf"
    )
    text = all_text(reader(path.read_bytes()))
    assert squash("What you told us is working") in text
    assert ("information", f"Export saved: Saved:\n{path}") in message_boxes
    # The demo's actions are typed for commissioners: the words are listed, and it exports.
    [(title, asked)] = questions
    assert title == "Words an older reader may not know"
    assert asked.startswith(
        "Some words on the feedback sheet may be new to an older person reading it at home:\n"
        "• “Individual Service Funds”, in an action: "
    )
    assert asked.endswith("\n\nExport the sheet as it is?")


def test_cancel_on_the_words_question_writes_nothing(qtbot, demo_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked: list[tuple[str, object]] = []

    def cancel(_parent, title, _text, _buttons, default):
        asked.append((title, default))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    path = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    _entry(demo_window).trigger()
    assert asked == [("Words an older reader may not know", QMessageBox.StandardButton.Yes)]
    assert demo_window.exports.task is None and not path.exists()


def test_a_folder_that_is_gone_is_said_plainly(
    qtbot, demo_window, tmp_path, monkeypatch, message_boxes
):
    """A USB stick taken out after its folder was chosen, say."""
    gone = tmp_path / "USB stick" / "sheet.pdf"
    _export_to(qtbot, demo_window, monkeypatch, gone)
    [(_, said)] = [m for m in message_boxes if m[0] == "warning"]
    assert said == (
        f"The export was not saved: The folder '{gone.parent}' does not exist, so "
        f"'sheet.pdf' could not be saved there."
    )
    assert not gone.parent.exists()


def test_the_words_question_reads_last_times_actions_the_sheet_prints(
    qtbot, demo_window, tmp_path, monkeypatch
):
    """With last time's workshop on the Review board, the sheet prints its actions under
    "Since last time": their words are asked about too, and where they can be changed."""
    from PySide6.QtWidgets import QMessageBox

    from wtfc.model.demo import demo_previous_path
    from wtfc.model.storage import load_workshop

    spring = load_workshop(demo_previous_path()).workshop
    monkeypatch.setattr(demo_window.exports, "review_previous", lambda: spring)
    asked: list[str] = []

    def cancel(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    path = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    _entry(demo_window).trigger()
    [words] = [text for text in asked if text.startswith("Some words on the feedback sheet")]
    assert "“Pilot”, “outcome-based”, in last time's action: “Pilot outcome-based home" in words
    assert "Words from last time's workshop can only be changed in that workshop's own file." \
        in words
    assert not path.exists()
