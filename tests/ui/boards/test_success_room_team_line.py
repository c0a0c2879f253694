"""Identify success's room view with a team named (review 36 W1 M3, A2 minor): at 1024x768
"Priority 2 · What would success look like? · Team: Team B" ran long enough that the kind's
badge fell back to "✗" alone, no word (never a symbol alone); and a 74-letter team name wrapped
the heading onto more lines, so the view took a page more at 800x600 (3 pages, then 4). The
team goes on a line of its own before the badge gives up its word, cut short with "…" where it
would wrap."""

from __future__ import annotations

import pytest

from tests.ui.boards.board_workshops import demo_priority
from tests.ui.renders import save_render
from wtfc.model.operations.causes import assign_team
from wtfc.model.operations.themes import rename_theme
from wtfc.ui.boards.success_room import SuccessRoomView

LONG = ("The tea and biscuits table by the big bay window in the Wesley Hall lounge, "
        "left side")[:74]


def _view(qtbot, rank: int, team: str, size: tuple[int, int]) -> SuccessRoomView:
    doc, theme_id = demo_priority(rank)
    tree = [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    assign_team(doc, cause_ids=tree, team=team).do(doc)
    view = SuccessRoomView(doc, doc.theme(theme_id))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _drawn(view) -> list[str]:
    view.show_page(0)
    view.grab()
    return [words for _px, words, _cut in view.drawn_text]


@pytest.mark.parametrize("size", [(1024, 768), (800, 600), (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("rank", [1, 2, 3])
def test_with_a_team_named_the_kind_badge_keeps_its_word(qtbot, rank, size):
    view = _view(qtbot, rank, "Team B", size)
    drawn = _drawn(view)
    save_render(view, f"success_room_team_badge_{rank}_{size[0]}")
    assert any(w.endswith("Not working") for w in drawn), drawn
    assert any("Team: Team B" in w for w in drawn), drawn  # and the team still said


def test_a_long_team_name_is_cut_short_and_costs_no_page(qtbot):
    short = _view(qtbot, 3, "Team C", (800, 600))
    long = _view(qtbot, 3, LONG, (800, 600))
    drawn = _drawn(long)
    save_render(long, "success_room_long_team_800")
    assert long.page_count() == short.page_count()
    said = [w for w in drawn if "Team: " in w]
    assert said and said[0].split("Team: ")[1].strip("\u2068").startswith("The tea and biscuits")
    assert "…" in said[0]  # said to be cut
    assert any(w.endswith("Not working") for w in drawn), drawn


def test_a_short_name_leaves_the_badge_room_beside_it_and_the_team_its_line(qtbot):
    """The walk's "Nobody listens to me" at 1024x768: the badge, whole, goes beside the name's
    line; the subtitle keeps the team after the question, costing no line."""
    doc, theme_id = demo_priority(2)
    rename_theme(doc, theme_id=theme_id, name="Nobody listens to me").do(doc)
    tree = [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    assign_team(doc, cause_ids=tree, team="Team B").do(doc)
    view = SuccessRoomView(doc, doc.theme(theme_id))
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    drawn = _drawn(view)
    save_render(view, "success_room_team_badge_by_name_1024")
    assert "Priority 2 · What would success look like? · Team: Team B" in drawn
    assert any(w.endswith("Not working") for w in drawn), drawn
