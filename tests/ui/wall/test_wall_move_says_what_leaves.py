"""Before M moves chosen cards, the picker says how many sit in a theme now and will leave it;
cards of two kinds are refused up front with their counts (review 37 R1 F2, F3).

The picker said only "Move 30 cards to theme" while 21 of them were in "I don't know who is
coming…"; with 9 ✗ and 21 ★ cards chosen, M listed one kind's themes and refused after the
choice, N asked for a name first, and Alt+1 did nothing anyone could see.
"""

from __future__ import annotations

import pytest
from county_corner import STAFF, county_wall

from wtfc.ui.wall.theme_picker import ThemeChoice


@pytest.fixture
def wall(show):
    return county_wall(show)


def _choose(panel, *keys):
    view = panel.view
    view.focus_card(panel.scene.cards[keys[0]])
    for key in keys[1:]:
        view.focus_card(panel.scene.cards[key], extend=True)


def test_the_picker_says_how_many_leave_their_theme(wall, monkeypatch):
    _choose(wall, ("n0", None), ("n1", None), ("n20", "staff"), ("n21", "staff"))
    asked: list[tuple[str, str]] = []

    def pick(title, _kind, **kw):
        asked.append((title, kw.get("note", "")))
        return ThemeChoice(None, "I am lonely")

    monkeypatch.setattr(wall, "pick_theme", pick)
    assert wall.ask_move()
    title, note = asked[0]
    assert title == f"Move 4 cards (2 now in “{STAFF}”) to theme"
    assert note == (f"2 of them are in “{STAFF}” now: Move takes them out of it "
                    "(C\N{NO-BREAK SPACE}copies).")
    assert wall.doc.theme("staff").card_ids == ["n22", "n23", "n24", "n25"]  # as Move did


def test_n_says_so_too(wall, monkeypatch):
    _choose(wall, ("n0", None), ("n20", "staff"))
    asked: list[str] = []
    monkeypatch.setattr(wall, "ask_text", lambda _t, label, *_a: asked.append(label) or "")
    assert wall.ask_new_theme()
    assert asked[0].startswith(f"1 of them is in “{STAFF}” now: the new theme takes it out of "
                               f"it.\n\nName the theme as an")
    assert "n20" not in wall.doc.theme("staff").card_ids  # as N did


def test_cards_from_no_theme_are_moved_without_a_note(wall, monkeypatch):
    _choose(wall, ("n0", None), ("n1", None))
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(wall, "pick_theme", lambda title, _k, **kw: asked.append(
        (title, kw.get("note", ""))) or ThemeChoice("staff"))
    assert wall.ask_move()
    assert asked == [("Move 2 cards to theme", "")]


TWO_KINDS = ("Your 5 chosen cards are of two kinds (3 not working, 2 important for the "
             "future); a theme holds one kind. Choose cards of one kind.")


@pytest.mark.parametrize("act", ["M", "N", "C", "Alt+1", "Alt+2"])
def test_two_kinds_are_refused_before_any_question(wall, monkeypatch, act):
    _choose(wall, ("n0", None), ("n1", None), ("n2", None), ("f0", None), ("f1", None))
    asked: list[str] = []
    monkeypatch.setattr(wall, "pick_theme", lambda *a, **k: asked.append("picker"))
    monkeypatch.setattr(wall, "ask_text", lambda *a, **k: asked.append("name"))
    before = wall.doc.workshop.model_dump()
    done = {"M": wall.ask_move, "N": wall.ask_new_theme, "C": wall.ask_copy,
            "Alt+1": lambda: wall.move_selection_to_numbered(1),
            "Alt+2": lambda: wall.move_selection_to_numbered(2)}[act]()
    assert not done and asked == []
    assert wall.doc.workshop.model_dump() == before
    notice = wall.wall_actions.notice
    assert notice.isVisible() and notice.text() == f"⚠ {TWO_KINDS}"
