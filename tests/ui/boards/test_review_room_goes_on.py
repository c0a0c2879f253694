"""A theme's card taller than the page left goes on over the next page, never cut.

On a big borough's workshop (60 themes, ~300 people each time, last time's priorities with
success statements from four perspectives) the Review room view's first page held the heading
and the facts alone, four fifths empty at 1920x1080: priority 1's card was nearly a page high,
so it began on page 2. Cards taller than a page had their statements cut with "…" to a page's
worth (at 1366x768 priority 1's to 13 lines): the room never read last time's yardsticks for
the rest. Now the first theme begins under the facts on page 1 and each card's statements go
on, in whole words, under the theme's name ("…, continued") on the next page; the next tall
card begins under a continued one rather than leave its page mostly empty.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.last_time_yardsticks import SUCCESS_HEAD
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Perspective, SuccessStatement, Workshop
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.review_room_pieces import continued_name, piece_text
from wtfc.ui.style import WALL_BACKGROUND
from wtfc.ui.wall.room_measure import FLOOR_PX

TODAY = dt.date(2026, 11, 29)
SIZES = [(1920, 1080), (1366, 768), (1024, 768)]
SAID = ["I have time to do my job properly and I am valued by the people I work for",
        "I know who is coming and when, and someone rings if they are running late",
        "I can phone one number and a person who knows me answers the phone",
        "My carers listen to me and understand what is important to me and my family",
        "I get out to the places I enjoy at least once a week, with someone I trust",
        "Information reaches me before I need it, in plain words and in large print",
        "I tell my story once and everyone who helps me knows it from then on",
        "Our contracts reward providers who keep the same carers with the same people"]


def _big_yardsticks() -> Workshop:
    """Last time's demo workshop, each of its priorities with 32 success statements (eight from
    each perspective), as a borough's workshop had them: each card taller than a page. Its
    reflection left empty: the first page's facts are two lines, as the borough's were (the
    demo's "do differently" and next review fill over half of page 1 at 1024x768, which is
    then not mostly empty, and the first card begins on page 2)."""
    last = load_workshop(demo_previous_path()).workshop
    last = last.model_copy(update={"reflection": last.reflection.model_copy(
        update={"do_differently": ""})})
    success = [SuccessStatement(theme_id=t.id, perspective=p, text=f"{words} ({t.priority.rank}"
                                f"{p.value[0]}{n}).")
               for t in last.themes if t.priority.chosen
               for p in Perspective for n, words in enumerate(SAID)]
    return last.model_copy(update={"success": success})


def _view(size: tuple[int, int]) -> ReviewRoomView:
    view = ReviewRoomView(Document(load_workshop(demo_path()).workshop),
                          Document(_big_yardsticks()), today=lambda: TODAY)
    view.resize(*size)
    view.show()
    return view


def _lowest_ink(view: ReviewRoomView) -> float:
    """How far down the page (a share of the height over the page label) something is drawn."""
    image = view.grab().toImage()
    top = view.page_label.geometry().top() if view.page_label.isVisible() else image.height()
    background = QColor(WALL_BACKGROUND).rgb()
    for y in range(top - 1, 0, -2):
        if any(image.pixel(x, y) != background for x in range(0, image.width(), 4)):
            return y / top
    return 0.0


@pytest.fixture(scope="module")
def walked(qapp):
    """``walked(size)``: the big workshop's view at that size, each page's drawn text and how
    far down its ink goes, each page shown in turn: made and walked once a size (both tests
    read the same view at 1366x768 and 1024x768, and each walked its pages)."""
    made: dict = {}

    def walk(size: tuple[int, int]):
        if size not in made:
            view = _view(size)
            pages, lowest = [], []
            for _page in saved_pages(view, f"review_goes_on_{size[0]}"):  # looked at by a person
                lowest.append(_lowest_ink(view))
                pages.append(list(view.drawn_text))
            made[size] = view, pages, lowest
        return made[size]

    yield walk
    for view, _pages, _lowest in made.values():
        view.close()
        view.deleteLater()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_page_one_begins_the_first_theme_and_no_statement_is_cut(walked, size):
    view, texts, lowest = walked(size)
    layout = view._layout
    first = layout.themes[0]
    assert layout.success[first.previous_id].startswith(SUCCESS_HEAD)
    assert view.page_themes(0) == [first] and not layout.facts_alone
    pages = []
    for text in texts:
        assert all(px >= FLOOR_PX - 0.01 for px, _w, _c in text)
        pages.append([(words, cut) for _px, words, cut in text])
    # the first theme's statements start on page 1, under the facts
    assert piece_text(layout.pieces[0], 0) in [words for words, _cut in pages[0]]
    drawn = [words for page in pages for words, _cut in page]
    tall = 0
    for t, pieces in zip(layout.themes, layout.pieces, strict=True):
        said = layout.success.get(t.previous_id, "")
        assert " ".join(pieces).split() == said.split()  # every word, once, in order
        for k in range(len(pieces)):
            assert drawn.count(piece_text(pieces, k)) == 1
        named = continued_name(t, layout.ranks.get(t.current_id), layout.columns.theme_text)
        assert drawn.count(named) == max(0, len(pieces) - 1)  # over each piece going on
        tall += len(pieces) > 1
    assert tall >= 3  # (each priority's card goes on over a page)
    # no theme's words cut: not its statements, its name or the change over it
    assert not [words for page in pages for words, cut in page
                if cut and not words.startswith("Last time we said we would do")]
    # no page mostly empty but the themes' last (the actions begin on a page of their own),
    # the comparison's last and Looking back's
    ends = {layout.first_action_page - 1, view._compared - 1}
    assert all(low > 0.5 for n, low in enumerate(lowest[:view._compared]) if n not in ends), \
        lowest


def test_the_demo_s_cards_are_whole_on_one_card_each(qtbot):
    """The demo's own yardsticks (priority 1 with eight statements) fit a card at 1920x1080:
    none goes on over a page, and the pages are the even shares they were."""
    view = ReviewRoomView(Document(load_workshop(demo_path()).workshop),
                          Document(load_workshop(demo_previous_path()).workshop),
                          today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    layout = view._layout
    assert all(len(pieces) <= 1 for pieces in layout.pieces)
    assert len(layout.rows) == len(layout.themes)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_each_continued_card_starts_with_whose_words_follow(walked, size):
    """A page turned inside a perspective's statements began "… “I tell my story once…”": a
    carer's words, and nothing on the page said so. Each continued card now begins with whose
    they are ("… Family carers (continued): “…"), or with the next perspective's label, and
    the label is in what was measured: nothing goes under the page label."""
    view, texts, _lowest = walked(size)
    layout = view._layout
    whose = ("Older people", "Family carers", "Staff and managers", "Commissioners")
    starts = []
    for t, pieces in zip(layout.themes, layout.pieces, strict=True):
        said = layout.success.get(t.previous_id, "")
        for k in range(1, len(pieces)):
            drawn = piece_text(pieces, k)
            assert drawn.removeprefix("… ").startswith(whose), drawn[:60]
            opening = drawn.removeprefix("… ").split(":")[0]
            # the perspective named is the one these words were said under
            at = said.index(pieces[k])
            before = said[:at]
            last = max(whose, key=lambda w: before.rfind(f"{w}: “"))
            assert opening in (f"{last} (continued)", *whose) and (
                opening == f"{last} (continued)" or pieces[k].startswith(opening)), drawn[:60]
            starts.append(opening)
    assert any(s.endswith("(continued)") for s in starts)
    drawn = [(words, cut) for text in texts for _px, words, cut in text]  # every page's
    for pieces in layout.pieces:  # each drawn whole, once: the label was measured with it
        for k in range(1, len(pieces)):
            assert drawn.count((piece_text(pieces, k), False)) == 1
