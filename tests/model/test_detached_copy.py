"""A detached copy of a document: commands done on it leave the document, its look-ups and
whoever follows its events untouched (the autosave builds its recovery copy of words still
being typed this way), and the copy is what the document would be after them."""

from __future__ import annotations

from workshop_builders import assert_valid, sample_document

from wtfc.model.operations.causes import add_cause
from wtfc.model.operations.details import edit_details
from wtfc.model.operations.themes import rename_theme


def test_commands_done_on_a_detached_copy_change_only_the_copy():
    doc = sample_document()
    assert_valid(doc)  # every look-up made, so a copy shares none of them by mistake
    before = doc.workshop.model_copy(deep=True)
    heard = []
    doc.events.edited.connect(lambda: heard.append("edited"))
    doc.events.parts_changed.connect(lambda *a: heard.append(a))
    doc.events.details_changed.connect(lambda *a: heard.append(a))
    edits = [
        edit_details(doc, purpose="Hear what people say"),
        rename_theme(doc, theme_id="package", name="I am more than a package"),
        add_cause(doc, theme_id="package", text="Visits are booked by the minute"),
    ]
    copy = doc.detached_copy()
    for edit in edits:
        edit.do(copy)

    assert doc.workshop == before and heard == []
    assert_valid(doc)
    assert copy.workshop.purpose == "Hear what people say"
    assert copy.theme("package").name == "I am more than a package"
    assert [c.text for c in copy.workshop.causes][-1] == "Visits are booked by the minute"
    assert copy.workshop.cards == doc.workshop.cards  # the parts no command replaced: shared
    assert all(a is b for a, b in zip(copy.workshop.cards, doc.workshop.cards, strict=True))
    assert_valid(copy)
