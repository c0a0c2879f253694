"""Edit card… says when a card's new kind makes it more than the person's top two, as Add a
card does: on the demo P01 has two 'not working' cards, and one of P01's 'working' cards made
'not working' was saved with no word of it (the line was for new cards only, and counted only
while the Person box could be typed in). Its own kind, kept, is said nothing of."""

from __future__ import annotations

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind

METHOD = "the method takes each person's top two."


def _choose(dialog, kind: Kind) -> None:
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind.value))


def test_a_kind_changed_past_the_top_two_is_said_and_saved(shown_page):
    ws = load_workshop(demo_path()).workshop
    # out of its theme, where a card's kind may be changed (a themed card's change is refused)
    themes = [
        t.model_copy(update={"card_ids": [c for c in t.card_ids if c != "c01"]}) for t in ws.themes
    ]
    doc = Document(ws.model_copy(update={"themes": themes}))
    page = shown_page(1366, 700, other=doc)
    page.select_cards(["c01"])  # P01's first 'working' card
    page.edit_selected()
    dialog = page.card_dialog
    assert dialog.hint.text() == ""  # one of P01's two 'working': nothing to say
    _choose(dialog, Kind.NOT_WORKING)
    assert dialog.hint.text() == f"⚠ P01 already has 2 'not working' cards; {METHOD}"
    assert dialog.hint.label.isVisibleTo(dialog) and not dialog.hint.use_button.isVisibleTo(dialog)
    _choose(dialog, Kind.FUTURE)
    assert dialog.hint.text() == f"⚠ P01 already has 2 'future' cards; {METHOD}"
    _choose(dialog, Kind.WORKING)  # back to its own kind, where it is counted already
    assert dialog.hint.text() == ""
    _choose(dialog, Kind.NOT_WORKING)
    dialog.accept()  # a warning only: saved as chosen
    assert doc.card("c01").kind == Kind.NOT_WORKING
    page.undo.stack.undo()
    assert doc.card("c01").kind == Kind.WORKING
