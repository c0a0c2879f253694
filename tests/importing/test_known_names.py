"""The search for the names pasted to watch for finds what a plain longest-first alternation of
the names found, however many names there are."""

from __future__ import annotations

import random
import re
from re import _constants, _parser

import pytest

from wtfc.importing import known_names
from wtfc.importing.known_names import known_name_spans, name_matcher
from wtfc.importing.personal_details import find_personal_details

_FIRST = [
    "John",
    "Joan",
    "Jo",
    "Mary",
    "Mary Ann",
    "May",
    "Will",
    "Doris",
    "Ann",
    "Siân",
    "Zoë",
    "Seán",
    "Jean-Paul",
    "Bob",
    "Rose",
    "Faith",
    "Grace",
    "Long",
]
_LAST = [
    "Jones",
    "JONES",
    "O'Brien",
    "O’Neill",
    "Smith-Jones",
    "Day",
    "Long",
    "Green",
    "Hall",
    "Patel",
    "Ng",
    "Wood",
    "Church",
    "Brown",
    "Mc Donald",
    "Khan",
    "Ashby",
]
_EXTRA = [
    "Mrs Jones",
    "Dr. Patel",
    "Smith (Bob)",
    "Nurse Kay",
    "J. Smith",
    "x",
    "St Mary's",
    "Mr Day",
    "ann long",
    "MAY TURNER",
    "İlker",
    "Straße",
    "Sister Grace",
]
_FILLER = [
    "the",
    "carer",
    "came",
    "late",
    "and",
    "mrs",
    "dr",
    "Mr",
    "was",
    "kind",
    ".",
    ",",
    "day",
    "centre",
    "will",
    "may",
    "long",
    "wait",
    "green",
    "hall",
    "'",
    "(",
    ")",
    "—",
    "jo's",
    "Jones's",
    "mary-ann",
    "\n",
    "!",
    "joanna",
    "johnson",
    "O",
    "Brien",
]


def _names(r: random.Random, count: int) -> list[str]:
    names = [f"{r.choice(_FIRST)} {r.choice(_LAST)}" for _ in range(count)]
    return names + r.sample(_EXTRA, k=min(len(_EXTRA), count // 3 + 1))


def _card(r: random.Random, names: list[str]) -> str:
    words = []
    for _ in range(r.randint(3, 16)):
        word = r.choice(names) if r.random() < 0.35 else r.choice(_FILLER)
        word = r.choice([word, word, word.lower(), word.upper(), word.title()])
        words.append(word)
    return r.choice([" ", "  ", " ", "\t"]).join(words)


def _plain_alternation(phrases, *, fold: bool) -> str:
    """How the names were searched before: every name tried in turn at every place."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@pytest.mark.parametrize("seed", range(6))
def test_one_pass_finds_what_a_name_at_a_time_found(seed, monkeypatch):
    r = random.Random(seed)
    names = _names(r, r.choice([1, 4, 20, 60]))
    cards = [_card(r, names) for _ in range(400)]
    cards += [
        "Mary Ann came",
        "mary ann came",
        "MARY ANN CAME",
        "Jo's carer Joan",
        "Day centre",
        "Long came round",
        "mrs long came",
        "Ask O'Brien",
        "Jean-Paul Jones's mum",
        "İlker came",
        "ilker came",
        "The Straße",
        "strasse",
    ]
    new = [known_name_spans(text, name_matcher(names)) for text in cards]
    new_details = [find_personal_details(text, known_names=names) for text in cards]
    known_names._known_name_patterns.cache_clear()
    monkeypatch.setattr(known_names, "_alternatives", _plain_alternation)
    try:
        old = [known_name_spans(text, names) for text in cards]
        old_details = [find_personal_details(text, known_names=names) for text in cards]
    finally:
        known_names._known_name_patterns.cache_clear()
    assert new == old
    assert new_details == old_details
    assert sum(map(len, new)) > 50  # the cards do name people


def test_a_longer_name_wins_over_its_beginning():
    names = ["Mary", "Mary Ann Jones", "Jo", "Joanna"]
    assert known_name_spans("Mary Ann Jones came, then Joanna and Jo", names) == [
        (0, 14), (26, 32), (37, 39)]  # fmt: skip


def _alternatives_at_a_place(pattern: re.Pattern[str]) -> int:
    """The most alternatives ``pattern`` tries at one place of a text: the widest ``a|b|…`` in
    it, anywhere (a branch tried in turn, each in C, which counting Python steps cannot see)."""
    def widths(items):
        for op, av in items:
            if op is _constants.BRANCH:
                yield len(av[1])
                for branch in av[1]:
                    yield from widths(branch)
            elif op is _constants.SUBPATTERN:
                yield from widths(av[-1])
            elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT,
                        _constants.POSSESSIVE_REPEAT):
                yield from widths(av[2])
            elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
                yield from widths(av[1])
            elif op is _constants.ATOMIC_GROUP:
                yield from widths(av)

    return max(widths(_parser.parse(pattern.pattern, pattern.flags)), default=1)


def test_seventeen_hundred_names_are_tried_at_once_at_each_place_of_a_card():
    """Pasting the names of everyone reviewed made "Check all cards again" take 24 s at
    10,000 cards: each place in a card was tried against every name in turn (a "John|Joan|…"
    of 3,400 names and parts). The names share their beginnings ("jo(?:an|hn)"): at any place
    a handful of letters is tried (18 here). Counted, not timed: a loaded machine stretches
    seconds."""
    r = random.Random(1)
    names = [f"{r.choice(_FIRST)} {r.choice(_LAST)}{r.randrange(10_000)}" for _ in range(1700)]
    matcher = name_matcher(names)
    assert max(_alternatives_at_a_place(pattern) for pattern, *_ in matcher.patterns) <= 64
    cards = [_card(r, _FILLER + _FIRST) for _ in range(200)]
    assert sum(len(known_name_spans(text, matcher)) for text in cards) > 50  # and finds them
