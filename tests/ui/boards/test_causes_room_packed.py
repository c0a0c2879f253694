"""A big why-tree on the projector: the causes cut short on one page whose reasons are few carry
on side by side on one page, each under its own repeated cause, where a page each held one or
two reasons (a 60-cause tree took 13 pages at 1920x1080, page 4 one reason under its cause;
review scale finding 6). Every cause is still on a page, and each "N more reasons on page P"
note leads to a page that repeats the cause with its reasons."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize

from tests.ui.renders import saved_pages
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Cause
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_page_graph import NOTE

# a big borough's tree: each cause's parent, by its place in the list (-1: the theme)
PARENTS = [-1, -1, -1, -1, -1, -1, 1, 0, 2, 0, 5, 6, 2, 5, 9, 6, 10, 12, 5, 12, 6, 19, 6, 21, 8,
           11, 24, 21, 11, 21, 22, 20, 20, 26, 17, 21, 14, 8, 15, 22, 25, 37, 18, 16, 20, 22, 44,
           24, 13, 21, 21, 30, 7, 34, 43, 32, 31, 11, 16, 52]
SAID = ["Care plans are written for assessors, not for the carer at the door",
        "Nobody answers the phone line after five o'clock",
        "Day centres have no budget for travel between visits",
        "Contracts pay for minutes of task, so a longer visit loses money",
        "Leaflets use words older people do not use",
        "Rotas change every week, so nobody gets to know the person"]
# pages at 1920x1080, 1366x768: 12 and 16 when each cut cause's reasons had a page of their own
MOST_PAGES = {(1920, 1080): 8, (1366, 768): 15}


def _big_tree() -> tuple[Document, str]:
    ws = load_workshop(demo_path()).workshop
    theme = next(t for t in ws.themes if t.priority.rank == 1)
    causes = [Cause(id=f"c{n}", theme_id=theme.id, text=f"{SAID[n % len(SAID)]} ({n + 1}).",
                    parent_id=None if up < 0 else f"c{up}", team=f"Team {'ABCDEF'[n % 6]}")
              for n, up in enumerate(PARENTS)]
    return Document(ws.model_copy(update={"causes": causes, "actions": []})), theme.id


def _under(doc: Document, cause_id: str) -> set[str]:
    children = {c.id for c in doc.workshop.causes if c.parent_id == cause_id}
    return children.union(*(_under(doc, child) for child in children))


@pytest.mark.parametrize("size", list(MOST_PAGES))
def test_small_continuations_share_a_page(causes_room, size):
    doc, theme_id = _big_tree()
    widget = causes_room(doc, theme_id, QSize(*size))
    pages = widget._pages
    assert 1 < len(pages) <= MOST_PAGES[size]
    causes = [{n for n in page.graph.nodes if n.startswith("c")} for page in pages]
    # every cause on some page; a cause on two pages is one carried on (its reasons' page)
    assert set().union(*causes) == {c.id for c in doc.workshop.causes}
    repeated = [set(page.graph.successors(ROOT)) if ROOT in page.notes else set()
                for page in pages]
    assert any(len(anchors) > 1 for anchors in repeated)  # side by side
    for number, page in enumerate(pages, start=1):
        for node, words in page.notes.items():
            if not node.startswith(NOTE):
                continue
            cut = node.removeprefix(f"{NOTE}on:")
            count, on = map(int, re.fullmatch(r"(\d+) more reasons? on page (\d+)",
                                              words).groups())
            assert on > number and cut in repeated[on - 1], (number, words)
            assert page.graph.has_edge(cut, node)
            below = set(pages[on - 1].graph.successors(cut))
            assert below and below <= {c.id for c in doc.workshop.causes
                                       if c.parent_id == cut}, (number, words)
            assert count == len(_under(doc, cut))
    for _ in saved_pages(widget, f"room_causes_packed_{size[0]}"):  # a PNG unless make test
        assert widget.scene.tree_style.small_px * widget.view.transform().m11() >= 24 - 0.05
