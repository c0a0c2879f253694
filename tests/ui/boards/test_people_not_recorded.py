"""A card with no person code is counted as no one on the priorities board, the projector and
atop the why-tree, as on Collect and in the exports: each said "1 person" for such a card (and
"3 people" for three), where Collect said "1 card, no person recorded"."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Workshop
from wtfc.ui.boards import priorities_room
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.priorities_room import PrioritiesRoomView, people_figure, people_key
from wtfc.ui.boards.why_tree_items import (
    BOARD_STYLE,
    ROOM_STYLE,
    ThemeRootItem,
    _text_height,
    theme_cards,
)
from wtfc.ui.boards.why_tree_layout import ROOT, why_tree
from wtfc.ui.boards.why_tree_pages import PagedTreeScene, TreeMeasure, TreePage, page_graph
from wtfc.ui.boards.why_tree_view import WhyTreeScene
from wtfc.ui.undo import UndoAdapter

NW = Kind.NOT_WORKING


def _card(n: int, person: str = "") -> Card:
    return Card(id=f"c{n}", kind=NW, text=f"Carers are late {n}", person=person)


# "late": 5 cards, 3 from 2 people and 2 with no person; "nobody": 3 cards, none with a person;
# "coded": 2 cards from 2 people
CARDS = [_card(1, "P1"), _card(2, "P1"), _card(3, "P2"), _card(4), _card(5),
         _card(6), _card(7), _card(8), _card(9, "P3"), _card(10, "P4")]
THEMES = [
    Theme(id="late", kind=NW, name="Nobody tells me when they are late",
          card_ids=["c1", "c2", "c3", "c4", "c5"],
          priority=Priority(chosen=True, rank=1, votes=3)),
    Theme(id="nobody", kind=NW, name="I wait in all morning", card_ids=["c6", "c7", "c8"]),
    Theme(id="coded", kind=NW, name="I never see the same carer", card_ids=["c9", "c10"]),
]


def _doc() -> Document:
    return Document(Workshop(title="Spring", people=[Person(id=f"P{i}") for i in range(1, 5)],
                             cards=CARDS, themes=THEMES))


def _board(qtbot, doc: Document) -> PrioritiesBoard:
    board = PrioritiesBoard(doc, UndoAdapter(doc))
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    return board


def _people(board: PrioritiesBoard, theme_id: str, role=Qt.ItemDataRole.DisplayRole):
    return board.model.index(board.model.row_of(theme_id), Column.PEOPLE).data(role)


def test_the_board_says_no_person_recorded_and_never_counts_it(qtbot):
    board = _board(qtbot, _doc())
    assert _people(board, "coded") == "2"
    # marks, not words: "2, 2 not recorded" widened the column at 150% scaling until the
    # theme names wrapped a word a line; the tooltip, a screen reader and the key say them
    assert _people(board, "nobody") == "—"
    assert _people(board, "late") == "2*"
    assert board.summary.text().endswith(
        "People counts recorded people only: * some cards have no person recorded; — no card "
        "has a person recorded.")
    tip = _people(board, "nobody", Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("No person recorded on any of its 3 cards (added without a person "
                          "code, or imported from a sheet with no person column")
    assert _people(board, "late", Qt.ItemDataRole.AccessibleTextRole).startswith(
        "2 people; 2 cards of its 5 with no person recorded")
    assert _people(board, "coded", Qt.ItemDataRole.AccessibleTextRole) == \
        "2 people: I never see the same carer"  # with its theme, as the Votes cell is said
    # the other People tooltips still name the theme, as every other cell's does
    assert _people(board, "coded", Qt.ItemDataRole.ToolTipRole) == "I never see the same carer"


def test_sorting_by_people_counts_cards_with_no_person_as_no_one(qtbot):
    board = _board(qtbot, _doc())
    board.table.sortByColumn(Column.PEOPLE, Qt.SortOrder.AscendingOrder)
    order = [board.proxy.index(row, Column.THEME).data() for row in range(3)]
    assert order[0] == "I wait in all morning"  # 0 people recorded, not 3
    board.table.sortByColumn(Column.PEOPLE, Qt.SortOrder.DescendingOrder)
    assert {board.proxy.index(row, Column.PEOPLE).data() for row in range(2)} == {
        "2", "2*"}


def test_the_projector_marks_the_figures_and_says_what_the_marks_mean(qtbot, monkeypatch):
    assert [people_figure(2, 0), people_figure(2, 2), people_figure(0, 3),
            people_figure(0, 0)] == ["2", "2*", "—", "0"]
    assert people_key(["2", "0"]) == ""
    drawn: list[tuple[str, int, float]] = []
    real = priorities_room.draw_text

    def draw(p, rect: QRectF, text, px=30, *args, **kwargs):
        drawn.append((text, px, rect.left()))
        return real(p, rect, text, px, *args, **kwargs)

    monkeypatch.setattr(priorities_room, "draw_text", draw)
    view = PrioritiesRoomView(_doc())
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.grab()
    texts = {text: px for text, px, _ in drawn}
    people_x = dict(priorities_room.counts(view.canvas_width()))["People"] - 40
    assert [text for text, _, x in drawn if x == people_x] == ["People", "2*", "—", "2"]
    key = ("People counts recorded people only: * some cards have no person recorded; "
           "— no card has a person recorded.")
    assert texts[key] >= priorities_room.SMALL_PX  # as large as the rest of the small words


def test_the_why_tree_root_counts_as_collect_does_and_its_words_fit_the_box(qapp):
    doc = _doc()
    late, nobody = doc.theme("late"), doc.theme("nobody")
    root = ThemeRootItem(late, theme_cards(doc, late), BOARD_STYLE)
    assert root.facts == "Priority 1 · 5 cards from 2 people, 2 with no person recorded"
    assert ThemeRootItem(nobody, theme_cards(doc, nobody), BOARD_STYLE).facts == \
        "3 cards, no person recorded"
    for style in (BOARD_STYLE, ROOM_STYLE):  # the long line wraps inside the box, not past it
        box = ThemeRootItem(late, theme_cards(doc, late), style)
        inside = style.root_width - 2 * style.pad
        assert _text_height(box.facts, inside, style.small_px) > style.small_px * 1.4
        assert box.boundingRect().height() - 12 >= (
            box._name_h + _text_height(box.facts, inside, style.small_px) + 2 * style.pad)


def test_the_board_and_the_projector_pages_build_the_same_root(qapp):
    doc = _doc()
    scene = WhyTreeScene(BOARD_STYLE)
    scene.rebuild(doc, "late")
    paged = PagedTreeScene(ROOM_STYLE)
    paged.rebuild_page(doc, "late", page_graph(why_tree(doc, "late"), TreePage(ROOT, ())))
    assert scene.nodes[ROOT].facts == paged.nodes[ROOT].facts == \
        "Priority 1 · 5 cards from 2 people, 2 with no person recorded"
    # the room view measures the root it will draw (two lines of facts at 28 px)
    measure = TreeMeasure(doc, "late", (1920.0, 1080.0))
    alone = page_graph(why_tree(doc, "late"), TreePage(ROOT, ())).graph
    height = measure.sizes(alone, {}, ROOM_STYLE)[ROOT][1]
    assert height == ThemeRootItem(doc.theme("late"), theme_cards(doc, doc.theme("late")),
                                   ROOM_STYLE).boundingRect().height() - 12
