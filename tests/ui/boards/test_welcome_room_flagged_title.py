"""A2 (session 36) R1: 373009b0 leaves a workshop title the guard flags out of the window's title
bar because "the title bar is often on the projector", yet the room view's Welcome page drew the
same title as typed, in heading type, on the projector, and the Priorities and Review room
views repeated it in their subtitles. All of them now leave it out by one rule (``room_title``),
with the names to watch for as they are pasted."""

from __future__ import annotations

import datetime as dt

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.welcome_room import WelcomeRoomView

FLAGGED = "Review of Mrs Patel's care"


def _drawn(view) -> str:
    view.grab()
    return " ".join(words for _, words, _ in view.drawn_text)


def _shown(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    return view


def test_the_welcome_room_view_leaves_out_a_title_the_guard_flags(qtbot):  # A2's
    doc = Document(Workshop(title=FLAGGED, venue="Riverside Hall"))
    view = _shown(qtbot, WelcomeRoomView(doc))
    drawn = _drawn(view)
    assert "Patel" not in drawn, drawn
    assert drawn.startswith("Welcome Riverside Hall")  # as for a workshop with no title yet
    assert "Patel" not in view.accessibleName()


def test_a_name_pasted_takes_the_title_down_at_once(qtbot):
    doc = Document(Workshop(title="Quarrie House review"))
    welcome = _shown(qtbot, WelcomeRoomView(doc))
    priorities = _shown(qtbot, PrioritiesRoomView(doc))
    assert "Quarrie House review" in _drawn(welcome)
    assert welcome.accessibleName() == "Welcome: Quarrie House review"
    assert "Quarrie House review" in _drawn(priorities)
    doc.names_to_watch = ("Zebulon Quarrie",)
    doc.events.names_changed.emit()  # pasted: no edit, nothing else redraws them
    assert "Quarrie" not in _drawn(welcome)
    assert welcome.accessibleName() == "Welcome"
    assert "Quarrie" not in _drawn(priorities)


def test_the_priorities_room_views_subtitle_leaves_it_out(qtbot):
    ws = sample_workshop()
    view = _shown(qtbot, PrioritiesRoomView(Document(ws.model_copy(update={"title": FLAGGED}))))
    drawn = _drawn(view)
    assert "Patel" not in drawn
    assert "Which themes will we work on?" in drawn and " themes · " in drawn  # the counts stay


def test_the_review_room_views_subtitle_says_this_workshop_instead(qtbot):
    now = sample_workshop().model_copy(update={"title": FLAGGED, "date": dt.date(2026, 11, 12)})
    then = sample_workshop().model_copy(update={"title": "Spring 2024 cycle"})
    view = _shown(qtbot, ReviewRoomView(Document(now), Document(then), today=lambda: TODAY))
    assert view._subtitle(view.comparison()) == "This workshop compared with Spring 2024 cycle"
    assert "Patel" not in _drawn(view)
    same = sample_workshop().model_copy(update={"title": FLAGGED, "date": dt.date(2025, 4, 2)})
    view = _shown(qtbot, ReviewRoomView(Document(now), Document(same), today=lambda: TODAY))
    # a new cycle kept last time's title: the dates tell them apart, the title still left out
    assert view._subtitle(view.comparison()) == \
        "This workshop: 12 November 2026 compared with 2 April 2025"


def test_a_title_the_guard_passes_is_drawn_as_before(qtbot):
    doc = Document(Workshop(title="Older people's services"))
    assert _drawn(_shown(qtbot, WelcomeRoomView(doc))).startswith("Older people's services")
