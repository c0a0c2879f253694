"""The boards' Theme boxes say which team has which priority (review 36 R2, finding 2).

Asked "where is Team C's work?" during report-back, the facilitator read "Priority 3: I feel
lonely and cut off · ✗ 5 cards" and had to try each theme in turn: each item now ends with the
teams on its why-tree, in the why-tree room view's words, and a screen reader hears them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.board_workshops import demo_priority
from wtfc.model.operations.causes import assign_team
from wtfc.ui.boards.common import ThemeSelector

SPOKEN = Qt.ItemDataRole.AccessibleTextRole


def _items(selector: ThemeSelector) -> dict[str, tuple[str, str]]:
    return {selector.itemData(i): (selector.itemText(i), selector.itemData(i, SPOKEN))
            for i in range(selector.count())}


def _tree(doc, theme_id: str) -> list[str]:
    return [c.id for c in doc.workshop.causes if c.theme_id == theme_id]


def test_each_theme_item_says_its_team_in_words_and_aloud(qtbot):
    doc, third = demo_priority(3)
    selector = ThemeSelector(doc)
    qtbot.addWidget(selector)
    text, spoken = _items(selector)[third]
    assert text.startswith("Priority 3: ")
    assert text.endswith(" · Team: Team C")  # after the kind and count, as the room says it
    assert spoken.endswith(". Team: Team C")
    assert selector.accessibleDescription() == _items(selector)[selector.theme_id()][1]


def test_an_item_follows_the_team_named_with_t_and_its_undo(qtbot):
    doc, third = demo_priority(3)
    selector = ThemeSelector(doc)
    qtbot.addWidget(selector)
    step = assign_team(doc, cause_ids=_tree(doc, third), team="Table 3")
    step.do(doc)
    assert _items(selector)[third][0].endswith(" · Team: Table 3")
    step.undo(doc)
    assert _items(selector)[third][0].endswith(" · Team: Team C")


def test_two_teams_and_a_long_name_keep_the_line_short_and_the_words_whole(qtbot):
    doc, first = demo_priority(1)
    selector = ThemeSelector(doc)
    qtbot.addWidget(selector)
    long = "The tea and biscuits table by the window"
    assign_team(doc, cause_ids=_tree(doc, first)[:1], team=long).do(doc)
    text, spoken = _items(selector)[first]
    assert text.endswith(" · Teams: The tea and biscuits… and Team A")
    assert spoken.endswith(f". Teams: {long} and Team A")
