"""Code review D1 (session 26): a surname typed once in lower case still spreads; people in a
lettered list after a question or a heading are found; one-word lists of needs are not people;
a nickname's O'/possessive surname and "Rose's daughter" are hidden."""

from __future__ import annotations

import pytest
from python_steps import steps

from tests.importing.import_files import held_after_import
from wtfc.importing.name_ordinary_words import ordinary_words
from wtfc.importing.personal_details import find_personal_details, redact


# one card typed on a phone ("i rang okoro", "j. okoro") must not prove "okoro" an ordinary word
@pytest.mark.parametrize("texts", [
    ["C. Okoro never rings back when I call the office",
     "i rang okoro twice last week and no answer", "Okoro never came on Tuesday either"],
    ["D. Kowalski never rings back", "Kowalski never rings back, I have given up",
     "we need a carer who speaks polish like kowalski"],
    ["C. Okoro never rings back", "j. okoro forgets to wash my hair",
     "Okoro never came on Tuesday"],
    ["Rose and Tendai from the agency never stay long", "tendai is always rushing",
     "Tendai never stays for the full half hour"],
])
def test_a_name_typed_in_lower_case_still_holds_back_every_card_with_it(tmp_path, texts):
    assert held_after_import(tmp_path, texts) == set(texts)


def test_a_word_written_in_lower_case_on_a_capitalised_card_still_spreads_no_further(tmp_path):
    # the commit's survey case: "B. Better" is a lettered answer, "better" an everyday word
    texts = ["What helps? A. Time B. Better transport", "Things are better since the new manager"]
    assert held_after_import(tmp_path, texts) <= {texts[0]}


@pytest.mark.parametrize("text, name", [
    ("Who helps? A. Okoro mostly, B. Patel at weekends", "Patel"),
    ("Which carers do you like? A. Okoro - kind. B. Patel - rushed.", "Patel"),
    ("Carers: A. Okoro (mornings), B. Patel (evenings)", "Patel"),
    ("Who do you trust? A. Okoro B. Patel", "Patel"),
    ("Who listens? A. Okoro always. B. Patel never.", "Patel"),
])
def test_people_listed_after_a_question_or_heading_are_hidden(text, name):
    assert name not in redact(text, find_personal_details(text))


@pytest.mark.parametrize("text", [
    "Who helps most? A. My daughter B. My neighbour",
    "What matters? A. Seeing family B. Time to talk",
])
def test_answers_after_a_question_stay_a_list(text):
    assert find_personal_details(text) == []


@pytest.mark.parametrize("text", [
    "What would help: A. Podiatry, B. Physiotherapy",
    "What matters: A. Dignity, B. Independence, C. Companionship",
    "A. Respite. B. Befriending. C. Transport.",
    "Needs: A. Chiropody, B. Hairdressing, C. Bathing",
    "Top three: A. Bingo, B. Dominoes, C. Gardening",
])
def test_one_word_lists_of_needs_are_not_people(text):
    assert find_personal_details(text) == []


@pytest.mark.parametrize("text, surname", [
    ("Mrs 'Pat' O'Neill was late", "O'Neill"),
    ("Mrs Patricia 'Pat' O'Neill was late", "O'Neill"),
    ("Mrs 'Pat' Jones's daughter rang", "Jones"),
])
def test_a_nicknames_surname_is_hidden(text, surname):
    assert surname not in redact(text, find_personal_details(text))


@pytest.mark.parametrize("text", [
    "Rose's daughter rings me", "Faith's husband drives me to chapel",
    "Grant's wife helps with my shopping", "Grace's visits stopped in March",
])
def test_a_possessive_word_name_before_a_relation_is_found(text):
    assert find_personal_details(text)


@pytest.mark.parametrize("text", ["Bill's invoice is wrong", "Rose's garden was lovely",
                                  "Grace's Café does a nice lunch"])
def test_a_possessive_word_before_a_thing_is_not_a_name(text):
    assert find_personal_details(text) == []


# a short list card is mostly capitalised words: that must not spare its "A." name
@pytest.mark.parametrize("text, names", [
    ("Who helps? A. Kowalski. B. Patel.", ("Kowalski", "Patel")),
    ("Carers this week: A. Jones, B. Patel, C. Okoro", ("Jones", "Patel", "Okoro")),
    ("Who do you trust? A. Okoro B. Patel", ("Okoro", "Patel")),
    ("Who Helps? A. Okoro Mostly B. Patel Weekends", ("Okoro", "Patel")),
])
def test_every_name_of_a_short_capitalised_list_card_is_hidden(text, names):
    shown = redact(text, find_personal_details(text))
    assert not any(name in shown for name in names), shown


@pytest.mark.parametrize("text", [
    "What Matters Most? A. Family B. Friends",
    "A. Carers Late B. Family Not Told",
    "Things I Like: A. Bingo B. Dominoes",
    "What Would Help? A. More Time B. Better Transport",
])
def test_a_capitalised_list_of_things_stays_unflagged(text):
    assert find_personal_details(text) == []


def test_which_weak_words_are_ordinary_is_quick_on_a_10000_card_workshop() -> None:
    # opening Add card asks this of every card: read word by word, 40 ms a time at 10,000
    texts = [f"Card {i}: the carers come late and the lunches are cold" for i in range(10_000)]
    texts += ["B. Better food please", "Things are better since March", "i rang okoro",
              "Okoro never came", "We dance to waltzes by strauß on Fridays"]
    words, found_at = {"better", "okoro", "strauss"}, {("B. Better food please", 3)}
    # its steps counted, not its seconds (a loaded machine stretches those): ~20,000, two a
    # card; word by word ~230,000
    said, _ = steps(lambda: ordinary_words(texts, words, found_at), most=60_000)
    # "strauß" is "strauss" case-folded: a card saying it is still read
    assert said == {"better", "strauss"}
