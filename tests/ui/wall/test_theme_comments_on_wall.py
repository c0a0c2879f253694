"""A theme's comments on the facilitator's wall: "1 comment" on the line under its name, the
words in its tooltip, following each edit, Undo and Redo; the room view shows none of it (the
facilitator's notes of what was said are not put before the room). Before, the demo's comments
were on the report's page 4 and nowhere on screen."""

from __future__ import annotations

from wall_helpers import shown_room_view, undo_redo

from wtfc.model.operations.themes import add_theme_comment, delete_theme_comment

SAID = "This is not new, but it feels more powerful when people say it together"


def _block(panel, theme_id="package"):
    return panel.scene.blocks[theme_id]


def test_a_comment_shows_under_the_name_and_in_the_tooltip(panel, doc, undo):
    assert _block(panel).count_words(500) == "Not working · 3 cards"
    assert _block(panel).toolTip() == ""
    assert undo.push(add_theme_comment(doc, theme_id="package", comment=SAID))

    def shown():
        assert _block(panel).count_words(500) == "Not working · 3 cards · 1 comment"
        assert "1 comment" in _block(panel).toolTip() and SAID in _block(panel).toolTip()

    def gone():
        assert _block(panel).count_words(500) == "Not working · 3 cards"
        assert _block(panel).toolTip() == ""

    shown()
    undo_redo(undo, shown, gone)


def test_the_count_follows_a_deleted_comment(panel, doc, undo):
    for words in ("Inform market development", "Spread this practice"):
        add_theme_comment(doc, theme_id="good", comment=words).do(doc)
    panel.scene.relayout()
    assert _block(panel, "good").count_words(500) == "Working · 1 card · 2 comments"
    assert undo.push(delete_theme_comment(doc, theme_id="good", index=0))
    assert _block(panel, "good").count_words(500) == "Working · 1 card · 1 comment"
    assert "Inform market" not in _block(panel, "good").toolTip()


def test_a_narrow_column_keeps_the_comments_before_the_kinds_word(panel, doc, undo):
    undo.push(add_theme_comment(doc, theme_id="package", comment="Spread this practice"))
    assert _block(panel).count_words(150) == "3 cards · 1 comment"
    assert _block(panel).count_words(100) == "Not working · 3"  # the tooltip still has them


def test_a_comment_with_markup_is_shown_as_typed(panel, doc, undo):
    undo.push(add_theme_comment(doc, theme_id="package", comment="Visits <15 min & rushed"))
    assert "Visits &lt;15 min &amp; rushed" in _block(panel).toolTip()


def test_the_room_view_does_not_show_the_comments(qtbot, doc):
    add_theme_comment(doc, theme_id="package", comment=SAID).do(doc)
    view = shown_room_view(qtbot, doc, (1280, 720))
    block = view.scene().blocks["package"]
    assert block.comments == () and block.toolTip() == ""
    assert "comment" not in " ".join(block.count_text())
