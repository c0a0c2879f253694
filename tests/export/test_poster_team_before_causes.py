"""The A3 theme poster names the team a why-tree was given to before its first cause (T on
the theme's box of an empty tree), as it names a team its causes hold."""

from __future__ import annotations

from export_checks import demo_workshop, squash
from test_poster_team import top_line

from wtfc.model.document import Document
from wtfc.model.operations.causes import give_tree_to_team

EMPTY = "t07"  # the demo's theme with no causes yet


def test_the_poster_of_a_tree_with_no_causes_yet_names_its_team():
    doc = Document(demo_workshop())
    assert not any(c.theme_id == EMPTY for c in doc.workshop.causes)
    assert "Team" not in top_line(doc.workshop, EMPTY)
    give_tree_to_team(doc, theme_id=EMPTY, team="Team B").do(doc)
    assert top_line(doc.workshop, EMPTY).endswith(squash(" · Team: Team B"))
