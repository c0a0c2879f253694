"""The fishbone, success and plan room views say whose work they show (review 36 R2, finding
7): when Team C presented its fishbone or its success statements the projector named no team,
though the why-tree's room view says "Team: Team C" in its theme's box. They say it in the same
words, on every page of the fishbone (its head), on success's first page under the name, and
after the theme's name on the plan; a theme whose why-tree names no team says none."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.boards.board_workshops import demo_priority
from wtfc.model.operations.causes import assign_team
from wtfc.ui.boards.fishbone_room import FishboneRoomView
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.success_room import SuccessRoomView

VIEWS = {
    "fishbone": lambda doc, theme: FishboneRoomView(doc, theme),
    "success": lambda doc, theme: SuccessRoomView(doc, theme),
    "plan": lambda doc, theme: PlanRoomView(doc, theme_id=theme.id,
                                            today=lambda: dt.date(2026, 12, 1)),
}


def _pages(qtbot, view, size: tuple[int, int]) -> list[list[tuple[float, str, bool]]]:
    """Each page's texts as drawn: (real px, words, cut short)."""
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    drawn = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        drawn.append(list(view.drawn_text))
    return drawn


def _saying(texts: list[tuple[float, str, bool]], words: str) -> list[tuple[float, str, bool]]:
    return [text for text in texts if words in text[1]]


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
@pytest.mark.parametrize("name", list(VIEWS))
def test_the_room_view_names_the_team_whose_work_it_shows(qtbot, name, size):
    doc, third = demo_priority(3)
    pages = _pages(qtbot, VIEWS[name](doc, doc.theme(third)), size)
    said = _saying(pages[0], "Team: Team C")
    assert said, [words for _, words, _ in pages[0]]
    assert not any(cut for _, _, cut in said)  # whole, at the room's size
    if name == "fishbone":  # the head, with the theme's name, is on every page
        assert all(_saying(texts, "Team: Team C") for texts in pages)


@pytest.mark.parametrize("name", list(VIEWS))
def test_two_teams_are_both_named_and_no_team_is_none(qtbot, name):
    doc, third = demo_priority(3)
    tree = [c.id for c in doc.workshop.causes if c.theme_id == third]
    assign_team(doc, cause_ids=tree[:1], team="Team G").do(doc)
    pages = _pages(qtbot, VIEWS[name](doc, doc.theme(third)), (1920, 1080))
    assert _saying(pages[0], "Teams: Team G and Team C")
    assign_team(doc, cause_ids=tree, team="").do(doc)
    pages = _pages(qtbot, VIEWS[name](doc, doc.theme(third)), (1920, 1080))
    assert not any(_saying(texts, "Team:") or _saying(texts, "Teams:") for texts in pages)
