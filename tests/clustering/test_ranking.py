"""'Where does this card go?' and 'cards like this one'."""

from __future__ import annotations

from wtfc.clustering.suggest import known_words, rank_themes, similar_cards


def test_a_card_about_waiting_goes_to_the_waiting_theme_first(embedder, topic_cards):
    ranked = rank_themes(
        "Still waiting for someone to ring me back.", topic_cards, embedder=embedder
    )
    assert ranked[0][0] == "waiting"
    assert [t for t, _ in ranked] != ["waiting"]  # every theme is ranked
    assert len(ranked) == len(topic_cards)
    scores = [s for _, s in ranked]
    assert scores == sorted(scores, reverse=True)


def test_a_card_about_meals_goes_to_the_food_theme_first(embedder, topic_cards):
    ranked = rank_themes(
        "Lunch was cold again and the soup tasted of nothing.", topic_cards, embedder=embedder
    )
    assert ranked[0][0] == "food"


def test_an_empty_theme_ranks_last_and_no_themes_rank_nothing(embedder, topic_cards):
    themes = {"empty": [], **topic_cards}
    ranked = rank_themes("The bus never comes.", themes, embedder=embedder)
    assert ranked[-1] == ("empty", 0.0)
    assert rank_themes("The bus never comes.", {}, embedder=embedder) == []


def test_similar_cards_puts_the_same_topic_first(embedder, topic_cards):
    candidates = {
        f"{topic}-{i}": text for topic, cards in topic_cards.items() for i, text in enumerate(cards)
    }
    ranked = similar_cards(
        "The minibus driver came late again.", candidates, limit=3, embedder=embedder
    )
    assert len(ranked) == 3
    assert ranked[0][0].startswith("transport")
    assert similar_cards("anything", {}, embedder=embedder) == []


def test_a_welsh_card_is_said_unreadable_rather_than_ranked(embedder, topic_cards):
    # "Rwy'n unig iawn" (I'm very lonely) splits only into fragments ("uni" + "##g"): it was
    # read as if it meant something and ranked; now it is the Urdu card's case, sorted by hand
    welsh = "Rwy'n unig iawn"
    assert known_words([welsh, "Carers", "lonley and sad"], embedder=embedder) == [
        False, True, True
    ]
    ranked = rank_themes(welsh, topic_cards, embedder=embedder)
    assert {score for _, score in ranked} == {0.0}  # no theme is put forward
