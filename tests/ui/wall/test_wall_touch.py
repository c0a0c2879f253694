"""Fingers on the wall of a touch screen (a council laptop's), through real QTest touch events
on the wall's viewport: a swipe scrolls it (on a card too: it moves no card), two fingers pinch
it larger or smaller and pan it, while a finger held on a card drags it into a theme (one undo
step), a tap chooses a card and a double tap opens it. The mouse keeps its selection box on
empty wall."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.fingers import HOLD_MS
from wtfc.ui.wall.block_item import BlockItem
from wtfc.ui.wall.card_item import CardItem
from wtfc.ui.wall.view_zoom import MAX_SCALE, MIN_SCALE

_screen: list[QPointingDevice] = []


def _finger_device() -> QPointingDevice:
    if not _screen:  # one touch screen for the whole run, as a laptop has
        _screen.append(QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen))
    return _screen[0]


def _touch(view, *fingers: tuple[str, int, QPoint]) -> None:
    """One touch frame: ("press" | "move" | "release", finger id, viewport point) each."""
    vp = view.viewport()
    # The sequence is kept till its commit: a sequence PySide lets go of commits itself, early
    sequence = QTest.touchEvent(vp, _finger_device())
    for action, finger, point in fingers:
        getattr(sequence, action)(finger, point, vp)
    sequence.commit()
    QApplication.processEvents()


def _swipe(view, start: QPoint, end: QPoint, steps: int = 8) -> None:
    _touch(view, ("press", 0, start))
    for i in range(1, steps + 1):
        _touch(view, ("move", 0, start + (end - start) * (i / steps)))
    _touch(view, ("release", 0, end))


def _pinch(view, centre: QPoint, start_gap: int, end_gap: int, shift: QPoint | None = None,
           steps: int = 8) -> None:
    """Two fingers either side of ``centre``, from ``start_gap`` px apart to ``end_gap``,
    their middle moving by ``shift``."""
    shift = QPoint() if shift is None else shift

    def pair(i: int) -> tuple[QPoint, QPoint]:
        gap = start_gap + (end_gap - start_gap) * i / steps
        middle = centre + shift * (i / steps)
        return middle - QPoint(round(gap / 2), 0), middle + QPoint(round(gap / 2), 0)

    a, b = pair(0)
    _touch(view, ("press", 0, a), ("press", 1, b))
    for i in range(1, steps + 1):
        a, b = pair(i)
        _touch(view, ("move", 0, a), ("move", 1, b))
    _touch(view, ("release", 0, a), ("release", 1, b))


def _middle(view) -> QPoint:
    """Where two fingers pinch: the view's middle, or as near it as the offscreen screen goes."""
    screen = QApplication.primaryScreen().geometry()
    middle = view.viewport().mapToGlobal(view.viewport().rect().center())
    x = min(middle.x(), screen.right() - 130)  # room for the fingers either side
    y = min(middle.y(), screen.bottom() - 20)
    return view.viewport().mapFromGlobal(QPoint(x, y))


@pytest.fixture
def wall(demo_window, qtbot):
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.THEME, focus=True)
    settle()  # the wall's opening view (a zero timer after the show's layouts)
    view = demo_window.page(Stage.THEME).view
    assert view.verticalScrollBar().maximum() > 300  # the demo's wall scrolls on a laptop
    return view


def _scroll(view) -> tuple[int, int]:
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def _empty_point(view) -> QPoint:
    """A viewport point on bare wall, low down (a swipe goes up from it), and on the screen:
    the offscreen screen is 800x600 and a touch off it reaches no window."""
    screen = QApplication.primaryScreen().geometry().adjusted(0, 0, -10, -10)
    for y in range(view.viewport().height() - 20, 20, -10):
        for x in range(20, view.viewport().width() - 20, 10):
            point = view.mapToScene(QPoint(x, y))
            if screen.contains(view.viewport().mapToGlobal(QPoint(x, y))) and not [
                    i for i in view.wall.items(point) if isinstance(i, (CardItem, BlockItem))]:
                return QPoint(x, y)
    raise AssertionError("no bare wall in sight")


def _chosen(view) -> list[str]:
    return sorted(item.card.id for item in view.selected_cards())


def test_a_finger_swiped_on_empty_wall_scrolls_it_and_chooses_nothing(wall, demo_window):
    start = _empty_point(wall)
    before = _scroll(wall)
    _swipe(wall, start, start + QPoint(-200, -150))
    assert _scroll(wall) == (before[0] + 200, before[1] + 150)  # the wall went with the finger
    assert _chosen(wall) == []  # it drew a selection box round three cards
    assert demo_window.undo.stack.count() == 0


def test_the_mouse_still_draws_a_selection_box_on_empty_wall(wall):
    start = _empty_point(wall)
    before = _scroll(wall)
    vp = wall.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 9):
        QTest.mouseMove(vp, start + QPoint(300, -250) * (i / 8))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + QPoint(300, -250))
    assert _chosen(wall) != []
    assert _scroll(wall) == before


def test_a_pinch_zooms_about_its_middle_and_chooses_no_card(wall):
    centre = _middle(wall)
    held = wall.mapToScene(centre)
    scale = wall.scale_factor()
    _pinch(wall, centre, 100, 200)  # fingers twice as far apart
    assert wall.scale_factor() == pytest.approx(scale * 2, rel=0.03)
    # the wall under the fingers' middle stayed under it
    assert (QPointF(wall.mapFromScene(held)) - QPointF(centre)).manhattanLength() <= 4
    assert _chosen(wall) == []  # the first finger chose c55
    _pinch(wall, centre, 200, 100)
    assert wall.scale_factor() == pytest.approx(scale, rel=0.03)


def test_a_pinch_stops_at_the_walls_zoom_limits(wall):
    centre = _middle(wall)
    for _ in range(3):  # both fingers on the wall's part of the offscreen screen
        _pinch(wall, centre, 40, 240)
    assert wall.scale_factor() == pytest.approx(MAX_SCALE)
    for _ in range(6):
        _pinch(wall, centre, 240, 40)
    assert wall.scale_factor() == pytest.approx(MIN_SCALE)


def test_two_fingers_moved_together_scroll_the_wall(wall):
    centre = _middle(wall)
    before, scale = _scroll(wall), wall.scale_factor()
    _pinch(wall, centre, 120, 120, shift=QPoint(-100, -80))
    assert wall.scale_factor() == pytest.approx(scale)
    after = _scroll(wall)
    assert abs(after[0] - before[0] - 100) <= 2 and abs(after[1] - before[1] - 80) <= 2


def test_two_fingers_turned_without_spreading_do_not_zoom(wall):
    """Fingers turn as they pinch: kept 160 px apart and turned from level to 45 degrees, the
    wall zoomed by x1.42 (their spread was measured as |dx|+|dy|)."""
    centre, scale = _middle(wall), wall.scale_factor()

    def pair(degrees: int) -> tuple[QPoint, QPoint]:
        turn = math.radians(degrees)
        half = QPoint(round(80 * math.cos(turn)), round(80 * math.sin(turn)))
        return centre - half, centre + half

    a, b = pair(0)
    _touch(wall, ("press", 0, a), ("press", 1, b))
    for degrees in range(5, 50, 5):
        a, b = pair(degrees)
        _touch(wall, ("move", 0, a), ("move", 1, b))
    _touch(wall, ("release", 0, a), ("release", 1, b))
    assert wall.scale_factor() == pytest.approx(scale, rel=0.03)


def _card_and_other_theme(view, doc):
    themes = {t.id: t for t in doc.workshop.themes}
    for (_card, theme_id), item in view.wall.cards.items():
        if theme_id not in themes or not item.isVisible():
            continue
        for block in view.wall.blocks.values():
            if block.theme_id in themes and block.theme_id != theme_id and block.isVisible() \
                    and themes[block.theme_id].kind == item.card.kind:
                return item, theme_id, block
    raise AssertionError


def _double_tap(view, point: QPoint) -> None:
    """Two taps of one finger at the point, quick enough to be a double tap."""
    for _ in range(2):
        _touch(view, ("press", 0, point))
        _touch(view, ("release", 0, point))


def _card_drag(view, doc):
    """A card brought into sight, with its theme and another theme's block of its kind, and
    where a finger drags it from and to (the card's centre, that block's name)."""
    item, home, block = _card_and_other_theme(view, doc)
    view.centerOn(item)
    start = view.mapFromScene(item.sceneBoundingRect().center())
    end = view.mapFromScene(block.mapRectToScene(block.header_rect()).center())
    return item.card.id, home, block, start, end


def test_a_finger_held_on_a_card_drags_it_into_a_theme_in_one_undo_step(wall, demo_window,
                                                                        qtbot):
    doc, stack = demo_window.doc, demo_window.undo.stack
    card_id, home, block, start, end = _card_drag(wall, doc)
    before = _scroll(wall)
    _touch(wall, ("press", 0, start))
    # held still: the card is picked up once the hold's time has come
    qtbot.waitUntil(lambda: _chosen(wall) == [card_id], timeout=HOLD_MS + 2000)
    for i in range(1, 9):
        _touch(wall, ("move", 0, start + (end - start) * (i / 8)))
    _touch(wall, ("release", 0, end))
    assert card_id in doc.theme(block.theme_id).card_ids
    assert card_id not in doc.theme(home).card_ids
    assert stack.count() == 1 and stack.undoText().startswith("Move 1 card to")
    assert _scroll(wall) == before  # the card moved, not the wall
    stack.undo()
    assert card_id in doc.theme(home).card_ids and card_id not in doc.theme(block.theme_id).card_ids
    stack.redo()
    assert card_id in doc.theme(block.theme_id).card_ids


def test_a_tap_chooses_a_card_and_a_tap_on_empty_wall_lets_it_go(wall, qtbot):
    seen = wall.viewport().rect()
    item = next(i for i in wall.wall.cards.values() if i.isVisible()
                and seen.contains(wall.mapFromScene(i.sceneBoundingRect().center())))
    point = wall.mapFromScene(item.sceneBoundingRect().center())
    _touch(wall, ("press", 0, point))
    _touch(wall, ("release", 0, point))
    assert _chosen(wall) == [item.card.id]
    # at once, not a double-click time later: a tap on bare wall is never the card's second
    empty = _empty_point(wall)
    before = _scroll(wall)
    _touch(wall, ("press", 0, empty))
    _touch(wall, ("move", 0, empty + QPoint(3, 2)))  # a finger trembles; the wall stays still
    _touch(wall, ("release", 0, empty + QPoint(3, 2)))
    assert _chosen(wall) == []
    assert _scroll(wall) == before


def _theme_name_point(view) -> tuple[str, QPoint]:
    """The first theme's name, brought into sight on the offscreen screen."""
    block = next(b for b in view.wall.blocks.values() if b.theme_id is not None and b.isVisible())
    header = block.mapRectToScene(block.header_rect())
    view.centerOn(header.center())
    point = view.mapFromScene(header.center())
    assert block.theme_id is not None
    return block.theme_id, QPoint(min(point.x(), 450), point.y())  # x: on the 800 px screen


def test_a_finger_swiped_from_a_themes_name_scrolls_and_chooses_nothing(wall):
    _theme, start = _theme_name_point(wall)
    before = _scroll(wall)
    _swipe(wall, start, start + QPoint(150, -150))
    assert _scroll(wall) != before  # it drew a box round four cards, the wall still
    assert _chosen(wall) == []


def test_a_double_tap_on_a_themes_name_renames_it(wall, demo_window):
    theme_id, point = _theme_name_point(wall)
    _double_tap(wall, point)
    editor = wall._editor
    assert editor is not None and editor.isVisible()
    assert editor.text() == demo_window.doc.theme(theme_id).name
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert wall._editor is None and demo_window.undo.stack.count() == 0


def _card_near(view, near: QPoint) -> tuple[CardItem, QPoint]:
    """The card nearest ``near`` (viewport px) within the offscreen screen, and a point on it."""
    screen = QApplication.primaryScreen().geometry().adjusted(0, 0, -10, -10)
    found = []
    for y in range(20, view.viewport().height() - 20, 10):
        for x in range(20, view.viewport().width() - 20, 10):
            point = QPoint(x, y)
            items = [i for i in view.wall.items(view.mapToScene(point)) if isinstance(i, CardItem)]
            if items and screen.contains(view.viewport().mapToGlobal(point)):
                found.append(((point - near).manhattanLength(), items[0], point))
    _, item, point = min(found, key=lambda f: f[0])
    return item, point


def test_a_pinch_whose_first_finger_lands_on_a_card_zooms_and_leaves_the_card(wall, demo_window,
                                                                            qtbot):
    """Fingers land a frame or more apart, the first often on a card: that card was dragged
    (and chosen) and the wall did not zoom."""
    stack = demo_window.undo.stack
    item, a = _card_near(wall, _middle(wall) - QPoint(60, 0))
    where, themes = QPointF(item.pos()), [t.id for t in demo_window.doc.workshop.themes
                                          if item.card.id in t.card_ids]
    scale = wall.scale_factor()
    _touch(wall, ("press", 0, a))
    _touch(wall, ("move", 0, a + QPoint(-20, 0)))  # the card starts to follow the finger
    qtbot.wait(30)
    b = a + QPoint(120, 0)
    _touch(wall, ("move", 0, a + QPoint(-20, 0)), ("press", 1, b))  # the second finger
    for i in range(1, 9):
        _touch(wall, ("move", 0, a - QPoint(20 + 10 * i, 0)), ("move", 1, b + QPoint(10 * i, 0)))
    _touch(wall, ("release", 0, a - QPoint(100, 0)), ("release", 1, b + QPoint(80, 0)))
    assert wall.scale_factor() > scale * 1.5
    assert item.pos() == where and stack.count() == 0
    assert [t.id for t in demo_window.doc.workshop.themes if item.card.id in t.card_ids] == themes
    assert _chosen(wall) == []  # chosen before the first finger landed: nothing
    # the next finger on a card still chooses it, and a double tap opens it (at once: the
    # pinch's first finger was no tap that could make the next a double)
    opened: list[str] = []
    wall.card_activated.connect(opened.append)
    item, point = _card_near(wall, _middle(wall))
    _double_tap(wall, point)
    assert _chosen(wall) == [item.card.id] and opened == [item.card.id]


def test_a_touchpads_fingers_do_not_pan_the_wall(wall):
    """A touchpad scrolls by the wheel and pinches by gesture: were its touches taken as a
    screen's too, a two-finger scroll would move the wall twice."""
    pad = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchPad)
    start, before = _empty_point(wall), _scroll(wall)
    vp = wall.viewport()
    for action, point in (("press", start), ("move", start - QPoint(0, 100)),
                          ("release", start - QPoint(0, 100))):
        sequence = QTest.touchEvent(vp, pad)
        getattr(sequence, action)(0, point, vp)
        sequence.commit()
        QApplication.processEvents()
    assert _scroll(wall) == before


def test_a_swipe_that_starts_on_a_card_scrolls_and_moves_no_card(wall, demo_window):
    """A swipe up began on a card (two thirds of the opening wall) and took the card out of
    its theme, in the room's sight."""
    item, _point = _card_near(wall, _middle(wall))
    where, themes = QPointF(item.pos()), demo_window.doc.workshop.themes
    in_themes = [t.id for t in themes if item.card.id in t.card_ids]
    start = wall.mapFromScene(item.sceneBoundingRect().center())
    before = _scroll(wall)
    _swipe(wall, start, start - QPoint(0, 100))
    assert _scroll(wall)[1] == before[1] + 100
    assert item.pos() == where and demo_window.undo.stack.count() == 0
    assert [t.id for t in themes if item.card.id in t.card_ids] == in_themes
    assert _chosen(wall) == []


def test_read_out_put_over_the_wall_mid_hold_picks_no_card_up(wall, demo_window, qtbot):
    """Read-out switched on while a finger is held on a card: the hidden wall's card is not
    picked up when the hold's time comes (code review I's note), and nothing is undone."""
    doc, stack = demo_window.doc, demo_window.undo.stack
    item, _home, _block = _card_and_other_theme(wall, doc)
    wall.centerOn(item)
    start = wall.mapFromScene(item.sceneBoundingRect().center())
    _touch(wall, ("press", 0, start))
    demo_window.page(Stage.THEME).toggle_readout(True)
    # the hold's time comes now rather than after HOLD_MS: its timer, still running, fires
    assert wall.fingers.hold.isActive()
    wall.fingers.hold.stop()
    wall.fingers.hold.timeout.emit()
    settle()
    assert _chosen(wall) == [] and stack.count() == 0
    _touch(wall, ("release", 0, start))
    assert stack.count() == 0
