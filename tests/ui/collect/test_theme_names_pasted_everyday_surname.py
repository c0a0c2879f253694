"""The check's theme list, its Rename and History's labels read a theme's name as the letter to
homes does (``watch_guard``'s one rule): with Pat Hall and June Day pasted, "Trips to the
Village Hall" was listed and labelled "Trips to the Village [name]" though the letter printed
it as typed. "Hall never rings back" is still listed and labelled "[name]" (F42)."""

from __future__ import annotations

from wtfc.importing.watch_guard import watched_redacted
from wtfc.model.document import Document
from wtfc.model.operations.themes import create_theme
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.theme_names_to_check import name_check, redacted
from wtfc.ui.undo import UndoAdapter

NW = Kind.NOT_WORKING
THEMES = ["Trips to the Village Hall", "Day centre trips", "Hall never rings back"]


def test_the_check_lists_and_history_hides_only_the_person(qtbot, show):
    doc = Document(Workshop(title="n", cards=[
        # no card holds Pat Hall back: one held back for him keeps "Hall" a name (F46)
        Card(id="c0", kind=NW, text="Nobody rings me back"),
        Card(id="c1", kind=NW, text="We went on trips together"),
        Card(id="c2", kind=NW, text="The Day centre trips stopped")]))
    undo = UndoAdapter(doc)
    for i, name in enumerate(THEMES):
        undo.push(create_theme(doc, name=name, kind=NW, card_ids=[f"c{i}"]))
    page = show(CardsPage(doc, undo), 1500, 720)
    box = page.watch_names
    box.names_box.setPlainText("Pat Hall\nJune Day")
    box.check_button.click()
    listed = box.theme_names
    assert listed is not None and listed.isVisible()
    assert [t.name for t in listed.themes()] == ["Hall never rings back"]
    assert [b.text() for b in listed.buttons] == ["Rename Theme 3 of ✗ Not working (1 card)…"]
    labels = [undo.stack.text(i) for i in range(len(THEMES))]
    assert labels == ["Create theme 'Trips to the Village Hall' from 1 card",
                      "Create theme 'Day centre trips' from 1 card",
                      "Create theme '[name] never rings back' from 1 card"]
    asked: list[str] = []
    theme_id = doc.workshop.themes[2].id
    assert listed.rename(theme_id, ask=lambda text: asked.append(text) or "Calls not returned")
    assert asked == ["[name] never rings back"]
    assert not listed.isVisible()
    undo.stack.undo()  # the old name is back, and listed again
    assert doc.workshop.themes[2].name == "Hall never rings back" and len(listed.buttons) == 1
    undo.stack.redo()
    assert doc.workshop.themes[2].name == "Calls not returned" and not listed.buttons


def test_redact_writes_the_person_only():
    pasted = ["Pat Hall", "June Day"]
    assert redacted("Trips to the Village Hall", pasted, pasted) == "Trips to the Village Hall"
    assert redacted("Day centre trips", pasted, pasted) == "Day centre trips"
    assert redacted("Hall and Day help at the Village Hall", pasted, pasted) \
        == "[name] and [name] help at the Village Hall"
    assert redacted("Thanks to Hall", pasted, pasted) == "Thanks to [name]"


TEAM = ("Grace Long", "Sam Power", "June Will", "Mary Hall", "Tom Green", "Bill Day",
        "Joan Best", "Ann Young", "Pat Little", "Rose Church", "Ken Lane")
# as typed on the letter (a thing, a place, a day, a saying) and hidden there (said of a person)
AS_THE_LETTER = [
    "Long waits for the district nurse", "Will the council fund it?",
    "Day centre at the Village Hall reopens", "Green Lane surgery now phones first",
    "We meet at the Church Hall. Young people help on Fridays.",
    "On Christmas Day the Village Hall was full", "Day trips over Easter",
    "I like going to Church on Sundays", "Day by day it gets harder",
    "Day is always cheerful", "Ask Green about the bus", "Hall and Day help on Mondays",
    "On Christmas Day Hall brought a cake", "Young trips over the rug", "Thanks to Church",
    "I think that Hall is the best carer", "Every Friday Lane drives the minibus",
]


def test_the_check_reads_a_theme_name_as_the_letter_does():
    says = name_check(list(TEAM), TEAM)
    for text in AS_THE_LETTER:
        letter = watched_redacted(text, TEAM)
        assert redacted(text, list(TEAM), TEAM) == letter, text
        assert says(text) == (letter != text), text
