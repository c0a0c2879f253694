"""The suggestion work as the panel runs it (suggest_job): the personal details held back on
any card are never quoted, and cards that say nothing on their own are in no suggestion and
counted apart, so that the panel can say so."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, PersonalDetail, Workshop
from wtfc.ui.wall import suggest_job

NW, W = Kind.NOT_WORKING, Kind.WORKING
GWENLLIAN = ["I love it when Gwenllian comes, she makes me laugh",
             "Gwenllian takes me out shopping on Fridays",
             "Gwenllian is the best carer I have had"]
LONELY = ["I am lonely", "lonely", "I feel lonely at night", "Lonely since my husband died"]
SAY_NOTHING = ["ok", "see above", "N/A"]


def _workshop() -> Workshop:
    held = Card(id="held", kind=W, text="My PA Gwenllian is wonderful, she takes me out",
                personal_details=[PersonalDetail(start=6, end=15, category="name",
                                                 text="Gwenllian")])
    other_kind = Card(id="held2", kind=NW, text="Mr Hughes says the carers leave the door open",
                      personal_details=[PersonalDetail(start=0, end=9, category="name",
                                                       text="Mr Hughes")])
    cleared = Card(id="ok", kind=W, text="Ask Sian about it", details_cleared=True,
                   personal_details=[PersonalDetail(start=4, end=8, category="name",
                                                    text="Sian")])
    cards = [Card(id=f"c{i}", kind=W, text=t)
             for i, t in enumerate([*GWENLLIAN, *LONELY, *SAY_NOTHING])]
    return Workshop(cards=[held, other_kind, cleared, *cards])


def _run(texts, never_quote):
    return suggest_job.suggest_on_worker(texts, [f"c{i}" for i in range(len(texts))],
                                         lambda done, total: None, never_quote)


def test_the_details_of_held_back_cards_of_every_kind_are_gathered():
    assert suggest_job.held_back_details(Document(_workshop())) == ["Gwenllian", "Mr Hughes"]


def test_a_name_held_back_on_one_card_is_never_a_suggested_name_or_reason():
    doc = Document(_workshop())
    usable = [c for c in doc.unsorted_cards(W) if not c.held_back]
    found, _, _ = _run([c.text for c in usable], suggest_job.held_back_details(doc))
    assert found  # the Gwenllian cards are still grouped, but their name is not quoted
    for s in found:
        assert "gwenllian" not in f"{s.name} {s.reason} {s.key_words}".lower()


def test_cards_that_say_nothing_are_in_no_suggestion_and_counted_apart():
    texts = [*LONELY, *SAY_NOTHING, "Ffrindiau yn galw i mewn i gael paned"]
    found, readable, says_nothing = _run(texts, [])
    grouped = {int(m[1:]) for s in found for m in s.member_ids}
    assert grouped and not grouped & {4, 5, 6}
    assert says_nothing == 3
    assert readable == 7  # all but the Welsh card: the panel says "another language?" of 1


def test_a_held_back_date_of_birth_or_address_leaves_the_suggestion_names_as_they_were():
    """Only names are watched: "the 3rd of May 1941" put "the", "of" and "may" among the
    watched words, and every demo suggestion read "Needs a name" (review A F2)."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop
    from wtfc.ui.card_guard import details_in

    doc = Document(load_workshop(demo_path()).workshop)
    usable = [c for c in doc.unsorted_cards(W) if not c.held_back]

    def names() -> list[str]:
        found, _, _ = _run([c.text for c in usable], suggest_job.held_back_details(doc))
        return [s.name for s in found]

    before = names()
    assert any(before)
    for i, text in enumerate(["I was born on the 3rd of May 1941 and nobody asks me about it",
                              "Send letters to me at 12 Church Road, not my son"]):
        found = details_in(text)
        assert found and all(d.category != "name" for d in found)
        doc.workshop.cards.append(Card(id=f"dob{i}", kind=NW, text=text, personal_details=found))
    assert suggest_job.held_back_details(doc) == suggest_job.held_back_details(
        Document(load_workshop(demo_path()).workshop))
    assert names() == before


def test_a_name_found_in_title_case_watches_no_everyday_word():
    """"Checks On Me" held back as a name: "on" and "me" are in nearly every card."""
    from wtfc.clustering.key_phrases import watched_words

    assert watched_words(["Checks On", "Me", "the 3rd of May 1941", "Mrs Day"]) == {
        "checks", "3rd", "1941", "day"}
