"""A workshop title ending in Urdu, then a count or a date, on the room views: the title is
set apart (FSI … PDI), so the number stays after it, where the room reads it, not pulled into
the Urdu ("… / 5 · بہار کا جائزہ themes", "… / 3 :بہار کا جائزہ March 2027") (review 24
scripts F6)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QTextLayout

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.review_room_rows import subtitle

TITLE = "Adolygiad y Gwanwyn — Ynys Môn / بہار کا جائزہ"
APART = f"\u2068{TITLE}\u2069"


def _x_of(text: str, part: str) -> float:
    """Where ``part`` of ``text`` starts across a line Qt lays out left to right."""
    layout = QTextLayout(text)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return line.cursorToX(text.index(part))[0]


def test_the_review_rooms_subtitle_keeps_the_date_after_an_urdu_title(qtbot):
    said = subtitle(TITLE, TITLE, dt.date(2027, 3, 3), dt.date(2026, 9, 1))
    assert said == f"{APART}: 3 March 2027 compared with 1 September 2026"
    # as Qt draws it: the day right of every letter of the title
    assert _x_of(said, "3 March") > max(_x_of(said, w) for w in ("بہار", "جائزہ", "Môn"))


def test_the_review_rooms_subtitle_sets_last_times_title_apart_too():
    said = subtitle("Spring review", "Spring review — بہار کا جائزہ")
    assert said == "Spring review compared with \u2068بہار کا جائزہ\u2069"


def test_english_titles_are_as_before():
    assert subtitle("Spring", "Spring", dt.date(2027, 3, 3), None) == \
        "Spring: 3 March 2027 compared with last time"


def test_the_priorities_rooms_subtitle_keeps_the_count_after_an_urdu_title(qtbot):
    ws = load_workshop(demo_path()).workshop
    view = PrioritiesRoomView(Document(ws.model_copy(update={"title": TITLE})))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    said = view._subtitle(ws.themes)
    assert said.startswith(APART + " · ")
    count = said.split(" · ")[1]
    assert _x_of(said, count) > max(_x_of(said, w) for w in ("بہار", "جائزہ"))

