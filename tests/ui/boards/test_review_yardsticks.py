"""Review shows last time's yardsticks: what it said it would do differently and when it would
look again open *Since last time* (board and room view), and each of last time's themes has
what the room said success would look like under it. The room view shows a possible personal
detail in them by its kind until the facilitator ticks that last time's words are fine."""

from __future__ import annotations

import datetime as dt

from tests.model.test_last_time_yardsticks import DIFFERENTLY, STAFF, SUCCESS, spring
from tests.ui.boards.board_window import settle
from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Reflection, Stage
from wtfc.ui.boards.review_last_words import LastTime
from wtfc.ui.boards.review_room import ReviewRoomView

TODAY = dt.date(2026, 11, 28)


def test_the_board_opens_with_them_and_puts_success_under_its_theme(demo_window, qtbot,
                                                                       tmp_path):
    previous = spring()
    save_workshop(previous, tmp_path / "spring.wtfc")
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.REVIEW)
    board = demo_window.page(Stage.REVIEW)
    assert board.load_previous(tmp_path / "spring.wtfc")
    settle(qtbot)
    assert board.last_said.isVisible()
    assert board.last_said.text() == (f"Last time we said we would do differently: "
                                      f"{DIFFERENTLY}\nWe said we would look again on "
                                      f"12 May 2027.")
    # under last time's theme (its first row, a priority then), across the row
    row = next(board.themes.topLevelItem(i) for i in range(board.themes.topLevelItemCount())
               if previous.themes[0].name in board.themes.topLevelItem(i).text(2))
    assert row.childCount() == 1 and row.isExpanded()
    said = row.child(0)
    assert said.text(0).strip() == (f"What we said success would look like: Older people: "
                                    f"“{SUCCESS}” · Staff and managers: “{STAFF}”")
    assert board.themes.isFirstColumnSpanned(row.indexOfChild(said),
                                             board.themes.indexFromItem(row))
    assert board.themes.visualItemRect(said).height() > 0
    others = [board.themes.topLevelItem(i) for i in range(board.themes.topLevelItemCount())]
    assert sum(item.childCount() for item in others) == 1  # only the theme it belongs to
    board.clear_previous()
    assert not board.last_said.isVisible()


def test_a_workshop_with_no_yardsticks_shows_no_empty_line(demo_window, qtbot, tmp_path):
    save_workshop(spring(reflection=Reflection(), next_review=None, success=[]),
                  tmp_path / "bare.wtfc")
    demo_window.go_to_stage(Stage.REVIEW)
    board = demo_window.page(Stage.REVIEW)
    assert board.load_previous(tmp_path / "bare.wtfc")
    settle(qtbot)
    assert not board.last_said.isVisible()
    assert all(board.themes.topLevelItem(i).childCount() == 0
               for i in range(board.themes.topLevelItemCount()))


def _room(qtbot, previous, size=(1024, 768)) -> ReviewRoomView:
    doc = Document(load_workshop(demo_path()).workshop)
    view = ReviewRoomView(doc, previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    return view


def _drawn(view: ReviewRoomView, name: str) -> list[list[str]]:
    """The words drawn on each page (saved as PNGs)."""
    pages = []
    for _page in saved_pages(view, name):  # (each page is drawn as it is saved)
        pages.append([text for _px, text, _cut in view.drawn_text])
    return pages


def test_the_room_view_opens_with_them_and_shows_a_detail_by_its_kind(qtbot):
    words = "Book a quieter room. Ring Mrs Patel on 07700 900123 first."
    last = LastTime(spring(reflection=Reflection(do_differently=words)))
    pages = _drawn(_room(qtbot, last), "review_room_yardsticks_1024")
    first = "\n".join(pages[0])
    assert ("Last time we said we would do differently: Book a quieter room. Ring [name] on "
            "[phone] first.\nWe said we would look again on 12 May 2027.\n") in first
    assert not any("Patel" in t or "07700" in t for page in pages for t in page)
    last.shown_as_typed = True  # the facilitator ticked that they are fine
    pages = _drawn(_room(qtbot, last), "review_room_yardsticks_typed_1024")
    assert f"Last time we said we would do differently: {words}\n" in "\n".join(pages[0])


def test_the_room_view_puts_success_in_its_theme_s_card(qtbot):
    previous = spring()
    view = _room(qtbot, Document(previous), (1920, 1080))
    pages = _drawn(view, "review_room_yardsticks_1920")
    name = previous.themes[0].name
    page = next(i for i, texts in enumerate(pages) if any(name in t for t in texts))
    said = [t for t in pages[page] if t.startswith("What we said success would look like:")]
    assert said == [f"What we said success would look like: Older people: “{SUCCESS}” · "
                    f"Staff and managers: “{STAFF}”"]
    assert sum(t.startswith("What we said success") for texts in pages for t in texts) == 1
