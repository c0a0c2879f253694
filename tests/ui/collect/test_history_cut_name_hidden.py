"""History quotes a theme's name cut at 40 characters; a name the check holds back can be cut
there ("…with our Eirl…"), where no reading finds it. A listed theme's whole name is hidden
first, then cut: "Create theme 'We all love the day trips with our [name]'" (code review A15
#2; F31 session 28)."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.operations.themes import create_theme
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.undo import UndoAdapter

NW = Kind.NOT_WORKING
LONG = "We all love the day trips with our Eirlys"


def test_history_hides_a_name_cut_at_forty_characters(qtbot, show):
    doc = Document(Workshop(title="n", cards=[
        Card(id="c0", kind=NW, text="My carer Eirlys never rushes me"),
        Card(id="c1", kind=NW, text="We never go out")]))
    undo = UndoAdapter(doc)
    undo.push(create_theme(doc, name=LONG, kind=NW, card_ids=["c1"]))
    assert "Eirl…" in undo.stack.text(0)  # as typed before the check
    page = show(CardsPage(doc, undo), 1500, 720)
    page.watch_names.check_button.click()  # the guard holds Eirlys back by itself
    listed = page.watch_names.theme_names
    assert [t.name for t in listed.themes()] == [LONG]
    assert undo.stack.text(0) == "Create theme 'We all love the day trips with our [name]' " \
        "from 1 card"
    # the rename, pushed once the theme has its new name, quotes the old one cut too
    assert listed.rename(doc.workshop.themes[0].id, ask=lambda _text: "We all love day trips")
    labels = [undo.stack.text(i) for i in range(undo.stack.count())]
    assert "eirl" not in "\n".join(labels).lower(), labels
    undo.stack.undo()
    assert doc.workshop.themes[0].name == LONG  # Ctrl+Z undoes the same step
    undo.stack.redo()
    assert doc.workshop.themes[0].name == "We all love day trips"
