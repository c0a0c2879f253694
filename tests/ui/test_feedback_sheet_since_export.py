"""File → Export → Feedback sheet compares with last time's workshop when one is open on the
Review board, as the report does: the letter opens with "Since last time", the saved notice
says where it came from, and the question about personal details reads last time's notes."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.ui.settled import until


def _export_feedback(qtbot, exports, path):
    task = exports.export("feedback", path)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    from tests.export.export_checks import all_text, reader

    return all_text(reader(path.read_bytes()))


def test_the_letter_says_what_happened_since_the_review_boards_previous_workshop(
    qtbot, demo_window, tmp_path, message_boxes, monkeypatch
):
    from tests.export.export_checks import squash
    from wtfc.model.workshop import Stage

    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    board = demo_window.page(Stage.REVIEW)
    assert board.previous is not None
    last = board.previous.workshop
    text = _export_feedback(qtbot, demo_window.exports, tmp_path / "letter.pdf")
    since = text.index(squash("Since last time"))
    assert since < text.index(squash("What you told us is working"))
    for action in last.actions:
        assert squash(action.what) in text[since:], action.what
    # the notice comes when the run's end is said, which on a busy machine (the progress box
    # shown first) can be after ``finished``
    until(qtbot, lambda: any(kind == "information" for kind, _ in message_boxes), timeout=20_000)
    saved = [m for kind, m in message_boxes if kind == "information"][-1]
    assert saved.endswith("It opens with “Since last time”, from “Spring 2026 cycle — older "
                          "people's services”, last time's workshop opened on 8 Review: what "
                          "we said then we would do, and what happened.")
    board.clear_previous()  # let go on the board: the next letter has no such part
    assert squash("Since last time") not in _export_feedback(qtbot, demo_window.exports,
                                                             tmp_path / "again.pdf")


def test_the_question_reads_last_times_notes_the_letter_prints(qtbot, tmp_path, monkeypatch):
    """Last time's notes are printed under "Since last time": the guard reads them before
    the letter is made, and shows a name as its kind."""
    from tests.ui.test_export_actions import _compared_with_a_note
    from wtfc.ui.export_actions import ExportController

    doc, parent = _compared_with_a_note(qtbot, tmp_path, "Spoke to Dr Okafor on Monday")
    asked: list[str] = []

    def question(_parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    started = ExportController(doc, parent).export("feedback", tmp_path / "f.pdf")
    if started is not None:  # not asked: let it finish before failing, or Qt aborts
        with qtbot.waitSignal(started.finished, timeout=60_000):
            pass
    assert started is None and not (tmp_path / "f.pdf").exists()
    assert ("• What had happened to last time's action in the theme “I am not treated with "
            "respect or as an individual…”: “Spoke to [name] on Monday”" in asked[0])
    assert "Okafor" not in asked[0] and "owner" not in asked[0]
