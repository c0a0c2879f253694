"""Act's room view on a 1024x768 projector cut the overdue action's "So far" to one line ("So
far: One provider has agreed the contract terms; the other …"): the room never heard why it was
late. Each card's row is now laid out with room for what has happened so far, whole (at most
three lines where whole would cost a page), in type never under the room's 24 px floor."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import is_overdue
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.boards import plan_room_card
from wtfc.ui.boards.plan_card_words import NOTE_LEAST, note_height
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.plan_room_pages import LINE
from wtfc.ui.boards.room_paint import SMALL_PX, text_height
from wtfc.ui.wall.room_measure import FLOOR_PX

TODAY = dt.date(2026, 11, 29)


def _act_view(qtbot, doc: Document, size: tuple[int, int]) -> PlanRoomView:
    doc.workshop.stage = Stage.ACT
    view = PlanRoomView(doc, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _notes_drawn(view: PlanRoomView, name: str) -> dict[str, tuple[float, bool]]:
    """Each "So far: …" drawn, over every page: (its size in real px, cut short)."""
    notes = {}
    for _page in saved_pages(view, name):
        notes.update({words: (px, cut) for px, words, cut in view.drawn_text
                      if "So far: " in words})
    return notes


@pytest.mark.parametrize("size", [(800, 600), (1024, 768), (1366, 768), (1920, 1080)])
def test_what_has_happened_is_whole_on_the_projector(qtbot, size):
    doc = Document(load_workshop(demo_path()).workshop)
    view = _act_view(qtbot, doc, size)
    notes = _notes_drawn(view, f"room_act_note_{size[0]}")
    late = next(a for a in doc.workshop.actions if is_overdue(a, TODAY) and a.progress_note)
    noted = [a for a in doc.workshop.actions if a.progress_note]
    for action in noted:
        px, cut = next(v for words, v in notes.items() if words.endswith(action.progress_note))
        assert not cut, (action.id, size)
        assert px >= FLOOR_PX - 0.01
    assert late in noted


@pytest.mark.parametrize(("size", "times"), [((800, 600), 6), ((800, 600), 20),
                                             ((1024, 768), 6), ((1920, 1080), 30)])
def test_a_note_too_long_for_its_page_goes_on_over_the_next_every_word_whole(
        qtbot, monkeypatch, size, times):
    """A note of several paragraphs was cut after three lines ("…"), the rest never read: its
    card keeps three lines of it at least, ended "…", and the rest goes on, in order, on a card
    of its own on the next page(s) ("… the other waits"), in the room's type, nothing cut."""
    boxes: list[tuple[str, float]] = []
    real = plan_room_card.draw_text

    def record(p, rect, text, *args, **kwargs):
        boxes.append((text, rect.height()))
        return real(p, rect, text, *args, **kwargs)

    monkeypatch.setattr(plan_room_card, "draw_text", record)
    doc = Document(load_workshop(demo_path()).workshop)
    late = next(a for a in doc.workshop.actions if is_overdue(a, TODAY) and a.progress_note)
    late.progress_note = " ".join([late.progress_note] * times)
    view = _act_view(qtbot, doc, size)
    assert note_height(late, view._layout.card_width - 40) > NOTE_LEAST * LINE  # > 3 lines
    pieces, pages = [], []
    for page in saved_pages(view, f"room_act_long_note_{size[0]}_{times}"):
        drawn = view.drawn_text
        assert [words for _px, words, cut in drawn if cut] == [], page + 1
        assert all(px >= FLOOR_PX - 0.01 for px, _words, _cut in drawn)
        said = [re.sub(r"^#\d+ · ", "", words) for _px, words, _ in drawn  # (its mark)
                if re.match(r"(#\d+ · )?(So far: |… )", words) and late.what not in words]
        if said and late in view.page_actions(page):
            pieces += said
            pages.append(page)
    assert pages == list(range(pages[0], pages[0] + len(pages)))  # the pages after the card's
    assert len(pages) > 1 and pieces[0].startswith("So far: ") and pieces[0].endswith(" …")
    read = " ".join(piece.removeprefix("So far: ").removeprefix("… ").removesuffix(" …")
                    for piece in pieces)
    assert read.split() == late.progress_note.split()  # every word, once, in order
    three = text_height("So\nfar\nyet", 500, SMALL_PX)
    assert max(h for words, h in boxes if words.endswith(pieces[0])) >= three


@pytest.mark.parametrize("timer", [False, True])
def test_nothing_is_cut_on_an_800x600_projector(qtbot, timer):
    """At 800x600 "#2 · " (now "Priority 2 · ") begun a note that took the theme's line and
    pushed its last words onto a line its row was not sized for ("…the diary sheet is …"):
    the mark is on the status line there. The overdue note was cut at two lines ("…its new
    finance …"), a line short: that page takes the narrow margins and the gap under its lane.
    With the timer kept too."""
    doc = Document(load_workshop(demo_path()).workshop)
    view = _act_view(qtbot, doc, (800, 600))
    view.keep_timer(timer)
    diary = next(a for a in doc.workshop.actions if a.what.startswith("Keep a four-week diary"))
    cut, status = [], []
    for page in saved_pages(view, f"room_act_800_timer{int(timer)}"):
        cut += [(page + 1, words) for _px, words, short in view.drawn_text if short]
        if diary in view.page_actions(page):
            status = [words for _px, words, _ in view.drawn_text if words.startswith("Priority ")]
    assert cut == []
    assert status == ["Priority 2 · In progress · By 31 Jan 2027"]  # the note not begun with it

