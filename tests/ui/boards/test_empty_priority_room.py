"""The room view "Which themes will we work on?" for a chosen priority whose cards were all
deleted (the one person behind it withdrew): its row showed a bare "0" under Cards, beside its
votes, where Understand's row says "⚠ none" and "No cards left". It now says "no cards left"
under the figure, clear of the reason beside it, and Undo takes the words away (F14)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.cards import delete_cards
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Priority, Theme
from wtfc.ui.boards import priorities_layout, priorities_room
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.style import pixel_font

RUSHED = "I feel rushed"
WHY = "Almost everyone on home care said the visits feel hurried and too short to talk."
SAID = "no cards left"


def _emptied() -> tuple[Document, object]:
    """The demo with a fourth priority of P99's two cards, and the Delete that empties it."""
    ws = load_workshop(demo_path()).workshop
    a = Card(kind=Kind.NOT_WORKING, text="The carers are always rushed.", person="P99")
    b = Card(kind=Kind.NOT_WORKING, text="They are in and out in ten minutes.", person="P99")
    ws.cards += [a, b]
    ws.themes.append(Theme(kind=Kind.NOT_WORKING, name=RUSHED, card_ids=[a.id, b.id],
                           priority=Priority(chosen=True, rank=4, votes=7, reason=WHY)))
    doc = Document(ws)
    edit = delete_cards(doc, card_ids=[a.id, b.id])
    edit.do(doc)
    return doc, edit


def _drawn(qtbot, monkeypatch, view: PrioritiesRoomView, size: tuple[int, int]) -> list:
    """What the view draws on the page with the emptied priority: (text, px, rect)."""
    drawn: list[tuple[str, int, QRectF]] = []
    real = priorities_room.draw_text

    def draw(p, rect: QRectF, text, px=30, *args, **kwargs):
        drawn.append((text, px, QRectF(rect)))
        return real(p, rect, text, px, *args, **kwargs)

    monkeypatch.setattr(priorities_room, "draw_text", draw)
    view.resize(*size)
    view.show()
    view.grab()
    page = next(i for i, rows in enumerate(view._pages) if RUSHED in [r[0].name for r in rows])
    view.show_page(page)
    drawn.clear()
    view.grab()
    return drawn


def test_the_row_says_no_cards_left_under_its_cards_figure(qtbot, monkeypatch):
    doc, edit = _emptied()
    view = PrioritiesRoomView(doc)
    qtbot.addWidget(view)
    drawn = _drawn(qtbot, monkeypatch, view, (1920, 1080))
    assert [text for text, _, _ in drawn].count(SAID) == 1  # on the emptied priority's row only
    note = next(rect for text, _, rect in drawn if text == SAID)
    name = next(rect for text, _, rect in drawn if text == RUSHED)
    figures = [text for text, _, rect in drawn if rect.top() == name.top() - 2]
    assert figures == ["0", "0", "7"]
    cards_x = dict(priorities_layout.COUNTS)["Cards"]
    assert note.right() == cards_x + 130 and name.top() < note.top() < name.top() + 80
    # the next row starts below the words: the row was made a line taller for them
    below = [rect.top() for _, _, rect in drawn if rect.top() > note.top()]
    assert min(below) >= note.bottom()

    edit.undo(doc)  # the cards are back: nothing to say
    drawn.clear()
    view.grab()
    assert SAID not in [text for text, _, _ in drawn]


def test_the_words_keep_clear_of_the_reason_on_a_small_projector(qtbot, monkeypatch):
    doc, _ = _emptied()
    view = PrioritiesRoomView(doc)
    qtbot.addWidget(view)
    drawn = _drawn(qtbot, monkeypatch, view, (1024, 768))
    note = next((px, rect) for text, px, rect in drawn if text == SAID)
    reason = next(rect for text, _, rect in drawn if text.startswith("Why: Almost"))
    words = QFontMetricsF(pixel_font(note[0])).horizontalAdvance(SAID)
    assert note[0] >= 24  # legible at the back of the room
    # the reason ends before the words start, or (where that takes fewer lines) starts under them
    assert reason.right() < note[1].right() - words or reason.top() >= note[1].bottom()
