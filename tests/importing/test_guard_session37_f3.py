"""The guard's misses fixed in session 37 (F3), one table each: rows that must be held, and
ordinary sentences that must stay up as typed. Most "held" rows failed before their fix; those
held already ("MR WILL YOUNG CAME", "Sister Hope Was Lovely", "Mrs Jones Made Tea") guard it.
Last, the new patterns' shape and a bound on Redact's work over 2,000 adversarial characters."""
from __future__ import annotations

import pytest

from tests.importing.test_guard_session35_wave3_checks import _redacted, _wall
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.model.sign_off_tail import without_sign_off


# a. a word-name after a care or kin title, then what is said of how they treated the writer
@pytest.mark.parametrize(("card", "wall"), [
    ("Nurse Giles Was Kind", "[name] Was Kind"),
    ("Doctor Fox Was Rude", "[name] Was Rude"),
    ("Nurse Giles Is Very Kind", "[name] Is Very Kind"),
    ("Doctor Fox Wasn't Kind", "[name] Wasn't Kind"),
    ("Sister Hope Was Lovely", "[name] Was Lovely"),
    ("Gran Fox Is Always Grumpy", "[name] Is Always Grumpy"),
    ("I Think Doctor Fox Was Rude To Me", "I Think [name] Was Rude To Me"),
])
def test_a_word_name_after_a_title_before_was_kind_is_held(card, wall):
    assert _wall(card) == wall
    assert _redacted(card) == wall


@pytest.mark.parametrize("card", [
    "Doctor Who Was On", "The Nurse Was Kind", "Doctor Who Is Kind", "Lady Luck Was Kind",
    "Nurse Visit Was Kind", "Father Christmas Was Kind", "Sister Act Was Lovely",
    "Father Time Was Kind", "The Doctor Was Rude", "Doctor Visit Was Rude",
    "Nurse Care Was Kind", "Grandma Was Lovely", "My Nurse Is Kind",
])
def test_a_title_and_a_thing_before_was_kind_stays(card):
    assert _wall(card) == card


# b. a sign-off in small letters whose given name is also a word, before a common surname
@pytest.mark.parametrize(("card", "wall"), [
    ("i am lonely. thanks, grace smith", "i am lonely. thanks, [name]"),
    ("thanks, sue smith", "thanks, [name]"),
    ("nobody comes. love, joy brown x", "nobody comes. love, [name] x"),
    ("nobody visits. regards, hope taylor", "nobody visits. regards, [name]"),
    ("thanks, frank jones and pat smith", "thanks, [name] and [name]"),
    ("i am lonely\nthanks,\ngrace smith", "i am lonely\nthanks,\n[name]"),
    ("thanks, mary smith and hope you can help", "thanks, [name] and hope you can help"),
    ("thanks, joy sharma", "thanks, [name]"),
    ("thanks, rose patel", "thanks, [name]"),
    ("thanks, grace o'brien", "thanks, [name]"),
])
def test_a_small_letter_sign_off_with_a_word_name_is_held(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [
    "thanks, hope you can help", "thanks, grace and hope", "thanks, rose ward",
    "i was looked after. thanks, holly wood", "thanks, mark my words", "from, art class",
    "love, amber warning", "thanks, bill payer", "thanks, will smith", "thanks, chase bank",
    "thanks, grace smith on monday", "by the grace of god we manage", "thanks, max price",
    "thanks, hope tomorow", "love, joy xoxo", "thanks, hope everything", "thanks, hope soon",
])
def test_a_small_letter_thank_you_with_a_word_stays(card):
    assert _wall(card) == card

# c. a name in capitals after a title: all in capitals ("MR WILL YOUNG CAME", held already: kept
# so), and after a title typed as a word in a card of mixed case ("Mrs JONES came" went up)
@pytest.mark.parametrize(("card", "wall"), [
    ("MR WILL YOUNG CAME", "[name] CAME"),
    ("MRS MAY GREEN CAME", "[name] CAME"),
    ("I SAW MR WILL YOUNG", "I SAW [name]"),
    ("My carer is lovely. MR WILL YOUNG CAME late.", "My carer is lovely. [name] CAME late."),
    ("Mr WILL YOUNG came", "[name] came"),
    ("Mrs JONES came", "[name] came"),
    ("Mrs OKAFOR came to see me", "[name] came to see me"),
    ("I saw Dr PATEL", "I saw [name]"),
    ("Mr WILL SMITH came", "[name] came"),
    ("Mrs MAY came", "[name] came"),
    ("Mr NG came", "[name] came"),
    ("Mr GILES came", "[name] came"),
    ("Mrs NGUYEN came", "[name] came"),
    ("Mr LEE came", "[name] came"),
])
def test_a_name_in_capitals_after_a_title_is_held(card, wall):
    assert _wall(card) == wall
    assert _redacted(card) == wall


@pytest.mark.parametrize("card", [
    "MR WILL COME", "DR WILL SEE ME", "MRS MAY COME", "Dr WILL SEE me", "Mr MAY COME",
    "Mrs GREEN LANE is far", "I saw the Dr NHS letter", "Dr GP said", "Dr OK",
    "the Dr APPOINTMENT was late", "Dr WHO is on", "My Dr USUALLY comes", "Mrs A&E",
    "Mr BIG said", "Dr NHS Direct",
])
def test_a_title_and_a_word_in_capitals_stays(card):
    assert _wall(card) == card

# d. a title and its name split by a line break, as an import reads the cell (the Collect page
# read the break as a space already)
@pytest.mark.parametrize(("card", "wall"), [
    ("Mrs\nJones came", "[name] came"),
    ("Mrs\nJones", "[name]"),
    ("Dr\nPatel rang", "[name] rang"),
    ("Mr.\nJones came", "[name] came"),
    ("Mrs\r\nJones came", "[name] came"),
    ("mrs\njones came", "[name] came"),
    ("MRS\nJONES CAME", "[name] CAME"),
    ("MR\nWILL YOUNG CAME", "[name] CAME"),
])
def test_a_title_and_name_split_by_a_line_break_are_held(card, wall):
    assert _wall(card) == wall
    assert _redacted(card) == wall


@pytest.mark.parametrize("card", [
    "Seen by Dr\nWent home after", "Dr\nThe surgery", "the dr\nappointment",
    "i have ms\nit is hard", "Thanks to my Sister\nHope you are well", "I miss\nJune",
    "Mrs\n\nMeals on wheels came",
])
def test_a_title_word_at_a_lines_end_before_words_stays(card):
    assert _wall(card) == card

# e. the person's words kept by Redact: a relative's deed In Title Case was read as a name
# ("Mother Made Tea" -> "Mother [name]"), and "At" went into the name ("[name] Lloyds")
@pytest.mark.parametrize(("card", "wall"), [
    ("Nurse Okafor At Lloyds", "[name] At Lloyds"),
    ("Mrs Okafor At Lloyds", "[name] At Lloyds"),
    ("Dr Okafor At Tesco", "[name] At Tesco"),
    ("Nurse Okafor At Home", "[name] At Home"),
    ("Mrs Okafor From Leeds", "[name] From Leeds"),
    ("Nurse Okafor At The Surgery", "[name] At The Surgery"),
    ("My Carer Sharon Took Me Out", "My Carer [name] Took Me Out"),
    ("Mother Mary Made Tea", "Mother [name] Made Tea"),
    ("My Carer Okafor Made Tea", "My Carer [name] Made Tea"),
    ("Mrs Jones Made Tea", "[name] Made Tea"),
    ("A Patel from the agency", "[name] from the agency"),
    ("Dr Khan Made A Mistake", "[name] Made A Mistake"),
])
def test_a_name_keeps_the_words_after_it(card, wall):
    assert _wall(card) == wall
    assert _redacted(card) == wall


@pytest.mark.parametrize("card", [
    "Mother Made Tea", "My Carer Took Me Out", "Mother Took Me Out", "My Mother Made Tea",
    "Mum Made Tea", "Dad Gave Me Money", "Mother Sent Me A Card", "Father Made Tea",
    "Mother Told Me", "My Son Drove Me Home",
    "Doctor Made A Mistake", "Carer Made A Mess", "Doctor Made A Mistake With My Tablets",
    "Nurse Took A Sample",
])
def test_a_relatives_deed_in_title_case_stays(card):
    assert _wall(card) == card
    assert _redacted(card) == card

# f. a dash sign-off with a given name no list knew, though the word table does
@pytest.mark.parametrize(("card", "wall"), [
    ("Nobody visits - Omar", "Nobody visits - [name]"),
    ("Nobody visits \u2014 Igor", "Nobody visits \u2014 [name]"),
    ("I am lonely - Omar x", "I am lonely - [name] x"),
    ("Nobody visits -- Pavel", "Nobody visits -- [name]"),
    ("I miss my wife - Stefan", "I miss my wife - [name]"),
    ("Omar helps me", "[name] helps me"),
])
def test_a_dash_sign_off_with_a_name_the_word_table_knows_is_held(card, wall):
    assert _wall(card) == wall
    assert _redacted(card) == wall


@pytest.mark.parametrize("card", [
    "Nobody visits - Thanks", "Carers late - Always", "Food - Terrible", "Transport - Buses",
    "I miss my garden - Gardening", "Nobody visits - Sad", "Help - Please",
])
def test_a_dash_and_an_everyday_word_stays(card):
    assert _wall(card) == card

# Redact froze 20-88 s on past patterns with a repeat inside a repeat: each new pattern has none,
# and Redact of 2,000 adversarial characters makes a bounded number of calls (no timer)
def _nested_repeat(parsed, inside: bool = False) -> bool:
    for op, arg in parsed:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            many = arg[1] > 1  # an optional part ("(?:Very )?") repeats nothing
            parts = [(arg[2], inside or many)]
            if many and inside:
                return True
        else:
            parts = {"SUBPATTERN": [(arg[3], inside)] if name == "SUBPATTERN" else [],
                     "BRANCH": [(b, inside) for b in arg[1]] if name == "BRANCH" else [],
                     "ASSERT": [(arg[1], inside)] if name.startswith("ASSERT") else [],
                     }.get(name.replace("_NOT", ""), [])
        if any(_nested_repeat(part, deep) for part, deep in parts):
            return True
    return False


def _new_patterns():
    from wtfc.importing import initialled_names, kin_titles
    return [kin_titles._KIND_OR_NOT, initialled_names._DEED_BEFORE]


def test_the_new_patterns_have_no_repeat_inside_a_repeat():
    import re._parser as parser  # type: ignore[import-not-found]
    for pattern in _new_patterns():
        assert not _nested_repeat(parser.parse(pattern.pattern, pattern.flags)), pattern.pattern
    assert _nested_repeat(parser.parse(r"(?:a+)+b"))  # the check sees one


_ADVERSARIAL = [
    "Nurse Giles Was " * 125,
    "Doctor Fox Is Not Very " * 87,
    "Nurse Okafor At " * 125,
    "Mother Made Tea " * 125,
    "thanks, grace smith " * 100,
    "MR WILL YOUNG CAME " * 105,
    "Mrs\nJones " * 200,
    " - Omar — Igor" * 143,
]


@pytest.mark.parametrize("card", _ADVERSARIAL)
def test_redact_of_2000_adversarial_characters_is_bounded(card):
    import sys
    card = card[:2000]
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += 1

    sys.setprofile(count)
    try:
        redact(card, find_personal_details(card))
        without_sign_off(card)
    finally:
        sys.setprofile(None)
    # the guard's work grows with the card's length, not its words' combinations: some 220,000
    # calls at most (a few hundredths of a second); one pass over every pair of words is 4 million
    assert calls < 150 * len(card), calls
