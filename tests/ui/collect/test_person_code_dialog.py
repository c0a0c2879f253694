"""Rename person code…: the dialog offers the code in use that one looks like, says what will
happen (a merge, and how many cards) before it is done, and refuses a name."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_workshop, save_render

from wtfc.model.document import Document
from wtfc.model.operations.people import rename_person
from wtfc.model.workshop import Card, Kind, Person
from wtfc.ui.person_code_dialog import PersonCodeDialog


@pytest.fixture
def doc():
    ws = collect_workshop()
    ws.people.append(Person(id="p1"))  # P01 typed another way
    ws.cards.append(Card(id="c7", kind=Kind.WORKING, text="My carer is kind", person="p1"))
    return Document(ws)


def test_a_code_typed_another_way_is_offered_its_merge(show, doc):
    dialog = show(PersonCodeDialog(doc, code="p1"))
    assert [dialog.code_box.itemText(i) for i in range(dialog.code_box.count())] == [
        "P01 (2 cards)",
        "p1 (1 card)",
        "P02 (2 cards)",
        "P03 (2 cards)",
    ]
    assert dialog.new() == "P01" and dialog.ok.text() == "Merge" and dialog.ok.isEnabled()
    assert dialog.summary.text() == (
        "P01 is already used for 2 cards, so this merges: p1's 1 card becomes P01's, and the "
        "two count as one person (3 cards). The workshop remembers it: a file imported later "
        "that says p1 gives its rows to P01."
    )
    save_render(dialog, "collect_person_code_merge")


def test_a_new_code_renames_and_a_name_is_refused(show, doc):
    dialog = show(PersonCodeDialog(doc, code="P02"))
    assert dialog.new() == ""  # nothing like P02 in use
    assert not dialog.ok.isEnabled()
    dialog.new_code.setText("P20")
    assert (dialog.ok.text(), dialog.summary.text()) == (
        "Rename",
        "P02 becomes P20 on its 2 cards.",
    )
    dialog.new_code.setText("Mrs Jones")
    assert not dialog.ok.isEnabled() and "never a name" in dialog.summary.text()


def _merge_p05_into_p02(doc):
    """P05 merged into P02 earlier, then P5 brought by a later card: P05 is no one's code."""
    ws = doc.workshop
    ws.people += [Person(id="P05"), Person(id="P5")]
    ws.cards += [Card(id="c8", kind=Kind.FUTURE, text="A bus on Sundays", person="P05"),
                 Card(id="c9", kind=Kind.FUTURE, text="A garden", person="P5")]
    doc.replace_workshop(ws)
    rename_person(doc, old="P05", new="P02").do(doc)


def test_a_code_typed_like_a_merged_one_is_offered_its_person(show, doc):
    """P5 beside P05, merged into P02 earlier: the dialog offered nothing, since it looked only
    at codes on cards, and P05 is no one's now. It offers P02 and says why, as the card
    dialog's Person box asks 'did you mean P02, not P5?'."""
    _merge_p05_into_p02(doc)
    dialog = show(PersonCodeDialog(doc, code="P5"))
    assert dialog.new() == "P02" and dialog.ok.text() == "Merge"
    assert dialog.summary.text().startswith(
        "P5 is P05 typed another way, and P05 was merged into P02 earlier. P02 is already used "
        "for 3 cards, so this merges: P5's 1 card becomes P02's"
    )
    # its six lines whole: the dialog grows rather than cut the summary's last lines off
    assert dialog.summary.height() >= dialog.summary.heightForWidth(dialog.summary.width())
    save_render(dialog, "collect_person_code_like_merged")
    dialog.accept()
    rename_person(doc, old=dialog.old(), new=dialog.new()).do(doc)
    assert {c.person for c in doc.workshop.cards if c.text == "A garden"} == {"P02"}


def test_renaming_to_a_code_like_a_merged_one_says_whose_it_is(show, doc):
    """Renaming P03 to P5 said only 'P03 becomes P5 on its 2 cards.', nothing of P05."""
    _merge_p05_into_p02(doc)
    rename_person(doc, old="P5", new="P02").do(doc)  # P5 merged too: only P05's look-alike
    dialog = show(PersonCodeDialog(doc, code="P03"))
    dialog.new_code.setText("p-5")
    assert dialog.summary.text() == (
        "P03 becomes p-5 on its 2 cards. ⚠ p-5 is P05 typed another way, and P05 was merged "
        "into P02 earlier: did you mean P02, not p-5?"
    )
    assert dialog.ok.isEnabled()  # asked, not refused: p-5 may be someone new
    dialog.new_code.setText("P1")  # typed like P01, in use
    assert dialog.summary.text() == (
        "P03 becomes P1 on its 2 cards. ⚠ P01 is already used for 2 cards: did you mean P01, "
        "not P1?"
    )
    dialog.new_code.setText("P20")
    assert dialog.summary.text() == "P03 becomes P20 on its 2 cards."


def test_renaming_the_person_a_code_was_merged_into_says_nothing_of_it(show, doc):
    """P02 renamed P5 takes P05 with it (a former code): nothing to ask."""
    _merge_p05_into_p02(doc)
    rename_person(doc, old="P5", new="P02").do(doc)
    dialog = show(PersonCodeDialog(doc, code="P02"))
    dialog.new_code.setText("P5")
    assert "⚠" not in dialog.summary.text()
