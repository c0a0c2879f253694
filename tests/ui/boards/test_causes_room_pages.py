"""The why-tree on the projector never draws words below 24 px: tighter gaps, then pages."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QSize

from tests.ui.boards.board_workshops import deep_chain_doc
from tests.ui.renders import RENDERS
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Cause
from wtfc.ui.boards import views
from wtfc.ui.boards.why_tree_items import CauseItem
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.render import ViewRequest
from wtfc.ui.wall import RoomController

SIZES = [QSize(1366, 768), QSize(1920, 1080)]


def _wide_doc(count: int = 12) -> tuple[Document, str]:
    base = load_workshop(demo_path()).workshop
    theme = next(t for t in base.themes if t.priority.rank == 1)
    causes = [Cause(id=f"k{i}", theme_id=theme.id, team="Blue table",
                    text=f"Reason {i + 1}: staff are not given the time they need to know people")
              for i in range(count)]
    return Document(base.model_copy(update={"causes": causes, "actions": []})), theme.id


def _pages(causes_room, doc, theme_id, size: QSize, name: str):
    """Every page's (smallest text in px, causes on it), each saved as a PNG."""
    widget = causes_room(doc, theme_id, size)
    RENDERS.mkdir(parents=True, exist_ok=True)
    shown = []
    for page in range(widget.page_count()):
        widget.show_page(page)
        scale = widget.view.transform().m11()
        shown.append((widget.scene.tree_style.small_px * scale,
                      {n for n, i in widget.scene.nodes.items() if isinstance(i, CauseItem)}))
        widget.grab().save(str(RENDERS / f"room_causes_{name}_{size.width()}_p{page + 1}.png"))
    return widget, shown


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("case", ["six_levels", "twelve_wide"])
def test_no_words_under_20_px_and_every_cause_on_some_page(causes_room, size, case):
    doc, theme_id = deep_chain_doc() if case == "six_levels" else _wide_doc()
    widget, shown = _pages(causes_room, doc, theme_id, size, case)
    assert all(px >= 24 - 0.05 for px, _ in shown), shown
    assert set().union(*(ids for _, ids in shown)) == {c.id for c in doc.workshop.causes}
    assert widget.page_label.isVisible() == (widget.page_count() > 1)
    if widget.page_count() > 1:
        assert widget.page_label.text() == f"Page {widget.page} of {widget.page_count()}" \
            .replace(f"Page {widget.page}", f"Page {widget.page + 1}")


def test_a_deep_chain_carries_on_with_the_cause_its_reasons_answer(causes_room):
    doc, theme_id = deep_chain_doc()
    widget, shown = _pages(causes_room, doc, theme_id, QSize(1366, 768), "chain")
    assert widget.page_count() > 1
    for (_, before), (_, after) in pairwise(shown):
        assert before & after  # the cause cut short is repeated at the top of the next page
    # the last page carries on the one before: its theme's box says so
    assert widget.scene.nodes[ROOT].note.startswith("Continued from page ")


@pytest.mark.parametrize(("size", "pages"), [(QSize(1920, 1080), 2), (QSize(2560, 1440), 1)])
def test_the_demo_why_trees_take_few_pages(causes_room, size, pages):
    """One page each at 20 px; at 24 px two at most at 1920x1080 (one on a larger screen)."""
    doc = Document(load_workshop(demo_path()).workshop)
    for theme in (t for t in doc.workshop.themes if t.priority.chosen):
        widget, shown = _pages(causes_room, doc, theme.id, size, f"demo_{theme.id}")
        assert widget.page_count() <= pages
        assert widget.page_label.isVisible() == (widget.page_count() > 1)
        assert min(px for px, _ in shown) >= 24 - 0.05


def test_the_page_actions_turn_the_why_tree_page(qtbot):
    doc, theme_id = deep_chain_doc()
    room = RoomController(doc, board_request=lambda name: ViewRequest(name, theme_id))
    qtbot.addWidget(room.window)
    room.act_show.setChecked(True)
    room.window.showNormal()
    room.window.resize(1366, 768)
    room.show_view("causes")
    view = room.window.content
    qtbot.waitUntil(lambda: view.view.viewport().width() == 1366)
    assert isinstance(view, views.CausesRoomView) and view.page_count() > 1
    assert room.act_next_page.isEnabled()
    # the actions Ctrl+Shift+Right/Left trigger (the keys themselves, on the demo's why-tree:
    # tests/review/test_room_view_pages.py)
    room.act_next_page.trigger()
    assert view.page == 1
    assert view.page_label.text() == f"Page 2 of {view.page_count()}"
    room.act_previous_page.trigger()
    assert view.page == 0
    room.close()
