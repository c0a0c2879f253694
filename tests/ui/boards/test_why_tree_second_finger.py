"""A finger holding a cause on the why-tree, moved over another box, then a second finger lands
(to pinch, or a second hand on a whiteboard): the drag ends with nothing changed; it dropped the
cause on the box last lit, one silent 'Move cause' step (code review 35 A28 A2)."""
from PySide6.QtCore import QPoint

from tests.ui.boards.test_why_tree_touch import _at, _parent, tree  # noqa: F401 (fixture)
from tests.ui.wall.test_wall_touch import _touch
from wtfc.ui.boards.why_tree_view import TreeFingers


def test_a_second_finger_mid_drag_moves_no_cause(tree, demo_window):  # noqa: F811
    stack = demo_window.undo.stack
    steps = stack.count()
    start, end = _at(tree, "why01"), _at(tree, "why04")
    _touch(tree, ("press", 0, start))
    hold = tree.findChild(TreeFingers).hold
    hold.stop()
    hold.timeout.emit()  # held still: picked up
    for i in range(1, 9):
        _touch(tree, ("move", 0, start + (end - start) * (i / 8)))
    # over why04 now; a second finger lands beside it and both spread (a pinch)
    _touch(tree, ("move", 0, end), ("press", 1, end + QPoint(80, 0)))
    _touch(tree, ("move", 0, end - QPoint(40, 0)), ("move", 1, end + QPoint(120, 0)))
    _touch(tree, ("release", 0, end - QPoint(40, 0)), ("release", 1, end + QPoint(120, 0)))
    assert _parent(demo_window, "why01") is None, "the pinch hung why01 under why04"
    assert stack.count() == steps, stack.undoText()
