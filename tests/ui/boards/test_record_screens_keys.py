"""The day's record on the Understand and Review boards: the Teams panel and Looking back.
The wheel turned over a box on the way down changes nothing; ticking the next review's date
starts from a date the workshop can hold; a read-only file says why keys do nothing; a screen
reader hears the note on a team and the arrows' moves on the why-tree; Review's tree cells are
read as words; and words that may name someone are said as they are typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.boards.board_workshops import TODAY
from tests.ui.input_events import turn_wheel
from tests.ui.renders import save_render
from tests.ui.spoken_checks import catch_announcements, described
from wtfc.model.document import Document
from wtfc.model.workshop import RoomRole, Workshop
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_reflection import LookingBack
from wtfc.ui.keep_in_sight import scroller_of
from wtfc.ui.room_counts import READ_ONLY_RECORD
from wtfc.ui.undo import UndoAdapter

OLDER, COMM, HEALTH = RoomRole.OLDER_PEOPLE, RoomRole.COMMISSIONERS, RoomRole.HEALTH


@pytest.fixture
def spoken(monkeypatch):
    return catch_announcements(monkeypatch)


@pytest.fixture
def dialogs(monkeypatch):
    shown: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            staticmethod(lambda *a, **_: shown.append(a[2]) or QMessageBox.StandardButton.Ok),
        )
    return shown


def _shown(qtbot, widget, width=1366, height=768):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    return widget


def _causes(qtbot, doc, undo, width=1366, height=768) -> CausesBoard:
    return _shown(qtbot, CausesBoard(doc, undo), width, height)


def _review(qtbot, doc, undo, width=1366, height=768) -> ReviewBoard:
    return _shown(qtbot, ReviewBoard(doc, undo, today=lambda: TODAY), width, height)


def test_the_wheel_over_a_team_count_without_the_keyboard_changes_nothing(qtbot, doc, undo):
    board = _causes(qtbot, doc, undo)
    box = board.teams.parts["Blue table"].boxes[HEALTH]
    board.view.setFocus()
    turn_wheel(box)
    assert box.value() == 0 and not box.hasFocus()
    assert board.commit_pending() and undo.stack.count() == 0  # a stage change records nothing
    box.setFocus()
    turn_wheel(box)
    assert box.value() == 1  # in the box, the wheel counts as ever


def test_the_wheel_over_the_next_review_without_the_keyboard_changes_nothing(qtbot, undo):
    doc = undo.doc
    doc.workshop = doc.workshop.model_copy(update={"next_review": dt.date(2027, 5, 12)})
    board = _review(qtbot, doc, undo)
    block = board.looking_back
    block.refresh()
    block.boxes["went_well"].setFocus()
    turn_wheel(block.date)
    block.date.setFocus()
    block.boxes["went_well"].setFocus()  # clicked in and left: what recorded the wheel's day
    assert block.date.text() == "12 May 2027" and doc.workshop.next_review == dt.date(2027, 5, 12)
    assert undo.stack.count() == 0


def test_ticking_date_set_starts_six_months_after_a_workshop_still_to_come(qtbot, undo, dialogs):
    doc = undo.doc
    doc.workshop = doc.workshop.model_copy(update={"date": dt.date(2099, 11, 12)})
    block = _shown(qtbot, LookingBack(doc, undo))
    block.has_date.setChecked(True)  # as a click
    assert dialogs == []  # today would be before the workshop: refused, with a dialog
    assert doc.workshop.next_review == dt.date(2100, 5, 12)
    assert block.date.text() == "12 May 2100"
    undo.stack.undo()
    assert doc.workshop.next_review is None and block.date.text() == "No date yet"
    undo.stack.redo()
    assert block.date.text() == "12 May 2100"


def test_ticking_date_set_with_no_workshop_date_starts_today(qtbot, dialogs):
    doc = Document(Workshop(title="Spring reviews"))
    block = _shown(qtbot, LookingBack(doc, UndoAdapter(doc)))
    block.has_date.setChecked(True)
    assert dialogs == [] and doc.workshop.next_review == dt.date.today()


def test_a_read_only_file_says_why_keys_do_nothing(qtbot, doc, undo):
    undo.read_only = True
    board = _causes(qtbot, doc, undo)
    assert board.teams.read_only.isVisible()
    assert board.teams.read_only.text() == READ_ONLY_RECORD
    review = _review(qtbot, doc, undo)
    assert review.looking_back.read_only.isVisible()
    save_render(board, "teams_read_only")


def test_a_file_that_can_be_changed_has_no_read_only_line(qtbot, doc, undo):
    assert not _causes(qtbot, doc, undo).teams.read_only.isVisible()
    assert not _review(qtbot, doc, undo).looking_back.read_only.isVisible()


def test_the_note_on_a_team_with_no_older_person_is_heard(qtbot, doc, undo, spoken):
    board = _causes(qtbot, doc, undo)
    part = board.teams.parts["Blue table"]
    older = part.boxes[OLDER]
    assert described(older) == ""
    part.boxes[COMM].setValue(2)
    part.boxes[COMM].editingFinished.emit()
    note = "Blue table: No older person in this team: the method puts older people in every team."
    assert spoken == [note]
    assert described(older) == part.note.text() != ""  # read with the older people's count
    part.boxes[HEALTH].setValue(1)
    part.boxes[HEALTH].editingFinished.emit()
    assert spoken == [note]  # still there: said once
    undo.stack.undo()
    undo.stack.undo()
    assert described(older) == ""
    undo.stack.redo()
    assert spoken == [note, note]  # it came back


def test_a_team_that_opens_with_its_note_says_nothing(qtbot, doc, undo, spoken):
    board = _causes(qtbot, doc, undo)
    board.selector.select_theme("who")  # another tree: no edit, no word
    assert spoken == []


def test_the_arrows_on_the_why_tree_say_where_they_went(qtbot, doc, undo, spoken):
    board = _causes(qtbot, doc, undo)
    board.view.select("a")
    board.view.setFocus()
    assert spoken == []  # chosen by the board, not a key
    qtbot.keyClick(board.view, Qt.Key.Key_Down)
    assert spoken == [board.status.text()]
    assert spoken[0].startswith("Selected: Contracts pay by the minute")


def test_reviews_cells_are_read_as_words(qtbot, tmp_path, doc, undo):
    from wtfc.model.storage import save_workshop

    last = tmp_path / "last.wtfc"
    before = doc.workshop.model_copy(update={"themes": doc.workshop.themes[:2]})
    save_workshop(before, last)
    board = _review(qtbot, doc, undo)
    assert board.load_previous(last)
    role = Qt.ItemDataRole.AccessibleTextRole
    rows = [board.themes.topLevelItem(n) for n in range(board.themes.topLevelItemCount())]
    arrows = [r for r in rows if "→" in r.text(3)]
    assert arrows
    for row in arrows:
        then, now = row.text(3).split(" → ")
        assert row.data(3, role) == f"{then} then, {now} now"
    unmatched = [r for r in rows if r.text(5) == "—"]
    assert unmatched and all(r.data(5, role) == "not matched" for r in unmatched)


def test_a_team_summary_that_may_name_someone_is_said_as_it_is_typed(qtbot, doc, undo):
    board = _causes(qtbot, doc, undo)
    part = board.teams.parts["Blue table"]
    assert part.detail_hint.isHidden()
    part.summary.setFocus()
    qtbot.keyClicks(part.summary, "Mrs Patel's visits are rushed")
    assert part.detail_hint.isVisible()
    assert "“What Blue table found”: “[name] visits are rushed”" in part.detail_hint.text()
    # the room's tree says who was in a team, never what it found: the room is not named
    assert part.detail_hint.text().endswith(
        "The report and the data export print what is written here (the room view does not "
        "show it): if it could identify someone, change the words.")
    save_render(board, "teams_detail_hint")


def test_the_hint_under_a_team_summary_is_scrolled_into_sight(qtbot, doc, undo):
    """At 911x512 (a 1366x768 laptop at 150%) the panel scrolls: the hint appeared below it."""
    board = _causes(qtbot, doc, undo, 911 - 230, 512 - 20)
    board.teams.focus_first()  # Alt+M: the panel starts folded to a strip at this width
    part = board.teams.parts["Blue table"]
    part.summary.setFocus()
    qtbot.keyClicks(part.summary, "Mrs Patel's visits are rushed")
    viewport = scroller_of(part.summary).viewport()

    def in_sight(widget) -> bool:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    qtbot.waitUntil(lambda: in_sight(part.detail_hint), timeout=2000)
    assert in_sight(part.summary)


def test_a_reflection_that_may_name_someone_is_said_as_it_is_typed(qtbot, doc, undo):
    block = _review(qtbot, doc, undo).looking_back
    assert block.detail_hint.isHidden()
    block.boxes["not_so_well"].setFocus()
    qtbot.keyClicks(block.boxes["not_so_well"], "Mrs Patel could not get in")
    assert block.detail_hint.isVisible()
    assert "“What didn't go so well”: “[name] could not get in”" in block.detail_hint.text()
    # the room's Looking back page shows the answers, and of the exports only the report and
    # the data export have them
    assert block.detail_hint.text().endswith(
        "The room view, the report and the data export show what is written here: if it could "
        "identify someone, change the words.")
