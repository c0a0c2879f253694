"""Suggestions on cards as a real review types them: "ok" and "see above", names the guard
held back elsewhere, notes without apostrophes, Welsh and Polish cards, "PA" and "GP". What the
facilitator would notice: what is in a suggestion, what it is called and what its reason says."""

from __future__ import annotations

import pytest

from wtfc.clustering.filler import says_nothing
from wtfc.clustering.suggest import group_labels, known_words, suggest_themes

SAY_NOTHING = ["ok", "Ok I suppose", "fine", "Fine", "N/A", "see above", "as above", "Nothing",
               "no", "dont know", "not sure", "same as last year", "Good", "nothing really", "-"]
SAY_SOMETHING = ["rushed", "late calls", "lonely", "Respite", "Carer's are good",
                 "I dont know who is coming or when", "There is no bus anymore"]

CARERS_LATE = ["Carers turn up late, sometimes 2 hours late", "late calls", "Late calls!!",
               "The carers are always late in the morning"]
LONELY = ["I am lonely", "lonely", "Lonely since my husband died", "I feel lonely at night"]


def _suggest(texts, embedder, **kw):
    ids = [f"c{i}" for i in range(len(texts))]
    found = suggest_themes(texts, ids, embedder=embedder, **kw)
    return found, dict(zip(ids, texts, strict=True))


@pytest.mark.parametrize("text", SAY_NOTHING)
def test_a_card_that_says_nothing_on_its_own_is_told_apart(text):
    assert says_nothing(text)


@pytest.mark.parametrize("text", [*SAY_SOMETHING, "میری بیٹی ہر روز فون کرتی ہے"])
def test_a_short_card_that_says_something_is_not(text):
    assert not says_nothing(text)  # nor is a card in another script: that is "another language?"


def test_cards_that_say_nothing_are_in_no_suggestion(embedder):
    texts = [*CARERS_LATE, *LONELY, "ok", "ok", "see above", "as above", "Nothing", "N/A",
             "fine", "Fine", "Good"]
    found, text_of = _suggest(texts, embedder)
    grouped = [text_of[m] for s in found for m in s.member_ids]
    assert found and not [t for t in grouped if says_nothing(t)]
    assert {"late calls", "lonely"} <= set(grouped)  # the real cards are still grouped


def test_a_wall_of_only_short_empty_cards_gives_no_suggestion(embedder):
    """"fine, good, bad" was a theme, and "ok, no, n/a, see above" another."""
    found, _ = _suggest(["ok", "no", "N/A", "see above", "ok", "fine", "good", "bad"], embedder)
    assert found == []


def test_cards_that_say_nothing_are_grouped_apart_from_the_rest_by_the_command_line(embedder):
    texts = [*CARERS_LATE, *LONELY, "ok", "see above", "N/A"]
    labels = group_labels(texts, embedder=embedder)
    assert len({labels[i] for i in (8, 9, 10)}) == 1
    assert labels[8] not in labels[:8]


def test_a_name_held_back_elsewhere_is_never_a_suggested_name_nor_a_shared_word(embedder):
    """The guard held back "My PA Gwenllian is wonderful"; three other cards name her too."""
    texts = ["I love it when Gwenllian comes, she makes me laugh",
             "Gwenllian takes me out shopping on Fridays",
             "Gwenllian is the best carer I have had"]
    [before], _ = _suggest(texts, embedder, k=1)
    assert "Gwenllian" in before.name  # what the room was handed to accept
    for details in (["Gwenllian"], ["Mrs Gwenllian Evans"]):
        found, _ = _suggest(texts, embedder, k=1, never_quote=details)
        for s in found:
            said = f"{s.name} {s.reason} {' '.join(s.key_words)}".lower()
            assert "gwenllian" not in said


def test_a_held_back_name_leaves_other_cards_free_to_name_the_group(embedder):
    texts = ["I see Mrs Jones next door every day, she is a good neighbour",
             "I have a good neighbour who calls in",
             "My neighbour does my shopping"]
    [s], _ = _suggest(texts, embedder, k=1, never_quote=["Mrs Jones"])
    assert s.name == "I have a good neighbour who calls in"
    assert "neighbour" in s.key_words  # only the title-less name is watched, not "good"


def test_a_group_is_not_named_after_a_card_that_uses_none_of_its_shared_words(embedder):
    """A late-calls group was named "I waited 6 months for an OT assessment"."""
    texts = ["Carers turn up late, sometimes 2 hours late, and my breakfast is at dinner time",
             "late calls", "Late calls!!", "I waited 6 months for an OT assessment"]
    [s], _ = _suggest(texts, embedder, k=1)
    assert "late" in s.key_words
    assert s.name == ""  # the room names it


def test_a_group_of_more_than_two_sharing_no_word_is_not_named_after_one_card(embedder):
    texts = ["I'd like to go to the seaside again", "I'd like someone to talk to",
             "I'd like to do some volunteering, I was a teacher"]
    [s], _ = _suggest(texts, embedder, k=1)
    assert not s.key_words and s.name == ""
    assert "share no words" in s.reason


def test_a_pair_sharing_no_word_may_still_be_named(embedder):
    [s], _ = _suggest(["I want to get out more", "to go out more"], embedder, k=1)
    assert s.name == "I want to get out more"


def test_notes_typed_without_apostrophes_are_not_grouped_by_dont_or_cant(embedder):
    """"They often mention “dont” (4 of 5)" and "often mention “cant”": care managers' notes."""
    texts = ["I dont know who is coming or when", "I dont see anybody from one day to the next",
             "He doesnt go out much now", "I cant hear the doorbell",
             "My legs are bad and I cant manage the stairs", "I dont know who to ring"]
    found = suggest_themes(texts, [str(i) for i in range(len(texts))], k=2, embedder=embedder)
    shared = {w for s in found for w in s.key_words}
    assert not shared & {"dont", "cant", "doesnt", "don't", "can't", "doesn't"}
    typed, restored = embedder.embed(["I dont know", "I don't know"])
    assert float(typed @ restored) > 0.999  # read as the same words


def test_welsh_and_polish_cards_are_not_read_as_english(embedder):
    """Each has an "i" or a "yn" the word table knows; that alone made them a suggestion
    "close in meaning"."""
    other = ["Ffrindiau yn galw i mewn i gael paned",
             "Moja córka przychodzi codziennie i robi zakupy",
             "Dw i'n unig iawn yn y nos", "Nikt nie mówi po polsku, nie rozumiem co mówią"]
    english = ["Day centre Tues & Thurs - enjoys it", "My dog Bess, she gets me out for a walk",
               "Carer's are good", "I go to the Polish club on Saturdays"]
    assert known_words([*other, *english], embedder=embedder) == [False] * 4 + [True] * 4
    found, text_of = _suggest([*other, *LONELY], embedder)
    assert not {text_of[m] for s in found for m in s.member_ids} & set(other)


def test_pa_and_gp_in_capitals_can_be_what_a_group_shares(embedder):
    """The reason said "share no words" of three cards about going out with a PA."""
    texts = ["My PA takes me out on a Tuesday", "I like going out with my PA",
             "I go out with my PA to the shops"]
    [s], _ = _suggest(texts, embedder, k=1)
    assert "PA" in s.key_words and "“PA” (3 of 3)" in s.reason
    assert s.name  # uses "PA", so it may name the group


def test_two_letter_words_in_capitals_that_are_ordinary_words_are_not_shared_words(embedder):
    texts = ["MY CARER IS LATE AGAIN", "MY CARER IS LATE", "THE CARER IS LATE SO I AM IN BED"]
    [s], _ = _suggest(texts, embedder, k=1)
    assert not {"MY", "IS", "IN", "AM", "SO"} & set(s.key_words)


@pytest.mark.parametrize("text", ["I'm not well", "It is so bad", "I'm not good", "Not well at all",
                                  "I know it is bad", "I'm not feeling well", "Not well"])
def test_a_verdict_in_a_sentence_says_something(text):
    """"I'm not well" is about the person's health, not a reply like "Good" (review A F11)."""
    assert not says_nothing(text)


# How the person is, with "very", "too", "really" between (code review D2 F3): "Not well" and
# "Really bad" said something, "not very well" and "Very bad" were left out of every suggestion
@pytest.mark.parametrize("text", ["not very well", "I'm not too good", "I'm not really well",
                                  "Very bad", "It is very bad", "I am not so good"])
def test_how_one_is_said_with_very_or_too_says_something(text):
    assert not says_nothing(text)


# ... while the same words about something, or softening a "bad", are still a reply
@pytest.mark.parametrize("text", ["Not very good", "Not so good", "Not really good", "Very well",
                                  "Not so bad", "Not very bad", "It's not that bad", "Too bad"])
def test_a_reply_with_very_or_too_still_says_nothing(text):
    assert says_nothing(text)


# Replies on review forms to "what's working?" (code review C2 F-N1): in edc918b they said
# something, and 8 of them came back beside the demo's cards as one unnamed suggestion.
REPLIES = ["It's good", "That's good", "It's all good", "Yes good", "I think it's good",
           "Same as last year, good", "Its good", "Not bad", "It's bad", "not too bad"]


@pytest.mark.parametrize("text", ["good", "bad", "all good", "Very good thanks", "well",
                                  *REPLIES, "It is good", "Good, no", "Not bad at all"])
def test_a_verdict_as_a_reply_of_its_own_says_nothing(text):
    assert says_nothing(text)


def test_short_replies_are_in_no_suggestion_while_how_people_feel_is_grouped(embedder):
    feel = ["I'm not well", "I'm not well most days", "I am not well and nobody visits",
            "I'm not feeling well"]
    found, text_of = _suggest([*CARERS_LATE, *LONELY, *REPLIES, *feel], embedder)
    grouped = {text_of[m] for s in found for m in s.member_ids}
    assert not grouped & set(REPLIES)
    assert {"late calls", "lonely"} <= grouped
    assert any({text_of[m] for m in s.member_ids} >= {"I'm not well", "I'm not well most days"}
               for s in found)
