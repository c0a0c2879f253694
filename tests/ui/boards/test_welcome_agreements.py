"""The room's Welcome shows how we agreed to work and decide: the ground rules the group set
and how it will choose its priorities (the method's Principles 2 and 4), for the room to see
during the day. They were on Prepare and on the report's cover, but the projector never showed
them. After what the workshop covers, before who is in the room; nothing when none are written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage, Workshop
from wtfc.ui.boards.welcome_room import WelcomeRoomView

SIZES = [(1024, 768), (1366, 768), (1920, 1080)]
LABEL = "How we agreed to work and decide"
AGREED = (
    "We listen to each other and let each person finish.\n"
    "Everyone's voice counts the same: older people, family carers, staff and commissioners.\n"
    "What people said in their reviews stays in this room.\n"
    "We choose our priorities with three dots each; where it is close, we talk it through."
)
LONG = " ".join(
    f"Rule {n}: we listen, and we decide together by a show of hands." for n in range(45)
)


def _demo(agreements: str = "") -> Workshop:
    return load_workshop(demo_path()).workshop.model_copy(update={"agreements": agreements})


def _drawn(view) -> list[tuple[float, str, bool]]:
    """What the view draws on all its pages, in order: (size in real px, words, cut short)."""
    drawn = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        drawn.extend(view.drawn_text)
    return drawn


def _agreed_words(drawn) -> str:
    """The agreements as the room reads them, piece by piece under their labels."""
    words = [w for _px, w, _cut in drawn]
    pieces = [words[i + 1] for i, w in enumerate(words) if w.startswith(LABEL)]
    return " ".join(pieces)


@pytest.mark.parametrize("size", SIZES)
def test_the_agreements_are_shown_whole_and_legible_after_what_it_covers(qtbot, show, size):
    ws = _demo(AGREED)
    drawn = _drawn(show(WelcomeRoomView(Document(ws)), *size))
    words = [w for _px, w, _cut in drawn]
    assert LABEL in words
    assert _agreed_words(drawn) == AGREED  # every line, as typed
    assert words.index("What it covers") < words.index(LABEL) < words.index("Who is in the room")
    assert min(px for px, _w, _c in drawn) >= 20 - 0.05  # the room views' floor
    assert not any(cut for _px, _w, cut in drawn)  # the label too, on two lines in a column


@pytest.mark.parametrize("size", SIZES)
def test_long_agreements_go_on_over_pages_every_word_shown(qtbot, show, size):
    drawn = _drawn(show(WelcomeRoomView(Document(_demo(LONG))), *size))
    words = [w for _px, w, _cut in drawn]
    assert f"{LABEL} (continued)" in words
    assert _agreed_words(drawn) == LONG
    assert not any(cut for _px, _w, cut in drawn)
    assert min(px for px, _w, _c in drawn) >= 20 - 0.05


@pytest.mark.parametrize("size", SIZES)
def test_the_room_timers_corner_stays_clear_on_every_page(qtbot, show, size):
    view = show(WelcomeRoomView(Document(_demo(LONG))), *size)
    view.keep_timer(True)
    for page in range(view.page_count()):
        view.show_page(page)
        image = view.grab().toImage()
        box = view.timer_corner()
        dark = [
            (x, y)
            for x in range(box.left(), box.right(), 2)
            for y in range(box.top(), box.bottom(), 2)
            if image.pixelColor(x, y).lightness() < 120
        ]
        assert not dark, (size, page)


@pytest.mark.parametrize("agreements", ["", "  \n "])
def test_nothing_is_shown_when_none_are_written(qtbot, show, agreements):
    drawn = _drawn(show(WelcomeRoomView(Document(_demo(agreements))), 1920, 1080))
    assert not any(w.startswith(LABEL) for _px, w, _cut in drawn)


def test_the_room_follows_the_agreements_as_typed_and_on_undo(qtbot, show):
    doc = Document(_demo())
    view = show(WelcomeRoomView(doc), 1366, 768)
    pages = view.page_count()
    step = edit_details(doc, agreements=AGREED)
    step.do(doc)
    assert _agreed_words(_drawn(view)) == AGREED and view.page_count() > pages
    step.undo(doc)
    assert _agreed_words(_drawn(view)) == "" and view.page_count() == pages
    step.do(doc)  # redo
    assert _agreed_words(_drawn(view)) == AGREED


def test_the_projector_shows_what_is_typed_on_prepare_and_forgets_it_on_undo(qtbot, demo_window):
    """Typed in Prepare's box (Alt+G) and Tab: the room's welcome shows it; Ctrl+Z takes it off
    the projector, redo puts it back."""
    window = demo_window
    window.room.act_show.setChecked(True)
    window.go_to_stage(Stage.PREPARE)
    view = window.room.window.content
    demos = window.doc.workshop.agreements  # the demo comes with its own
    assert demos and isinstance(view, WelcomeRoomView) and _agreed_words(_drawn(view)) == demos
    box = window.page(Stage.PREPARE).agreements
    box.setFocus()
    box.setPlainText(AGREED)
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert window.doc.workshop.agreements == AGREED
    assert _agreed_words(_drawn(view)) == AGREED
    window.undo.stack.undo()
    assert _agreed_words(_drawn(view)) == demos
    window.undo.stack.redo()
    assert _agreed_words(_drawn(view)) == AGREED
