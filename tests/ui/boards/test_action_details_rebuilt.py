"""Act's and Plan's panel of the chosen action's other columns, built again (another file opened,
the panel crossing its narrow width): the old labels went on showing under the new ones until
they were deleted, so 'Answers', 'First step' and 'How we'll know' read twice, overlapping
(review 23 smoke walk)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from wtfc.ui.boards.action_details import NARROW, ActionDetails

NAMES = ("Answers", "First step", "How we'll know")


def _shown(details: ActionDetails, words: str) -> int:
    return sum(1 for label in details.findChildren(QLabel)
               if label.isVisible() and label.text() == words)


def test_a_panel_built_again_shows_each_heading_once(qtbot):
    details = ActionDetails()
    qtbot.addWidget(details)
    details.resize(NARROW + 200, 300)
    details.show()
    details.show_fields(NAMES, {})  # an action chosen (with nothing chosen they are folded)
    assert all(_shown(details, name) == 1 for name in NAMES)
    details.resize(NARROW - 200, 300)  # narrower: two to a line, built again
    details.show_fields(NAMES, {})  # before the old labels' deferred delete has run
    assert all(_shown(details, name) == 1 for name in NAMES)
