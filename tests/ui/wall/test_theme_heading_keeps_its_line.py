"""The Theme page's heading keeps the line it had before "N cards chosen" came beside it.

The count's row shared its width 3 to 2 with the heading wherever less than 200 px was left
beside it: at 911×512 (a 1366×768 laptop at 150%) "Theme: group the cards into “I” statements"
took two lines, at 16 pt three, and the suggestion's cards lost that height: none of them
showed under "Cards (untick any that do not belong):" (test_suggestions_on_a_small_screen,
test_suggestion_cards_big_text). Now the heading has the width it had alone; the count takes
what it leaves, and where that is too little for the count it stands in the words' place under
the heading while cards are chosen. Neither way makes the page taller.
"""

from __future__ import annotations

from county_corner import SHIFT, county_wall
from PySide6.QtCore import Qt
from renders import save_render


def _lines(label) -> int:
    return round(label.height() / label.fontMetrics().lineSpacing())


def _choose_six(wall, qtbot) -> None:
    for _ in range(5):
        qtbot.keyClick(wall.view, Qt.Key.Key_Right, SHIFT)
    qtbot.wait(10)  # counted once per turn


def test_on_a_small_screen_the_heading_keeps_one_line_and_the_count_sits_beside_it(show, qtbot):
    wall = county_wall(lambda panel, *_: show(panel, 680, 480))  # the page at 911×512
    intro = wall.intro
    heading, height = intro._heading, intro.height()
    assert _lines(heading) == 1
    _choose_six(wall, qtbot)
    save_render(wall, "theme_heading_680_chosen")
    line = intro.chosen
    assert line.isVisible() and line.text().startswith("6 cards chosen")
    assert abs(line.geometry().center().y() - heading.geometry().center().y()) <= 2  # beside
    assert _lines(heading) == 1 and intro.height() == height


def test_at_16_points_the_count_stands_in_the_words_place(font_points, show, qtbot):
    font_points(16)  # "Make text bigger", before the page is built
    wall = county_wall(lambda panel, *_: show(panel, 1050, 600))  # the page at 1366×768
    intro = wall.intro
    heading, words, height = intro._heading, intro.words, intro.height()
    assert _lines(heading) == 1  # three lines at 16 pt, and two here, before
    _choose_six(wall, qtbot)
    save_render(wall, "theme_heading_16pt_chosen")
    line = intro.chosen
    assert line.isVisible() and line.text() == line.full_text() == "6 cards chosen, in no theme"
    assert not words.isVisible() and line.geometry().top() == words.geometry().top()
    assert _lines(heading) == 1 and intro.height() == height  # the wall is not laid out again
    qtbot.keyClick(wall.view, Qt.Key.Key_Right)  # a plain arrow: one card, the words are back
    qtbot.wait(10)
    assert not line.isVisible() and words.isVisible() and intro.height() == height
