"""Review on the board and in the room where people say nothing of a change, and for a theme
renamed while a part of it was split off.

With last time's sheet imported without a person column, the room read "▲ More people said
this 0 → 7" on every theme and "▼ Said less often 0 → 4" (the cards went 7 → 5); a theme of
last time's not placed yet read "25% → 0%"; a renamed theme with a part split off read
"50% → 19%" with the rest of its people two rows down."""

from __future__ import annotations

import datetime as dt

from tests.ui.renders import save_render, saved_pages
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Theme
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.review_room_rows import CARDS_HEADING
from wtfc.ui.undo import UndoAdapter

TODAY = dt.date(2026, 11, 29)
LONELY = "I feel lonely and cut off"
ACCESSIBLE = 0x000B  # Qt.ItemDataRole.AccessibleTextRole


def _room(qtbot, previous, current, size) -> ReviewRoomView:
    view = ReviewRoomView(Document(current), Document(previous), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _words_by_page(view, name: str) -> list[list[str]]:
    return [[w for _px, w, _cut in view.drawn_text] for _page in saved_pages(view, name)]


def test_no_person_recorded_last_time_board_and_room_say_the_cards(qtbot, tmp_path):
    spring = load_workshop(demo_previous_path()).workshop
    for card in spring.cards:  # imported from a sheet with no person column
        card.person = ""
    save_workshop(spring, tmp_path / "spring.wtfc")
    autumn = load_workshop(demo_path()).workshop
    board = ReviewBoard(Document(autumn), UndoAdapter(Document(autumn)), today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    assert board.load_previous(tmp_path / "spring.wtfc")
    assert "so each theme is judged by how many cards said it" in board.summary.text()
    tree = board.themes
    rows = {tree.topLevelItem(r).text(2): tree.topLevelItem(r)
            for r in range(tree.topLevelItemCount())}
    lonely = next(item for name, item in rows.items() if name.endswith(LONELY))
    assert [lonely.text(c) for c in (0, 3, 4)] == ["▼ Said less often", "7 → 5", "— → 4"]
    assert lonely.data(4, ACCESSIBLE) == "no person recorded then, 4 now"
    assert not [i for i in rows.values() if "people" in i.text(0)]
    save_render(board, "review_by_cards_board")

    view = _room(qtbot, spring, autumn, (1920, 1080))
    pages = _words_by_page(view, "review_by_cards_room")
    words = [w for page in pages for w in page]
    assert CARDS_HEADING in pages[0]  # over the counts: they are cards, not people
    assert "▼ Said less often" in words and "7 → 5 cards" in words  # beside, not twice
    assert "3 cards → —" in words  # not in this time's themes yet: no "now" count
    assert not [w for w in words if w.startswith(("▲ More people", "▼ Fewer people"))]
    # a count of people nobody recorded last time ("0 → 7") is never drawn; a new theme's
    # cards are ("0 → 4 cards")
    assert not [w for w in words if w.startswith("0 → ") and not w.endswith(" cards")]


def test_the_room_puts_a_split_off_part_under_its_renamed_theme_and_counts_them_together(
        qtbot):
    spring = load_workshop(demo_previous_path()).workshop
    autumn = load_workshop(demo_path()).workshop
    lonely = next(t for t in autumn.themes if t.name == LONELY)
    cards = list(lonely.card_ids)
    lonely.name, lonely.card_ids = "Nobody drops in any more", cards[len(cards) // 2:]
    autumn.themes.append(Theme(kind=lonely.kind, name="Weekends are the longest",
                               card_ids=cards[:len(cards) // 2]))
    view = _room(qtbot, spring, autumn, (1366, 768))
    named = [[t.name for t in view.page_themes(p)] for p in range(view.page_count())]
    page = next(p for p, names in enumerate(named) if "Nobody drops in any more" in names)
    at = named[page].index("Nobody drops in any more")
    assert named[page][at + 1] == "Weekends are the longest"  # on the same page, right under
    words = _words_by_page(view, "review_split_renamed_room")[page]
    assert "50% → 25%" in words  # its people with its part's: not "50% → 19%"
    assert any("counted with “Weekends are the longest”, split off it" in w for w in words)
    assert "25% → —" in _words_by_page(view, "review_split_renamed_room")[
        next(p for p, names in enumerate(named) if "I can't get to the shops" in names)]
