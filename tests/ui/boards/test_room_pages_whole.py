"""Every page of the Welcome, Review and Plan room views, at the four projector sizes, for the
demo and a big workshop: no words under the page label or off the screen's foot, and every word
on some page. At 800x600 the Welcome's day's plan ran off its last page (its last stage and its
total on no page), a review action's status line ran under "Page 6 of 12", and the Welcome's
title and Review's subtitle ended in "…"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication

from tests.ui.boards.room_sweep_workshop import big_workshops
from wtfc.model.compare import WorkshopComparison
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Role
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.review_room import ReviewRoomView, notes, status_line
from wtfc.ui.boards.welcome_room import WelcomeRoomView
from wtfc.ui.boards.welcome_words import plan_rows

SIZES = [(1920, 1080), (1366, 768), (1024, 768), (800, 600)]
TODAY = dt.date(2026, 11, 29)


def _workshops(which: str):
    if which == "demo":
        return (load_workshop(demo_path()).workshop,
                load_workshop(demo_previous_path()).workshop)
    return big_workshops()


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[QRectF, str]]:
    """(where on the widget, words) of each text drawn in a box, as the painter lays it out."""
    drawn: list[tuple[QRectF, str]] = []
    real = QPainter.drawText

    def draw(self, *args, **kwargs):
        if len(args) == 3 and isinstance(args[0], QRectF) and isinstance(args[2], str):
            box = QFontMetricsF(self.font()).boundingRect(args[0], args[1], args[2])
            drawn.append((self.worldTransform().mapRect(box), args[2]))
        return real(self, *args, **kwargs)

    def layout(self, p, pos, *args, **kwargs):  # words with bold parts (``room_labels``)
        drawn.append((p.worldTransform().mapRect(self.boundingRect().translated(pos)),
                      self.text()))
        return real_layout(self, p, pos, *args, **kwargs)

    real_layout = QTextLayout.draw
    monkeypatch.setattr(QPainter, "drawText", draw)
    monkeypatch.setattr(QTextLayout, "draw", layout)
    return drawn


def _pages(qtbot, view, size, boxes) -> list[list[tuple[QRectF, str, bool]]]:
    """Each page's texts: (box, words, cut short), checked clear of the label and the foot."""
    qtbot.addWidget(view)
    view.resize(QSize(*size))
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    QApplication.processEvents()
    pages = []
    for page in range(view.page_count()):
        view.show_page(page)
        boxes.clear()
        view.grab()
        label = QRectF(view.page_label.geometry()) if view.page_label.isVisible() else None
        for box, words in boxes:
            where = f"page {page + 1} of {view.page_count()}: {words!r}"
            assert label is None or not box.intersects(label), f"under the label, {where}"
            assert box.bottom() <= size[1] and box.right() <= size[0] + 1, f"off, {where}"
        assert len(view.drawn_text) == len(boxes)
        pages.append([(box, words, cut) for (box, _drawn), (_px, words, cut)
                      in zip(boxes, view.drawn_text, strict=True)])  # the words as given
    return pages


def _whole(pages) -> set[str]:
    return {words for page in pages for _box, words, cut in page if not cut}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("which", ["demo", "big"])
def test_every_word_of_the_welcome_is_on_a_page_clear_of_the_label(qtbot, boxes, which, size):
    ws, _last = _workshops(which)
    pages = _pages(qtbot, WelcomeRoomView(Document(ws)), size, boxes)
    assert not [w for page in pages for _b, w, cut in page if cut]  # the title too
    whole = _whole(pages)
    rows, total = plan_rows(ws)
    assert {words for words, _time in rows} | {total} - {""} <= whole
    assert ws.title in whole
    said = " ".join(w for page in pages for _b, w, _c in page).split()
    for field in ("purpose", "scope", "agreements"):
        assert set(getattr(ws, field).split()) <= set(said), field


@dataclass(frozen=True)
class _Review:
    """What the Review room view drew and laid out, as the tests read it."""

    pages: list[list[tuple[QRectF, str, bool]]]
    result: WorkshopComparison
    subtitle: str
    shown: list[str]  # each page's actions, page by page
    most: list[int | None]  # the lines each action's notes were given (None: all they take)


_REVIEWS: dict[tuple[str, tuple[int, int]], _Review] = {}


def _review(qtbot, boxes, which: str, size: tuple[int, int]) -> _Review:
    """The Review room view of ``which`` at ``size``, drawn once a run: the two tests that read
    it each drew it (every page) again."""
    if (which, size) not in _REVIEWS:
        ws, last = _workshops(which)
        view = ReviewRoomView(Document(ws), Document(last), today=lambda: TODAY)
        pages = _pages(qtbot, view, size, boxes)
        result = view.comparison()
        _REVIEWS[which, size] = _Review(
            pages, result, view._subtitle(result),
            [a.what for page in range(view.page_count()) for a in view.page_actions(page)],
            list(view._layout.most))
    return _REVIEWS[which, size]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("which", ["demo", "big"])
def test_every_review_action_and_theme_is_on_a_page_clear_of_the_label(qtbot, boxes, which,
                                                                         size):
    review = _review(qtbot, boxes, which, size)
    pages, result = review.pages, review.result
    whole = _whole(pages)
    assert {status_line(a) for a in result.actions} <= whole  # nothing under the label
    assert review.subtitle in whole  # the subtitle whole, once, on the first page
    assert sorted(review.shown) == sorted(a.what for a in result.actions)
    assert not [w for page in pages for _b, w, cut in page if cut and w.startswith("What ")]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("which", ["demo", "big"])
def test_last_times_evidence_keeps_its_lines_where_its_card_fits_a_page(qtbot, boxes, which,
                                                                        size):
    """At 800x600 each of last time's actions, alone on a page with half of it empty, had its
    "How we said we'd know" and "So far" cut to one line: every action's notes were fitted to
    the first page's room, less the subtitle only that page has. Every action's words and
    notes are whole at every size, the demo's and the big workshop's (at 1366x768 and
    1920x1080 they were cut to the lines a text then had, three or two, with "…")."""
    review = _review(qtbot, boxes, which, size)
    whole = _whole(review.pages)
    actions = review.result.actions
    assert review.most == [None] * len(actions)  # no note given fewer lines than it takes
    said = {text for a in actions for text in (a.what, *notes(a))}
    assert said and not said - whole, sorted(said - whole)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("which", ["demo", "big"])
def test_every_plan_action_is_on_a_page_clear_of_the_label(qtbot, boxes, which, size):
    ws, _last = _workshops(which)
    view = PlanRoomView(Document(ws), today=lambda: TODAY)
    pages = _pages(qtbot, view, size, boxes)
    shown = [a.id for page in range(view.page_count()) for a in view.page_actions(page)]
    assert sorted(shown) == sorted(a.id for a in ws.actions)
    said = {w for page in pages for _b, w, _c in page}
    assert all(a.what in said for a in ws.actions)
    # the room agrees these words: each action's whole on its page, its row as tall as they
    # need (the big workshop's 170-character actions were cut at 800x600, on a 390-unit card
    # beside the lane's name: on a narrow canvas the name is above, the cards full width)
    whole = _whole(pages)
    cut = [a.id for a in ws.actions if a.what not in whole]
    assert cut == [], cut
    if size[0] < 1366:  # each lane's name whole on the line above its cards
        assert {f"{role.label} ({n})" for role in Role
                if (n := sum(a.role == role for a in ws.actions))} <= whole


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_forty_of_last_times_actions_are_packed_several_a_page(qtbot, size):
    """Side by side, 40 actions took 40 pages at 1366x768, one action (and one theme) a page
    with half of it empty: the actions now go two columns a page after the themes. Their
    words whole (five lines for the long ones, which were cut at three), they take 20 pages
    at 1366x768, two a page, and 7 at 1920x1080."""
    ws, last = big_workshops()
    view = ReviewRoomView(Document(ws), Document(last), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    counts = [len(view.page_actions(page)) for page in range(view.page_count())]
    counts = [n for n in counts if n]
    most = 20 if size[0] == 1366 else 7
    assert sum(counts) == 40 and min(counts) >= 2 and len(counts) <= most, counts  # (was 40)


def test_the_review_subtitle_says_each_workshop_once():
    from wtfc.ui.boards.review_room import subtitle

    assert subtitle("Older people's services — Working Together for Change",
                    "Spring 2026 cycle — older people's services") == (
        "Older people's services — Working Together for Change compared with Spring 2026 cycle")
    assert subtitle("Autumn", "Spring") == "Autumn compared with Spring"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_one_themes_plan_names_the_theme_and_every_idle_lane_whole(qtbot, boxes, size):
    """One theme's plan at 800x600 cut "No actions yet: People who use services and…" (Health
    and Other never named: the groups with nothing planned are what the room must see) and
    the theme's own name ("I am not treated with respect or as an individual …"). Now no
    text is cut on any page, the name is whole under the heading and each idle lane named."""
    ws, _last = _workshops("demo")
    for theme_id in sorted({a.theme_id for a in ws.actions}):
        doc = Document(ws)
        view = PlanRoomView(doc, today=lambda: TODAY, theme_id=theme_id)
        pages = _pages(qtbot, view, size, boxes)
        mine = [a for a in ws.actions if a.theme_id == theme_id]
        shown = [a.id for page in range(view.page_count()) for a in view.page_actions(page)]
        assert sorted(shown) == sorted(a.id for a in mine)
        cut = [w for page in pages for _b, w, cut in page if cut]
        assert cut == [], (theme_id, cut)
        whole = _whole(pages)
        assert any(doc.get("themes", theme_id).name in w for w in whole), theme_id
        idle = {role.label for role in Role} - {a.role.label for a in mine}
        named = " ".join(w for w in whole if "Nothing planned" in w)
        assert all(label in named for label in idle), (theme_id, idle, named)
