"""The Review room view's Looking back page: the group's reflection and the next review date
in large type, after last time's comparison (no page while there is nothing to say) or alone on
a first workshop, where its three questions are on the wall before they are answered."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from wtfc.model.document import Document
from wtfc.model.operations.record import edit_reflection, set_next_review
from wtfc.model.workshop import Reflection
from wtfc.ui.boards.review_reflection_room import ANSWERS, NOT_WRITTEN
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.render import ViewRequest, view_factory

WELL = "Older people were nearly a third of the room and led two of the why-tree tables."
NOT_SO = "The hall was noisy for the two people with hearing aids."
NEXT = "Book a quieter room with a hearing loop."
MAY = dt.date(2027, 5, 12)


def _reflected(**update):
    ws = sample_workshop()
    return Document(
        ws.model_copy(
            update={
                "reflection": Reflection(went_well=WELL, not_so_well=NOT_SO, do_differently=NEXT),
                "next_review": MAY,
                **update,
            }
        )
    )


def _previous() -> Document:
    ws = sample_workshop()
    return Document(ws.model_copy(update={"title": "Spring review 2024", "themes": ws.themes[:3]}))


def _show(qtbot, view, size=(1366, 768)):
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _pages(view) -> list[list[tuple[float, str, bool]]]:
    """What each page draws: (size in real px, words, cut short)."""
    drawn = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        drawn.append(list(view.drawn_text))
    return drawn


def _words(page) -> list[str]:
    return [words for _px, words, _cut in page]


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_reflection_follows_the_comparison_legible_and_whole(qtbot, size):
    view = _show(qtbot, ReviewRoomView(_reflected(), _previous(), today=lambda: TODAY), size)
    pages = _pages(view)
    *compared, last = pages
    assert compared and all("Looking back on this workshop" not in _words(p) for p in compared)
    assert _words(last)[:2] == ["Looking back on this workshop", sample_workshop().title]
    for words in (
        "What went well",
        WELL,
        "What didn't go so well",
        NOT_SO,
        "What we would do differently next time",
        NEXT,
        "We will look again by 12 May 2027.",
    ):
        assert words in _words(last)
    assert min(px for px, _w, _c in last) >= 24  # legible from the back of the room
    assert not any(cut for _px, _w, cut in last)


def test_no_page_while_there_is_nothing_to_say(qtbot):
    doc = Document(sample_workshop())
    view = _show(qtbot, ReviewRoomView(doc, _previous(), today=lambda: TODAY))
    before = view.page_count()
    assert all("Looking back on this workshop" not in _words(p) for p in _pages(view))
    edit_reflection(doc, went_well=WELL).do(doc)  # the room sees the words as they come
    assert view.page_count() == before + 1
    view.show_page(before)
    view.grab()
    assert WELL in _words(view.drawn_text) and "What didn't go so well" not in _words(
        view.drawn_text
    )


def test_a_date_alone_is_said_in_words(qtbot):
    doc = Document(sample_workshop())
    set_next_review(doc, when=dt.date(2027, 3, 4)).do(doc)
    view = _show(qtbot, ReviewRoomView(doc, _previous(), today=lambda: TODAY))
    assert "We will look again by 4 March 2027." in _words(_pages(view)[-1])


def test_a_long_answer_goes_on_over_pages_every_word_shown(qtbot):
    long = " ".join(f"Sentence {n} about what went well on the day." for n in range(80))
    doc = _reflected(reflection=Reflection(went_well=long))
    view = _show(qtbot, ReviewRoomView(doc, None), (1366, 768))
    pages = _pages(view)
    assert len(pages) > 1
    shown = [
        w
        for p in pages
        for w in _words(p)[2:]  # (after the title and subtitle)
        if w and not w.startswith(("What ", "Not written yet", "• ", "We will"))  # (labels)
    ]
    assert " ".join(shown) == long
    assert _words(pages[1])[2] == "What went well (continued)"
    assert not any(cut for p in pages for _px, _w, cut in p)


def test_a_first_workshop_shows_its_reflection_with_no_last_times_file(qtbot):
    view = _show(qtbot, view_factory("review")(_reflected(), ViewRequest("review")))
    [page] = _pages(view)
    assert WELL in _words(page) and "We will look again by 12 May 2027." in _words(page)


QUESTIONS = [label for _field, label in ANSWERS]


def _waiting(questions: list[str]) -> list[str]:
    """The one card of the questions not answered yet: its label, then them listed."""
    return [NOT_WRITTEN, "\n".join(f"• {q}" for q in questions)]


def test_a_first_workshop_shows_its_questions_before_anything_is_typed(qtbot):
    """No last time's file and nothing typed yet: the room reads the three questions it is
    about to answer, not a line that sounds like an error, and "Not written yet" once over
    them (three empty white boxes read as if something failed to load)."""
    doc = Document(sample_workshop())
    view = _show(qtbot, view_factory("review")(doc, ViewRequest("review")), (1024, 768))
    [page] = _pages(view)
    words = _words(page)
    assert words[:2] == ["Looking back on this workshop", doc.workshop.title]
    assert [w for w in words[2:] if w] == _waiting(QUESTIONS)
    assert min(px for px, _w, _c in page) >= 24 and not any(c for _px, _w, c in page)
    edit_reflection(doc, went_well=WELL).do(doc)  # the first answer joins its question
    [page] = _pages(view)
    assert [w for w in _words(page)[2:] if w] == [QUESTIONS[0], WELL, *_waiting(QUESTIONS[1:])]
    shown = _reflected()  # shown, then emptied: the questions stay, never a blank screen
    view = _show(qtbot, ReviewRoomView(shown, None))
    edit_reflection(shown, went_well="", not_so_well="", do_differently="").do(shown)
    set_next_review(shown, when=None).do(shown)
    assert [w for w in _words(_pages(view)[0])[2:] if w] == _waiting(QUESTIONS)


def test_after_last_times_comparison_an_unanswered_question_is_not_shown(qtbot):
    """With a comparison to show, Looking back is a page only for what was said."""
    doc = Document(sample_workshop())
    view = _show(qtbot, ReviewRoomView(doc, _previous(), today=lambda: TODAY))
    assert not any(q in w for p in _pages(view) for w in _words(p) for q in QUESTIONS)
    assert not any(NOT_WRITTEN in _words(p) for p in _pages(view))


def test_the_room_shows_the_questions_on_review_of_a_first_workshop(qtbot):
    """The projector shows the Looking back questions at once on Review, and the answers as
    they are typed."""
    from wtfc.ui.wall.room import RoomController

    doc = Document(sample_workshop())
    room = RoomController(doc)
    qtbot.addWidget(room.window)
    room.act_show.setChecked(True)
    room.show_view("review")
    content = room.window.content
    assert isinstance(content, ReviewRoomView)
    assert [w for w in _words(_pages(content)[0])[2:] if w] == _waiting(QUESTIONS)
    edit_reflection(doc, went_well=WELL).do(doc)
    assert WELL in _words(_pages(room.window.content)[0])
    room.close()
