"""The Plan and Review room views in pages: every action and changed theme reaches the room on
some page, turned with the room wall's keys, "Page 2 of 3" in the corner; priorities first on
Review; the people counts are the board's."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from wtfc.model.compare import Change
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Action, Role
from wtfc.ui.boards import plan_room, plan_room_card, plan_room_lane, review_room, room_paint
from wtfc.ui.boards.plan_room import PlanRoomView, pack_rows
from wtfc.ui.boards.review import THEME_COLUMNS, ReviewBoard, theme_text
from wtfc.ui.boards.review_reflection_room import TITLE as LOOKING_BACK
from wtfc.ui.boards.review_room import PEOPLE_HEADING, SHARE_HEADING, ReviewRoomView
from wtfc.ui.undo import UndoAdapter

TODAY = dt.date(2026, 11, 28)
SIZES = [(1366, 768), (1920, 1080)]


@pytest.fixture
def drawn(monkeypatch):
    """(text, px) of every piece of text the room views draw, in order."""
    texts: list[tuple[str, int]] = []
    real = room_paint.draw_text

    def record(p, rect, text, px=room_paint.BODY_PX, *args, **kwargs):
        texts.append((text, px))
        return real(p, rect, text, px, *args, **kwargs)

    for module in (room_paint, plan_room_card, plan_room_lane, review_room):
        monkeypatch.setattr(module, "draw_text", record)
    return texts


def _demo() -> Document:
    return Document(load_workshop(demo_path()).workshop)


def _previous() -> Document:
    return Document(load_workshop(demo_previous_path()).workshop)


def _twenty_in_a_lane() -> Document:
    """The reviewer's case: twenty actions for Providers under one theme, one for
    Commissioners."""
    ws = load_workshop(demo_path()).workshop
    actions = [Action(id=f"a{i}", theme_id="t04", role=Role.PROVIDERS,
                      what=f"Action {i + 1}: run a trial of a booking line for community "
                           f"transport so people can book a lift the day before")
               for i in range(20)]
    actions.append(Action(id="fund", theme_id="t04", role=Role.COMMISSIONERS, what="Fund it"))
    return Document(ws.model_copy(update={"actions": actions}))


def _show(qtbot, view, size=(1920, 1080)):
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _pages(view, drawn) -> list[list[tuple[str, int]]]:
    """What each page draws, page by page, its page label first (or "" with none)."""
    pages = []
    for page in range(view.page_count()):
        view.show_page(page)
        drawn.clear()
        view.grab()
        label = view.page_label.text() if view.page_label.isVisible() else ""
        pages.append([(label, 0), *drawn])
        assert min(px for px, _, _ in view.drawn_text) >= 24 - 0.05  # real px, on the screen
    return pages


# -- the plan ------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
def test_every_action_of_a_twenty_action_lane_is_on_one_page(qtbot, drawn, size):
    doc = _twenty_in_a_lane()
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), size)
    assert view.page_count() > 1
    seen = [a.id for page in range(view.page_count()) for a in view.page_actions(page)]
    assert sorted(seen) == sorted(a.id for a in doc.workshop.actions)  # each once
    pages = _pages(view, drawn)
    for page, (label, *texts) in enumerate(pages):
        assert label == (f"Page {page + 1} of {view.page_count()}", 0)
        words = [t for t, _ in texts]
        assert not [t for t in words if t.startswith("… and")], words  # nothing left out
        assert all(px >= room_paint.SMALL_PX for _, px in texts)  # the readable floor
    assert [t for t, _ in pages[0] if t.endswith(" of 20")] == [  # a long lane says which
        f"1–{len([a for a in view.page_actions(0) if a.role == Role.PROVIDERS])} of 20"]


@pytest.mark.parametrize("size", SIZES)
def test_the_demo_plan_shows_every_action_s_words_whole_in_its_lane_s_order(qtbot, size):
    """Rows as tall as their actions' words need: three pages at 1920x1080; on 1366x768 (where
    the canvas stops shrinking at type of 24 px) a row of two a page, the providers' four
    over two pages in order."""
    doc = _demo()
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), size)
    assert view.page_count() == (3 if size == (1920, 1080) else 7)
    providers = [a.id for a in doc.workshop.actions if a.role == Role.PROVIDERS]
    shown = [[a.id for a in view.page_actions(page) if a.role == Role.PROVIDERS]
             for page in range(view.page_count())]
    assert [ids for ids in shown if ids] == (
        [providers] if size == (1920, 1080) else [providers[:2], providers[2:]])
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        assert not [w for _px, w, cut in view.drawn_text if cut and w.endswith(".")]


def test_a_plan_that_fits_has_one_page_and_no_page_label(qtbot, doc):
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY))
    assert view.page_count() == 1 and not view.page_label.isVisible()
    assert view.page_actions(0) == view.shown_actions()


def test_lanes_are_split_only_when_longer_than_a_page_and_rows_keep_their_own_heights():
    row = plan_room.MIN_ROW
    room = 5 * (row + plan_room.LANE_GAP)
    assert pack_rows([[row] * 3, [row] * 3], room) == [[(0, 0, 3)], [(1, 0, 3)]]  # whole next
    assert pack_rows([[row], [row] * 12], room) == [[(0, 0, 1), (1, 0, 4)], [(1, 4, 5)],
                                                    [(1, 9, 3)]]
    # short rows leave room for more: a tall row and three short share a page
    assert pack_rows([[2 * row], [row / 2] * 3], room) == [[(0, 0, 1), (1, 0, 3)]]
    assert pack_rows([[2 * room], [row]], room) == [[(0, 0, 1)], [(1, 0, 1)]]  # alone


def test_an_edit_keeps_the_plan_page_or_the_last_if_it_went(qtbot):
    from wtfc.model.operations.actions import delete_action

    doc = _twenty_in_a_lane()
    view = _show(qtbot, PlanRoomView(doc, today=lambda: TODAY), (1366, 768))
    view.show_page(1)
    for i in range(1, 20):
        delete_action(doc, action_id=f"a{i}").do(doc)
    assert view.page_count() == 1 and view.page == 0
    assert not view.page_label.isVisible()


# -- the review ----------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES)
def test_every_changed_theme_and_action_reaches_the_room_in_the_board_s_order(qtbot, drawn, size):
    doc = _demo()
    view = _show(qtbot, ReviewRoomView(doc, _previous(), today=lambda: TODAY), size)
    result = view.comparison()
    assert view.page_count() > 1
    themes = [t for page in range(view.page_count()) for t in view.page_themes(page)]
    changed = [t for t in result.themes if t.change is not Change.SAME]
    assert sorted(t.name for t in themes) == sorted(t.name for t in changed)
    assert len(themes) == len({t.name for t in themes})  # each once
    actions = [a for page in range(view.page_count()) for a in view.page_actions(page)]
    assert actions == result.actions
    # the board's order: last time's priorities first, by their rank then (what the work
    # was on); the room listed this time's first, so "the second one down" was two themes
    assert [t.name for t in themes] == [t.name for t in result.themes if t in themes]
    was = [t for t in themes if t.was_priority]
    assert themes[:len(was)] == sorted(was, key=lambda t: t.previous_rank)
    assert [t.name for t in themes[:3]] == [
        "I am not treated with respect or as an individual by my paid carers",
        "I can't get to the shops", "I am not sure who is coming or when"]
    pages = [texts[1:] for texts in _pages(view, drawn)]
    # read in page order, from the first page with themes (last time's yardsticks and success
    # statements may take page 1, or the rest of it, to themselves): the priorities first
    start = min(page for page in range(view.page_count()) if view.page_themes(page))
    read = [t for texts in pages[start:] for t, _ in texts]
    one = read.index("Priority 1 · was priority 1 · ✗ I am not treated with respect or as an "
                     "individual by my paid carers")
    assert one < read.index("Was priority 2 · ✗ I can't get to the shops")
    assert not any(text.startswith(("✚", "Priority 4")) for text in read[:one])
    for texts in pages:
        assert not [t for t, _ in texts if t.startswith("… and")]
        assert all(px >= room_paint.SMALL_PX for _, px in texts)
    last = max(page for page in range(view.page_count()) if view.page_themes(page))
    assert "= 3 themes about the same" in [t for t, _ in pages[last]]  # under the last theme


def test_the_room_says_the_people_counts_the_board_says(qtbot, drawn):
    """"More people said this 3 → 7" was the cards; the board's People column says 3 → 6.
    With 12 people's reviews last time and 16 this time, the board says "3 of 12 → 6 of 16"
    over the shares the change is judged on, "25% → 38%", and the room those shares, under
    "Share of people then → now"."""
    doc = _demo()
    board = ReviewBoard(doc, UndoAdapter(doc), today=lambda: TODAY)
    qtbot.addWidget(board)
    assert board.load_previous(demo_previous_path())
    column = [c.replace("\n", " ") for c in THEME_COLUMNS].index(PEOPLE_HEADING)
    rows = [board.themes.topLevelItem(r) for r in range(board.themes.topLevelItemCount())]
    # The board's Theme column reads "Priority 1 · was priority 2 · …" for the priorities.
    on_board = {re.sub(r"^(Priority \d+ · )?([Ww]as priority \d+ · )?", "", row.text(2)):
                row.text(column)
                for row in rows}
    view = _show(qtbot, ReviewRoomView(doc, _previous(), today=lambda: TODAY))
    said = {}
    for texts in _pages(view, drawn):
        if texts[1][0] == LOOKING_BACK:  # the demo's reflection, after the comparison
            continue
        words = [t for t, _ in texts[1:]]
        assert SHARE_HEADING in words  # the numbers are labelled, in the board's words
        for i, text in enumerate(words):
            said.update({name: words[i - 1] for name in on_board if text.endswith(name)})
    shown = {theme_text(t) for page in range(view.page_count()) for t in view.page_themes(page)}
    assert shown and shown <= set(said)
    assert {name: said[name] for name in shown} == {
        name: on_board[name].splitlines()[-1] for name in shown}
    assert said["I am not sure who is coming or when"] == "25% → 38%"
    assert on_board["I am not sure who is coming or when"] == "3 of 12 → 6 of 16\n25% → 38%"


def test_the_board_names_the_priorities_as_the_room_does(qtbot):
    """The board's Theme cell read "Was priority 3 · I am not sure who is coming or when" and
    "I feel lonely…" with no rank, where the room said "Priority 2 · was priority 3 · ✗ …"
    and "Priority 3 · ✗ I feel lonely…": the same theme is now named alike in both."""
    doc = _demo()
    board = ReviewBoard(doc, UndoAdapter(doc), today=lambda: TODAY)
    qtbot.addWidget(board)
    assert board.load_previous(demo_previous_path())
    result = board.comparison()
    ranks = review_room.priority_ranks(doc)
    on_board = [board.themes.topLevelItem(r).text(2)
                for r in range(board.themes.topLevelItemCount())]
    in_room = [review_room.name_text(t, ranks.get(t.current_id)).replace(
        f"{t.kind.symbol} ", "", 1) for t in result.themes]
    assert on_board == in_room
    assert any(name.startswith("Priority 2 · was priority 3 · ") for name in on_board)
    assert any(name.startswith("Priority 3 · I feel lonely") for name in on_board)
