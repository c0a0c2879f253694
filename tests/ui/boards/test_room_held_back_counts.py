"""A card held back by the personal-detail guard is never shown to the room, yet the facilitator's
boards count it. Where the projector shows a count that includes such cards it says how many it
does not show: the room's theme view said "2 cards" for a theme its priorities view and why-tree
called "5 cards" with no word why."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from tests.ui.boards.board_workshops import LONELY, held_back_demo
from wtfc.model.document import Document
from wtfc.ui.boards import priorities_layout, priorities_room
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.why_tree_items import BOARD_STYLE, ROOM_STYLE
from wtfc.ui.boards.why_tree_layout import ROOT, why_tree
from wtfc.ui.boards.why_tree_pages import PagedTreeScene, TreePage, page_graph
from wtfc.ui.boards.why_tree_view import WhyTreeScene


def _theme_id(doc: Document) -> str:
    return next(t.id for t in doc.workshop.themes if t.name == LONELY)


def test_the_why_tree_root_tells_the_room_how_many_of_its_cards_are_not_shown(qapp):
    doc = held_back_demo()
    theme_id = _theme_id(doc)
    board = WhyTreeScene(BOARD_STYLE)
    board.rebuild(doc, theme_id)
    room = PagedTreeScene(ROOM_STYLE)
    room.rebuild_page(doc, theme_id, page_graph(why_tree(doc, theme_id), TreePage(ROOT, ())))
    # the facilitator's board counts every card, as the Choose priorities board does
    assert board.nodes[ROOT].facts == "Priority 3 · 5 cards from 4 people"
    assert room.nodes[ROOT].facts == "Priority 3 · 5 cards (3 not shown) from 4 people"
    one = held_back_demo(1)
    scene = PagedTreeScene(ROOM_STYLE)
    scene.rebuild_page(one, theme_id, page_graph(why_tree(one, theme_id), TreePage(ROOT, ())))
    assert scene.nodes[ROOT].facts == "Priority 3 · 5 cards (1 not shown) from 4 people"


def test_the_priorities_room_view_says_how_many_cards_it_does_not_show(qtbot, monkeypatch):
    drawn: list[tuple[str, int, QRectF]] = []
    real = priorities_room.draw_text

    def draw(p, rect: QRectF, text, px=30, *args, **kwargs):
        drawn.append((text, px, QRectF(rect)))
        return real(p, rect, text, px, *args, **kwargs)

    monkeypatch.setattr(priorities_room, "draw_text", draw)
    view = PrioritiesRoomView(held_back_demo())
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    texts = [text for text, _, _ in drawn]
    assert texts.count("3 not shown") == 1  # on the lonely theme's row only
    note = next((px, rect) for text, px, rect in drawn if text == "3 not shown")
    name = next(rect for text, _, rect in drawn if text == LONELY)
    cards_x = dict(priorities_layout.COUNTS)["Cards"]
    assert note[0] >= 24
    # under that theme's Cards figure, inside its row
    assert note[1].right() == cards_x + 130 and name.top() < note[1].top() < name.top() + 80
    # its figures still count every card and person, as the facilitator's board does
    figures = [text for text, _, rect in drawn if rect.top() == name.top() - 2]
    assert figures == ["5", "4", "9"]
