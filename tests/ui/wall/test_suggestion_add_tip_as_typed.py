"""Add to that theme's tooltip names the theme a suggestion is close to as typed (review R4
#6): a theme "I feel <b>rushed</b> & <i>hurried</i>" was named "I feel rushed & hurried" in
bold and italic, its tags gone (Qt draws a tip that looks like HTML as HTML)."""

from __future__ import annotations

import pytest
from shown_words import as_shown
from suggestion_helpers import RUSH, choose_suggestion
from test_suggestion_close_theme import doc, ranked  # noqa: F401  (doc: a pytest fixture)

from wtfc.model.operations.themes import rename_theme

pytestmark = pytest.mark.usefixtures("word_table")

MARKED = "I feel <b>rushed</b> & <i>hurried</i>"


def test_add_to_that_themes_tip_names_the_theme_as_typed(qtbot, wall, undo):
    undo.push(rename_theme(wall.doc, theme_id="rushed", name=MARKED))
    page = ranked(qtbot, wall)
    choose_suggestion(page, RUSH)
    assert page.add_button.isVisibleTo(page)
    assert f"“{MARKED}”" in as_shown(page.add_button.toolTip())
