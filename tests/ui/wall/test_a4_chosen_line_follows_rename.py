"""The 'N cards chosen' line beside the Theme heading names the theme the chosen cards are in:
renamed while they are chosen (F2, the outline, Undo of a rename), the line kept the old name
until the choice changed (code review A4, session 37)."""

from __future__ import annotations

import pytest
from county_corner import STAFF, county_wall


@pytest.fixture
def wall(show):
    return county_wall(show)


def test_the_line_names_the_theme_as_renamed(wall, qtbot):
    view = wall.view
    view.focus_card(wall.scene.cards[("n20", "staff")])
    view.focus_card(wall.scene.cards[("n21", "staff")], extend=True)
    qtbot.wait(10)
    line = wall.intro.chosen
    assert line.full_text() == f"2 cards chosen, in “{STAFF}”"
    assert wall.gestures.rename("staff", "I feel rushed")
    qtbot.wait(10)
    assert line.full_text() == "2 cards chosen, in “I feel rushed”"
    wall.undo.stack.undo()
    qtbot.wait(10)
    assert line.full_text() == f"2 cards chosen, in “{STAFF}”"
