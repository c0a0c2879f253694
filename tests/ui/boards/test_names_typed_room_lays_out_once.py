"""Typing a name into Collect's "Names to watch for" with Act's room view on the projector: each
key said the names changed ("Z", "Ze", "Zeb"…) and the room view measured every row and note
again, a freeze of ~90 ms a key at 150 actions and ~420 ms at 283 (ten seconds to type four
names). The names are in force at once (exports, the letter), and the room views are told once
typing pauses, or at once when editing ends."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.boards.test_plan_room_names_to_watch import NAMES, NOTE, TODAY, _doc
from tests.ui.boards.test_room_views_names_changed import _drawn, _up
from tests.ui.settled import until
from wtfc.ui.boards.common import RefusalNotice
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.cards_held_back import WatchNamesBox
from wtfc.ui.undo import UndoAdapter


def _room_and_box(qtbot) -> tuple[PlanRoomView, WatchNamesBox, list[float]]:
    """Act's room view up showing Zebedee's note, the box focused; and the times the view is
    laid out afresh from then on."""
    doc = _doc()
    view = _up(qtbot, PlanRoomView(doc, today=lambda: TODAY), (1920, 1080))
    for page in range(view.page_count()):  # to the page of Zebedee's action
        view.show_page(page)
        view.repaint()
        if "Zebedee rang the office" in _drawn(view):
            break
    assert "Zebedee rang the office" in _drawn(view)
    layouts: list[float] = []
    lay_out = view.lay_out

    def counted(height: float) -> int:
        if view._count is None:  # afresh (a second look for the page label is the same layout)
            layouts.append(time.monotonic())
        return lay_out(height)

    view.lay_out = counted  # type: ignore[method-assign]
    box = WatchNamesBox(doc, UndoAdapter(doc), RefusalNotice())
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    box.names_box.setFocus()
    QApplication.processEvents()
    assert box.names_box.hasFocus()
    return view, box, layouts


def _type(qtbot, box: WatchNamesBox, text: str) -> list[float]:
    """Key by key, the window's events run after each (as a person types); when each key went."""
    sent = []
    for ch in text:
        sent.append(time.monotonic())
        qtbot.keyClicks(box.names_box, ch)
        QApplication.processEvents()
    sent.append(time.monotonic())
    return sent


def test_a_name_typed_lays_the_room_view_out_once_after_the_pause(qtbot):
    view, box, layouts = _room_and_box(qtbot)
    sent = _type(qtbot, box, NAMES[0])
    assert box.doc.names_to_watch == NAMES  # in force at once: an export now hides it
    # none while typing (unless the machine stalled a key as long as the pause itself)
    stalls = sum(b - a >= box.tell_after_ms / 1000 for a, b in itertools.pairwise(sent))
    assert len(layouts) <= stalls, f"{len(layouts)} layouts for {len(NAMES[0])} keys"
    until(qtbot, lambda: len(layouts) > stalls)
    QApplication.processEvents()
    assert len(layouts) == stalls + 1
    view.repaint()
    drawn = _drawn(view)
    assert "[name] rang the office" in drawn and "Zebedee" not in drawn and "Quill" not in drawn
    assert len(layouts) == stalls + 1  # drawn with the layout made for these names


def test_editing_ended_before_the_pause_tells_the_room_view_at_once(qtbot):
    view, box, layouts = _room_and_box(qtbot)
    _type(qtbot, box, NAMES[0])
    before = len(layouts)
    qtbot.keyClick(box.names_box, Qt.Key.Key_Tab)  # on to Check all cards again
    assert not box.names_box.hasFocus()
    assert len(layouts) == before + 1  # no wait
    view.repaint()
    assert "[name] rang the office" in _drawn(view)
    assert NOTE.split()[0] not in _drawn(view)
