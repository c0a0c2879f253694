"""A why-tree branch cut short on the room view has the small branches after it beside it
(review 36 R2, finding 8): Team B's tree on a 1024x768 projector took 3 pages, page 1 holding
one reason ("Rotas change…", its 4 reasons on page 2) with half the screen empty, and
"Visit times…" with its reason a page of its own after them."""

from __future__ import annotations

from PySide6.QtCore import QSize

from tests.ui.boards.board_workshops import demo_priority
from wtfc.ui.boards.why_tree_items import CauseItem


def test_a_small_branch_goes_beside_the_cut_short_one_and_the_tree_takes_two_pages(causes_room):
    doc, second = demo_priority(2)
    widget = causes_room(doc, second, QSize(1024, 768))
    pages = []
    for page in range(widget.page_count()):
        widget.show_page(page)
        pages.append({node for node, item in widget.scene.nodes.items()
                      if isinstance(item, CauseItem)})
    visits = next(c.id for c in doc.workshop.causes
                  if c.theme_id == second and c.text.startswith("Visit times"))
    under = {c.id for c in doc.workshop.causes if c.parent_id == visits}
    assert len(pages) == 2
    assert {visits, *under} <= pages[0]  # whole, beside "Rotas change…"
    assert set().union(*pages) == {c.id for c in doc.workshop.causes if c.theme_id == second}
