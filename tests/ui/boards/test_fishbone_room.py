"""The fishbone on the projector: while the facilitator shows Root causes as a fishbone, the room
sees a fishbone too (not the why-tree), every cause on some page once, every word 24 real px or
more at 1024x768, 1366x768 and 1920x1080, and it follows Tree / Fishbone and undo."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from tests.ui.boards.board_workshops import LONELY, demo_priority, held_back_demo
from tests.ui.renders import RENDERS, saved_pages
from wtfc.model.cause_category import NO_CATEGORY, CauseCategory, causes_by_category
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.cause_categories import set_cause_category
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Cause, Stage
from wtfc.ui.boards.fishbone_room import FishboneRoomView
from wtfc.ui.boards.views import CausesRoomView
from wtfc.ui.boards.why_tree_items import AGREED_BADGE, ROOT_BADGE

SIZES = [QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080)]
LONG = (
    "Money for home care is set a year at a time, so the agency cannot plan staff, rounds "
    "or training beyond the next few months"
)


def _crowded() -> tuple[Document, str]:
    """The demo's first priority with ten long causes under Money, marked every other one, and
    three with no category: one bone longer than any screen."""
    base = load_workshop(demo_path()).workshop
    theme = next(t for t in base.themes if t.priority.rank == 1)
    causes = [
        Cause(
            id=f"m{i}",
            theme_id=theme.id,
            text=f"{i + 1}. {LONG}",
            root_cause=i % 2 == 0,
            agreed=i % 4 == 0,
            category=CauseCategory.MONEY,
        )
        for i in range(10)
    ] + [
        Cause(id=f"n{i}", theme_id=theme.id, text=f"Reason {i + 1} with no category yet")
        for i in range(3)
    ]
    return Document(base.model_copy(update={"causes": causes, "actions": []})), theme.id


def _case(name: str) -> tuple[Document, str]:
    if name == "crowded":
        return _crowded()
    if name == "held_back":
        doc = held_back_demo()
        return doc, next(t.id for t in doc.workshop.themes if t.name == LONELY)
    return demo_priority(int(name[-1]))


def _pages(qtbot, doc: Document, theme_id: str, size: QSize, name: str):
    """Each page's drawn texts (real px, words, cut short), each page saved as a PNG."""
    view = FishboneRoomView(doc, doc.theme(theme_id))
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    pages = [
        list(view.drawn_text)
        for _ in saved_pages(view, f"room_fishbone_{name}_{size.width()}")
    ]
    return view, pages


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("name", ["priority_1", "priority_2", "priority_3", "crowded"])
def test_every_cause_once_with_its_marks_and_bone_all_24_px_or_more(qtbot, size, name):
    doc, theme_id = _case(name)
    view, pages = _pages(qtbot, doc, theme_id, size, name)
    drawn = [text for page in pages for text in page]
    assert min(px for px, _words, _cut in drawn) >= 24 - 0.05
    assert not [words for _px, words, cut in drawn if cut]  # nothing ends in "…"
    causes = [c for c in doc.workshop.causes if c.theme_id == theme_id]
    said = Counter(words for _px, words, _cut in drawn)
    assert all(said[c.text] == 1 for c in causes), said
    assert said[ROOT_BADGE] == sum(c.root_cause for c in causes)
    assert said[AGREED_BADGE] == sum(c.agreed for c in causes)
    # each bone labelled in words, with its causes counted; "No category yet" where any are
    for label, group in causes_by_category(doc.workshop.causes, theme_id):
        assert f"{label} ({len(group)})" in said
    unplaced = sum(c.category is None for c in causes)
    assert (f"{NO_CATEGORY} ({unplaced})" in said) == (name in ("priority_3", "crowded"))
    name_of = doc.theme(theme_id).name  # the head, on every page
    assert all([words for _px, words, _cut in page].count(name_of) == 1 for page in pages)
    assert view.page_label.isVisible() == (view.page_count() > 1)
    if name == "crowded":  # Money goes on from one bone's place to the next
        assert view.page_count() > 1
        assert f"{CauseCategory.MONEY.label} (10), continued" in said
    if size.width() == 1920 and name != "crowded":  # the demo's fish on one screen there
        assert view.page_count() == 1


def test_held_back_cards_are_only_counted(qtbot):
    doc, theme_id = _case("held_back")
    held = [c.text for c in doc.workshop.cards if c.held_back]
    _view, pages = _pages(qtbot, doc, theme_id, QSize(1366, 768), "held_back")
    words = " ".join(text for page in pages for _px, text, _cut in page)
    assert "Priority 3 · 5 cards (3 not shown) from 4 people" in words
    assert not any(card in words for card in held)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _room_words(window) -> list[str]:
    view = window.room.window.content
    view.grab()
    return [words for _px, words, _cut in view.drawn_text]


def test_the_room_shows_the_shape_the_facilitator_shows_and_follows_undo(demo_window):
    window = demo_window
    window.room.act_show.setChecked(True)
    window.room.window.act_full_screen.setChecked(False)
    window.room.window.resize(1920, 1080)
    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentIndex(1)
    _settle()
    room = window.room.window
    assert isinstance(room.content, CausesRoomView)
    board = tabs.causes
    board.shapes.buttons["Fishbone"].click()
    _settle()
    assert isinstance(room.content, FishboneRoomView)
    theme = window.doc.theme(board.theme_id())
    assert room.content.accessibleName() == f"Fishbone: {theme.name}"
    assert window.room.view_actions["fishbone"].isChecked()
    cause = next(
        c
        for c in window.doc.workshop.causes
        if c.theme_id == theme.id and c.category is CauseCategory.PEOPLE_STAFF
    )
    before = _room_words(window)
    assert "Money (1)" not in before
    # a cause put under another bone: the room's fishbone redraws, and again on undo and redo
    window.undo.push(
        set_cause_category(window.doc, cause_id=cause.id, category=CauseCategory.MONEY)
    )
    _settle()
    assert "Money (1)" in _room_words(window)
    window.undo.stack.undo()
    _settle()
    assert _room_words(window) == before
    window.undo.stack.redo()
    _settle()
    assert "Money (1)" in _room_words(window)
    room.grab().save(str(RENDERS / "room_fishbone_following.png"))
    board.shapes.switch()  # F: the tree again, for the room too
    _settle()
    assert isinstance(room.content, CausesRoomView)
    assert window.room.view_actions["causes"].isChecked()
