"""The suggestions panel beside the wall: the wall stays the main thing on a 1366×768 laptop
(it was squeezed to 560 px), the panel keeps room for its words, and either can be dragged."""

from __future__ import annotations

import pytest

from wtfc.model.workshop import Stage


def _open_suggestions(window, qtbot, width: int, height: int):
    window.resize(width, height)
    window.go_to_stage(Stage.THEME)
    page = window.page(Stage.THEME)
    qtbot.waitUntil(lambda: page.isVisible() and page.splitter.sizes()[0] > 0)
    page.wall_actions.show_suggestions.trigger()  # F9
    qtbot.waitUntil(lambda: page.suggestions.isVisible() and page.splitter.sizes()[2] > 0)
    return page


@pytest.mark.parametrize("width, height, least_wall", [(1366, 768, 600), (1920, 1080, 1000)])
def test_the_wall_stays_the_widest_part_beside_the_suggestions(demo_window, qtbot, width,
                                                                 height, least_wall):
    page = _open_suggestions(demo_window, qtbot, width, height)
    wall, outline, panel = page.splitter.sizes()
    assert wall >= least_wall
    assert wall > outline + panel
    suggestions = page.suggestions
    # all of the panel shows: nothing in it is cut off at its right-hand edge
    assert panel >= suggestions.minimumSizeHint().width()
    assert panel <= 420  # wider only spreads its few lines thinner
    assert suggestions.message.wordWrap() and suggestions.themes_page.list.wordWrap()


def test_the_facilitator_can_still_drag_the_suggestions_wider(demo_window, qtbot):
    page = _open_suggestions(demo_window, qtbot, 1366, 768)
    wall, outline, panel = page.splitter.sizes()
    page.splitter.moveSplitter(wall + outline - 100, 2)  # the handle left of the panel
    assert page.splitter.sizes()[2] > panel + 50
    page.suggestions.set_shown(False)  # closed and opened again: as the facilitator left it
    page.suggestions.set_shown(True)
    assert page.splitter.sizes()[2] > panel + 50


def test_a_drag_never_folds_the_panel_away_so_f9_always_brings_it_back(demo_window, qtbot):
    """Dragged narrow, the panel folded to no width, and F9 showed it "on" with nothing there."""
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.THEME)
    page = demo_window.page(Stage.THEME)
    qtbot.waitUntil(lambda: page.isVisible() and page.splitter.sizes()[0] > 0)
    toggle = page.wall_actions.show_suggestions
    toggle.trigger()
    qtbot.waitUntil(lambda: page.splitter.sizes()[2] > 0)
    wall, outline, _ = page.splitter.sizes()
    page.splitter.moveSplitter(wall + outline + 200, 2)  # a 200 px drag to the right
    assert page.splitter.sizes()[2] >= page.suggestions.minimumWidth()
    toggle.trigger()  # F9: hidden
    toggle.trigger()  # F9: shown again
    assert toggle.isChecked()
    assert page.splitter.sizes()[2] >= page.suggestions.minimumWidth()


def test_a_dragged_outline_keeps_its_width_as_find_opens_and_the_window_changes(demo_window,
                                                                                 qtbot):
    """Given 420 px for long theme names, the outline snapped back to 268 whenever the page
    changed height (Ctrl+F's find bar, a shorter window): every resize shared the widths out
    again and only the suggestions' dragged width was kept."""
    page = _open_suggestions(demo_window, qtbot, 1920, 1000)
    wall, outline, _panel = page.splitter.sizes()
    page.splitter.moveSplitter(wall - (420 - outline), 1)  # the wall/outline handle, leftwards
    dragged = page.splitter.sizes()
    assert dragged[1] == 420
    page.wall_actions.find.trigger()  # Ctrl+F: the find bar takes height above the splitter
    qtbot.waitUntil(lambda: page.find_bar.isVisible())
    qtbot.wait(20)
    assert page.splitter.sizes() == dragged
    demo_window.resize(1920, 900)
    qtbot.wait(20)
    assert page.splitter.sizes() == dragged
    demo_window.resize(1880, 900)  # narrower: the wall gives up the width, the outline keeps it
    qtbot.waitUntil(lambda: sum(page.splitter.sizes()) < sum(dragged) - 30)
    assert page.splitter.sizes()[1:] == dragged[1:]
    demo_window.resize(1920, 1000)
    qtbot.waitUntil(lambda: page.splitter.sizes() == dragged)


def test_a_dragged_outline_gives_way_only_where_the_wall_would_be_under_its_least(demo_window,
                                                                                qtbot):
    """Dragged very wide, the outline keeps what it can when the window narrows: the wall
    keeps the width all three leave it at ROOM_FOR_ALL, and the outline never less than its
    share undragged."""
    from wtfc.ui.wall.beside_wall import OUTLINE_SHARE, WALL_LEAST

    page = _open_suggestions(demo_window, qtbot, 1920, 1000)
    wall, outline, panel = page.splitter.sizes()
    page.splitter.moveSplitter(wall - 500, 1)
    assert page.splitter.sizes()[1] == outline + 500
    demo_window.resize(1700, 1000)
    qtbot.waitUntil(lambda: sum(page.splitter.sizes()) < 1500)
    wall, outline, panel = page.splitter.sizes()
    assert wall == WALL_LEAST and outline > round(sum((wall, outline, panel)) * OUTLINE_SHARE)
    demo_window.resize(1600, 1000)
    qtbot.waitUntil(lambda: sum(page.splitter.sizes()) < 1400)
    sizes = page.splitter.sizes()
    assert sizes[1] == round(sum(sizes) * OUTLINE_SHARE) and sizes[0] > sizes[1] + sizes[2]
