"""Rows a finger can hit on a touch-screen laptop: the stage list's and the wall outline's rows
are at least 24 px tall (WCAG 2.5.8; they were 19 and 14), and at 1366x768 the stage list
still shows all eight stages whole, its two-line rows ("⚠ 36 in no theme") as tall as before."""

from __future__ import annotations

from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.stage_list import TOUCH_ROW_PX
from wtfc.ui.wall.outline import OutlineTree


def test_every_stage_row_is_a_fingers_height_and_all_eight_are_in_sight(demo_window, qtbot):
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.THEME, focus=True)
    settle()
    nav = demo_window.navigator
    rows = [nav.visualRect(nav.model().index(r, 0)) for r in range(nav.count())]
    assert len(rows) == 8
    assert min(r.height() for r in rows) >= TOUCH_ROW_PX
    assert all(nav.viewport().rect().contains(r) for r in rows)  # none cut off or scrolled away
    two_line = [r.height() for r, text in zip(rows, (nav.item(i).text() for i in range(8)),
                                              strict=True) if "\n" in text]
    assert two_line and min(two_line) >= 2 * nav.fontMetrics().height()


def test_the_outlines_theme_and_card_rows_are_a_fingers_height(demo_window, qtbot):
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.THEME, focus=True)
    settle()
    outline = demo_window.page(Stage.THEME).findChild(OutlineTree)
    assert outline is not None and outline.isVisible()
    theme = outline.model().index(0, 0)
    unsorted = outline.model().index(outline.model().rowCount() - 1, 0)
    outline.expand(unsorted)
    card = outline.model().index(0, 0, unsorted)
    for index in (theme, card):
        assert outline.visualRect(index).height() >= TOUCH_ROW_PX


def test_the_notes_box_under_the_list_shows_three_lines_on_a_small_screen(demo_window, qtbot):
    """At 911x512 the finger-high rows, with gaps between them, left the facilitator's notes
    box one and a half lines in sight (it was three and a half)."""
    demo_window.resize(911, 512)
    demo_window.go_to_stage(Stage.THEME, focus=True)
    settle()
    box = demo_window.stage_side.notes.box
    assert box.toPlainText()  # the demo's notes for Theme, several lines
    seen = box.viewport().visibleRegion().boundingRect().height()
    assert seen >= 3 * box.fontMetrics().lineSpacing()
