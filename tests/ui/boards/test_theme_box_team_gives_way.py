"""The why-tree's Theme box at 1366x768 keeps the theme's name before the team's (review 36 W1
M2): it read "Priority 2: Nobody l… · ✗ 2 cards · Team: Team Blue", the theme cut to a word
and a half to keep the team. Where the team would leave the name less than a useful part, the
team gives way (it is in the open list, said aloud, and on the Teams panel beside the tree)."""

from __future__ import annotations

from tests.ui.boards.board_window import settle
from tests.ui.renders import save_render
from wtfc.model.operations.causes import assign_team
from wtfc.model.operations.themes import rename_theme
from wtfc.model.workshop import Stage


def _shown(selector) -> str:
    """The words the closed box draws (its paint fits the current item to its width)."""
    drawn: list[str] = []
    fitted = selector._fitted
    selector._fitted = lambda text, room: drawn.append(fitted(text, room)) or drawn[-1]
    try:
        selector.grab()
    finally:
        del selector._fitted
    return drawn[-1]


def test_at_1366_the_why_trees_box_shows_the_whole_theme_before_the_team(demo_window, qtbot):
    window = demo_window
    doc = window.doc
    second = next(t for t in doc.workshop.themes if t.priority.rank == 2)
    rename_theme(doc, theme_id=second.id, name="Nobody listens to me").do(doc)
    tree = [c.id for c in doc.workshop.causes if c.theme_id == second.id]
    assign_team(doc, cause_ids=tree, team="Team Blue").do(doc)
    window.resize(1366, 768)
    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    selector = tabs.causes.selector
    selector.refresh()
    selector.select_theme(second.id)
    qtbot.waitExposed(window)
    settle(qtbot)
    assert "Team: Team Blue" in selector.currentText()  # the item says the team
    save_render(tabs.causes, "theme_box_team_gives_way_1366")
    shown = _shown(selector)
    assert "Nobody listens to me" in shown, shown
    assert "✗" in shown and "cards" in shown  # the kind and the count stay in sight
    # wide enough for both, both show
    selector.setFixedWidth(900)
    assert _shown(selector).endswith(" · Team: Team Blue")
