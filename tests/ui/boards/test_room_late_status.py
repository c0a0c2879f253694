"""Act's room view said "⚠ Late: due 1 Oct 2026" of the demo's late action at every size, and
Plan's at most: the room could not tell whether it had been started, which the boards, the
posters and the report all say ("⚠ Late: started" / "⚠ Late: not started"). Every late card
now says it, with when it was due where the line has room, on the same pages as before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.boards.plan_room_shown import shown_plan_room
from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import is_overdue
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import ActionStatus, Stage

TODAY = dt.date(2026, 11, 29)
SIZES = [(800, 600), (1024, 768), (1366, 768), (1920, 1080)]
# the demo's pages before this change: whether it was started costs none
PAGES = {Stage.ACT: [9, 6, 5, 4], Stage.PLAN: [8, 4, 7, 3]}


def _statuses(qtbot, doc: Document, stage: Stage, size: tuple[int, int]) -> tuple[int, list]:
    """(pages, every late line drawn on them) of ``stage``'s room view at ``size``."""
    view = shown_plan_room(qtbot, doc, size, TODAY, stage)
    lines = []
    for _page in saved_pages(view, f"room_late_{stage.value}_{size[0]}"):
        assert [words for _px, words, cut in view.drawn_text if cut] == []
        lines += [words for _px, words, _cut in view.drawn_text if "Late" in words]
    return view.page_count(), lines


@pytest.mark.parametrize("stage", [Stage.ACT, Stage.PLAN])
def test_a_late_card_says_whether_it_was_started_at_every_size(qtbot, stage):
    every = []
    for size, pages in zip(SIZES, PAGES[stage], strict=True):
        doc = Document(load_workshop(demo_path()).workshop)
        count, lines = _statuses(qtbot, doc, stage, size)
        assert count == pages, size
        assert lines, size
        assert all("⚠ Late: started" in line for line in lines), (size, lines)
        assert not any("Late: due" in line for line in lines), (size, lines)
        # the date too: with its year where the card is wide enough ("…, due 20 Nov 2026"),
        # or without (it is this year's: the heading says "as of 29 November 2026")
        assert all(", due 20 Nov" in line for line in lines), (size, lines)
        every += lines
    # 1366x768's Act and 800x600's Plan have the priority's mark before it, the date whole
    assert "Priority 1 · ⚠ Late: started, due 20 Nov 2026" in every


def test_not_started_and_long_late(qtbot):
    """A late action never started says so; one due over a year ago keeps its year or none."""
    doc = Document(load_workshop(demo_path()).workshop)
    late = next(a for a in doc.workshop.actions if is_overdue(a, TODAY))
    late.status = ActionStatus.NOT_STARTED
    late.by_when = dt.date(2025, 9, 30)
    for size in SIZES:
        _count, lines = _statuses(qtbot, doc, Stage.ACT, size)
        assert lines and all("⚠ Late: not started" in line for line in lines), (size, lines)
        # "due 30 Sep" would read as this September's
        assert all(line.endswith(("⚠ Late: not started", ", due 30 Sep 2025"))
                   for line in lines), (size, lines)


def test_a_continued_note_says_whether_it_was_started(qtbot):
    """A long note goes on over pages on a card of its own; that card says it too."""
    doc = Document(load_workshop(demo_path()).workshop)
    late = next(a for a in doc.workshop.actions if is_overdue(a, TODAY))
    late.progress_note = " ".join(["The provider's finance system waits on a new supplier,"
                                   " so the contract terms are not yet signed."] * 6)
    count, lines = _statuses(qtbot, doc, Stage.ACT, (800, 600))
    assert count > PAGES[Stage.ACT][0]  # the note went on over pages
    assert len(lines) > 1
    assert all("⚠ Late: started, due 20 Nov" in line for line in lines), lines


@pytest.mark.parametrize("stage", [Stage.ACT, Stage.PLAN])
def test_last_decembers_date_keeps_its_year(qtbot, stage):
    """Due 1 Dec 2025, seen "as of 29 November 2026": "due 1 Dec" read as this coming Tuesday,
    a year-late action barely late (Plan at 1024x768 and 1366x768, Act at 1920x1080 said it).
    The year goes only for this year's dates; where the year does not fit the card says
    "⚠ Late: started" alone. The pages are the demo's."""
    every = []
    for size, pages in zip(SIZES, PAGES[stage], strict=True):
        doc = Document(load_workshop(demo_path()).workshop)
        late = next(a for a in doc.workshop.actions if is_overdue(a, TODAY))
        late.by_when = dt.date(2025, 12, 1)
        count, lines = _statuses(qtbot, doc, stage, size)
        assert count == pages, size
        assert lines and all(line.endswith(("⚠ Late: started", ", due 1 Dec 2025"))
                             for line in lines), (size, lines)
        every += lines
    assert any(line.endswith(", due 1 Dec 2025") for line in every), every


def test_a_continued_note_keeps_last_years_date_whole(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    late = next(a for a in doc.workshop.actions if is_overdue(a, TODAY))
    late.by_when = dt.date(2025, 12, 1)
    late.progress_note = " ".join(["The provider's finance system waits on a new supplier,"
                                   " so the contract terms are not yet signed."] * 6)
    for size in SIZES:
        _count, lines = _statuses(qtbot, doc, Stage.ACT, size)
        assert lines and all(line.endswith(("⚠ Late: started", ", due 1 Dec 2025"))
                             for line in lines), (size, lines)
