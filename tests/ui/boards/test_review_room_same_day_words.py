"""Last time's file of this workshop's own date (the morning's save, a .bak picked by mistake)
read "Older people's services …: 12 November 2026 compared with 12 November 2026" on the
projector (code review W1 R4; the Review board warns of it). The room now reads "compared with
another file of the same day", and one dated after this workshop "…, a later date": the
comparison itself is drawn as before."""

from __future__ import annotations

import datetime as dt

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.review_room import ReviewRoomView, subtitle

TODAY = dt.date(2026, 11, 29)
TITLE = "Spring reviews 2027"
APRIL, MAY = dt.date(2027, 4, 20), dt.date(2027, 5, 12)


def test_the_same_day_and_a_later_date_are_said_in_words_that_are_true():
    assert subtitle(TITLE, TITLE, APRIL, APRIL) == (
        f"{TITLE}: compared with another file of the same day")
    assert subtitle(TITLE, TITLE, APRIL, MAY) == (
        f"{TITLE}: 20 April 2027 compared with 12 May 2027, a later date")
    assert subtitle(TITLE, TITLE, MAY, APRIL) == f"{TITLE}: 12 May 2027 compared with 20 April 2027"
    assert subtitle(TITLE, TITLE, None, APRIL) == f"{TITLE}: this time compared with 20 April 2027"


def test_the_room_reads_a_morning_save_as_another_file_of_the_same_day(qtbot):
    demo = load_workshop(demo_path()).workshop
    morning = demo.model_copy(deep=True)
    view = ReviewRoomView(Document(demo), Document(morning), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    save_render(view, "review_room_same_day")
    drawn = [words for _px, words, _cut in view.drawn_text]
    assert f"{demo.title}: compared with another file of the same day" in drawn
    assert not any("compared with 12 November 2026" in words for words in drawn)
    assert view.page_count() >= 1 and len(drawn) > 3  # the comparison is drawn all the same
