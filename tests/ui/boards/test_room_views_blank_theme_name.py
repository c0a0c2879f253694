"""A theme named only a zero-width space (or joiner, word joiner, byte-order mark), kept from
a file saved before one was refused, had a blank name on the room views the Theme wall's
did not cover: its row on Choose priorities' projector view, the fishbone's head, the
success view's heading, Plan's "<theme> · 5 actions" line, and a why-tree page's theme box
that carries on an earlier page or is one team's (a screen reader heard "Theme:  (…)").
Each names it as its poster and the report print it, "Unnamed theme"
(unnamed_themes.shown_theme_name), measured for those words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QPainter

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.unnamed_themes import UNNAMED_THEME
from wtfc.ui.boards.fishbone_room import FishboneRoomView
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.success_room import SuccessRoomView
from wtfc.ui.boards.team_room import TeamRootItem
from wtfc.ui.boards.why_tree_items import ROOM_STYLE
from wtfc.ui.boards.why_tree_room_continued import ContinuedRootItem, continued_size

BLANK = "\u200b"


@pytest.fixture(scope="module")
def workshop():
    """The demo, its first priority (t04: causes, success statements, actions) named only a
    zero-width space, as an older file loads it."""
    ws = load_workshop(demo_path()).workshop
    themes = [t.model_copy(update={"name": BLANK}) if t.id == "t04" else t for t in ws.themes]
    return ws.model_copy(update={"themes": themes})


@pytest.fixture
def doc(workshop):
    return Document(workshop.model_copy(deep=True))


@pytest.fixture
def drawn(monkeypatch) -> list[str]:
    """The words of every ``QPainter.drawText`` from here on (the room views draw so)."""
    words: list[str] = []
    real = QPainter.drawText

    def record(self, *args):
        words.extend(a for a in args if isinstance(a, str))
        return real(self, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    return words


def _drawn_at(qtbot, view, size, name: str) -> None:
    qtbot.addWidget(view)
    view.resize(*size)
    save_render(view, name)


def _said(drawn: list[str]) -> str:
    return "\n".join(drawn)


def test_the_priorities_room_view_names_it_in_its_row(qtbot, doc, drawn):
    _drawn_at(qtbot, PrioritiesRoomView(doc), (1280, 720), "priorities_room_blank_theme_name")
    assert UNNAMED_THEME in drawn
    assert BLANK not in _said(drawn)


def test_the_fishbone_room_view_names_it_on_its_head(qtbot, doc, drawn):
    view = FishboneRoomView(doc, doc.theme("t04"))
    _drawn_at(qtbot, view, (1280, 720), "fishbone_room_blank_theme_name")
    assert UNNAMED_THEME in drawn
    assert view.accessibleName() == f"Fishbone: {UNNAMED_THEME}"


def test_the_success_room_view_heads_it_unnamed_theme(qtbot, doc, drawn):
    view = SuccessRoomView(doc, doc.theme("t04"))
    _drawn_at(qtbot, view, (1280, 720), "success_room_blank_theme_name")
    assert UNNAMED_THEME in drawn
    assert view.accessibleName() == f"What would success look like: {UNNAMED_THEME}"


def test_the_plan_room_view_names_the_theme_before_its_facts(qtbot, doc, drawn):
    from wtfc.ui.boards.plan_room import PlanRoomView

    view = PlanRoomView(doc, today=lambda: dt.date(2026, 11, 30), theme_id="t04")
    _drawn_at(qtbot, view, (1920, 1080), "plan_room_blank_theme_name")
    assert any(words.startswith(f"{UNNAMED_THEME} · Team: Team A · 5 actions") for words in drawn)


def test_a_why_tree_pages_theme_box_names_it(qtbot, doc):
    theme = doc.theme("t04")
    named = theme.model_copy(update={"name": UNNAMED_THEME})
    team = TeamRootItem(theme, [], ROOM_STYLE, "Team A (Ann, Bo)")
    assert team.describe().startswith(f"Theme: {UNNAMED_THEME} (")
    assert team.toolTip().startswith(f"{UNNAMED_THEME}: ")
    later = ContinuedRootItem(theme, "Continued from page 1", ROOM_STYLE)
    assert later.describe() == f"Theme: {UNNAMED_THEME} (Continued from page 1)"
    # measured for the words it draws, as the pages are planned
    assert continued_size(theme, "Continued from page 1", ROOM_STYLE) == \
        continued_size(named, "Continued from page 1", ROOM_STYLE)
