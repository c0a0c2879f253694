"""The wall shows names and words as typed, never as HTML (review markup26 #2, #4, #5): a theme
named "see <a href='x'>this</a>" was a blue link on its header and "<h1>BIG</h1>" huge; the
outline's tooltips and the labels beside the wall showed "I get <b>no</b> help" with a bold "no".
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.shown_words import as_shown
from wtfc.model.operations.cards import edit_card
from wtfc.model.operations.themes import rename_theme
from wtfc.ui.wall.card_fit import CardFitPage, FitAnswer
from wtfc.ui.wall.outline import CARD_ROLE, THEME_ROLE
from wtfc.ui.wall.suggested_themes import SuggestedThemesPage

TAGGED = "I get <b>no</b> help"




def test_a_theme_header_shows_its_name_as_typed(panel, doc, undo):
    undo.push(rename_theme(doc, theme_id="package", name="<h1>BIG</h1> t8"))
    panel.grab()  # painted: the header's words are laid out
    QApplication.processEvents()
    block = panel.scene.blocks["package"]
    title = block._title_text
    assert title is not None and title.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>BIG</h1>" in title.text()
    # a line of the title's type, not an <h1>'s
    assert title.size().height() < 2 * block.title_px * 1.5


def test_the_outline_shows_names_and_words_as_typed(panel, doc, undo):
    name = "see <a href='http://x'>this</a> t4"
    undo.push(rename_theme(doc, theme_id="package", name=name))
    undo.push(edit_card(doc, card_id="n1", text=TAGGED))
    outline = panel.outline
    outline.rebuild()
    model = outline.model_
    [theme] = [model.item(r) for r in range(model.rowCount())
               if model.item(r).data(THEME_ROLE) == "package"]
    [card] = [theme.child(r) for r in range(theme.rowCount())
              if theme.child(r).data(CARD_ROLE) == "n1"]
    assert as_shown(theme.toolTip()) == name
    assert as_shown(card.toolTip()) == TAGGED


def test_the_card_being_placed_and_the_typical_card_are_plain_text(qtbot, doc, undo):
    undo.push(edit_card(doc, card_id="n5", text=TAGGED))
    fit = CardFitPage(doc)
    qtbot.addWidget(fit)
    fit.show_answer(FitAnswer("n5", [], []))
    assert fit.card_label.textFormat() == Qt.TextFormat.PlainText
    assert TAGGED in fit.card_label.text()
    suggested = SuggestedThemesPage(doc)
    qtbot.addWidget(suggested)
    assert suggested.typical.textFormat() == Qt.TextFormat.PlainText


def test_a_theme_comment_typed_on_two_lines_keeps_them_in_its_tip(panel, doc, undo):
    from wtfc.model.operations.themes import add_theme_comment

    undo.push(add_theme_comment(doc, theme_id="package", comment=f"{TAGGED}\nAsk the GPs too."))
    QApplication.processEvents()
    shown = as_shown(panel.scene.blocks["package"].toolTip())
    assert f"{TAGGED}\nAsk the GPs too." in shown
    undo.stack.undo()
    assert f"{TAGGED}" not in as_shown(panel.scene.blocks["package"].toolTip())
    undo.stack.redo()
    assert f"{TAGGED}\nAsk the GPs too." in as_shown(panel.scene.blocks["package"].toolTip())
