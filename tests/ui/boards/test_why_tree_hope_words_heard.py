"""A hope's why-tree is heard asking its own question, not only shown it (session 35, 40898e7a;
mutation check M1): a screen reader names the button "What is in the way?", its tooltip says
"Add an answer under the chosen box", and the tree is described with W's question for a hope,
where the words shown changed but what was heard still said "Why?"."""

from __future__ import annotations

from tests.ui.boards.board_workshops import sample_workshop
from wtfc.model.document import Document
from wtfc.model.workshop import Priority


def _doc() -> Document:
    ws = sample_workshop()  # "home" is a hope, made a priority
    themes = [t.model_copy(update={"priority": Priority(chosen=True, rank=3)})
              if t.id == "home" else t for t in ws.themes]
    return Document(ws.model_copy(update={"themes": themes}))


def test_a_hopes_tree_is_heard_asking_what_is_in_the_way(show):
    from wtfc.ui.boards.causes import CausesBoard
    from wtfc.ui.undo import UndoAdapter

    doc = _doc()
    board = show(CausesBoard(doc, UndoAdapter(doc)), 1400, 800)
    board.selector.select_theme("package")  # a problem's words as they always were
    assert board.why_button.accessibleName() == "Why?"
    board.selector.select_theme("home")
    assert board.why_button.accessibleName() == "What is in the way?"
    assert board.why_button.toolTip() == "Add an answer under the chosen box"
    board.view.selection_moved.emit("")  # nothing chosen (a click on the empty room):
    # the tree is described with what W asks
    assert board.view.accessibleDescription() == \
        "Choose a box, then press W to ask “what is in the way?”"
