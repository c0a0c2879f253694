# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""The room timer never covers the room's words, and costs them none: while it is chosen,
every stage's view keeps a place for it in its foot row, beside the page label (a view with no
such place, a message, is laid out below a strip across the top); and it is on screen as soon
as the facilitator moves to another stage, not a tick later."""

from __future__ import annotations

import pytest
from clock_fixtures import MIN, FakeClock, later, now, plan  # noqa: F401  (the fixture ``now``)
from PySide6.QtCore import QEvent, QRect, QRectF
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from wtfc.model.demo import demo_previous_path
from wtfc.model.workshop import Stage
from wtfc.ui import stage_clock
from wtfc.ui.boards.room_paint import RoomCanvas, draw_text
from wtfc.ui.style import INK
from wtfc.ui.wall.card_item import elided
from wtfc.ui.wall.room_wall import RoomWallView

# each stage's room view (Prepare's welcome, as Collect's; the wall; Understand's three times:
# the priorities, the why-tree, the fishbone; then each board's)
VIEWS = [
    (Stage.PREPARE, 0),
    (Stage.THEME, 0),
    (Stage.UNDERSTAND, 0),
    (Stage.UNDERSTAND, 1),
    (Stage.UNDERSTAND, 2),
    (Stage.IDENTIFY_SUCCESS, 0),
    (Stage.PLAN, 0),
    (Stage.ACT, 0),
    (Stage.REVIEW, 0),
]


def set_up(window, clock) -> None:
    """The demo with last time's workshop for Review, 150 minutes planned for Theme, the room
    view shown in a window, the room timer chosen and Theme's timer a minute in."""
    window.go_to_stage(Stage.REVIEW)
    assert window.page(Stage.REVIEW).load_previous(demo_previous_path())
    window.go_to_stage(Stage.THEME)
    plan(window, Stage.THEME, 150)
    window.room.act_show.setChecked(True)
    window.room.window.act_full_screen.setChecked(False)
    window.room_timer.action.setChecked(True)
    window.stage_side.start_action.trigger()
    later(window, clock, MIN)


@pytest.fixture
def fresh(now, demo_window):
    """A window of its own, for a test that pauses the timer, blanks or shows a message."""
    set_up(demo_window, now)
    return demo_window


@pytest.fixture(scope="module")
def built(qapp, tmp_path_factory):
    """One window (and its clock) for the tests that only move between stages, resize the room
    and turn the timer off and on again: building the demo's stage pages and room views in a
    window for each of them was most of this file's time."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from wtfc.model.demo import demo_path
    from wtfc.ui.main_window import MainWindow

    with pytest.MonkeyPatch.context() as patch:
        clock = FakeClock()
        patch.setattr(stage_clock, "monotonic_ms", lambda: clock)
        patch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                          str(tmp_path_factory.mktemp("timer_clear")))
        w = MainWindow()
        w.files.open_path(demo_path(), as_copy=True, confirmed=True)
        w.resize(1400, 900)
        w.show()
        set_up(w, clock)
        yield w, clock
        w.close()
        w.deleteLater()
        QApplication.processEvents()


@pytest.fixture
def window(built):
    """The shared window as each test starts it: Theme's wall, the room timer chosen."""
    w, _clock = built
    w.room_timer.action.setChecked(True)
    w.go_to_stage(Stage.THEME)
    settle()
    return w


@pytest.fixture
def clock(built) -> FakeClock:
    return built[1]


def settle() -> None:
    """What the event loop would do between the facilitator's clicks, views replaced gone too
    (processEvents alone keeps them: each laid itself out again at every later edit)."""
    for _ in range(4):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def timer_box(window) -> QRect:
    label, room = window.room_timer.label, window.room.window
    return QRect(label.mapTo(room, label.rect().topLeft()), label.size())


def dark_under_timer(window) -> int:
    """The dark pixels (words, headings, boxes) the room view draws where the timer is."""
    label, room = window.room_timer.label, window.room.window
    box = timer_box(window)
    label.hide()
    image = room.grab().toImage()
    label.show()
    return sum(
        image.pixelColor(x, y).lightness() < 120
        for x in range(box.left(), box.right(), 2)
        for y in range(box.top(), box.bottom(), 2)
    )


def show(window, stage: Stage, tab: int) -> None:
    window.go_to_stage(stage)
    if stage is Stage.UNDERSTAND:
        window.page(stage).setCurrentIndex(min(tab, 1))
        window.page(stage).causes.shapes.show_shape(fishbone=tab == 2)
    settle()


def what_the_room_reads(window) -> tuple:
    """The view's pages, and on the page shown: each card's words as the wall shows them (cut
    to its lines), or a board's words and their size (whether cut short), or the why-tree's
    scale."""
    view = window.room.window.content
    if isinstance(view, RoomWallView):
        shown = {item.card.id: elided(item.words(), item._font, item.text_rect().width(),
                                      item.text_rect().height())
                 for item in view.wall.cards.values()}
    elif isinstance(view, RoomCanvas):
        view.grab()
        shown = sorted((round(px, 1), text, cut) for px, text, cut in view.drawn_text)
    else:
        shown = round(view.view.transform().m11(), 3)
    return view.page_count(), shown


SIZES = [(1024, 768), (1366, 768), (1920, 1080)]


@pytest.mark.parametrize("size", SIZES)
def test_the_room_wall_shows_the_same_words_with_the_timer(window, clock, size):
    """A strip across the top for the timer cost the wall's cards a line at every size (two
    lines to one at 1024×768 and 1366×768, three to two at 1920×1080): the time now sits
    beside the page label, or where a one-page wall has room along its foot."""
    room = window.room.window
    room.resize(*size)
    window.room_timer.action.setChecked(False)
    settle()
    without = what_the_room_reads(window)
    window.room_timer.action.setChecked(True)
    settle()
    assert window.room_timer.label.isVisibleTo(room)
    pages, words = what_the_room_reads(window)
    if size == (1024, 768):  # at 24 px the page's columns reach the timer's corner: a page
        # more, some cards moved on to it, each card's words as they were (same type, lines)
        both = words.keys() & without[1].keys()
        assert both and all(words[c] == without[1][c] for c in both)
        assert pages <= without[0] + 1
    else:
        assert (pages, words) == without, size
    assert len(without[1]) > 10  # the wall's cards were read


@pytest.mark.parametrize("size", SIZES)
def test_no_words_of_any_stage_are_under_the_timer(window, clock, size):
    room = window.room.window
    room.resize(*size)
    for stage, tab in VIEWS:
        show(window, stage, tab)
        later(window, clock, 1000)
        label = window.room_timer.label
        assert label.text().endswith("min left") and label.isVisibleTo(room)
        assert QFontInfo(label.font()).pixelSize() >= 32  # read from the back of the room
        assert room.rect().contains(timer_box(window))
        assert dark_under_timer(window) == 0, (size, stage, tab)
        view = room.content
        assert (type(view).__name__ == "FishboneRoomView") == (tab == 2)
        assert view.geometry() == room.rect()  # the whole screen: no strip taken off it
        if isinstance(view, RoomCanvas):  # still large enough: pages rather than small type
            view.grab()
            assert min(px for px, _text, _cut in view.drawn_text) >= 19.9
        elif isinstance(view, RoomWallView):
            assert view.smallest_text_px() >= 19.9


@pytest.mark.parametrize("size", SIZES)
def test_every_board_shows_as_many_words_with_the_timer(window, clock, size):
    """The boards keep their foot row for the page label already: the time sits beside it.
    A board that fits one screen keeps the row too, and shows the same words in it."""
    room = window.room.window
    room.resize(*size)
    for stage, tab in [view for view in VIEWS if view[0] is not Stage.THEME]:
        window.room_timer.action.setChecked(False)
        show(window, stage, tab)
        pages, words = what_the_room_reads(window)
        window.room_timer.action.setChecked(True)
        settle()
        after_pages, after = what_the_room_reads(window)
        assert after_pages == pages, (size, stage, tab)
        if isinstance(words, list):  # every text, at its size, cut short only where it was
            assert after == words, (size, stage, tab)
        else:  # the why-tree: no smaller
            assert after >= words, (size, stage, tab)


def test_the_views_keep_their_words_while_the_timer_is_paused(fresh):
    window = fresh
    room = window.room.window
    room.resize(1366, 768)
    settle()
    shown = what_the_room_reads(window)
    window.stage_side.start_action.trigger()  # paused: the time goes, the room's words stay
    settle()
    assert not window.room_timer.label.isVisibleTo(room)
    assert what_the_room_reads(window) == shown
    window.room_timer.action.setChecked(False)
    settle()
    assert room.content.geometry() == room.rect()
    room.act_blank.setChecked(True)  # black to the top
    settle()
    assert room.blank_page.geometry() == room.rect()


def test_a_message_keeps_the_strip_across_the_top(fresh, now):
    window = fresh
    """A view with no corner of its own (the room's messages, the read-out card) is laid out
    below a strip for the time, as before: the words are in its middle."""
    room = window.room.window
    room.resize(1366, 768)
    room.show_message("No theme is chosen yet.")
    settle()
    later(window, now, 1000)
    assert window.room_timer.label.isVisibleTo(room)
    assert room.content.geometry().top() >= timer_box(window).bottom()


def timer_seen(window) -> bool:
    """The timer's ink is on the projector (its corner is not the view's light ground)."""
    box = timer_box(window)
    image = window.room.window.grab().toImage()
    return image.pixelColor(box.left() + 4, box.top() + 4) == INK


def test_the_timer_is_seen_as_soon_as_the_stage_changes(window, clock):
    window.room.window.resize(1366, 768)
    settle()
    assert timer_seen(window)
    for stage in (Stage.UNDERSTAND, Stage.IDENTIFY_SUCCESS, Stage.PLAN, Stage.REVIEW, Stage.THEME):
        window.go_to_stage(stage)  # a new view is put in; no tick yet
        settle()
        assert timer_seen(window), stage


class FootWords(RoomCanvas):
    """A one-page board with a line of words at the foot of what it is given, or at the top."""

    def __init__(self, at_foot: bool) -> None:
        super().__init__("Words")
        self.at_foot, self.room_height = at_foot, 0.0

    def lay_out(self, height: float) -> int:
        self.room_height = height
        return 1

    def paint_room(self, p, area) -> None:
        top = self.room_height - 74 if self.at_foot else 40.0
        draw_text(p, QRectF(60, top, area.width() - 120, 44), "Words right across " * 8,
                  wrap=False)


@pytest.mark.parametrize("at_foot", [True, False])
def test_a_one_page_board_keeps_its_foot_only_for_words_there(show, at_foot):
    """A board on one page keeps its whole height when it draws nothing where the timer goes,
    and lays itself out above the foot row when it would."""
    view = show(FootWords(at_foot), 1920, 1080)
    view.keep_timer(True)
    assert view.keeps_foot() == at_foot
    image = view.grab().toImage()
    box = view.timer_corner()
    assert not any(image.pixelColor(x, y).lightness() < 120
                   for x in range(box.left(), box.right(), 2)
                   for y in range(box.top(), box.bottom(), 2))
    assert any(text.startswith("Words") for _px, text, _cut in view.drawn_text)
