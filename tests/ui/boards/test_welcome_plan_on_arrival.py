"""The room's Welcome shows the day's plan on its first page (review 37 R2 finding 8).

While people arrive nobody turns the Welcome's pages, so the room saw only its first: why we
are here and what it covers. The day's plan, what arrivals ask first ("when is lunch? when do
we finish?"), was on the last page: page 3 of 3 on a 1024x768 projector, page 2 of 2 at
1920x1080. It now goes on page 1: beside the purpose on a screen of two columns, under it where
both fit on one, else first. Every other word is still on some page."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage, Workshop
from wtfc.ui.boards.welcome_room import WelcomeRoomView
from wtfc.ui.boards.welcome_words import PLAN_LABEL, plan_rows, who_words

SIZES = [(800, 600), (1024, 768), (1366, 768), (1920, 1080)]


def _demo(start: dt.time | None = None) -> Workshop:
    """The demo, or the demo on the clock: starting at ``start``, lunch after Theme and a
    break after Success (the longest plan a usual day has)."""
    ws = load_workshop(demo_path()).workshop
    if start is None:
        return ws
    breaks = {Stage.THEME: 45, Stage.IDENTIFY_SUCCESS: 15}
    agenda = [p.model_copy(update={"break_after": breaks.get(p.stage)}) for p in ws.agenda]
    return ws.model_copy(update={"starts_at": start, "agenda": agenda})


def _pages(view) -> list[list[str]]:
    drawn = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        drawn.append([words for _px, words, _cut in view.drawn_text])
    return drawn


@pytest.mark.parametrize("start", [None, dt.time(10, 0)], ids=["no start time", "at 10:00"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_arriving_room_sees_the_days_plan_on_page_one(qtbot, show, size, start):
    ws = _demo(start)
    pages = _pages(show(WelcomeRoomView(Document(ws)), *size))
    first = pages[0]
    rows, total = plan_rows(ws)
    assert PLAN_LABEL in first, (size, [p[:3] for p in pages])
    if size == (800, 600):  # too small for the whole plan under the title: it starts there
        assert rows[0][0] in first and rows[1][0] in first
    else:
        assert all(words in first for words, _time in rows) and total in first
    words = [w for page in pages for w in page]  # and every other word on some page
    everyone, share = who_words(ws)
    for said in (ws.purpose, ws.scope, everyone, share):
        assert said in words or said in " ".join(words), said


@pytest.mark.parametrize("start", [None, dt.time(10, 0)], ids=["no start time", "at 10:00"])
def test_at_1920x1080_the_plan_is_beside_why_we_are_here(qtbot, show, start):
    """Why we are here and what it covers in the first column, the plan whole in the second
    (1366x768 has room for the plan whole on page 1 only across both columns)."""
    pages = _pages(show(WelcomeRoomView(Document(_demo(start))), 1920, 1080))
    first = pages[0]
    assert first.index("Why we are here") < first.index("What it covers") \
        < first.index(PLAN_LABEL)
    assert f"{PLAN_LABEL} (continued)" not in first
