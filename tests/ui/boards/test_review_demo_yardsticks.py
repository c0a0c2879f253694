"""README: on the bundled demo, Review's *Since last time* opens with last spring's
yardsticks: what the room said it would do differently, when it said it would look again, and
what success would look like under last spring's priorities. The other yardstick tests bring
their own spring; this one looks at what the demo, as shipped, shows."""

from __future__ import annotations

from tests.ui.boards.board_window import settle
from tests.ui.renders import save_render
from wtfc.model.workshop import Stage


def test_review_on_the_demo_opens_with_last_springs_yardsticks(demo_window, qtbot):
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.REVIEW)  # the demo brings its previous cycle with it
    board = demo_window.page(Stage.REVIEW)
    settle(qtbot)
    save_render(demo_window, "review_demo_yardsticks_1366")
    assert board.last_said.isVisible()
    assert board.last_said.text().split("\n") == [
        "Last time we said we would do differently: Send the invitations earlier so "
        "commissioners can come, and check each action every month, not only at the next "
        "workshop.",
        "We said we would look again on 5 November 2026."]
    said = [board.themes.topLevelItem(i).child(0).text(0)
            for i in range(board.themes.topLevelItemCount())
            if board.themes.topLevelItem(i).childCount()]
    assert len(said) == 3  # under each of last spring's three priorities
    assert any("My carer asks me how I like things done." in line for line in said)
    assert all(line.strip().startswith("What we said success would look like:") for line in said)
