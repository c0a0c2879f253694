"""A suggested theme holds together: unrelated cards are not offered as one theme, a group too
big or too loose is split, and its reason says only what is true of its cards."""

from __future__ import annotations

from wtfc.clustering.key_phrases import GroupDescription, reason_from
from wtfc.clustering.suggest import suggest_themes
from wtfc.clustering.tightening import cohesion, largest_theme, tighten

# The demo's five unsorted 'not working' cards: five different worries, no theme among them.
UNRELATED = [
    "It's all bingo and quizzes. I was an engineer for forty years, I'd like something to get "
    "my teeth into.",
    "I'm on my own with it at night. I haven't had a full night's sleep in two years.",
    "The paperwork for the direct payment is a nightmare. I dread the brown envelopes.",
    "I'm frightened of falling at night and nobody knowing.",
    "Dad's hearing aids keep going missing at the day centre and no one takes responsibility.",
]
# Messy cards as people write them, on six topics (lateness, different carers, loneliness,
# transport, money, food).
MESSY = [
    "Carers late",
    "carers always late",
    "The carers come late most mornings and I'm stuck in bed till 11",
    "Carer turned up at 10.30 for my breakfast call",
    "They come too early at night, 7pm for bed is too early",
    "teatime call is at 3 oclock, i'm not hungry then",
    "Carrers are late and dont ring to say",
    "Carers late",
    "Different carer every day",
    "diffrent carers all the time, i never know who is coming",
    "Too many strangers coming into my house",
    "I don't know the carers names, they change every week",
    "New faces all the time",
    "Staff change too often",
    "Lonely",
    "I am very lonley since my wife passed",
    "I don't see anyone from one week to the next",
    "Nobody to talk to in the evenings",
    "Weekends are long and quiet",
    "I miss going to church",
    "No bus to town anymore",
    "The number 12 bus stopped running so I cant get to the shops",
    "Can't get to hospital appointments, taxis cost too much",
    "Transport",
    "dial a ride never has space",
    "Direct payment forms are too complicated",
    "I get letters about my care bill I don't understand",
    "Worried about paying for care",
    "The charging letter frightened me",
    "Microwave meals every day",
    "The food is cold by the time I get it",
    "I'd like a proper hot dinner",
    "Meals on wheels stopped",
]


def test_unrelated_cards_are_not_offered_as_one_theme(embedder):
    found = suggest_themes(UNRELATED, list("abcde"), embedder=embedder)
    assert all(len(s.member_ids) < len(UNRELATED) for s in found)


def test_a_loose_group_of_many_topics_is_split(embedder):
    # before: three groups of 15, 14 and 6 cards, each mixing three or four topics
    ids = [str(i) for i in range(len(MESSY))]
    found = suggest_themes(MESSY, ids, embedder=embedder)
    vectors = embedder.embed(MESSY)
    assert found
    for s in found:
        assert len(s.member_ids) <= largest_theme(len(MESSY)) == 12
        assert cohesion(vectors[[int(i) for i in s.member_ids]]) >= 0.3


def test_a_card_that_fits_poorly_is_left_out(embedder, topic_cards):
    texts = [*topic_cards["waiting"], "My cat keeps me company in the evenings."]
    groups = tighten(embedder.embed(texts), list(range(len(texts))), largest=12)
    assert 4 not in {m for g in groups for m in g}
    assert any({0, 1, 3} <= set(g) for g in groups)


def test_often_only_when_half_the_cards_share_the_word():
    few = GroupDescription(key_words=("library",), key_word_counts=(2,), typical_index=0)
    assert "often" not in reason_from(few, 7)
    assert "some of them mention “library” (2 of 7)" in reason_from(few, 7)
    half = GroupDescription(key_words=("bus", "late"), key_word_counts=(3, 2), typical_index=0)
    assert reason_from(half, 6) == (
        "These 6 cards are close in meaning; they often mention “bus” (3 of 6)."
    )


def test_no_shared_word_is_not_called_similar_things_in_different_words():
    none = GroupDescription(key_words=(), key_word_counts=(), typical_index=0)
    assert "different words" not in reason_from(none, 4)
    assert "check that each belongs" in reason_from(none, 4)
