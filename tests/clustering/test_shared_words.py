"""A word any card may use is never what a suggested group is said to share (review 36 R5-M3):
"myself" passed the informativeness bar, and a row on the demo read "shared words: morning,
myself" for dressing, the hairdresser and the cat."""

from __future__ import annotations

from collections import Counter

from wtfc.clustering.key_phrases import card_words, describe_group, reason_from


def test_a_word_any_card_may_use_is_not_a_shared_word(embedder):
    texts = ["I can still get myself dressed in the morning",
             "I get myself to the hairdresser on a Tuesday morning",
             "I feed the cat myself every morning",
             "The bus to town is every hour"]
    per_card = card_words(texts, embedder.informativeness)
    description = describe_group([0, 1, 2], vectors=embedder.embed(texts),
                                 words_per_card=per_card,
                                 document_frequency=Counter(w for s in per_card for w in s))
    assert "myself" not in description.key_words
    assert "morning" in description.key_words
    assert "myself" not in reason_from(description, 3)
