"""An initial and a surname with no title or relation word before them are a name: "J. Smith
comes at 9", "A Patel from the agency", "J.Smith rang me", "spoke to K. O'Neill" reached the
wall, the projector and the PDFs whole, where "Mrs J Smith" and "my SW Karen" were held back.

A letter before a word it labels is not a name ("A Level", "B Road", "P Ward"), nor "A", "I"
or "O" starting a sentence as the words they are ("A Carer came", "I Phoned", "A Lot"), nor two
capitals that are an abbreviation or a brand's letters ("My DP Budget", "TK Maxx"), which once
held back every card saying "budget", nor "A" before a nationality, faith, charity or shop ("A
Welsh speaking carer"). Any other surname after two capitals or a word letter is held back,
listed or not ("AJ Okoro", "A Nguyen", "Z Kaczmarek": a missed name is a leak).
"""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.name_spread import spread_words
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.workshop import PersonalDetail


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "shown"), [
    ("J. Smith comes at 9", "[name] comes at 9"),
    ("A Patel from the agency was late", "[name] from the agency was late"),
    ("J.Smith rang me", "[name] rang me"),
    ("spoke to K. O'Neill", "spoke to [name]"),
    ("spoke to K. O’Neill", "spoke to [name]"),  # a curly apostrophe, as Word types it
    ("J Smith is kind but always rushing", "[name] is kind but always rushing"),
    ("R.P. Patel changed my tablets", "[name] changed my tablets"),
    ("R P Patel changed my tablets", "[name] changed my tablets"),
    ("RP Patel changed my tablets", "[name] changed my tablets"),
    ("The new carer, M. Wójcik, is lovely", "The new carer, [name], is lovely"),
    ("Ł. Nowak does my shopping", "[name] does my shopping"),
    ("I asked for R. ap Rhys", "I asked for [name]"),
    ("Please can S. Ó Briain come back", "Please can [name] come back"),
    ("K. van Dijk is the manager", "[name] is the manager"),
    ("I told J. Smith's daughter", "I told [name] daughter"),
    ("Talk to J Smith-Jones", "Talk to [name]"),
    ("Carers this week:\nJ Smith", "Carers this week:\n[name]"),
    ("(J Smith) came twice", "([name]) came twice"),
    ("J Ward rang me", "[name] rang me"),  # a place word said of a person
    ("A. Patel is my key worker", "[name] is my key worker"),
    ("Miss A Smith rang", "[name] rang"),
    ("Y. Khan rang", "[name] rang"),  # with its full stop, an initial
    # a letter that is a word, or two capitals, before any surname, listed or not
    ("W Nowak rang me about the rota", "[name] rang me about the rota"),
    ("JM Smith is the only carer who knows me", "[name] is the only carer who knows me"),
    ("Z Kowalski came late", "[name] came late"),
    ("AJ Okoro was late again", "[name] was late again"),
    ("DK Brown is kind but rushed", "[name] is kind but rushed"),  # an everyday-word surname
    ("A Nguyen from the agency was late", "[name] from the agency was late"),
    ("Z Kaczmarek does my shopping", "[name] does my shopping"),
    ("Ask O Neill about the rota", "Ask [name] about the rota"),
    ("Y Khan rang", "[name] rang"),  # Welsh "y" before a person verb
])
def test_an_initial_and_a_surname_are_held_back_as_a_name(text, shown):
    assert _shown(text) == shown


@pytest.mark.parametrize("text", [
    "I passed my A Level", "A Level", "O Level", "Miss A Level", "my mum O Level",
    "Miss A Level days at college", "My mum O Level certificates are in the loft",
    "I Am fed up", "A Day Centre place", "I Phoned twice", "A Lot of carers", "The B Road",
    "A and E", "A&E", "GP", "UK", "NHS", "P Ward is noisy", "a M&S voucher", "A Carer came",
    "I Don't want that", "I Can't cope", "A Lovely Lady came", "A Nurse came at 7",
    "Ward B Staff are kind", "Vitamin D Tablets help", "Plan B Worked", "the A Team",
    "O Positive blood", "The Z Bed hurts", "C Diff on the ward", "P.S. Thanks for listening",
    "Q. What works well?\nA. Nothing really", "MS Society helps", "AA Meeting on Monday",
    "I got a J Cloth", "A New carer came", "I Think the carers are good",
    "The bus to Y Fenni is slow", "Y Bala day centre", "We went to Y Rhyl",  # Welsh "the"
    # two capitals are letters: direct payments, shops, bodies, firms
    "My DP Budget was cut last year", "Mum's DP Payments stopped without warning",
    "DP Funding is not enough", "My daughter takes me to TK Maxx on Saturdays",
    "The letter from HM Revenue frightened me", "I used to work at GE Healthcare",
    "My son works for BT Openreach",
    # Polish "w", "z", "o" before the language's or the country's own name
    "W Polsce opieka była lepsza", "Z Polski przyjechałam w 1970", "O Polsce nikt tu nie mówi",
    "Y Cymraeg sy'n bwysig i Mam",
    # "A" before a language, a nationality, a faith, a charity or a shop
    "A Welsh speaking carer would be good for Dad", "A Polish speaking carer would help",
    "A Bengali interpreter came once", "A Muslim carer for my wife please",
    "A Macmillan nurse came to see us", "A Crossroads carer sits with him",
    "A Tesco delivery saves me the trip", "A Boots pharmacist checks my tablets",
    "A Sikh carer for my husband please", "A Lidl delivery would help",
    "O Thank goodness the carers came",
])
def test_a_letter_that_labels_or_a_word_starting_a_sentence_is_no_name(text):
    assert find_personal_details(text) == []


def test_a_card_typed_in_title_case_after_a_is_not_read_as_a_name():
    assert find_personal_details("A Whole Week Without A Visit") == []
    # a sentence typed as sentences are: the capitalised word after "A" is a surname
    assert _shown("A Patel came on Monday") == "[name] came on Monday"


def test_after_a_or_o_the_word_held_back_does_not_hold_back_other_cards():
    """"A Whole came" may be a person or a stray capital: it is held back where found, but
    "whole" in other cards is not; "J Smith" holds back every card with "Smith"."""
    def found(name: str) -> list[PersonalDetail]:
        return [PersonalDetail(start=0, end=len(name), category="name", text=name)]

    assert spread_words(found("A Whole")) == ()
    assert spread_words(found("A. Patel")) == ()
    assert spread_words(found("J. Smith")) == ("smith",)  # a surname the lists know


def test_after_ambiguous_initials_alone_the_word_holds_back_only_its_own_card():
    """Two capitals or a word letter with no full stop ("DP Budget", "W Krakowie", "AJ Okoro")
    are as often no one's initials: held back where found, but "budget" or "krakowie" in other
    cards is not. An initial with a full stop, or a letter that is no word ("J Okoro"), is a
    name's, and so is any after a title or relation word: the surname holds back every card
    that has it."""
    def spread(text: str) -> tuple[str, ...]:
        found = find_personal_details(text)
        return spread_words([PersonalDetail(start=f.start, end=f.end, category=f.category,
                                            text=f.text) for f in found], text)

    def found_at(text: str, name: str) -> list[PersonalDetail]:
        start = text.index(name)
        return [PersonalDetail(start=start, end=start + len(name), category="name", text=name)]

    assert spread_words(found_at("DP Budget was cut", "DP Budget")) == ()
    assert spread_words(found_at("Z Polski przyjechałam", "Z Polski")) == ()
    assert spread_words(found_at("Ó Bhéal Feirste", "Ó Bhéal")) == ()
    assert spread("W Krakowie mam syna") == ()
    assert spread("AJ Okoro was late again") == ()
    assert spread("W Nowak rang me about the rota") == ("nowak",)  # a person verb: a person
    assert spread("J. Brightwater comes at 9") == ("brightwater",)
    assert spread("J Brightwater comes at 9") == ("brightwater",)
    assert spread("A.J. Okoro was late again") == ("okoro",)
    assert spread("my carer J. Brightwater comes at 9") == ("brightwater",)
    assert spread("Mrs J Brightwater comes at 9") == ("brightwater",)
    assert spread("Ł. Nowak does my shopping") == ("nowak",)


def _import(statements: list[str]) -> dict[str, bool]:
    table = SourceTable(rows=[
        ("Person", "Kind", "Statement"),
        *((f"P{n:02d}", "Not working", text) for n, text in enumerate(statements, 1)),
    ], source_name="review.csv")
    doc = Document()
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    return {card.text: card.held_back for card in doc.workshop.cards}


def test_an_import_of_direct_payment_statements_holds_back_none():
    held = _import([
        "My DP Budget was cut last year",
        "My budget doesn't cover enough hours",
        "The budget for day centres has been cut",
        "Direct payments let me choose my own carer",
        "The payments stopped without warning",
        "I would like more say in how my personal budget is spent",
        "Mum's DP Payments stopped without warning",
        "My DP lets me pay my neighbour to help",
    ])
    assert len(held) == 8
    assert not any(held.values()), [text for text, on in held.items() if on]


def test_an_import_in_polish_holds_back_only_its_own_card_and_a_name_still_spreads():
    """"W Krakowie" (in Kraków) is held back on its own card, as "W Kaczmarek" would be, but
    not "Krakowie" elsewhere; "Z Polski" (from Poland) is not held back at all."""
    held = _import([
        "Z Polski przyjechałam w 1970 i nikt tu nie mówi po polsku",
        "Polski ksiądz odwiedza mnie co miesiąc",
        "Mieszkam sama. W Krakowie mam syna.",
        "Syn mieszka w Krakowie",
        "Ł. Nowak does my shopping on a Friday",
        "Nowak's van was late",
    ])
    assert [text for text, on in held.items() if on] == [
        "Mieszkam sama. W Krakowie mam syna.",
        "Ł. Nowak does my shopping on a Friday", "Nowak's van was late",
    ]


def test_a_surname_after_an_initial_with_a_full_stop_holds_back_the_other_cards():
    held = _import([
        "J. Okoro comes at 9 and has time for a chat", "Okoro never stays the full half hour",
        "K. Brightwater is my carer", "Brightwater was rude to my wife",
        "AJ Adebowale was late again", "Adebowale is a name I have not heard",
    ])
    assert held == {
        "J. Okoro comes at 9 and has time for a chat": True,
        "Okoro never stays the full half hour": True,
        "K. Brightwater is my carer": True, "Brightwater was rude to my wife": True,
        "AJ Adebowale was late again": True,
        "Adebowale is a name I have not heard": False,  # two capitals: own card only
    }


def test_each_card_with_a_bare_initial_is_held_back_on_import_and_the_rest_are_not():
    table = SourceTable(rows=[
        ("Person", "Kind", "Statement"),
        ("P01", "Working", "J. Smith comes at 9 and has time for a chat"),
        ("P02", "Not working", "A Patel from the agency was late again"),
        ("P03", "Working", "I passed my A Level at the day centre"),
        ("P04", "Not working", "A Carer came at 7 and I was not dressed"),
        ("P05", "Future", "spoke to K. O'Neill about my blue badge"),
    ], source_name="review.csv")
    doc = Document()
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    held = {card.text: card.held_back for card in doc.workshop.cards}
    assert held == {
        "J. Smith comes at 9 and has time for a chat": True,
        "A Patel from the agency was late again": True,
        "I passed my A Level at the day centre": False,
        "A Carer came at 7 and I was not dressed": False,
        "spoke to K. O'Neill about my blue badge": True,
    }
