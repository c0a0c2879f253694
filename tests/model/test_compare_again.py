"""Review compares the two cycles again after every edit on the wall: each theme's card words
and the scores of each pair of themes are kept (``compare_match.PairScores``,
``compare_text.texts_words``), so a theme renamed on a 10,000-card workshop is compared in
~30 ms, not ~100. What the comparison says must be what a first comparison says."""

from __future__ import annotations

import datetime as dt

from benchmarks.bench_review import _pair
from wtfc.model import compare_match, compare_text
from wtfc.model.compare import compare_workshops
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 29)


def _forget() -> None:
    """As in a fresh interpreter: nothing kept."""
    for kept in (compare_text.texts_words, compare_text.name_words, compare_match._without,
                 compare_match._common_words):
        kept.cache_clear()
    compare_match._CARD_SCORES = compare_match.PairScores()
    compare_match._SHARES = compare_match.PairScores()


def _edited(w: Workshop, before: Workshop, step: int) -> Workshop:
    """A theme renamed, given last time's name, half its cards moved, or a card's words edited."""
    themes, cards = list(w.themes), list(w.cards)
    i, j = step % len(themes), (step * 7 + 3) % len(themes)
    if step % 4 == 0:
        themes[i] = themes[i].model_copy(update={"name": themes[i].name + " at weekends"})
    elif step % 4 == 1:
        moved = themes[i].card_ids[:len(themes[i].card_ids) // 2 + 1]
        themes[i] = themes[i].model_copy(update={"card_ids": themes[i].card_ids[len(moved):]})
        themes[j] = themes[j].model_copy(update={"card_ids": [*themes[j].card_ids, *moved]})
    elif step % 4 == 2:
        k = step * 13 % len(cards)
        cards[k] = cards[k].model_copy(update={"text": cards[k].text + " lonely carers respect"})
    else:
        themes[i] = themes[i].model_copy(update={"name": before.themes[step].name})
    return w.model_copy(update={"themes": themes, "cards": cards})


def test_compared_again_after_each_edit_it_says_what_a_first_comparison_says():
    before, now = _pair(cards=3000, themes=60, actions=20)
    for step in range(12):
        now = _edited(now, before, step)
        again = compare_workshops(before, now, today=TODAY)
        _forget()
        assert again == compare_workshops(before, now, today=TODAY)


def test_a_theme_renamed_reads_no_card_again():
    before, now = _pair(cards=3000, themes=60, actions=20)
    compare_workshops(before, now, today=TODAY)
    read = compare_text.texts_words.cache_info().misses
    renamed = _edited(now, before, 0)
    result = compare_workshops(before, renamed, today=TODAY)
    assert compare_text.texts_words.cache_info().misses == read
    assert renamed.themes[0].name in [t.name for t in result.themes]
