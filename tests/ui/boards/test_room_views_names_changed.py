"""A name pasted in Collect's "Names to watch for" while a room view is on the projector: pasting
is no edit, so it sent no event, and the view went on showing what it last drew. Act's room
view kept "So far: Zebedee rang the office…" (on a long note's continued cards too) until a
page turn or an edit, and Review's kept last time's "Runs every Thursday; Okafor drives it."
The box now says the names changed (``names_changed``) and both views draw again at once, with
no step to undo. (Identify success's, the why-tree's and the wall's room views draw no words the
names guard: nothing of theirs changes with them.)"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.boards.board_workshops import TODAY as REVIEW_TODAY
from tests.ui.boards.board_workshops import previous_file
from tests.ui.boards.test_plan_room_names_to_watch import NAMES, NOTE, TODAY, _doc
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.common import RefusalNotice
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.review_last_words import LastTime
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.room_paint import RoomCanvas
from wtfc.ui.cards_held_back import WatchNamesBox
from wtfc.ui.undo import UndoAdapter


def _up(qtbot, view: RoomCanvas, size: tuple[int, int]) -> RoomCanvas:
    """On the projector: its own window, shown and drawn."""
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    settle()
    return view


def _drawn(view: RoomCanvas) -> str:
    """What the view drew at its last paint (no paint asked for here)."""
    return "\n".join(text for _px, text, _cut in view.drawn_text)


def _paste(qtbot, doc: Document, names: str) -> UndoAdapter:
    """As the facilitator does, in Collect's box (Check all cards again reads it again); then
    the window's events run once."""
    undo = UndoAdapter(doc)
    box = WatchNamesBox(doc, undo, RefusalNotice())
    qtbot.addWidget(box)
    box.names_box.setPlainText(names)
    box.names()
    QApplication.processEvents()
    return undo


def _said_once(doc: Document) -> None:
    """The box says the names changed when they do, not again at the same names."""
    seen: list[tuple[str, ...]] = []
    doc.events.names_changed.connect(lambda: seen.append(doc.names_to_watch))
    box = WatchNamesBox(doc, UndoAdapter(doc), RefusalNotice())
    box.names_box.setPlainText("\n".join(doc.names_to_watch))
    box.names_box.setPlainText("Someone Else")
    box.names()
    assert seen == [("Someone Else",)]
    box.deleteLater()


def test_acts_room_view_up_draws_a_pasted_name_as_name_at_once(qtbot):
    doc = _doc(" ".join([NOTE] * 14))  # a note going on over continued cards at 800x600
    view = _up(qtbot, PlanRoomView(doc, today=lambda: TODAY), (800, 600))
    for page in range(view.page_count()):  # to a page of continued cards
        view.show_page(page)
        QApplication.processEvents()
        if "\n… " in _drawn(view):
            break
    assert "\n… " in _drawn(view) and "Zebedee rang the office" in _drawn(view)
    gone = _up(qtbot, PlanRoomView(doc, today=lambda: TODAY), (800, 600))
    gone.close()
    gone.deleteLater()  # a view let go is not asked to draw
    undo = _paste(qtbot, doc, "\n".join(NAMES))
    drawn = _drawn(view)
    assert "[name] rang the office" in drawn
    assert "Zebedee" not in drawn and "Quill" not in drawn
    save_render(view, "room_act_names_changed")
    assert view.page_label.text() == f"Page {view.page + 1} of {view.page_count()}"
    assert undo.stack.count() == 0  # names to watch are no edit
    _said_once(doc)


def test_reviews_room_view_up_draws_last_times_pasted_name_as_name_at_once(qtbot, doc,
                                                                          tmp_path):
    then = load_workshop(previous_file(tmp_path)).workshop
    note = "Runs every Thursday; Okafor drives it."  # a name the guard knows once pasted
    previous = LastTime(then.model_copy(update={
        "actions": [a.model_copy(update={"progress_note": note}) for a in then.actions]}))
    view = _up(qtbot, ReviewRoomView(doc, previous, today=lambda: REVIEW_TODAY), (1920, 1080))
    assert "Okafor" in _drawn(view)
    undo = _paste(qtbot, doc, "Okafor")
    drawn = _drawn(view)
    assert "Okafor" not in drawn and "[name] drives it" in " ".join(drawn.split())
    save_render(view, "room_review_names_changed")
    assert undo.stack.count() == 0
