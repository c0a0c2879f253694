"""The why-tree's "Why? (…)" question and Choose priorities' "Why '…' was chosen:" show a
cause's or theme's words as typed (code review A3 F1, F2, F6). Both labels have a buddy, so an
"&" in the words was taken as the label's key: "Health & social care" read "Health _social
care" with Alt+Space taken from the window, and "I get <b>no</b> help" showed a bold "no";
the room view's team page showed the theme's tooltip as HTML too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui.renders import save_render
from tests.ui.settled import settle
from tests.ui.shown_words import as_shown
from wtfc.model.operations.causes import edit_cause
from wtfc.model.operations.themes import rename_theme

WORDS = "Health & social care: I get <b>no</b> help"
PLAIN = Qt.TextFormat.PlainText




def test_the_why_prompt_quotes_the_cause_as_typed_with_no_alt_key(qtbot, doc, undo,
                                                                   causes_board):
    undo.push(edit_cause(doc, cause_id="d", text=WORDS))
    causes_board.view.select("d")
    causes_board.start_why()
    line = causes_board.line
    prompt = line.prompt
    settle()
    save_render(line, "why_prompt_as_typed")
    assert prompt.textFormat() == PLAIN
    assert prompt.text() == f"Why? ('{WORDS.replace('&', '&&')}')"  # "&&" shows one "&"
    assert QKeySequence.mnemonic(prompt.text()).isEmpty()  # Alt+Space stays the window's
    assert line.editor.accessibleName() == f"Why? ('{WORDS}')"  # read out with its "&"
    # the reason typed under it is one step: do, undo, redo
    before = len(doc.workshop.causes)
    line.editor.setText("Carers & <i>nurses</i> change every week")
    line.send()
    added = [c for c in doc.workshop.causes if c.text.startswith("Carers & <i>")]
    assert len(doc.workshop.causes) == before + 1 and added
    assert prompt.text() == "Choose a box, then press W to ask “why?”"  # closed again
    undo.stack.undo()
    assert len(doc.workshop.causes) == before
    undo.stack.redo()
    assert [c.text for c in doc.workshop.causes if c.id == added[0].id] == [added[0].text]


def test_the_reason_label_names_the_theme_as_typed_and_keeps_alt_w(qtbot, doc, undo, show):
    from wtfc.ui.boards.priorities import PrioritiesBoard

    board = show(PrioritiesBoard(doc, undo), 1366, 700)
    theme = doc.workshop.themes[0]
    undo.push(rename_theme(doc, theme_id=theme.id, name="Tom & <b>Jerry</b>"))
    board.select_theme(theme.id)
    label = board.reason_label
    settle()
    save_render(board, "priorities_reason_as_typed")
    assert label.textFormat() == PLAIN
    assert "'Tom && <b>Jerry</b>'" in label.text()
    assert QKeySequence.mnemonic(label.text()) == QKeySequence("Alt+W")  # its own key kept
    assert "'Tom & <b>Jerry</b>'" in board.reason.accessibleName()  # was "Tom  Jerry"
    # a reason recorded there: do, undo, redo
    before = theme.priority.reason
    board.reason.setText("R&D asked for it")
    board.reason.returnPressed.emit()
    assert doc.theme(theme.id).priority.reason == "R&D asked for it"
    undo.stack.undo()
    assert doc.theme(theme.id).priority.reason == before
    undo.stack.redo()
    assert doc.theme(theme.id).priority.reason == "R&D asked for it"


def test_the_team_pages_theme_box_tip_shows_the_name_as_typed(qtbot, doc):
    from wtfc.ui.boards.team_room import TeamRootItem
    from wtfc.ui.boards.why_tree_items import ROOM_STYLE

    theme = doc.workshop.themes[0].model_copy(update={"name": "I get <b>no</b> help"})
    item = TeamRootItem(theme, [], ROOM_STYLE, "Team: Blue & Green")
    assert as_shown(item.toolTip()) == f"I get <b>no</b> help: {item.facts}. Team: Blue & Green"
