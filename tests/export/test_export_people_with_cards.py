"""A person whose cards were all deleted (or given another code) is kept, with their tags, but
said nothing: the report, the data export and the feedback sheet count the people on cards,
as Collect does ("90 cards from 15 people"), not 16 with the one whose last card went."""

from __future__ import annotations

import datetime as dt

from wtfc.export.content import ExportContent
from wtfc.export.data import data_tables
from wtfc.export.data_counts import by_group
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Voice, Workshop


def _workshop() -> Workshop:
    people = [Person(id=f"P{i}", voice=Voice.OLDER_PERSON) for i in range(1, 5)]
    people.append(Person(id="P5", voice=Voice.STAFF))  # their last card deleted
    cards = [Card(id=f"c{i}", kind=Kind.WORKING, text=f"Card {i}", person=f"P{i}")
             for i in range(1, 4)]
    # held back still counts, as Collect counts it
    cards.append(Card(id="c4", kind=Kind.WORKING, text="Doris is late", person="P4",
                      personal_details=[PersonalDetail(start=0, end=5, category="name",
                                                       text="Doris")]))
    return Workshop(title="Reviews", people=people, cards=cards)


def test_a_person_with_no_cards_is_not_counted():
    content = ExportContent(_workshop(), today=dt.date(2026, 11, 29))
    assert content.people_count == 4
    assert content.whose_reviews == "from what 4 people said in their reviews"
    assert content.voices == [("Older people", 4)]  # no 'Staff 1'
    _, counts = data_tables(_workshop(), today=dt.date(2026, 11, 29))["counts"]
    assert by_group(counts)["People", "All"] == 4
    assert not any(str(row[0]).startswith("People: Staff") for row in counts)
    assert "We looked at what 4 people said" in " ".join(feedback_words(content).intro)
