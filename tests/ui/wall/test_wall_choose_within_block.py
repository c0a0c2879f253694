"""Shift+arrows choose a run of cards within the group they start in, and the page shows how many
are chosen (review 37 R1 F2).

On a county wall, Shift+Down ×29 from the first unsorted card went down one column of "Not yet
in a theme" and on into the theme below it; Shift+Right crossed into the next kind's lane. The
theme's name was off screen, nothing showed the count, and M then took 21 cards out of that
theme. Now Shift+arrows stay in the group (and kind) they start in, going on to its next column
or row, and stop at its end with a note; "N cards chosen" is on the line under the heading.
"""

from __future__ import annotations

import pytest
from county_corner import SHIFT, STAFF, county_wall
from PySide6.QtCore import Qt

from wtfc.ui.boards import common


@pytest.fixture
def wall(show):
    return county_wall(show)


def _chosen(panel) -> list[tuple[str, str | None]]:
    return [c.key for c in panel.view.selected_cards()]


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Right])
def test_shift_arrows_stay_in_the_unsorted_cards_of_their_kind(wall, qtbot, key):
    for _ in range(29):
        qtbot.keyClick(wall.view, key, SHIFT)
    chosen = _chosen(wall)
    assert all(theme is None for _, theme in chosen), "ran into a theme"
    assert all(card.startswith("n") for card, _ in chosen), "ran into another kind's lane"
    assert sorted(chosen) == sorted((f"n{i}", None) for i in range(20))  # the whole group


def test_the_page_shows_how_many_are_chosen_and_where_the_group_ends(wall, qtbot, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(common, "announce", lambda _w, text, **_: said.append(text))
    height = wall.intro.height()
    for _ in range(5):
        qtbot.keyClick(wall.view, Qt.Key.Key_Right, SHIFT)
    qtbot.wait(10)  # counted once per turn
    line = wall.intro.chosen
    assert line.isVisible() and line.full_text() == "6 cards chosen, in no theme"
    assert wall.intro.height() == height  # beside the heading: the wall is not laid out again
    for _ in range(25):
        qtbot.keyClick(wall.view, Qt.Key.Key_Down, SHIFT)
    qtbot.wait(10)
    assert len(_chosen(wall)) == 20
    assert "the end of “Not yet in a theme” (not working)" in line.full_text()
    assert line.full_text().startswith("20 cards chosen")
    assert any("the end of “not yet in a theme”" in s.lower() for s in said)  # heard too
    qtbot.keyClick(wall.view, Qt.Key.Key_Right)  # a plain arrow: one card, the line goes
    qtbot.wait(10)
    assert not line.isVisible()


def test_shift_arrows_in_a_theme_stay_in_it(wall, qtbot):
    view = wall.view
    view.focus_card(wall.scene.cards[("n23", "staff")])
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)  # one column: on down it, to its end
    assert sorted(_chosen(wall)) == sorted((f"n{i}", "staff") for i in range(23, 26))
    for _ in range(8):
        qtbot.keyClick(view, Qt.Key.Key_Up, SHIFT)
    assert sorted(_chosen(wall)) == sorted((f"n{i}", "staff") for i in range(20, 26))
    qtbot.wait(10)
    assert wall.intro.chosen.full_text().startswith(f"6 cards chosen, in “{STAFF}”")


def test_a_plain_arrow_still_crosses_from_group_to_group(wall, qtbot):
    view = wall.view
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert _chosen(wall)[0][1] == "staff"  # only Shift keeps to the group


def test_read_out_mode_leaves_the_count_out(wall, qtbot):
    """In read-out mode the keys act on the card read out: the wall's count would mislead."""
    for _ in range(2):
        qtbot.keyClick(wall.view, Qt.Key.Key_Right, SHIFT)
    qtbot.wait(10)
    assert wall.intro.chosen.isVisible()
    wall.toggle_readout(True)
    qtbot.wait(10)
    assert not wall.intro.chosen.isVisible()
    wall.toggle_readout(False)
    qtbot.wait(10)
    assert wall.intro.chosen.full_text() == "3 cards chosen, in no theme"


def test_a_theme_several_cards_wide_is_read_row_by_row_and_column_by_column():
    """However a group's cards are laid out (a big theme in several columns too), Shift+arrows
    go on at its next row or column and stop at its end."""
    from types import SimpleNamespace

    from PySide6.QtCore import QRectF

    from wtfc.model.workshop import Kind
    from wtfc.ui.wall.block_extend import extend_target

    def card(name, col, row, theme="big"):
        rect = QRectF(col * 240, row * 150, 220, 132)
        return SimpleNamespace(name=name, theme_id=theme, card=SimpleNamespace(kind=Kind.FUTURE),
                               sceneBoundingRect=lambda: rect)

    grid = [card(f"{c}{r}", c, r) for r in range(3) for c in range(2)]  # 2 wide, 3 down
    beside = card("other", 2, 0, theme="other")  # the next theme, just to the right
    cards = [*grid, beside]
    at = {c.name: c for c in cards}

    def goes(start, key):
        found = extend_target(at[start], cards, key)
        return found.name if found is not None else None

    assert goes("10", Qt.Key.Key_Right) == "01"  # the start of the next row, not "other"
    assert goes("00", Qt.Key.Key_Left) is None  # the first card: the start of the group
    assert goes("02", Qt.Key.Key_Down) == "10"  # the top of the next column
    assert goes("10", Qt.Key.Key_Up) == "02"  # the foot of the column before
    assert goes("12", Qt.Key.Key_Down) is None and goes("12", Qt.Key.Key_Right) is None
