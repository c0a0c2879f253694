"""The Plan board: swim-lanes by role, the action dialog, overdue actions standing out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from tests.ui.boards.board_workshops import TODAY
from tests.ui.renders import save_render
from tests.ui.settled import settle
from tests.ui.shown_words import as_shown
from wtfc.model.workshop import ActionStatus, Role
from wtfc.ui.boards.plan import STATUS_COLUMN, PlanBoard


def _board(qtbot, doc, undo) -> PlanBoard:
    board = PlanBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1600, 720)
    board.show()
    return board


def _lane_texts(board, role):
    lane = board.lane(role)
    return [lane.child(i).text(0) for i in range(lane.childCount())]


def test_actions_sit_in_their_role_lanes(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    assert board.tree.topLevelItemCount() == len(Role)
    assert _lane_texts(board, Role.COMMISSIONERS) == ["Pilot outcome-based home care contracts"]
    assert _lane_texts(board, Role.PROVIDERS) == [
        "Add 'getting to know you' visits to induction", "Send a weekly rota letter to each person"]
    assert board.lane(Role.HEALTH).text(0) == "Health (0)"


def test_overdue_stands_out_with_icon_word_and_colour(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    late = board.lane(Role.PROVIDERS).child(0)   # due 31 Jan, in progress, today 1 Mar
    done = board.lane(Role.PROVIDERS).child(1)   # due 1 Feb but done
    assert late.text(STATUS_COLUMN) == "⚠ Late: started"  # the room's words too
    assert late.foreground(STATUS_COLUMN).color().name() == "#8a3200"
    assert done.text(STATUS_COLUMN) == "✔ Done"
    assert "; ⚠ 1 of them late as of" in board.summary.text()  # late: not a status


def test_add_an_action_through_the_dialog_then_undo_redo(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.tree.setCurrentItem(board.lane(Role.HEALTH))
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Insert)
    dialog = board.dialog
    assert dialog.role.currentData() == Role.HEALTH
    assert dialog.theme.currentData() == "package"  # the first priority
    qtbot.keyClicks(dialog.what, "Named district nurse link for each home care team")
    dialog.owner.setText("Community nursing")
    dialog.has_date.setChecked(True)  # a new action has no date until the facilitator sets one
    dialog.by_when.setDate(QDate(2025, 6, 30))
    dialog.cause.setCurrentIndex(dialog.cause.findData("d"))
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)  # Enter saves
    action = doc.workshop.actions[-1]
    assert (action.role, action.owner, action.by_when, action.cause_id) == \
        (Role.HEALTH, "Community nursing", dt.date(2025, 6, 30), "d")
    assert _lane_texts(board, Role.HEALTH) == [action.what]
    assert board.selected_action().id == action.id
    undo.stack.undo()
    assert _lane_texts(board, Role.HEALTH) == []
    undo.stack.redo()
    assert _lane_texts(board, Role.HEALTH) == [action.what]


def test_an_action_with_no_words_is_refused_and_the_dialog_stays(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.open_add_dialog()
    board.dialog.accept()
    assert "needs to say what" in board.notice.text()
    assert board.dialog.isVisible()
    assert undo.stack.count() == 0


def test_edit_moves_an_action_to_another_lane(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_action("x4")
    qtbot.keyClick(board.tree, Qt.Key.Key_F2)
    dialog = board.dialog
    assert dialog.what.text() == "Run a 'know your rights' session on home care"
    dialog.role.setCurrentIndex(dialog.role.findData(Role.OTHER))
    dialog.accept()
    assert doc.get("actions", "x4").role == Role.OTHER
    assert board.selected_action().id == "x4"
    undo.stack.undo()
    assert doc.get("actions", "x4").role == Role.OLDER_PEOPLES_ORGANISATIONS


def test_space_moves_status_on_and_delete_removes(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_action("x2")
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert doc.get("actions", "x2").status == ActionStatus.DONE
    status = board.lane(Role.PROVIDERS).child(0).text(STATUS_COLUMN)
    # no longer overdue, and done after its date: said (format 6), not a bare "Done"
    assert status.startswith("✔ Done, ") and status.endswith(" late")
    undo.stack.undo()
    assert doc.get("actions", "x2").status == ActionStatus.IN_PROGRESS
    board.select_action("x2")
    qtbot.keyClick(board.tree, Qt.Key.Key_Delete)
    assert doc.get("actions", "x2") is None
    undo.stack.undo()
    undo.stack.redo()
    assert doc.get("actions", "x2") is None


def test_theme_filter(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.theme_filter.setCurrentIndex(board.theme_filter.findData("who"))
    assert _lane_texts(board, Role.COMMISSIONERS) == []
    assert _lane_texts(board, Role.PROVIDERS) == ["Send a weekly rota letter to each person"]


def test_render(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_action("x1")
    settle()
    save_render(board, "plan_board")


def test_long_cells_wrap_onto_more_lines_instead_of_ending_in_dots(qtbot, show):
    """Every word of an action can be read on the board: its row grows to the longest cell."""
    from PySide6.QtGui import QFontMetrics

    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.storage import load_workshop
    from wtfc.ui.undo import UndoAdapter

    doc = Document(load_workshop(demo_path()).workshop)
    board = show(PlanBoard(doc, UndoAdapter(doc)), 1600, 900)
    line = QFontMetrics(board.tree.font()).lineSpacing()
    longest = max(doc.workshop.actions, key=lambda a: len(a.what))
    board.select_action(longest.id)
    item = board.tree.currentItem()
    before = board.tree.visualItemRect(item).height()
    assert before >= 4 * line  # taller than the three lines of what it answers
    board.tree.header().resizeSection(0, 900)  # wider column: fewer lines
    qtbot.waitUntil(lambda: board.tree.visualItemRect(item).height() < before)


def test_the_act_stage_is_headed_for_doing_and_counts_each_status(qtbot, show):
    """On the Act stage the board asks whether actions are happening; the summary counts each
    status, and the status sits beside the date, on screen on a 1366-wide laptop."""
    from PySide6.QtWidgets import QLabel

    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.storage import load_workshop
    from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING
    from wtfc.ui.undo import UndoAdapter

    doc = Document(load_workshop(demo_path()).workshop)
    board = show(PlanBoard(doc, UndoAdapter(doc), today=lambda: dt.date(2026, 11, 28),
                           heading=ACT_HEADING), 1366 - 240, 700)
    headings = [label.text() for label in board.findChildren(QLabel)]
    assert ACT_HEADING in headings and PLAN_HEADING not in headings
    counts = {s: sum(a.status == s for a in doc.workshop.actions) for s in ActionStatus}
    for status, count in counts.items():
        if count:
            assert f"{count} {status.label.lower()}" in board.summary.text()
    header = board.tree.header()
    right = header.sectionViewportPosition(STATUS_COLUMN) + header.sectionSize(STATUS_COLUMN)
    assert right <= board.tree.viewport().width()  # no sideways scrolling to see the status


def test_the_plan_and_act_stages_each_get_their_heading(qtbot, doc, undo):
    from PySide6.QtWidgets import QLabel

    from wtfc.model.workshop import Stage
    from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING
    from wtfc.ui.pages import build_stage_page

    for stage, heading in ((Stage.PLAN, PLAN_HEADING), (Stage.ACT, ACT_HEADING)):
        page = build_stage_page(stage, doc, undo)
        qtbot.addWidget(page)
        assert heading in [label.text() for label in page.findChildren(QLabel)]


# -- usability review: the action dialog and the Act stage ----------------------------------------
def _dialog_labels(dialog):
    from PySide6.QtWidgets import QLabel

    return [label for label in dialog.findChildren(QLabel) if label.text()]


def test_every_dialog_label_has_its_own_key_and_no_literal_ampersand(qtbot, doc):
    """"By &when:" showed its "&" because its row held a layout, so the label had no buddy."""
    from wtfc.ui.boards.action_dialog import ActionDialog

    dialog = ActionDialog(doc, today=TODAY)
    qtbot.addWidget(dialog)
    keys = []
    for label in _dialog_labels(dialog):
        if "&" in label.text():
            assert label.buddy() is not None, f"{label.text()!r} shows its '&'"
            keys.append(label.text().split("&")[1][0].lower())
    by_when = next(label for label in _dialog_labels(dialog) if "when" in label.text())
    assert by_when.buddy() is dialog.has_date  # Alt+key, then Space ticks it
    assert len(keys) == len(set(keys)), keys  # no two rows share a key


def test_a_new_action_has_no_date_until_the_facilitator_sets_one(qtbot, doc, undo):
    """No invented deadline: a new action is saved with no date unless one is chosen."""
    board = _board(qtbot, doc, undo)
    board.tree.setCurrentItem(board.lane(Role.HEALTH))
    board.open_add_dialog()
    dialog = board.dialog
    assert not dialog.has_date.isChecked() and not dialog.by_when.isEnabled()
    assert "No date" in dialog.by_when.text()  # not a date that looks chosen
    dialog.what.setText("Named district nurse link for each home care team")
    dialog.accept()
    assert doc.workshop.actions[-1].by_when is None
    undo.stack.undo()
    board.open_add_dialog()
    board.dialog.what.setText("Named district nurse link for each home care team")
    board.dialog.has_date.setChecked(True)
    assert board.dialog.by_when.isEnabled()
    assert board.dialog.by_when.date().toPython() > TODAY  # a date ahead to start from
    board.dialog.by_when.setDate(QDate(2025, 6, 30))
    board.dialog.accept()
    assert doc.workshop.actions[-1].by_when == dt.date(2025, 6, 30)


def test_an_existing_date_stays_and_can_be_taken_off(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_action("x2")
    board.open_edit_dialog()
    assert board.dialog.has_date.isChecked()
    assert board.dialog.values()["by_when"] == doc.get("actions", "x2").by_when
    board.dialog.has_date.setChecked(False)
    board.dialog.accept()
    assert doc.get("actions", "x2").by_when is None
    undo.stack.undo()
    assert doc.get("actions", "x2").by_when is not None


def test_dialog_labels_show_whole_on_a_1366_laptop_with_long_statements(qtbot):
    """With a desktop's 11 pt type, long success statements made the dialog wider than the
    screen, and its labels were squeezed ("Success stateme")."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.storage import load_workshop
    from wtfc.ui.boards.action_dialog import ActionDialog

    app = QApplication.instance()
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(11)
    app.setFont(font)
    try:
        doc = Document(load_workshop(demo_path()).workshop)
        for action in doc.workshop.actions:
            dialog = ActionDialog(doc, action=action)
            qtbot.addWidget(dialog)
            assert dialog.sizeHint().width() <= 1366 - 40
            dialog.resize(dialog.sizeHint())
            dialog.show()
            qtbot.waitExposed(dialog)
            cut = [label.text() for label in _dialog_labels(dialog)
                   if label.width() < label.sizeHint().width()]
            assert cut == [], action.what
            dialog.close()
    finally:
        app.setFont(before)


def test_the_act_summary_counts_and_does_not_repeat_the_plan_help(qtbot, doc, undo):
    from wtfc.ui.boards.plan import ACT_HEADING

    board = PlanBoard(doc, undo, today=lambda: TODAY, heading=ACT_HEADING)
    qtbot.addWidget(board)
    text = board.summary.text()
    assert "Insert adds an action" not in text
    assert "⚠ 1 of them late" in text and "Space" in text
    plan = _board(qtbot, doc, undo)
    assert "Insert adds an action" in plan.summary.text()


# -- the lane for people who use services and carers --------------------------------------------
def test_people_and_carers_have_a_lane_the_keyboard_and_the_role_picker_reach(qtbot, doc, undo):
    """TLAP names people who use services, carers and families as doers of actions: their
    lane comes after older people's organisations, and Insert there starts an action for them."""
    board = _board(qtbot, doc, undo)
    lanes = [board.tree.topLevelItem(r).text(0) for r in range(board.tree.topLevelItemCount())]
    assert lanes == ["Commissioners (1)", "Providers (2)", "Care managers (0)",
                     "Older people's organisations (1)",
                     "People who use services and carers (0)", "Health (0)", "Other (0)"]
    board.select_action("x4")  # the last action in older people's organisations
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Down)
    assert board.selected_role() == Role.PEOPLE_AND_CARERS
    qtbot.keyClick(board.tree, Qt.Key.Key_Insert)
    dialog = board.dialog
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())] == \
        [role.label for role in Role]
    assert dialog.role.currentData() == Role.PEOPLE_AND_CARERS
    qtbot.keyClicks(dialog.what, "Carers keep a diary of late visits for a month")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    assert _lane_texts(board, Role.PEOPLE_AND_CARERS) == [
        "Carers keep a diary of late visits for a month"]
    assert board.lane(Role.PEOPLE_AND_CARERS).text(0) == "People who use services and carers (1)"
    undo.stack.undo()
    assert _lane_texts(board, Role.PEOPLE_AND_CARERS) == []


def test_a_long_lane_name_takes_one_line_across_the_board(qtbot, doc, undo):
    """A lane's name spans every column: its row is one line high, not as tall as the name
    wrapped in the first column."""
    board = _board(qtbot, doc, undo)
    line = board.tree.visualItemRect(board.lane(Role.HEALTH)).height()
    for role in (Role.OLDER_PEOPLES_ORGANISATIONS, Role.PEOPLE_AND_CARERS):
        assert board.tree.visualItemRect(board.lane(role)).height() == line


@pytest.mark.parametrize("answer", [False, True])
def test_esc_on_a_typed_new_action_asks_before_throwing_it_away(qtbot, doc, undo, monkeypatch,
                                                               answer):
    """Insert, type the action, Esc: the words were gone with no question."""
    from wtfc.ui import discard

    asked = []
    monkeypatch.setattr(discard, "ask_discard",
                        lambda parent, what, *, new: asked.append(new) or answer)
    board = _board(qtbot, doc, undo)
    board.open_add_dialog()
    dialog = board.dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once, no question
    assert asked == [] and not dialog.isVisible()
    board.open_add_dialog()
    dialog = board.dialog
    dialog.what.setText("Hold a listening event")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible() is not answer  # kept open, words and all, unless discarded
    if not answer:
        assert dialog.what.text() == "Hold a listening event"
        dialog.accept()
        assert doc.workshop.actions[-1].what == "Hold a listening event"


def test_esc_on_changes_to_an_action_asks_and_an_unchanged_one_just_closes(qtbot, doc, undo,
                                                                          monkeypatch):
    from wtfc.ui import discard
    from wtfc.ui.boards.action_dialog import ActionDialog

    asked = []
    monkeypatch.setattr(discard, "ask_discard",
                        lambda parent, what, *, new: asked.append(new) or True)
    action = doc.workshop.actions[0]
    dialog = ActionDialog(doc, action=action, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert asked == []
    dialog = ActionDialog(doc, action=action, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.progress_note.setPlainText("Went to the provider forum")
    dialog.reject()
    assert asked == [False]
    assert doc.workshop.actions[0] == action  # discarded: the action is as it was


def test_a_long_action_opens_showing_its_first_words(qtbot, doc):
    from wtfc.ui.boards.action_dialog import ActionDialog

    action = doc.workshop.actions[0].model_copy(update={"what": "Start " + "word " * 60})
    doc.workshop.actions[0] = action
    dialog = ActionDialog(doc, action=action, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.what.cursorPosition() == 0


LONG_THEME = ("I am not able to get to the places that matter to me, like the shops, the surgery, "
              "the church and my friends' houses, because the transport never comes when it says "
              "it will, nobody tells me why, and the people who could change it never seem to "
              "hear what it is like to wait at the bus stop in the rain")


def _long_theme_doc(stage):
    from tests.ui.boards.board_workshops import sample_workshop
    from wtfc.model.document import Document
    from wtfc.model.workshop import Action

    ws = sample_workshop()
    assert len(LONG_THEME) == 300  # as long as a theme's name may be
    themes = [t.model_copy(update={"name": LONG_THEME}) if t.id == "package" else t
              for t in ws.themes]
    extra = [Action(id=f"y{i}", theme_id="package", role=Role.PROVIDERS,
                    what=f"Trial a booking line, step {i}", owner="Transport manager",
                    by_when=dt.date(2025, 9, 1)) for i in range(12)]
    return Document(ws.model_copy(update={"themes": themes, "actions": [*ws.actions, *extra],
                                          "stage": stage}))


@pytest.mark.parametrize("heading", ["plan", "act"])
def test_a_300_character_theme_keeps_the_board_readable_at_1366x768(qtbot, show, heading):
    """The Show box grew to the whole name and squeezed the title to a word a line; the Theme
    column wrapped the name onto nine lines in every row, so two actions were on screen."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel

    from wtfc.model.workshop import Stage
    from wtfc.ui.boards.plan import THEME_COLUMN
    from wtfc.ui.main_window import MainWindow

    doc = _long_theme_doc(Stage.PLAN if heading == "plan" else Stage.ACT)
    window = MainWindow(doc)  # the board beside the stage list, as on the laptop
    show(window, 1366, 768)
    board = window.page(doc.workshop.stage)
    board.theme_filter.setCurrentIndex(board.theme_filter.findData("package"))
    settle()
    save_render(window, f"{heading}_board_300_character_theme_1366")
    title = next(label for label in board.findChildren(QLabel)
                 if label.text().startswith(("Plan:", "Act:")))
    line = QFontMetrics(title.font()).lineSpacing()
    assert title.height() < 2.5 * line                            # one line, or two at most
    assert board.theme_filter.width() < 0.45 * board.width()
    assert window.navigator.width() >= window.navigator.minimumWidth()
    assert window.navigator.visualItemRect(window.navigator.item(4)).width() \
        >= window.navigator.fontMetrics().horizontalAdvance("5  Identify success")
    # the name is whole where the facilitator asks for it: the box's items and the cells' tips
    index = board.theme_filter.findData("package")
    assert as_shown(board.theme_filter.itemData(index, Qt.ItemDataRole.ToolTipRole)) == LONG_THEME
    lane = board.lane(Role.PROVIDERS)
    assert as_shown(lane.child(0).toolTip(THEME_COLUMN)).split("\n")[0] \
        == f"Priority 1: {LONG_THEME}"
    # rows stay compact (two lines at most: "⚠ Late: not started" wraps), many on screen
    short = next(lane.child(i) for i in range(lane.childCount())
                 if lane.child(i).text(0).startswith("Trial a booking line"))
    assert board.tree.visualItemRect(short).height() < 3 * board.tree.fontMetrics().height()
    rows = [board.tree.visualItemRect(lane.child(i)) for i in range(lane.childCount())]
    seen = [r for r in rows if r.top() >= 0 and r.bottom() <= board.tree.viewport().height()]
    assert len(seen) >= 6


def test_undo_of_a_delete_chooses_the_action_it_brings_back(qtbot, doc, undo):
    """The action came back but the choice stayed on the next one: Space or Delete then acted
    on the wrong action."""
    board = _board(qtbot, doc, undo)
    board.select_action("x2")
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Delete)
    assert board.selected_action().id == "x3"
    undo.stack.undo()
    assert board.selected_action().id == "x2"
    undo.stack.redo()
    assert board.selected_action().id == "x3"
    qtbot.keyClick(board.tree, Qt.Key.Key_Delete)  # the last in its lane: the lane is chosen
    undo.stack.undo()
    assert board.selected_action().id == "x3"


def test_redo_of_an_add_chooses_the_action_it_adds_again(qtbot, doc, undo):
    from wtfc.model.operations.actions import add_action

    board = _board(qtbot, doc, undo)
    board.select_action("x1")
    undo.push(add_action(doc, theme_id="who", role=Role.HEALTH, what="Named nurse link"))
    new = doc.workshop.actions[-1].id
    undo.stack.undo()
    board.select_action("x1")
    undo.stack.redo()
    assert board.selected_action().id == new


def test_a_chosen_lane_stays_chosen_when_the_board_is_drawn_again(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.tree.setCurrentItem(board.lane(Role.PROVIDERS))
    board.select_action("x1")
    board.advance_status()  # an edit: the board is drawn again
    board.tree.setCurrentItem(board.lane(Role.PROVIDERS))
    undo.stack.undo()
    assert board.tree.currentItem() is board.lane(Role.PROVIDERS)


# -- a 1366×768 laptop at 125% and 150% scaling ---------------------------------------------------
@pytest.mark.parametrize(("act", "width", "height"), [
    (False, 857, 595), (False, 675, 581), (True, 857, 595), (True, 675, 581)])
def test_at_125_and_150_percent_the_status_is_in_view(show, doc, undo, act, width, height):
    """The page is ~857 logical pixels wide at 125% and ~675 at 150%: Plan's Status column
    started at the right edge or past it, and Act's 'What has happened so far' was cut, so an
    overdue action showed only its pink tint."""
    from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING, PROGRESS_COLUMN

    board = show(PlanBoard(doc, undo, today=lambda: TODAY,
                           heading=ACT_HEADING if act else PLAN_HEADING), width, height)
    header = board.tree.header()
    for column in (STATUS_COLUMN, PROGRESS_COLUMN) if act else (STATUS_COLUMN,):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0
        assert right <= board.tree.viewport().width(), (column, right)
    save_render(board, f"{'act' if act else 'plan'}_board_{width}")


def test_an_overdue_action_says_so_in_its_words_too(qtbot, doc, undo):
    """The status may be out of view (a narrow window, a column dragged wide): the action's
    words, always in view, begin '⚠ Late —', and a screen reader hears it: the status cell's
    word ('⚠ Late: started'), not 'Overdue' beside it."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    board = _board(qtbot, doc, undo)
    late = board.lane(Role.PROVIDERS).child(0)   # due 31 Jan, in progress, today 1 Mar
    done = board.lane(Role.PROVIDERS).child(1)   # due 1 Feb but done

    def shown(item):
        option = QStyleOptionViewItem()
        index = board.tree.indexFromItem(item, 0)
        board.tree.itemDelegateForIndex(index).initStyleOption(option, index)
        return option.text

    # both are dated before the workshop itself (1 Mar 2025): said on a line of their own
    # under the words (test_plan_early_action_row)
    first = "\u2028"
    assert shown(late).split(first)[0] == "⚠ Late — Add 'getting to know you' visits to induction"
    assert late.data(0, Qt.ItemDataRole.AccessibleTextRole).startswith("Late — Add")
    assert late.text(STATUS_COLUMN) == "⚠ Late: started"
    assert "Overdue" not in shown(late) + late.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert shown(done).split(first)[0] == done.text(0) == "Send a weekly rota letter to each person"


@pytest.mark.parametrize("act", [False, True], ids=["plan", "act"])
def test_a_double_click_on_delete_deletes_one_action(qtbot, doc, undo, act, monkeypatch):
    """The board chooses the next action after a delete: the second click of a double-click on
    "Delete" deleted that one too, unseen, as a second undo step. A click once the
    double-click time has passed deletes the next, as the Delete key does."""
    import time
    from types import SimpleNamespace

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton

    from wtfc.ui.boards import click_once
    from wtfc.ui.boards.plan import ACT_HEADING, PLAN_HEADING

    # the guard's clock runs as the real one, but can be put on past the double-click time
    # instead of waiting it out (0.45 s of each run)
    later = [0.0]
    monkeypatch.setattr(click_once, "time",
                        SimpleNamespace(monotonic=lambda: time.monotonic() + later[0]))

    board = PlanBoard(doc, undo, today=lambda: TODAY, heading=ACT_HEADING if act else PLAN_HEADING)
    qtbot.addWidget(board)
    board.resize(1600, 720)
    board.show()
    qtbot.waitExposed(board)
    button = next(b for b in board.findChildren(QPushButton) if b.text() == "Delete")
    at, window = button.mapTo(board, button.rect().center()), board.windowHandle()
    board.select_action("x2")
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(window, left, plain, at)  # through the platform, as a real double-click
    QTest.mouseClick(window, left, plain, at, 80)
    assert doc.get("actions", "x2") is None and doc.get("actions", "x3") is not None
    assert undo.stack.count() == 1 and board.selected_action().id == "x3"
    undo.stack.undo()
    assert doc.get("actions", "x2") is not None and board.selected_action().id == "x2"
    undo.stack.redo()
    assert doc.get("actions", "x2") is None and board.selected_action().id == "x3"
    later[0] += (QApplication.doubleClickInterval() + 50) / 1000  # the double-click time passes
    QTest.mouseClick(window, left, plain, at)  # chosen, seen, and clicked again: deleted
    assert doc.get("actions", "x3") is None and undo.stack.count() == 2
