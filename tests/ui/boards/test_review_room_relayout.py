"""A theme renamed on a big workshop stalled the Review room view on the projector a third of a
second: every row measured again and the pages shared out again. Rows and pages are now kept
(``review_room_measure``); the room must see exactly what a fresh view shows, at each step of
an edit, its undo and its redo."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.operations.themes import rename_theme
from wtfc.model.storage import load_workshop, workshop_to_bytes
from wtfc.model.workshop import Workshop
from wtfc.ui.boards import review_room_measure
from wtfc.ui.boards.review_room import ReviewRoomView

TODAY = dt.date(2026, 11, 28)
LONGER = " and a much longer name that wraps onto more lines than it did before"


def _demo() -> tuple[Workshop, Workshop]:
    return load_workshop(demo_path()).workshop, load_workshop(demo_previous_path()).workshop


def _generated() -> tuple[Workshop, Workshop]:
    """1,500 cards in 40 themes a side, a quarter renamed, a quarter new; 30 actions."""
    from benchmarks.bench_review import _pair

    before, now = _pair(cards=1500, themes=40, actions=30)
    return now, before


def _view(qtbot, doc: Document, previous: Workshop, size: tuple[int, int]) -> ReviewRoomView:
    # a Document of its own for last time's: its room copy and pages are not shared
    view = ReviewRoomView(doc, Document(previous), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


def _pages(view: ReviewRoomView) -> list[list[str]]:
    """Every page's words, as drawn."""
    out = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        out.append([text for _px, text, _cut in view.drawn_text])
    return out


@pytest.mark.parametrize("workshops", [_demo, _generated], ids=["demo", "generated"])
@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_after_a_rename_its_undo_and_redo_the_room_reads_as_a_fresh_view(qtbot, workshops,
                                                                         size):
    now, previous = workshops()
    doc = Document(now)
    kept = _view(qtbot, doc, previous, size)
    # laid out and measured once: as a fresh view shows the workshop as it was (it is one)
    fresh = {workshop_to_bytes(doc.workshop): _pages(kept)}
    theme = doc.workshop.themes[len(doc.workshop.themes) // 2]
    edit = rename_theme(doc, theme_id=theme.id, name=theme.name + LONGER)
    for step in (edit.do, edit.undo, edit.do):
        step(doc)
        shown = _pages(kept)
        # undo and redo give back workshops a fresh view has drawn already (the same bytes):
        # a fresh view is built for the renamed one only (2 big views fewer to lay out)
        key = workshop_to_bytes(doc.workshop)
        if key not in fresh:
            fresh[key] = _pages(_view(qtbot, Document(doc.workshop), previous, size))
        assert shown == fresh[key]
        renamed = any(LONGER.strip() in text for page in shown for text in page)
        assert renamed == (step == edit.do)  # (the demo's middle theme changed: it is listed)
    assert len(fresh) == 2


def test_a_rename_measures_the_renamed_theme_again_not_every_row(qtbot, monkeypatch):
    now, previous = _generated()
    doc = Document(now)
    view = _view(qtbot, doc, previous, (1920, 1080))
    view.page_count()
    measured: list[str] = []
    real = review_room_measure.part_height

    def counted(t, *args):
        measured.append(t.name)
        return real(t, *args)

    monkeypatch.setattr(review_room_measure, "part_height", counted)
    theme = doc.workshop.themes[30]
    rename_theme(doc, theme_id=theme.id, name=theme.name + LONGER).do(doc)
    listed = [t.name for page in range(view.page_count()) for t in view.page_themes(page)]
    assert theme.name + LONGER in listed
    assert measured and set(measured) == {theme.name + LONGER}
    for page in saved_pages(view, "review_room_relayout_renamed"):  # looked at by a person
        assert view.page == page


def test_the_room_view_built_again_at_the_next_visit_measures_only_what_was_edited(qtbot,
                                                                                   monkeypatch):
    now, before = _generated()
    doc, previous = Document(now), Document(before)
    first = ReviewRoomView(doc, previous, today=lambda: TODAY)  # as at a visit to 8 Review
    qtbot.addWidget(first)
    first.resize(1920, 1080)
    first.show()
    shown = _pages(first)
    first.close()
    theme = doc.workshop.themes[30]
    edit = rename_theme(doc, theme_id=theme.id, name=theme.name + LONGER)
    edit.do(doc)  # on the wall, Review not shown
    measured: list[str] = []
    real = review_room_measure.part_height

    def counted(t, *args):
        measured.append(t.name)
        return real(t, *args)

    monkeypatch.setattr(review_room_measure, "part_height", counted)
    again = ReviewRoomView(doc, previous, today=lambda: TODAY)  # the next visit
    qtbot.addWidget(again)
    again.resize(1920, 1080)
    again.show()
    renamed = _pages(again)
    assert set(measured) == {theme.name + LONGER}
    edit.undo(doc)
    assert _pages(again) == shown
    assert renamed != shown
