"""One theme, one card, one person, one vote: each said in the singular on the boards and the
projector ("1 themes · 1 chosen as priorities", "Priority 1 · 1 cards · 1 people",
"✓ 1 cards" were all on screen)."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Workshop
from wtfc.ui.boards import priorities_room
from wtfc.ui.boards.common import theme_choice_text, themes_chosen_text
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.why_tree_items import BOARD_STYLE, ThemeRootItem
from wtfc.ui.undo import UndoAdapter

THEME = Theme(id="t1", kind=Kind.WORKING, name="I like my lunch club", card_ids=["c1"],
              priority=Priority(chosen=True, rank=1, votes=1))
ONE = Workshop(title="Small", people=[Person(id="P1")], themes=[THEME],
               cards=[Card(id="c1", kind=Kind.WORKING, text="Lunch club", person="P1")])


def test_the_priorities_board_summary(qtbot):
    doc = Document(ONE)
    board = PrioritiesBoard(doc, UndoAdapter(doc))
    qtbot.addWidget(board)
    assert board.summary.text().startswith(
        "1 theme · 1 chosen as a priority · 1 vote recorded. ")
    more = [THEME, THEME.model_copy(update={"id": "t2", "priority": Priority(votes=2)})]
    assert themes_chosen_text(more) == "2 themes · 1 chosen as a priority"
    assert themes_chosen_text([]) == "0 themes · 0 chosen as priorities"


def test_the_priorities_room_view_heading(qtbot, monkeypatch):
    said: list[str] = []
    real = priorities_room.draw_heading
    monkeypatch.setattr(priorities_room, "draw_heading",
                        lambda p, area, title, under, *a, **k: said.append(under) or real(
                            p, area, title, under, *a, **k))
    view = PrioritiesRoomView(Document(ONE))
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    assert said == ["Small · 1 theme · 1 chosen as a priority"]


def test_the_why_tree_theme_and_the_theme_chooser(qapp):
    root = ThemeRootItem(THEME, ONE.cards, BOARD_STYLE)
    assert root.facts == "Priority 1 · 1 card from 1 person"
    uncoded = [ONE.cards[0].model_copy(update={"person": ""})]
    assert ThemeRootItem(THEME, uncoded, BOARD_STYLE).facts == \
        "Priority 1 · 1 card, no person recorded"
    assert theme_choice_text(THEME) == "Priority 1: I like my lunch club · ✓ 1 card"


def test_understand_and_identify_success_name_the_priority_in_words(qtbot):
    """Their Theme box said "#1 I like…" beside the why-tree's "Priority 1" and the Plan
    board's "Priority 1: …"."""
    from wtfc.ui.boards.causes import CausesBoard
    from wtfc.ui.boards.success import SuccessBoard

    doc = Document(ONE)
    undo = UndoAdapter(doc)
    for board in (CausesBoard(doc, undo), SuccessBoard(doc, undo)):
        qtbot.addWidget(board)
        assert board.selector.currentText() == "Priority 1: I like my lunch club · ✓ 1 card"
