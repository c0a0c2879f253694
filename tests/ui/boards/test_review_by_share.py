"""Review six months on, as the board and the room show it: 16 people's reviews last time, 31
this time, a priority split, a wall half sorted, and last time's 13 actions.

The board and the room said "▲ More people said this 6 → 9" for a theme whose share of the
people reviewed fell 38% → 29%, never said how many were reviewed either time, showed the
split priority "7 → 0" on page 1 with its 14 people pages later, called themes "gone" while 40
cards were unsorted, and spread 13 actions over 8 pages of one or two, with no tally."""

from __future__ import annotations

import datetime as dt

from tests.model.reviewed_workshops import spring_and_autumn
from tests.ui.renders import save_render
from wtfc.model.compare import Change
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_room import SHARE_HEADING, ReviewRoomView
from wtfc.ui.undo import UndoAdapter

TODAY = dt.date(2026, 11, 29)


def _rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]


def test_the_board_says_the_people_reviewed_and_judges_by_their_share(qtbot, tmp_path):
    spring, autumn = spring_and_autumn()
    save_workshop(spring, tmp_path / "spring.wtfc")
    doc = Document(autumn)
    board = ReviewBoard(doc, UndoAdapter(doc), today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    assert board.load_previous(tmp_path / "spring.wtfc")
    summary = board.summary.text()
    assert ("16 people's reviews last time, 31 this time, so each theme is judged by the share "
            "of them who said it.") in summary
    assert "1 not in this time's themes yet (10 cards are not yet in a theme)" in summary
    assert "gone" not in summary
    rows = _rows(board.themes)
    family = next(r for r in rows if r[2] == "Family look in")
    assert (family[0], family[4]) == ("▼ A smaller share of people said this",
                                      "6 of 16 → 9 of 31\n38% → 29%")
    # last time's priority 1, split into one theme alone: carried on under a new name, one
    # row with its 14 people now (not "↗ Split" twice, "7 → 14" above "0 → 14")
    assert rows[0][0] == "= About the same share of people"
    assert rows[0][4].startswith("7 of 16 → 14 of 31")
    assert rows[0][2] == ("Was priority 1 · Too many different carers  "
                          "(was “Not treated with respect”)")
    assert rows[0][5] == "Most of its cards' words were last time's"
    assert not [r for r in rows if "Split" in r[0]]
    day = next(r for r in rows if r[2] == "Day centre")
    assert day[0] == "○ Not in this time's themes yet"
    save_render(board, "review_by_share_board")


def _room(qtbot, previous, current, size=(1024, 768)) -> ReviewRoomView:
    view = ReviewRoomView(Document(current), Document(previous), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _texts(view, page: int) -> list[tuple[float, str, bool]]:
    view.show_page(page)
    view.grab()
    return list(view.drawn_text)


def test_the_room_s_first_page_says_who_was_reviewed_and_how_the_actions_went(qtbot):
    spring, autumn = spring_and_autumn()
    demo = load_workshop(demo_path()).workshop  # spring with the demo's 13 actions
    spring = spring.model_copy(update={
        "actions": [a.model_copy(update={"theme_id": spring.themes[0].id})
                    for a in demo.actions]})
    view = _room(qtbot, spring, autumn)
    first = [words for _px, words, _cut in _texts(view, 0)]
    facts = next(w for w in first if w.startswith("16 people's reviews"))
    assert facts.splitlines()[0] == ("16 people's reviews last time, 31 this time, so each "
                                     "theme is judged by the share of them who said it.")
    tally = facts.splitlines()[1]
    assert tally.startswith("Last time's 13 actions: ") and "done" in tally
    assert SHARE_HEADING in first
    assert "44% → 45%" in first  # the priority, carried on under a new name: its people now
    assert [t.name for t in view.page_themes(0)][:1] == ["Too many different carers"]
    assert not [t for p in range(view.page_count()) for t in view.page_themes(p)
                if t.change is Change.SPLIT]  # one row, not two splits
    save_render(view, "review_by_share_room_p1")
    page = next(p for p in range(view.page_count())
                if any(t.name == "Family look in" for t in view.page_themes(p)))
    assert "38% → 29%" in [w for _px, w, _c in _texts(view, page)]


def test_last_times_actions_fill_their_pages_whole_at_1024x768(qtbot):
    """13 actions of up to a dozen lines took 8 pages, three of them one action ending halfway
    down; headed "Last time's actions" alone, two share a page, and no words are cut."""
    spring, autumn = spring_and_autumn()
    demo = load_workshop(demo_path()).workshop
    spring = spring.model_copy(update={
        "actions": [a.model_copy(update={"theme_id": spring.themes[0].id})
                    for a in demo.actions]})
    view = _room(qtbot, spring, autumn)
    first = view._layout.first_action_page
    pages = [view.page_actions(p) for p in range(first, view.page_count())]
    pages = [actions for actions in pages if actions]
    assert sum(len(actions) for actions in pages) == len(demo.actions)
    assert len(pages) <= 6 and all(len(actions) >= 2 for actions in pages)
    for page in range(first, first + len(pages)):
        texts = _texts(view, page)
        assert texts[0][1] == "Last time's actions"  # the page's one heading
        assert not [w for _px, w, cut in texts if cut]
        assert min(px for px, _w, _c in texts) >= 24 - 0.05  # the room's floor, real px
        save_render(view, f"review_by_share_actions_p{page + 1}")
