"""The why-tree's room view keeps what it measured from edit to edit (a 60-cause tree's plan
took ~1 s an edit, most of it laying out again pages the edit did not touch): after each edit,
and after undoing them, the room sees exactly the pages a room view opened afresh shows, never
one laid out for words renamed away or a mark taken off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.ui.boards.test_causes_room_pages import _wide_doc
from wtfc.model.operations.causes import add_cause, edit_cause
from wtfc.model.storage import workshop_to_bytes
from wtfc.ui.boards import why_tree_items, why_tree_room_continued
from wtfc.ui.boards.why_tree_items import CauseItem

LONG = ("Reason 4: staff are not given the time they need to know people, so each visit is a "
        "list of tasks done against the clock and nobody asks how the person is")


def _forget() -> None:
    """What earlier plans kept, forgotten: a new view's plan measures every box anew."""
    why_tree_items._HEIGHTS.clear()
    why_tree_items._text_height_kept.cache_clear()
    why_tree_room_continued._height_kept.cache_clear()


def _seen(widget) -> list[tuple]:
    """Each page as the room sees it: its boxes' words, where each stands, and its size."""
    pages = []
    for page in range(widget.page_count()):
        widget.show_page(page)
        boxes = sorted((item.cause.text, round(item.pos().x(), 3), round(item.pos().y(), 3))
                       for item in widget.scene.nodes.values() if isinstance(item, CauseItem))
        pages.append((boxes, round(widget.view.transform().m11(), 6),
                      widget.scene.tree_style))
    return pages


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(1920, 1080)])
def test_after_each_edit_the_room_sees_what_a_fresh_view_shows(causes_room, size):
    doc, theme_id = _wide_doc(30)
    live = causes_room(doc, theme_id, size)
    assert live.page_count() > 1
    edits = [edit_cause(doc, cause_id="k3", text=LONG),
             edit_cause(doc, cause_id="k5", root_cause=True),
             add_cause(doc, theme_id=theme_id, text="Nobody rings when the carer is late",
                       parent_id="k7")]
    # undoing comes back to workshops seen after the edits: a fresh view of each is opened
    # once (4, not 6); the live view is read after every step, and where no fresh view came
    # between (_forget() empties what every view kept) it goes on with what it kept
    fresh: dict[bytes, list[tuple]] = {}
    for step in [e.do for e in edits] + [e.undo for e in reversed(edits)]:
        step(doc)
        QApplication.processEvents()
        kept = _seen(live)
        if (now := workshop_to_bytes(doc.workshop)) not in fresh:
            _forget()
            fresh[now] = _seen(causes_room(doc, theme_id, size))
        assert kept == fresh[now]
    assert LONG not in {text for boxes, _, _ in kept for text, _, _ in boxes}  # renamed back
