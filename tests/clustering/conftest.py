"""The shipped embedding table, loaded once for the whole clustering test session."""

from __future__ import annotations

import pytest

from wtfc.clustering.static_embedding import StaticEmbedder, default_embedder


@pytest.fixture(scope="session")
def embedder() -> StaticEmbedder:
    return default_embedder()


# Four clearly different topics, four statements each, as cards on a wall might read.
_TOPIC_CARDS = {
    "waiting": [
        "I waited six weeks for an assessment appointment.",
        "The waiting list for the occupational therapist is far too long.",
        "We had to wait months before anyone came to see my mother.",
        "Waiting times for a review are very long and nobody calls back.",
    ],
    "food": [
        "The meals at the day centre are cold and there is no choice of food.",
        "I enjoy the hot dinners and the cakes at lunch.",
        "The food is bland and the portions are small.",
        "I would like a vegetarian meal option at lunchtime.",
    ],
    "transport": [
        "The minibus to the centre is often late so I miss the morning.",
        "I cannot get to the shops because there is no bus near my house.",
        "The taxi to hospital appointments never turns up on time.",
        "Transport to the day centre is unreliable and the driver is rushed.",
    ],
    "letters": [
        "The letters about my direct payment are confusing and full of jargon.",
        "Nobody explained the paperwork about my care charges.",
        "The forms are too long and the writing is too small to read.",
        "I received a letter about my assessment that I could not understand.",
    ],
}


@pytest.fixture
def topic_cards() -> dict[str, list[str]]:
    return {topic: list(cards) for topic, cards in _TOPIC_CARDS.items()}
