"""A finger holding a card, moved over another theme's name, then a second finger lands and
pinches: the drag ends with nothing changed (fingers.Fingers.let_go; code review 35 A28 A2)."""
from PySide6.QtCore import QPoint

from tests.ui.wall.test_wall_touch import _card_drag, _touch, wall  # noqa: F401
from wtfc.ui.fingers import Fingers


def test_a_second_finger_mid_drag_moves_no_card(wall, demo_window):  # noqa: F811
    doc, stack = demo_window.doc, demo_window.undo.stack
    card_id, home, _block, start, end = _card_drag(wall, doc)
    _touch(wall, ("press", 0, start))
    hold = wall.findChild(Fingers).hold
    hold.stop()
    hold.timeout.emit()
    for i in range(1, 9):
        _touch(wall, ("move", 0, start + (end - start) * (i / 8)))
    _touch(wall, ("move", 0, end), ("press", 1, end + QPoint(80, 0)))
    _touch(wall, ("move", 0, end - QPoint(40, 0)), ("move", 1, end + QPoint(120, 0)))
    _touch(wall, ("release", 0, end - QPoint(40, 0)), ("release", 1, end + QPoint(120, 0)))
    assert card_id in doc.theme(home).card_ids and stack.count() == 0, stack.undoText()
