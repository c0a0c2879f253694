"""The why-tree's room view on a slow laptop: a plan keeps what it found for the workshop, so an
edit searches again only the pages it changed, a priority chosen again or a stage come back to
is not searched at all. The room always sees, pixel for pixel, the pages a view planned afresh
shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.ui.boards.test_causes_room_pages import _wide_doc
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.causes import add_cause, edit_cause
from wtfc.model.storage import load_workshop, workshop_to_bytes
from wtfc.ui.boards.common import priority_themes
from wtfc.ui.boards.why_tree_kept import forget, kept_for
from wtfc.ui.boards.why_tree_pages import TreeMeasure
from wtfc.ui.render import ViewRequest
from wtfc.ui.wall import RoomController


@pytest.fixture(autouse=True)
def _afresh():
    forget()
    yield
    forget()


def _grabs(widget) -> list[bytes]:
    """Every page's pixels."""
    shots = []
    for page in range(widget.page_count()):
        widget.show_page(page)
        QApplication.processEvents()
        image = widget.grab().toImage()  # (kept while its bits are read)
        shots.append(bytes(image.constBits()))
    return shots


def _fresh(causes_room, doc, theme_id, size) -> list[bytes]:
    """The pages of a view planned as if the workshop had just been opened: on a Document of
    its own (``kept_for`` keeps by Document: it starts with nothing kept, as after ``forget``)
    over the same workshop, so what the live view kept is neither used nor wiped."""
    widget = causes_room(Document(doc.workshop), theme_id, size)
    shots = _grabs(widget)
    widget.close()
    return shots


@pytest.mark.parametrize("size", [QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080)])
def test_after_edits_undo_and_redo_the_room_sees_what_a_fresh_view_shows(causes_room, size):
    doc, theme_id = _wide_doc(30)
    live = causes_room(doc, theme_id, size)
    assert live.page_count() > 1
    edits = [edit_cause(doc, cause_id="k3", text="Staff are not given the time they need to "
                        "know people, so each visit is a list of tasks done against the clock"),
             edit_cause(doc, cause_id="k5", root_cause=True),
             add_cause(doc, theme_id=theme_id, text="Nobody rings when the carer is late",
                       parent_id="k7")]
    steps = [e.do for e in edits] + [e.undo for e in reversed(edits)] + [e.do for e in edits]
    # undo and redo come back to workshops seen before: a fresh view of each is planned once
    # (3 plans, not 9: the live view, opened afresh, is the workshop as opened); the live view
    # is grabbed after every step: it plans each edit from what it kept, and at each undo and
    # redo it goes on with the plan it kept for that workshop, which must show what a fresh
    # plan shows (the fresh views keep their own, so the live view's is never wiped)
    fresh: dict[bytes, list[bytes]] = {workshop_to_bytes(doc.workshop): _grabs(live)}
    for step in steps:
        step(doc)
        QApplication.processEvents()
        now = workshop_to_bytes(doc.workshop)
        if now not in fresh:
            fresh[now] = _fresh(causes_room, doc, theme_id, size)
        assert _grabs(live) == fresh[now]


def test_an_edit_searches_only_the_pages_it_changed(causes_room, monkeypatch):
    doc, theme_id = _wide_doc(30)
    widget = causes_room(doc, theme_id, QSize(1366, 768))
    pages = widget.page_count()
    assert pages > 1
    kept = kept_for(doc)
    fresh = kept.searches  # every page tried and numbered, with and without who was in teams
    searched: list[set[str]] = []
    search = TreeMeasure._search

    def seen(self, graph, *args):
        searched.append(set(graph.nodes))
        return search(self, graph, *args)

    monkeypatch.setattr(TreeMeasure, "_search", seen)
    edit = edit_cause(doc, cause_id="k3", text="Staff are not given the time to know people")
    edit.do(doc)
    QApplication.processEvents()
    # only pages showing the cause edited: a plan from nothing searched them all
    assert searched and all("k3" in nodes for nodes in searched)
    assert len(searched) < fresh / 2
    searched.clear()
    edit.undo(doc)  # the tree as it was, and then as edited: both planned already
    QApplication.processEvents()
    edit.do(doc)
    QApplication.processEvents()
    assert searched == []
    assert widget.page_count() == pages


def test_a_priority_chosen_again_is_not_searched_again():
    doc = Document(load_workshop(demo_path()).workshop)
    themes = [t.id for t in priority_themes(doc)]
    chosen = [themes[0]]
    room = RoomController(doc, board_request=lambda name: ViewRequest(name, chosen[0]))
    room.act_show.setChecked(True)
    room.window.showNormal()
    room.window.resize(1366, 768)
    for theme_id in themes:
        chosen[0] = theme_id
        room.show_view("causes")
        room.window.content.page_count()
        room.window.content.show_page(0)  # (its pages asked for: planned now)
    searched = kept_for(doc).searches
    assert searched > 0
    for theme_id in reversed(themes):
        chosen[0] = theme_id
        room.show_view("causes")
        room.window.content.show_page(0)
    assert kept_for(doc).searches == searched
    room.close()
