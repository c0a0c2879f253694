"""The Review room view keeps every card and every word on its page, with last time's
yardsticks (the demo's: priority 1 has eight success statements from three perspectives).

At 800x600 priority 1's success statements ran under "Page 2 of 21" and off the screen (its
card ended at y 779 of 650), and a paragraph-long "do differently" pushed the date to look
again and the actions' tally off page 1 (on no page). At 1920x1080 the statements were cut to
eight lines with a sixth of the page empty. At 1366x768, side by side with the facts on a page
of their own, the first of last time's actions was drawn past the right edge (x 1450-2062 on
a 1480-wide canvas): the room never saw it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.last_time_yardsticks import SUCCESS_HEAD
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.boards import review_room
from wtfc.ui.boards.review_room import ReviewRoomView, columns
from wtfc.ui.boards.review_room_pieces import continued_name, piece_text
from wtfc.ui.wall.room_measure import FLOOR_PX

SIZES = [(800, 600), (1024, 768), (1366, 768), (1920, 1080)]
TODAY = dt.date(2026, 11, 29)
LONG = ("Book a quieter room with a hearing loop, and check it works the day before. Send the "
        "cards out a week before, in large print, so people can read them at home with someone "
        "they trust. Agree the actions before the break, because two commissioners left before "
        "the plan was agreed. Ask the older people's forum to help run the why-tree tables, "
        "give each table a carer who knows sign language, and keep the morning to two hours "
        "with a proper lunch. Put the success posters up where people can reach them from a "
        "wheelchair, and read each card out loud before it goes on the wall.")


def _pair(long: bool = False) -> tuple[Workshop, Workshop]:
    """(this time, last time): the demo's spring beside the demo as last time's workshop."""
    last = load_workshop(demo_path()).workshop
    if long:  # a facilitator's paragraph
        last = last.model_copy(update={"reflection": last.reflection.model_copy(
            update={"do_differently": LONG})})
    return load_workshop(demo_previous_path()).workshop, last


@pytest.fixture
def drawn(monkeypatch) -> dict[str, list]:
    """Where each text and each card was drawn on the widget, as the painter lays them out."""
    seen: dict[str, list] = {"texts": [], "cards": []}
    real_text, real_card = QPainter.drawText, review_room.draw_card

    def text(self, *args, **kwargs):
        if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
            box = QFontMetricsF(self.font()).boundingRect(args[0], args[1], args[2])
            seen["texts"].append((self.worldTransform().mapRect(box), args[2]))
        return real_text(self, *args, **kwargs)

    def card(p, rect, *args, **kwargs):
        seen["cards"].append(p.worldTransform().mapRect(rect))
        return real_card(p, rect, *args, **kwargs)

    def layout(self, p, pos, *args, **kwargs):  # words with bold parts (``room_labels``)
        seen["texts"].append((p.worldTransform().mapRect(self.boundingRect().translated(pos)),
                              self.text()))
        return real_layout(self, p, pos, *args, **kwargs)

    real_layout = QTextLayout.draw
    monkeypatch.setattr(QPainter, "drawText", text)
    monkeypatch.setattr(QTextLayout, "draw", layout)
    monkeypatch.setattr(review_room, "draw_card", card)
    return seen


def _pages(qtbot, view, size, drawn, shot: str = "") -> list[list[tuple[str, bool]]]:
    """Each page's texts (words, cut short), every text and card checked inside the page and
    clear of its "Page N of M" label, and no type under the 24 px floor."""
    qtbot.addWidget(view)
    view.resize(*size)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    QApplication.processEvents()
    page_box = QRectF(0, 0, size[0] + 1, size[1])
    pages = []
    for page in range(view.page_count()):
        view.show_page(page)
        drawn["texts"].clear()
        drawn["cards"].clear()
        view.grab()
        if shot:
            save_render(view, f"{shot}_{size[0]}_{page + 1}")
        label = QRectF(view.page_label.geometry()) if view.page_label.isVisible() else None
        where = f"page {page + 1} of {view.page_count()} at {size[0]}x{size[1]}"
        for box, words in drawn["texts"]:
            assert page_box.contains(box), f"off the page, {where}: {words[:60]!r}"
            assert label is None or not box.intersects(label), \
                f"under the label, {where}: {words[:60]!r}"
        for card in drawn["cards"]:
            assert page_box.contains(card), f"a card off the page, {where}: {card}"
            assert label is None or not card.intersects(label), f"a card under the label, {where}"
        assert all(px >= FLOOR_PX - 0.01 for px, _w, _c in view.drawn_text), where
        pages.append([(words, cut) for _px, words, cut in view.drawn_text])
    return pages


def _view(pair: tuple[Workshop, Workshop]) -> ReviewRoomView:
    now, last = pair
    return ReviewRoomView(Document(now), Document(last), today=lambda: TODAY)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("long", [False, True], ids=["short", "long do differently"])
def test_every_card_and_word_is_on_its_page(qtbot, drawn, size, long):
    view = _view(_pair(long))
    pages = _pages(qtbot, view, size, drawn, "review_on_page" if long else "")
    texts = [words for page in pages for words, _cut in page]
    # the first page's facts: the date to look again, the people, the actions' tally whole
    first = {words: cut for words, cut in pages[0]}
    rest = next(w for w in first if w.startswith("We said we would look again on 12 May"))
    assert not first[rest] and "Last time's 13 actions: " in rest
    differently = next(w for w in first if w.startswith("Last time we said we would do"))
    assert first[differently] == (long and size == (800, 600))  # cut with "…" only there
    # every success statement on some page, whole: a card taller than the page left goes on
    # over the next ("…, continued"), its pieces together the statements (at 1366x768 and
    # 800x600 priority 1's were cut with "…" to a page's worth, the rest on no page)
    said = [(words, cut) for page in pages for words, cut in page
            if words.startswith(SUCCESS_HEAD)]
    assert len(said) == len(view._marks.success)
    assert not any(cut for page in pages for words, cut in page
                   if words.startswith(("… ", SUCCESS_HEAD)))
    layout = view._layout
    for t, pieces in zip(layout.themes, layout.pieces, strict=True):
        assert " ".join(pieces).split() == layout.success.get(t.previous_id, "").split()
        drawn = [piece_text(pieces, k) for k in range(len(pieces))]
        assert all(piece in texts for piece in drawn)
        if len(pieces) > 1:  # under its name on each page it goes on over
            assert texts.count(continued_name(t, layout.ranks.get(t.current_id),
                                             layout.columns.theme_text)) \
                == len(pieces) - 1
    if size != (800, 600):  # priority 1's eight statements on one card but at 800x600
        assert len(next(p for p in layout.pieces if p)) == 1
    assert len(texts) > 10


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_side_by_side_the_first_action_is_in_its_column(qtbot, drawn, size, monkeypatch):
    """The themes and the actions side by side (as the six-months-later workshop lays them
    out at 1366x768), the facts on a page of their own: the first action in the actions'
    column, on the page after them."""
    monkeypatch.setattr(review_room, "stacked_columns",  # side by side wherever it can be
                        lambda wide, across=1: columns(wide))
    view = _view(_pair(long=True))
    _pages(qtbot, view, size, drawn)  # (every card inside the page)
    layout = view._layout
    if size == (1366, 768):  # the case: side by side, the facts on the first page alone
        assert not layout.columns.stacked and layout.facts_alone
    shown = [a.what for page in range(view.page_count()) for a in view.page_actions(page)]
    assert shown == [a.what for a in view.comparison().actions]
