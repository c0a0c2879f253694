"""Words a facilitator typed are shown on the boards exactly as typed, even when they look like
HTML or hold "&": Plan's "Dropped: …" question read "Health _social care" with a letter
underlined (a label with a buddy takes "&" as its key), and "I get <b>no</b> help" showed a
bold "no" there, under the why-tree, in the refusal notice, and in the priorities and Plan/Act
tooltips (whose own line breaks ran into one paragraph)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui.renders import save_render
from tests.ui.settled import settle
from tests.ui.shown_words import as_shown
from wtfc.model.operations.actions import edit_action
from wtfc.model.operations.causes import edit_cause
from wtfc.model.operations.themes import rename_theme
from wtfc.model.workshop import ActionStatus, Perspective, Stage, Team
from wtfc.ui.boards.common import RefusalNotice, push_edit
from wtfc.ui.boards.plan_columns import THEME_COLUMN

BOLD = "I get <b>no</b> help"
AMP = "Health & social care review, Bed &Breakfast"
PLAIN = Qt.TextFormat.PlainText




def test_the_dropped_question_shows_the_action_as_typed(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.PLAN)
    board = w.page(Stage.PLAN)
    action = w.doc.workshop.actions[0]
    what = f"{AMP}: {BOLD}"
    w.undo.push(edit_action(w.doc, action_id=action.id, what=what, status=ActionStatus.DONE,
                            progress_note=""))
    board.select_action(action.id)
    assert board.advance_status()  # done → dropped: the question opens
    question = board.reason.question
    save_render(board.reason, "dropped_question_as_typed")
    assert question.isVisible() and question.textFormat() == PLAIN
    assert question.text().startswith(f"Dropped: “{what.replace('&', '&&')}”")  # "&&" shows "&"
    assert QKeySequence.mnemonic(question.text()).isEmpty()  # no Alt+B jumping to the box


def test_a_refusal_notice_quotes_a_name_as_typed(qtbot, doc, undo):
    first, second = [t for t in doc.workshop.themes if t.kind == doc.workshop.themes[0].kind][:2]
    undo.push(rename_theme(doc, theme_id=first.id, name=f"Tom & Jerry: {BOLD}"))
    notice = RefusalNotice()
    qtbot.addWidget(notice)
    notice.resize(700, 60)
    assert not push_edit(undo, notice, lambda: rename_theme(doc, theme_id=second.id,
                                                            name=f"Tom & Jerry: {BOLD}"))
    notice.show()
    save_render(notice, "refusal_notice_as_typed")
    assert notice.textFormat() == PLAIN and f"'Tom & Jerry: {BOLD}'" in notice.text()


def test_the_why_trees_selected_line_shows_the_cause_as_typed(qtbot, doc, undo, causes_board):
    undo.push(edit_cause(doc, cause_id="d", text=f"Tom & Jerry: {BOLD}"))
    causes_board.view.select("d")
    status = causes_board.status
    assert status.textFormat() == PLAIN
    assert status.text().startswith(f"Selected: Tom & Jerry: {BOLD}")
    undo.stack.undo()  # and the edit's undo shows the words before
    causes_board.view.select("d")
    assert BOLD not in status.text()


def test_the_priorities_tooltip_shows_the_theme_name_as_typed(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.UNDERSTAND)
    theme = w.doc.workshop.themes[0]
    name = f"see <a href='http://x'>this</a> & {BOLD}"
    w.undo.push(rename_theme(w.doc, theme_id=theme.id, name=name))
    from wtfc.ui.boards.priorities_model import THEME_ID_ROLE
    from wtfc.ui.boards.priorities_table import VotesTable

    table = w.page(Stage.UNDERSTAND).findChild(VotesTable)
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(THEME_ID_ROLE) == theme.id)
    tip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert as_shown(tip) == name


def test_plan_tooltips_and_the_answers_panel_show_words_as_typed(qtbot, demo_window):
    w = demo_window
    w.resize(1366, 768)  # Answers a scroll away: set out under the list
    w.go_to_stage(Stage.ACT)
    board = w.page(Stage.ACT)
    action = w.doc.workshop.actions[0]
    w.undo.push(rename_theme(w.doc, theme_id=action.theme_id, name=f"Tom & {BOLD}"))
    w.undo.push(edit_action(w.doc, action_id=action.id, what=f"{AMP}: {BOLD}"))
    board.select_action(action.id)
    item = board.tree.currentItem()
    assert as_shown(item.toolTip(0)) == f"{AMP}: {BOLD}"
    answers = as_shown(item.toolTip(THEME_COLUMN))
    lines = answers.split("\n")
    assert lines[0].endswith(f": Tom & {BOLD}") and len(lines) >= 2  # its own lines kept
    qtbot.waitUntil(lambda: "Answers" in board.details.labels)
    shown = board.details.labels["Answers"]
    assert shown.textFormat() == PLAIN and shown.text() == answers  # not the escaped tip
    details = board.details  # laid out (as test_act_details waits) before it is looked at
    qtbot.waitUntil(lambda: all(details.rect().contains(label.geometry())
                                and label.height() >= label.heightForWidth(label.width())
                                for label in details.labels.values()))
    settle()
    save_render(w, "act_words_as_typed")


def test_the_action_dialogs_lists_and_plans_theme_filter_tip_words_as_typed(qtbot, doc, undo):
    from tests.ui.boards.board_workshops import TODAY
    from wtfc.ui.boards.action_dialog import ActionDialog
    from wtfc.ui.boards.plan import PlanBoard

    undo.push(rename_theme(doc, theme_id="package", name=f"Tom & {BOLD}"))
    undo.push(edit_cause(doc, cause_id="b", text=f"Bed & {BOLD}"))
    dialog = ActionDialog(doc, today=TODAY, action=doc.get("actions", "x1"))
    qtbot.addWidget(dialog)
    theme_tip = dialog.theme.itemData(dialog.theme.findData("package"),
                                      Qt.ItemDataRole.ToolTipRole)
    assert as_shown(theme_tip).endswith(f"Tom & {BOLD}")
    cause_tip = dialog.cause.itemData(dialog.cause.findData("b"), Qt.ItemDataRole.ToolTipRole)
    assert f"Bed & {BOLD}" in as_shown(cause_tip)
    board = PlanBoard(doc, undo)
    qtbot.addWidget(board)
    box = board.theme_filter
    tip = box.itemData(box.findData("package"), Qt.ItemDataRole.ToolTipRole)
    assert as_shown(tip) == f"Tom & {BOLD}"


def test_a_team_on_no_tree_and_the_trees_spellings_are_shown_as_typed(qtbot, doc, undo):
    from wtfc.ui.boards.team_leftovers import LeftoverTeams
    from wtfc.ui.boards.team_record import TeamPart

    doc.workshop.teams.append(Team(name=f"Tom & {BOLD}"))
    leftovers = LeftoverTeams(doc, undo)
    qtbot.addWidget(leftovers)
    leftovers.refresh()
    [button] = leftovers.buttons.values()
    assert as_shown(button.toolTip()).startswith(f"Delete the record of Tom & {BOLD}:")
    part = TeamPart("Blue table", doc, undo)
    qtbot.addWidget(part)
    part.show_spellings(["Blue table", "blue <b>table</b> & co"])
    assert part.spelled.textFormat() == PLAIN
    assert part.spelled.text() == ("Written on the tree as “Blue table” and "
                                   "“blue <b>table</b> & co”: one team.")


def test_reviews_summary_line_and_row_tips_show_words_as_typed(qtbot):
    from PySide6.QtWidgets import QTreeWidgetItem

    from wtfc.ui.boards.review_rows import _whole_in_tooltips, success_item
    from wtfc.ui.boards.review_split import FoldingLabel

    line = FoldingLabel()
    qtbot.addWidget(line)
    words = f"Compared with “<b>Bold</b> & Co's workshop” (spring.wtfc).\n{BOLD}"
    line.setText(words)
    assert line.textFormat() == PLAIN  # unfolded: the title as typed, its two lines kept
    line.fold(True)
    assert as_shown(line.toolTip()) == words  # folded: whole in its tip
    item = _whole_in_tooltips(QTreeWidgetItem([f"Tom & {BOLD}", "Working"]))
    assert [as_shown(item.toolTip(c)) for c in range(2)] == [f"Tom & {BOLD}", "Working"]
    said = success_item([(Perspective.OLDER_PEOPLE, BOLD)])
    assert said is not None and BOLD in as_shown(said.toolTip(0))


def test_the_why_trees_tips_show_the_cause_and_theme_as_typed(qtbot, doc, undo, causes_board):
    from wtfc.ui.boards.why_tree_layout import ROOT

    undo.push(edit_cause(doc, cause_id="d", text=f"Tom & Jerry: {BOLD}"))
    undo.push(rename_theme(doc, theme_id="package", name=f"Bed & {BOLD}"))
    causes_board.view.select("d")
    nodes = causes_board.scene.nodes
    assert as_shown(nodes["d"].toolTip()).startswith(f"Tom & Jerry: {BOLD}")
    assert as_shown(nodes[ROOT].toolTip()).startswith(f"Bed & {BOLD}: ")
