"""The room's Welcome view on Prepare (and Collect): the workshop's title, day, purpose and
scope, who is in the room and the day's plan, legible from the back of the room and in pages
when long; never a card's words, never the facilitator's notes for a stage.

On Prepare the projector kept the wall: for the half hour of welcome the room read the demo's
Working themes and their cards, and never saw why it was there."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import RoleCount, RoomRole, Stage, StagePlan, Workshop
from wtfc.ui.boards.welcome_room import WelcomeRoomView
from wtfc.ui.boards.welcome_words import day_words, plan_rows, who_words
from wtfc.ui.render_cli import main_render

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]


def _demo() -> Workshop:
    return load_workshop(demo_path()).workshop


def _pages(view) -> list[list[tuple[float, str, bool]]]:
    """What each page draws: (size in real px, words, cut short)."""
    drawn = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        drawn.append(list(view.drawn_text))
    return drawn


def _words(pages) -> list[str]:
    return [words for page in pages for _px, words, _cut in page]


def test_on_prepare_the_room_sees_the_welcome_not_the_wall(demo_window):
    window = demo_window
    ws = window.doc.workshop
    notes = [p.notes for p in ws.agenda if p.notes]
    assert notes  # the demo's facilitator has notes for Theme and Understand
    room = window.room
    room.act_show.setChecked(True)
    assert room.choice == "room"  # the demo is on Theme
    window.go_to_stage(Stage.PREPARE)
    content = room.window.content
    assert room.choice == "welcome" and isinstance(content, WelcomeRoomView)
    assert room.view_actions["welcome"].isChecked()
    assert room.view_actions["welcome"].text().replace("&", "") == "The welcome"  # in the menu
    words = _words(_pages(content))
    assert ws.title in words and ws.purpose in words and ws.scope in words
    assert "Welcome \u00b7 12 November 2026 \u00b7 Riverside Community Hall" in words
    shown = " ".join(words)
    assert not any(note in shown or note[:40] in shown for note in notes)
    assert not any(card.text in shown for card in ws.cards)  # no card before the wall
    window.go_to_stage(Stage.COLLECT)  # still the welcome while cards are brought in
    assert room.choice == "welcome"
    window.go_to_stage(Stage.THEME)
    assert room.choice == "room"


def test_a_new_workshop_starts_the_room_on_its_welcome(qtbot, tmp_path):
    """A new workshop is on Prepare: the projector shows its welcome from the start."""
    from PySide6.QtCore import QSettings

    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.doc.workshop.stage == Stage.PREPARE
    window.room.act_show.setChecked(True)
    assert isinstance(window.room.window.content, WelcomeRoomView)


@pytest.mark.parametrize("size", SIZES)
def test_every_word_is_legible_and_whole_at_each_projector_size(qtbot, show, size):
    ws = _demo()
    view = show(WelcomeRoomView(Document(ws)), *size)
    pages = _pages(view)
    # the demo's agreements take a page more than it needed without them (1920: one, else two)
    assert len(pages) == (2 if size == (1920, 1080) else 3)  # 1024x768: the title once
    drawn = [item for page in pages for item in page]
    assert min(px for px, _w, _c in drawn) >= 20 - 0.05  # the room views' floor
    assert not any(cut for _px, _w, cut in drawn)
    words = _words(pages)
    rows, total = plan_rows(ws)
    everyone, share = who_words(ws)
    cells = (r for row in rows for r in row)
    for said in (ws.purpose, ws.scope, ws.agreements, everyone, share, total, *cells):
        assert said in words, said


def test_a_long_purpose_goes_on_over_pages_every_word_shown(qtbot, show):
    long = " ".join(f"Sentence {n} about why we are here today." for n in range(60))
    ws = _demo().model_copy(update={"purpose": long})
    view = show(WelcomeRoomView(Document(ws)), 1366, 768)
    pages = _pages(view)
    words = _words(pages)
    assert "Why we are here (continued)" in words
    assert " ".join(w for w in words if w in long) == long  # (no label is in its words)
    assert not any(cut for page in pages for _px, _w, cut in page)


def test_the_room_follows_a_purpose_typed_on_prepare(qtbot, show):
    doc = Document(_demo())
    view = show(WelcomeRoomView(doc), 1920, 1080)
    edit_details(doc, purpose="To agree what most needs to change.").do(doc)
    assert "To agree what most needs to change." in _words(_pages(view))


def test_the_share_of_older_people_is_said_in_words():
    ws = Workshop(
        in_the_room=[
            RoleCount(role=RoomRole.OLDER_PEOPLE, count=4),
            RoleCount(role=RoomRole.PROVIDERS, count=15),
        ]
    )
    assert who_words(ws) == (
        "4 older people, 15 providers: 19 people in all.",
        "Older people: 4 of 19 (21%). The method asks for about a third.",
    )
    assert who_words(Workshop()) == ("", "")


def test_the_days_plan_is_said_from_the_planned_minutes_never_the_notes():
    ws = Workshop(
        agenda=[
            StagePlan(stage=Stage.PREPARE, minutes=20),
            StagePlan(stage=Stage.THEME, notes="Mic by the wall"),
            StagePlan(stage=Stage.UNDERSTAND, minutes=75, notes="Call time"),
        ]
    )
    assert plan_rows(ws) == (
        [
            ("1. Welcome, and why we are here", "20 min"),
            ("2. Choosing priorities and asking \u201cwhy?\u201d", "1 h 15 min"),
        ],
        "In all: 1 h 35 min, plus breaks.",
    )
    rows, total = plan_rows(Workshop())  # nothing planned: the usual day's steps, no times
    assert [time for _words, time in rows] == [""] * 6 and total == ""


def test_the_day_is_said_with_what_is_known():
    assert day_words(Workshop()) == "Welcome"
    assert (
        day_words(Workshop(date=dt.date(2027, 3, 4), venue=" The Hall "))
        == "Welcome \u00b7 4 March 2027 \u00b7 The Hall"
    )


def test_wtfc_render_draws_the_welcome(tmp_path, capsys):
    out = tmp_path / "welcome.png"
    assert main_render(["demo", "--view", "welcome", "-o", str(out), "--size", "1024x768"]) == 0
    assert out.stat().st_size > 0


def _labels(page) -> list[str]:
    labels = ("Why we are here", "What it covers", "How we agreed", "Who is in the room",
              "The day's plan")
    return [w for _px, w, _c in page if w.startswith(labels)]


def test_who_is_in_the_room_follows_the_plan_and_the_agreements(qtbot, show):
    """At 1920x1080 the day's plan is on page 1 beside why we are here and what it covers,
    for the arriving room (review 37 R2 finding 8: it was alone on page 2); how the room
    agreed to work goes under it, and the room and its counts, no longer fitting, start page
    2, whole."""
    ws = _demo()
    pages = _pages(show(WelcomeRoomView(Document(ws)), 1920, 1080))
    assert [_labels(page) for page in pages] == [
        ["Why we are here", "What it covers", "The day's plan",
         "How we agreed to work and decide"],
        ["Who is in the room"],
    ]
    everyone, share = who_words(ws)
    assert everyone in _words(pages[1:]) and share in _words(pages[1:])


def test_who_is_in_the_room_is_never_split_to_stay_on_page_one(qtbot, show):
    """Agreements too long to leave the room's card its whole height under them: the card
    starts page 2, whole, never "(continued)" over the page's turn."""
    rules = "\n".join(f"Ground rule {n}: we listen to each other first." for n in range(16))
    ws = _demo().model_copy(update={"agreements": rules})
    pages = _pages(show(WelcomeRoomView(Document(ws)), 1920, 1080))
    labels = [_labels(page) for page in pages]
    assert "Who is in the room" not in labels[0]
    assert labels[1][-1] == "Who is in the room"
    assert not any("Who is in the room (continued)" in page for page in labels)
    everyone, share = who_words(ws)
    assert everyone in _words(pages[1:2]) and share in _words(pages[1:2])
