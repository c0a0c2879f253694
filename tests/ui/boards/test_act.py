"""The Act stage: what has happened so far and when each action was last checked — on the
board beside the status, in the action dialog (one undoable step), and briefly on the
projector."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.model.workshop import Action, ActionStatus, Role, Stage
from wtfc.ui.boards import plan_room, plan_room_card, plan_room_lane
from wtfc.ui.boards.plan import (
    ACT_HEADING,
    PROGRESS_COLUMN,
    STATUS_COLUMN,
    PlanBoard,
)
from wtfc.ui.boards.plan_room import ACT_TITLE, PLAN_TITLE, PlanRoomView
from wtfc.ui.boards.room_paint import SMALL_PX, text_height
from wtfc.ui.undo import UndoAdapter

NOTE = "Draft session written with two care workers"


def _noted(**changes) -> Document:
    """The sample workshop with x2 (providers, in progress, overdue) checked on 20 February."""
    ws = sample_workshop()
    x2 = ws.actions[1].model_copy(update={"progress_note": NOTE,
                                          "checked_on": dt.date(2025, 2, 20), **changes})
    return Document(ws.model_copy(update={"actions": [ws.actions[0], x2, *ws.actions[2:]]}))


def _act_board(show, doc, undo=None, width=1600, height=720) -> PlanBoard:
    return show(PlanBoard(doc, undo or UndoAdapter(doc), today=lambda: TODAY,
                          heading=ACT_HEADING), width, height)


def _row(board, action_id):
    board.select_action(action_id)
    return board.tree.currentItem()


def test_what_has_happened_sits_beside_the_status_on_a_laptop(show):
    """1366-wide screen less the stage list: the date, the status with its ⚠ word and the note
    are all on screen without scrolling sideways."""
    board = _act_board(show, _noted(), width=1366 - 240, height=700)
    assert _row(board, "x2").text(PROGRESS_COLUMN) == f"Checked 20 Feb 2025: {NOTE}"
    assert _row(board, "x2").text(STATUS_COLUMN) == "⚠ Late: started"
    assert _row(board, "x1").text(PROGRESS_COLUMN) == "Not checked yet"
    assert _row(board, "x3").text(PROGRESS_COLUMN) == ""  # done: nothing left to follow
    header = board.tree.header()
    for column in (STATUS_COLUMN, PROGRESS_COLUMN):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= board.tree.viewport().width(), header.model().headerData(
            column, Qt.Orientation.Horizontal)
    assert header.sectionViewportPosition(PROGRESS_COLUMN) > \
        header.sectionViewportPosition(STATUS_COLUMN)
    save_render(board, "act_board_laptop")


def test_the_plan_stage_leaves_the_progress_column_out(show, doc, undo):
    board = show(PlanBoard(doc, undo, today=lambda: TODAY), 1600, 720)
    assert board.tree.isColumnHidden(PROGRESS_COLUMN)
    assert "Due a check" not in board.summary.text()


def test_the_summary_counts_open_actions_never_checked_or_not_for_a_quarter(show):
    from wtfc.model.operations.actions import edit_action

    doc = _noted()
    undo = UndoAdapter(doc)
    board = _act_board(show, doc, undo)
    # x1 and x4 are open and never checked; x2 was checked lately; x3 is done
    assert "Due a check: 2 open actions, never checked." in board.summary.text()
    undo.push(edit_action(doc, action_id="x1", checked_on=dt.date(2024, 10, 1)))
    assert ("Due a check: 2 open actions not checked since 30 November 2024 (1 never)."
            in board.summary.text())
    assert _row(board, "x1").text(PROGRESS_COLUMN) == \
        "Due a check · last checked 1 Oct 2024"
    undo.push(edit_action(doc, action_id="x1", checked_on=TODAY))
    undo.push(edit_action(doc, action_id="x4", checked_on=TODAY))
    assert "Every open action has been checked since 30 November 2024." in board.summary.text()
    assert "Enter records what has happened" in board.summary.text()


def test_recording_progress_in_the_dialog_is_one_step_done_undone_redone(qtbot, show):
    doc = _noted(progress_note="", checked_on=None)
    undo = UndoAdapter(doc)
    board = _act_board(show, doc, undo)
    board.select_action("x2")
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    dialog = board.dialog
    assert not dialog.has_checked.isChecked() and "Not checked" in dialog.checked_on.text()
    dialog.progress_note.setFocus()
    qtbot.keyClicks(dialog.progress_note, NOTE)
    # a note written now is a check made now
    assert dialog.has_checked.isChecked() and dialog.checked_on.date().toPython() == TODAY
    qtbot.keyClick(dialog.progress_note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    action = doc.get("actions", "x2")
    assert (action.progress_note, action.checked_on) == (NOTE, TODAY)
    stack = undo.stack
    assert stack.count() == 1 and stack.undoText().startswith("Record progress on ")
    assert _row(board, "x2").text(PROGRESS_COLUMN) == f"Checked 1 Mar 2025: {NOTE}"
    stack.undo()
    assert doc.get("actions", "x2").checked_on is None
    assert _row(board, "x2").text(PROGRESS_COLUMN) == "Not checked yet"
    stack.redo()
    assert _row(board, "x2").text(PROGRESS_COLUMN) == f"Checked 1 Mar 2025: {NOTE}"


def test_enter_in_the_note_starts_a_new_line_and_tab_leaves_it(qtbot, show):
    board = _act_board(show, _noted())
    board.select_action("x2")
    board.open_edit_dialog()
    note = board.dialog.progress_note
    note.setFocus()
    note.moveCursor(note.textCursor().MoveOperation.End)
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClicks(note, "Next: the March induction")
    assert board.dialog.isVisible()
    assert note.toPlainText() == f"{NOTE}\nNext: the March induction"
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert not note.hasFocus() and "\t" not in note.toPlainText()


def test_a_date_set_by_hand_stays_and_today_is_one_click(qtbot, show):
    board = _act_board(show, _noted())
    board.select_action("x2")
    board.open_edit_dialog()
    dialog = board.dialog
    assert dialog.has_checked.isChecked()
    assert dialog.checked_on.date() == QDate(2025, 2, 20)  # the last check, as saved
    dialog.checked_on.setDate(QDate(2025, 2, 27))  # the meeting was on Thursday
    dialog.progress_note.setPlainText(f"{NOTE}. Induction runs from March.")
    assert dialog.values()["checked_on"] == dt.date(2025, 2, 27)
    dialog.checked_today.click()
    assert dialog.values()["checked_on"] == TODAY
    dialog.has_checked.click()  # unticked: never checked
    assert dialog.values()["checked_on"] is None and not dialog.checked_on.isEnabled()
    dialog.has_checked.click()  # ticked again: the date comes back
    assert dialog.values()["checked_on"] == TODAY


def test_the_dialog_with_its_note_fits_a_1366_by_768_laptop(qtbot):
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop
    from wtfc.ui.boards.action_dialog import ActionDialog

    doc = Document(load_workshop(demo_path()).workshop)
    noted = next(a for a in doc.workshop.actions if a.progress_note)
    dialog = ActionDialog(doc, action=noted, today=TODAY)
    qtbot.addWidget(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 - 40 and hint.height() <= 768 - 80  # title bar and taskbar
    dialog.resize(hint)
    dialog.show()
    qtbot.waitExposed(dialog)
    save_render(dialog, "action_dialog_act")


def test_the_dialog_says_as_it_is_typed_when_a_note_may_name_someone(qtbot):
    """A progress note goes on the projector as written; the guard reads it as it is typed,
    with the names to watch for, and the dialog says where, showing the detail only as its
    kind. It never stops the save: the facilitator decides."""
    from wtfc.ui.boards.action_dialog import ActionDialog

    doc = _noted()
    doc.names_to_watch = ("Winifred Okafor",)
    dialog = ActionDialog(doc, action=doc.workshop.actions[1], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    hint = dialog.detail_hint
    assert hint.isHidden()  # the note as it was: nothing to say
    dialog.progress_note.setPlainText("Winifred Okafor says the visits are on time now")
    assert hint.isVisible()
    assert "“What has happened so far”: “[name] says the visits are on time now”" in hint.text()
    assert "Winifred" not in hint.text() and "Okafor" not in hint.text()
    dialog.layout().activate()  # the dialog grew for the hint's lines: no row is squeezed
    assert hint.geometry().top() >= dialog.checked_on.geometry().bottom()
    assert hint.geometry().bottom() < dialog.height()
    save_render(dialog, "action_dialog_detail_hint")
    dialog.what.setText("Call 07700 900123 every Monday")
    assert "“What”: “Call [phone] every Monday”" in hint.text()
    dialog.progress_note.setPlainText(NOTE)
    dialog.what.setText("Write the session")
    assert hint.isHidden()
    dialog.progress_note.setPlainText("Winifred Okafor says the visits are on time now")
    dialog.accept()  # saving is not stopped
    assert dialog.values()["progress_note"].startswith("Winifred")


# -- the room view ------------------------------------------------------------------------------
@pytest.fixture
def drawn(monkeypatch):
    """(text, rect, px) of everything the plan room view draws."""
    calls: list[tuple[str, object, int]] = []
    real = plan_room_card.draw_text

    def record(p, rect, text, px=plan_room_card.BODY_PX, *args, **kwargs):
        calls.append((text, rect, px))
        return real(p, rect, text, px, *args, **kwargs)

    monkeypatch.setattr(plan_room_card, "draw_text", record)  # the cards' words
    monkeypatch.setattr(plan_room_lane, "draw_text", record)  # the lanes' names
    monkeypatch.setattr(plan_room, "draw_heading",
                        lambda p, area, title, subtitle="", **_: calls.append((title, None, 0))
                        or calls.append((subtitle, None, 0)) or 160.0)
    return calls


def _room(qtbot, doc, theme_id=None) -> PlanRoomView:
    view = PlanRoomView(doc, today=lambda: TODAY, theme_id=theme_id)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_room_shows_the_latest_note_briefly_on_act_only(qtbot, drawn):
    doc = _noted()
    view = _room(qtbot, doc, theme_id="package")
    drawn.clear()
    view.grab()
    texts = [t for t, _, _ in drawn]
    assert PLAN_TITLE in texts and not any(t.startswith("So far") for t in texts)
    from wtfc.model.operations.details import set_stage

    set_stage(doc, stage=Stage.ACT).do(doc)
    drawn.clear()
    view.grab()
    texts = [t for t, _, _ in drawn]
    assert ACT_TITLE in texts
    assert f"So far: {NOTE}" in texts
    save_render(view, "room_plan_act")


def test_seven_busy_lanes_keep_two_lines_of_words_and_whole_lane_names(qtbot, drawn):
    """With an action for every role the lanes are low: the actions' words stay whole over
    two pages (on one they were cut), and a long lane name is set a little smaller rather
    than cut."""
    ws = sample_workshop()
    more = [Action(id=f"r{i}", theme_id="who", role=role,
                   what="Ask people at each review who they would like to visit them")
            for i, role in enumerate(Role)]
    # one theme shown (with every theme, each card's theme line takes a second page:
    # test_plan_room_answers)
    view = _room(qtbot, Document(ws.model_copy(update={"actions": [*ws.actions, *more]})),
                 theme_id="who")
    assert view.page_count() == 2
    titles, lanes = [], []
    for page in range(2):
        view.show_page(page)
        drawn.clear()
        view.grab()
        titles += [(t, rect) for t, rect, px in drawn if t.startswith("Ask people")]
        lanes += [(t, rect, px) for t, rect, px in drawn
                  if any(t.startswith(role.label + " (") for role in Role)]
        assert not [t for _px, t, cut in view.drawn_text if cut and t.startswith("Ask people")]
    assert len(titles) == len(Role)
    assert len(lanes) == len(Role)
    for text, rect, px in lanes:
        assert px >= plan_room.SMALL_PX
        assert text_height(text, rect.width(), px, bold=True) <= rect.height() + 1, text
    save_render(view, "room_plan_seven_lanes")


def _sample_act_board(show):
    doc = Document(sample_workshop())
    undo = UndoAdapter(doc)
    board = show(PlanBoard(doc, undo, today=lambda: TODAY, heading=ACT_HEADING), 1126, 700)
    return doc, board


def _edit(board, action_id: str):
    board.select_action(action_id)
    board.open_edit_dialog()
    return board.dialog


def test_on_act_enter_opens_the_dialog_with_the_cursor_in_the_note(qtbot, show):
    """"Enter records what has happened": the cursor started in What, and words typed at
    once were added to the action itself."""
    _doc, board = _sample_act_board(show)
    board.select_action("x1")
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Return)
    qtbot.waitExposed(board.dialog)
    assert board.dialog.focusWidget() is board.dialog.progress_note


def test_a_check_is_never_dated_in_the_future(show):
    doc, board = _sample_act_board(show)
    dialog = _edit(board, "x1")
    dialog.has_checked.setChecked(True)
    dialog.checked_on.setDate(QDate(2030, 1, 1))  # a slip of the year
    dialog.accept()
    assert doc.get("actions", "x1").checked_on <= TODAY


def test_a_note_with_no_check_date_says_not_checked_yet_as_the_summary_counts_it(show):
    _doc, board = _sample_act_board(show)
    dialog = _edit(board, "x1")
    dialog.has_checked.click()  # the note ticked it; the facilitator unticks it
    dialog.progress_note.setPlainText("Forum met; letters drafted")
    dialog.has_checked.setChecked(False)
    dialog.accept()
    board.select_action("x1")
    assert "never" in board.summary.text()
    assert board.tree.currentItem().text(PROGRESS_COLUMN) == \
        "Not checked yet: Forum met; letters drafted"


def test_ctrl_enter_saves_from_any_field(qtbot, show):
    doc, board = _sample_act_board(show)
    dialog = _edit(board, "x2")
    qtbot.waitExposed(dialog)
    dialog.owner.setFocus()
    dialog.owner.end(False)  # a field opens showing its start; add to its end
    qtbot.keyClicks(dialog.owner, " team")
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert doc.get("actions", "x2").owner.endswith(" team")


def test_a_typo_put_right_in_an_old_note_leaves_its_check_date(show):
    doc, board = _sample_act_board(show)
    dialog = _edit(board, "x1")
    dialog.progress_note.setPlainText("Forum met")
    dialog.accept()
    checked = doc.get("actions", "x1").checked_on
    assert checked == TODAY
    dialog = _edit(board, "x1")
    dialog.progress_note.setPlainText("Forum met!")
    dialog.progress_note.setPlainText("Forum met")  # typed and taken back
    assert dialog.values()["checked_on"] == checked


def test_the_lanes_with_no_actions_yet_stay_whole_under_a_long_theme_name(qtbot, monkeypatch):
    """With the lanes tight, the idle ones are named after the counts: a long name pushed them
    off the end ("No actio…"). Shortening the name instead cut the theme's own name ("I am
    not treated with respect or as an individual …"): now it has a line of its own, whole,
    the facts and idle lanes whole under it, on the same one page."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop

    ws = load_workshop(demo_path()).workshop
    fourth = [a for a in ws.actions if a.role == Role.PROVIDERS][3]  # six lanes of one row
    # short actions, whole in six low lanes on one page (longer ones go on over pages)
    ws = ws.model_copy(update={"stage": Stage.ACT, "actions": [
        a.model_copy(update={"theme_id": "t04", "what": "Ask at each review", "owner": "Team",
                             "progress_note": ""})  # (a note whole would need a second page)
        for a in ws.actions if a is not fourth]})
    seen = []
    real = plan_room.draw_heading

    def heading(p, area, title, subtitle="", **kwargs):
        seen.append((area.width(), subtitle))
        return real(p, area, title, subtitle, **kwargs)

    monkeypatch.setattr(plan_room, "draw_heading", heading)
    view = PlanRoomView(Document(ws), theme_id="t04")
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert view.page_count() == 1
    width, subtitle = seen[-1]
    name = next(t.name for t in ws.themes if t.id == "t04")
    assert subtitle.split("\n")[0] == name and "Nothing planned for: Other" in subtitle
    assert text_height(subtitle, width - 120, SMALL_PX) < 3 * SMALL_PX  # two lines
    assert not [words for _px, words, cut in view.drawn_text if cut]


def test_a_later_check_date_already_in_the_file_is_kept_when_only_the_status_changes(show):
    """Saved on a laptop whose clock was wrong: the date is not quietly pulled back to today."""
    later = TODAY + dt.timedelta(days=40)
    ws = sample_workshop()
    ws = ws.model_copy(update={"actions": [
        a.model_copy(update={"checked_on": later, "progress_note": "Met"}) if a.id == "x1"
        else a for a in ws.actions]})
    doc = Document(ws)
    board = show(PlanBoard(doc, UndoAdapter(doc), today=lambda: TODAY, heading=ACT_HEADING),
                 1126, 700)
    dialog = _edit(board, "x1")
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.DONE))
    dialog.accept()
    assert doc.get("actions", "x1").checked_on == later


def test_an_undated_action_reads_to_be_agreed_on_the_board_and_the_projector(qtbot, show,
                                                                             drawn):
    """The board showed "—", the projector "No date yet" and the PDFs "Date to be agreed"."""
    from wtfc.ui.boards.plan import COLUMNS

    ws = sample_workshop()
    undated = ws.actions[0].model_copy(update={"by_when": None})
    doc = Document(ws.model_copy(update={"actions": [undated, *ws.actions[1:]]}))
    board = _act_board(show, doc)
    row = next(board.lane(undated.role).child(i) for i in range(board.lane(undated.role)
                                                               .childCount()))
    assert row.text(COLUMNS.index("By when")) == "To be agreed"
    view = _room(qtbot, doc, theme_id=undated.theme_id)
    drawn.clear()
    view.grab()
    assert any("Date to be agreed" in t for t, _, _ in drawn)


def test_an_action_with_no_owner_says_the_owner_is_to_be_agreed(qtbot, show, drawn):
    """The board left the owner blank, the projector said "No owner yet" and the theme poster
    "Owner to be agreed": one wording, as the date has."""
    from wtfc.ui.boards.plan import COLUMNS

    ws = sample_workshop()
    ownerless = ws.actions[0].model_copy(update={"owner": ""})
    doc = Document(ws.model_copy(update={"actions": [ownerless, *ws.actions[1:]]}))
    board = _act_board(show, doc)
    assert _row(board, ownerless.id).text(COLUMNS.index("Owner")) == "To be agreed"
    view = _room(qtbot, doc, theme_id=ownerless.theme_id)
    drawn.clear()
    view.grab()
    assert any(t == "Owner to be agreed" for t, _, _ in drawn)
    assert not any("No owner" in t for t, _, _ in drawn)
