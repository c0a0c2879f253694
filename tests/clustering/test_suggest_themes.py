"""Theme suggestions as the facilitator sees them: sensible groups, names, reasons, stability."""

from __future__ import annotations

from wtfc.clustering.agreement import adjusted_rand_index
from wtfc.clustering.suggest import group_labels, suggest_themes


def _cards(topic_cards) -> tuple[list[str], list[str]]:
    texts = [t for topic in topic_cards.values() for t in topic]
    ids = [f"{topic}-{i}" for topic, cards in topic_cards.items() for i in range(len(cards))]
    return texts, ids


def test_same_cards_give_the_same_suggestions(embedder, topic_cards):
    texts, ids = _cards(topic_cards)
    first = suggest_themes(texts, ids, embedder=embedder)
    second = suggest_themes(list(texts), list(ids), embedder=embedder)
    assert first == second


def test_cards_on_one_topic_mostly_land_together(embedder, topic_cards):
    # 16 cards are few for statistics; the bar is "clearly better than chance" (ARI 0 = chance)
    texts, ids = _cards(topic_cards)
    truth = [i.split("-")[0] for i in ids]
    assert adjusted_rand_index(truth, group_labels(texts, k=4, embedder=embedder)) >= 0.5
    assert adjusted_rand_index(truth, group_labels(texts, embedder=embedder)) >= 0.4
    food = [
        lab
        for lab, t in zip(group_labels(texts, embedder=embedder), truth, strict=True)
        if t == "food"
    ]
    assert len(set(food)) == 1


def test_forced_count_gives_exactly_that_many_groups(embedder, topic_cards):
    texts, _ = _cards(topic_cards)
    assert len(set(group_labels(texts, k=3, embedder=embedder))) == 3
    assert len(set(group_labels(texts, k=1, embedder=embedder))) == 1


def test_every_suggestion_has_members_a_name_a_reason_and_a_typical_card(embedder, topic_cards):
    texts, ids = _cards(topic_cards)
    suggestions = suggest_themes(texts, ids, embedder=embedder)
    assert suggestions
    seen = [m for s in suggestions for m in s.member_ids]
    assert len(seen) == len(set(seen))  # no card suggested for two themes
    for s in suggestions:
        assert len(s.member_ids) >= 2
        assert s.name == "" or s.name.split(" ", 1)[0] in {"I", "I'm", "I've", "I'd", "I'll"}
        assert s.reason.startswith(f"These {len(s.member_ids)} cards")
        assert s.typical_id in s.member_ids
    assert [len(s.member_ids) for s in suggestions] == sorted(
        (len(s.member_ids) for s in suggestions), reverse=True
    )


def test_reason_names_the_shared_word(embedder, topic_cards):
    texts = [
        "The waiting was awful.",
        "So much waiting at the surgery.",
        "Waiting again for a phone call.",
    ]
    [suggestion] = suggest_themes(texts, ["a", "b", "c"], k=1, embedder=embedder)
    assert "waiting" in suggestion.key_words
    assert "“waiting” (3 of 3)" in suggestion.reason


def test_progress_runs_from_zero_to_one(embedder, topic_cards):
    texts, ids = _cards(topic_cards)
    seen: list[float] = []
    suggest_themes(texts, ids, embedder=embedder, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)


def test_no_cards_no_suggestions(embedder, topic_cards):
    assert suggest_themes([], [], embedder=embedder) == []
    assert group_labels([], embedder=embedder) == []


def test_a_single_card_is_not_a_theme(embedder, topic_cards):
    assert suggest_themes(["The bus was late."], ["only"], embedder=embedder) == []
    assert group_labels(["The bus was late."], embedder=embedder) == [0]


def test_duplicate_cards_are_always_suggested_together(embedder, topic_cards):
    texts, ids = _cards(topic_cards)
    texts += [
        "The food is bland and the portions are small!",
        "THE FOOD IS BLAND AND THE PORTIONS ARE SMALL",
    ]
    ids += ["dup-1", "dup-2"]
    labels = group_labels(texts, embedder=embedder)
    original = texts.index("The food is bland and the portions are small.")
    assert labels[original] == labels[-1] == labels[-2]


def test_all_identical_cards_make_one_group(embedder, topic_cards):
    texts = ["Staff were kind."] * 5
    [suggestion] = suggest_themes(texts, list("abcde"), embedder=embedder)
    assert suggestion.member_ids == tuple("abcde")


def test_cards_without_words_are_grouped_apart_not_lost(embedder, topic_cards):
    texts, _ = _cards(topic_cards)
    labels = group_labels([*texts, "???", "!!!"], embedder=embedder)
    assert len(labels) == len(texts) + 2
    assert labels[-1] == labels[-2]
    assert labels[-1] not in labels[: len(texts)]
