"""What the Plan and Act room views draw, and their following of the document by it: laid out
again only when an edit (or its undo) changes something they draw. Each edit laid out 150
actions again (0.1-0.3 s), even one the room cannot see: a card's words on the wall, a theme's
comment, an unlinked cause in the why-tree, Prepare's venue.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable

from wtfc.model.document import Document
from wtfc.ui.boards.names_follow import follow_names
from wtfc.ui.boards.room_paint import RoomCanvas
from wtfc.ui.document_follow import follow_document
from wtfc.ui.screen_fonts import lent_count


def drawn_facts(doc: Document, today: dt.date) -> tuple:
    """Every fact of the document the room views read (``plan_room``, its cards, their notes,
    the facts under the heading): each action's words, owner, role, date, status and note,
    the words of the cause and success it is linked to, every theme's name and priority (the
    lanes' order, each card's theme line, the priorities with nothing planned), the stage.
    Values, not the parts: an edit copies a part whatever it changes (a theme's comment). The
    fonts lent so far too: a font another view lent since draws this view's words otherwise;
    and the names to watch, which the notes are guarded with (pasting them is no edit, but says
    so: ``names_changed``; the view looks again as it is drawn too, ``PlanRoomView.page_count``)."""
    workshop = doc.workshop

    def linked(collection: str, part_id: str | None) -> tuple | None:
        part = doc.get(collection, part_id) if part_id else None
        return None if part is None else (part.text, getattr(part, "agreed", None))

    return (workshop.stage, today, lent_count(), doc.names_to_watch,
            tuple((t.id, t.name, t.priority.chosen, t.priority.rank) for t in workshop.themes),
            tuple((a.id, a.theme_id, a.role, a.owner, a.what, a.by_when, a.status,
                   a.progress_note, a.agreed_what, a.agreed_by_when, a.done_on,
                   a.heard_at_check, linked("causes", a.cause_id),
                   linked("success", a.success_id)) for a in workshop.actions))


class DrawnFollower:
    """Lays a room view out again after an edit, a reset or names pasted to watch for, only
    where ``drawn_facts`` changed.

    The view keeps it; the document's events hold it weakly, and it holds the view weakly, so
    a view let go is not kept alive (nor laid out on every edit) by the document."""

    def __init__(self, view: RoomCanvas, doc: Document, today: Callable[[], dt.date]) -> None:
        self._view: weakref.ref[RoomCanvas] = weakref.ref(view)
        self._doc, self._today = doc, today
        self._seen = drawn_facts(doc, today())
        follow_document(view, doc, on_edited=self._on_edited, on_reset=self._on_edited)
        follow_names(view, doc, self._on_edited)  # pasted: the notes guarded with them

    def _on_edited(self) -> None:
        view = self._view()
        if view is not None and (now := drawn_facts(self._doc, self._today())) != self._seen:
            self._seen = now
            view.relayout()
