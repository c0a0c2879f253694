"""Thirty plain English cards on six topics (loneliness, care times, respect, transport, food,
money), written as people speak, sharing everyday words across topics ("nobody", "went",
"ten", "always"). The suggestions should mostly keep to one topic each and give topic words,
not those everyday words, as their reasons.

Before: 7 groups, purity 0.61 (only 2 of 7 groups kept to one topic), reasons citing "ten"
and "went", a group of four topics named after its loneliness card."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wtfc.clustering.agreement import purity
from wtfc.clustering.filler import FILLER_WORDS
from wtfc.clustering.suggest import known_words, suggest_themes

SIX_TOPICS = Path(__file__).parent / "data" / "six_topics.tsv"


def read_six_topics() -> tuple[list[str], list[str]]:
    rows = [
        line.split("\t")
        for line in SIX_TOPICS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return [text for _, text in rows], [topic for topic, _ in rows]


@pytest.fixture(scope="module")
def suggested(embedder):
    texts, topics = read_six_topics()
    found = suggest_themes(texts, [str(i) for i in range(len(texts))], embedder=embedder)
    return texts, topics, found


def test_suggested_themes_keep_mostly_to_one_topic(suggested):
    texts, topics, found = suggested
    groups = [[int(i) for i in s.member_ids] for s in found]
    assert purity(topics, groups) >= 0.75
    assert sum(len(g) for g in groups) >= 0.75 * len(texts)  # not pure by leaving cards out
    one_topic = [g for g in groups if purity(topics, [g]) >= 0.8]
    assert len(one_topic) >= len(groups) / 2
    # the food cards come back together rather than spread over mixed groups
    assert any(sum(topics[i] == "food" for i in g) >= 4 for g in groups)


def test_reasons_cite_topic_words_not_everyday_ones(suggested):
    _, _, found = suggested
    cited = {w for s in found for w in s.key_words}
    assert cited
    assert not cited & FILLER_WORDS
    for s in found:
        quoted = set(re.findall("“([^”]+)”", s.reason))
        assert quoted <= set(s.key_words), s.reason
    assert {"meals", "bus", "lonely"} <= cited  # "meals" (2 cards) counts "meal" (1) too


def test_a_card_of_only_everyday_words_is_still_read(embedder):
    # filler is left out of a card's vector only when the card says something else too
    assert known_words(["Nobody ever comes", "Always the same"], embedder=embedder) == [True, True]
