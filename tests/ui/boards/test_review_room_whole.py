"""The Review room view reads last time's actions whole at every projector size.

At 1366x768 and 1920x1080, with the demo's file as last time's (13 actions, as the first
Review of the autumn cycle has), the view cut "Write a one-page profile with each person and
use a matching tool to match staff by interests, personality …" and its "So far (26 Nov
2026): … The matching tool is on trial in …" (6 texts at 1366x768, 7 at 1920x1080); only
1024x768 showed them whole. An overdue action's long "So far" (why it is late) was cut to
three lines with a quarter of the page empty. Right after New workshop from this one the
subtitle said "Older people's services — Working Together for Change compared with Older
people's services — Working Together for Change"."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.last_time_yardsticks import SUCCESS_HEAD
from wtfc.model.next_cycle import next_cycle
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review_room import ReviewRoomView, notes, subtitle

SIZES = [(800, 600), (1024, 768), (1366, 768), (1920, 1080)]
TODAY = dt.date(2026, 11, 29)
WHY_LATE = ("The pilot area is agreed. The first contract waits for the provider's new finance "
            "system, which they now say will be ready in January; the second provider has "
            "asked for the terms in writing and their board meets in February. ") * 3


def _pair(which: str) -> tuple[Workshop, Workshop]:
    """(this time, last time)."""
    demo = load_workshop(demo_path()).workshop
    before = load_workshop(demo_previous_path()).workshop
    if which == "demo":  # the demo as it opens: spring as last time
        return demo, before
    if which == "demo as last time":  # 13 actions to review, beside spring's themes
        return before, demo
    return next_cycle(demo), demo  # "new cycle": the first minute after New from this one


def _read(qtbot, view: ReviewRoomView, size: tuple[int, int],
          shot: str = "") -> list[list[tuple[str, bool]]]:
    """Each page's texts as drawn: (words, cut short)."""
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    pages = []
    for page in range(view.page_count()):
        view.show_page(page)
        if shot:  # its one drawing, kept as a picture unless make test
            save_render(view, f"{shot}_{size[0]}_{page + 1}")
        else:
            assert not view.grab().isNull()
        pages.append([(words, cut) for _px, words, cut in view.drawn_text])
    return pages


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("which", ["demo", "demo as last time", "new cycle"])
def test_no_text_is_cut_short_on_any_page(qtbot, which, size):
    now, last = _pair(which)
    view = ReviewRoomView(Document(now), Document(last), today=lambda: TODAY)
    pages = _read(qtbot, view, size, "review_whole" if which == "demo as last time" else "")
    # (at 800x600 last time's success statements for a priority are taller than a page: cut
    # to it, with "…", test_review_room_on_page)
    cut = [(n + 1, words[:50]) for n, page in enumerate(pages) for words, c in page
           if c and not (size == (800, 600) and words.startswith(SUCCESS_HEAD))]
    assert cut == []
    whole = {words for page in pages for words, _cut in page}
    actions = view.comparison().actions
    said = [text for a in actions for text in (a.what, *notes(a))]
    assert len(actions) == len(last.actions) and not set(said) - whole
    assert view._layout.most == [None] * len(actions)  # every note its whole lines


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_an_overdue_actions_long_note_is_whole_on_a_page_of_its_own_if_need_be(qtbot, size):
    """It says why the action is late; at 800x600, where the card is taller than a page, it
    has the page to itself and the most lines of its note that page holds (not three)."""
    demo, before = _pair("demo")
    late = before.actions[0].model_copy(update={"progress_note": WHY_LATE.strip()})
    before.actions[0] = late
    view = ReviewRoomView(Document(demo), Document(before), today=lambda: TODAY)
    pages = _read(qtbot, view, size, "review_why_late")
    action = next(a for a in view.comparison().actions if a.what == late.what)
    assert action.overdue
    note = next(n for n in notes(action) if n.startswith("So far"))
    drawn = [(n, c) for n, page in enumerate(pages) for words, c in page if words == note]
    assert len(drawn) == 1
    page, cut = drawn[0]
    assert cut == (size == (800, 600))
    if cut:
        assert view.page_actions(page) == [action]
        most = view._layout.most[view.comparison().actions.index(action)]
        assert most is not None and most > 3


def test_a_new_cycle_with_the_same_title_is_told_apart_by_its_dates(qtbot):
    title = "Older people's services — Working Together for Change"
    assert subtitle(title, title, None, dt.date(2026, 11, 12)) == (
        f"{title}: this time compared with 12 November 2026")
    assert subtitle(title, title + " ", dt.date(2027, 5, 12), dt.date(2026, 11, 12)) == (
        f"{title}: 12 May 2027 compared with 12 November 2026")
    assert subtitle(title, title.upper()) == f"{title}: this time compared with last time"
    assert subtitle("Autumn", "Spring") == "Autumn compared with Spring"  # as before
    now, last = _pair("new cycle")
    view = ReviewRoomView(Document(now), Document(last), today=lambda: TODAY)
    pages = _read(qtbot, view, (1366, 768), "review_new_cycle")
    assert f"{title}: this time compared with 12 November 2026" in dict(pages[0])
    assert not any(f"{title} compared with {title}" in words for words, _c in pages[0])


def test_before_any_card_is_in_it_says_no_reviews_are_in_yet(qtbot):
    """Not "16 people's reviews last time, no person recorded this time" on the first minute
    of a new cycle (as if the cards had come in without their people): on the room's first
    page, the board's summary and the report, which all say ``reviewed_text``."""
    from wtfc.model.compare import compare_workshops
    from wtfc.model.compare_words import reviewed_text
    from wtfc.model.workshop import Card, Kind

    now, last = _pair("new cycle")
    said = "16 people's reviews last time, no reviews brought in yet this time."
    assert reviewed_text(compare_workshops(last, now, today=TODAY)) == said
    view = ReviewRoomView(Document(now), Document(last), today=lambda: TODAY)
    pages = _read(qtbot, view, (1366, 768))
    assert any(said in words for words, _cut in pages[0])
    # the first card in, with its person: counted as it comes
    card = Card(id="c1", kind=Kind.NOT_WORKING, text="Different carers",
                person=now.people[0].id)
    brought = now.model_copy(update={"cards": [card]})
    assert reviewed_text(compare_workshops(last, brought, today=TODAY)).startswith(
        "16 people's reviews last time, 1 this time")
    nobody = now.model_copy(update={"cards": [card.model_copy(update={"person": ""})]})
    assert "no person recorded this time" in reviewed_text(
        compare_workshops(last, nobody, today=TODAY))
