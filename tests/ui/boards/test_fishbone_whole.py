"""The demo's fishbone on a 1366×768 laptop opens whole: every box in sight with its words at
12 px or more, each priority's; on a smaller window it opens on the head and says how to see
the rest."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.boards.fishbone_layout import BoneSizes, lay_out, sides
from wtfc.ui.boards.why_tree_layout import ROOT

ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)


def _settle(qtbot) -> None:
    settle()


def _fishbone(demo_window, qtbot, size: tuple[int, int], rank: int):
    demo_window.resize(*size)
    demo_window.go_to_stage(Stage.UNDERSTAND)
    tabs = demo_window.page(Stage.UNDERSTAND)
    board = tabs.causes
    tabs.setCurrentWidget(board)
    qtbot.waitExposed(demo_window)
    theme = next(t for t in board.doc.workshop.themes if t.priority.rank == rank)
    board.selector.select_theme(theme.id)
    _settle(qtbot)
    board.shapes.show_shape(fishbone=True)
    _settle(qtbot)
    return board, board.shapes.fishbone


def _on_screen(fishbone, node: str) -> QRect:
    box = fishbone.tree.nodes[node].sceneBoundingRect().adjusted(6, 6, -6, -6)
    return fishbone.mapFromScene(box).boundingRect()


def test_each_priority_opens_whole_and_readable_on_a_laptop(demo_window, qtbot):
    """Each priority in turn in one window, as the facilitator goes: back to the tree, the next
    priority chosen, the fishbone shown (a window each cost ~0.2 s to open and lay out)."""
    for rank in (1, 2, 3):
        if rank > 1:
            demo_window.page(Stage.UNDERSTAND).causes.shapes.show_shape(fishbone=False)
        board, fishbone = _fishbone(demo_window, qtbot, (1366, 768), rank)
        theme = next(t for t in board.doc.workshop.themes if t.priority.rank == rank)
        causes = {c.id for c in board.doc.workshop.causes if c.theme_id == theme.id}
        assert set(board.shapes.scene.nodes) == {ROOT} | causes, rank  # this priority's fish
        _whole_and_reached(demo_window, qtbot, board, fishbone, rank)


def _whole_and_reached(demo_window, qtbot, board, fishbone, rank: int) -> None:
    style = board.shapes.scene.tree_style
    assert min(style.small_px, style.text_px) * fishbone.transform().m11() >= 12 - 0.01, rank
    port = fishbone.viewport().rect()
    nodes = board.shapes.scene.nodes
    assert len(nodes) > 5, rank
    cut = [n for n in nodes if not port.contains(_on_screen(fishbone, n))]
    assert cut == [], rank
    assert not fishbone.cut_note.isVisible(), rank
    save_render(demo_window, f"fishbone_whole_1366_priority_{rank}")
    # the arrows, from the head, still reach every box
    fishbone.setFocus()
    fishbone.select(ROOT)
    reached, todo = {ROOT}, [ROOT]
    while todo:
        node = todo.pop()
        for key in ARROWS:
            fishbone.select(node)
            qtbot.keyClick(fishbone, key)
            if (went := fishbone.selected_id()) not in reached:
                reached.add(went)
                todo.append(went)
    assert reached == set(nodes), rank


def test_a_small_window_opens_on_the_head_and_says_how_to_see_all(demo_window, qtbot):
    _, fishbone = _fishbone(demo_window, qtbot, (911, 512), 1)
    port = fishbone.viewport().rect()
    assert port.intersects(_on_screen(fishbone, ROOT))
    note = fishbone.cut_note
    assert note.isVisible() and "Ctrl+0" in note.text()
    assert port.contains(note.geometry().translated(-fishbone.viewport().pos()))
    save_render(demo_window, "fishbone_cut_911")
    # a click on the note reaches the box under it
    where = note.geometry().translated(-fishbone.viewport().pos())
    under = next(
        n for n in fishbone.tree.nodes if n != ROOT and where.intersects(_on_screen(fishbone, n))
    )
    spot = fishbone.viewport().mapTo(
        demo_window, where.intersected(_on_screen(fishbone, under)).center()
    )
    hit = demo_window.childAt(spot)  # the widget a click there goes to
    qtbot.mouseClick(hit, Qt.MouseButton.LeftButton, pos=hit.mapFrom(demo_window, spot))
    assert fishbone.selected_id() == under
    qtbot.keyClick(fishbone, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot)
    assert not note.isVisible()  # the whole fish shown, however small
    qtbot.keyClick(fishbone, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(fishbone, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot)
    assert note.isVisible()


def _bone(*heights: float) -> BoneSizes:
    return BoneSizes((150.0, 30.0), tuple((260.0, h) for h in heights))


def test_a_column_puts_its_longer_bone_where_the_fish_stays_shortest():
    short, long = _bone(60), _bone(90, 90, 90)
    # by turns, both long bones would be above and the fish as tall as two of them
    assert sides([long, short, short, long]) == [True, False, False, True]
    assert sides([long, short, long, short]) == [True, False, True, False]
    assert sides([short, short, long]) == [True, False, True]
    fish = lay_out([long, short, short, long], (240.0, 180.0), 260.0)
    assert fish.columns() == [[0, 1], [3, 2]]  # above, then below, as drawn
    assert fish.size[1] == pytest.approx(long.length + max(short.length, 90.0))


def test_a_wider_window_gives_the_fish_wider_boxes_and_keeps_the_chosen_one(demo_window, qtbot):
    board, fishbone = _fishbone(demo_window, qtbot, (1366, 768), 1)
    scene = board.shapes.scene
    assert scene.tree_style.width < 322  # the marks one above the other, to fit
    chosen = next(n for n in scene.nodes if n != ROOT)
    fishbone.select(chosen)
    demo_window.resize(1920, 1080)
    _settle(qtbot)
    assert scene.tree_style.width == 330  # room for both marks on one line
    assert fishbone.selected_id() == chosen
    assert fishbone.viewport().rect().contains(_on_screen(fishbone, chosen))
