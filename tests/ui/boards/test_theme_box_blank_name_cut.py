"""The theme box over the why-tree, Identify success and Plan, for a theme named only a
zero-width space (an older file), a little too narrow for its whole line (223098da): the name is
cut within the line, and what is cut is "Unnamed theme", not the stored blank name, so the box
reads "Priority 1: Unnamed th… · ✗ 6 cards", never "Priority 1:  · ✗ 6 cards". The existing
check cuts to 3/4 of the line, where the name has no room left and the whole line is cut."""

from __future__ import annotations

from tests.ui.boards.test_boards_blank_theme_name import doc  # noqa: F401  (the fixture)
from wtfc.ui.boards.common import ThemeSelector


def test_a_box_a_little_too_narrow_cuts_unnamed_theme(qtbot, doc):  # noqa: F811
    selector = ThemeSelector(doc)
    qtbot.addWidget(selector)
    selector.select_theme("package")
    text = selector.currentText()
    metrics = selector.fontMetrics()
    room = metrics.horizontalAdvance(text) - metrics.horizontalAdvance("eme")
    fitted = selector._fitted(text, room)
    assert "Unnamed" in fitted and fitted.startswith("Priority 1: ")
    assert "cards" in fitted  # the count kept: only the name was cut
