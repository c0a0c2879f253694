"""The personal-detail guard's search for the names the facilitator gave: the person column's
names and the names pasted to watch for (people reviewed, staff), each whole and in parts."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    NOT_NAMES,
    ONE_CASE_TITLES,
    ORDINARY_WORDS,
    PERSON_VERBS,
)

# Name parts matched only when capitalised: given names and surnames that are everyday words.
EVERYDAY_WORDS = AMBIGUOUS_GIVEN_NAMES | NOT_NAMES | ORDINARY_WORDS


def known_name_spans(text: str, known_names: Iterable[str]) -> list[tuple[int, int]]:
    """Where `text` names one of `known_names` (whole, or one of its parts), as (start, end)."""
    patterns, parts = _known_name_patterns(tuple(known_names))
    spans = []
    for pattern, everyday in patterns:
        for m in pattern.finditer(text):
            # Starting a sentence an everyday word is capitalised anyway ("Day centre is my
            # lifeline" with Doris Day on the list): it counts only beside another part of
            # the name or said of a person ("Long came round").
            if everyday and starts_sentence(text, m.start()):
                after = re.match(r"[ \t]+([\w'’-]+)", text[m.end() :])
                next_word = after.group(1).lower() if after else ""
                if next_word not in parts and next_word not in PERSON_VERBS:
                    continue
            spans.append(m.span())
    return spans


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` begins the text or a sentence in it."""
    before = text[:start].rstrip(" \t\"'“‘(")
    return before == "" or before[-1] in ".!?:;\n"


@functools.lru_cache(maxsize=8)
def _known_name_patterns(
    known_names: tuple[str, ...],
) -> tuple[tuple[tuple[re.Pattern[str], bool], ...], frozenset[str]]:
    """Patterns for the pasted names and each part of them, longest first, each with whether
    it matches bare everyday words; and every part in lower case (cached: an import checks
    thousands of statements against the same list)."""
    phrases: set[str] = set()
    for entry in known_names:
        entry = " ".join(entry.split())
        if entry:
            phrases |= {entry, *(p for p in entry.split(" ") if len(p) >= 2)}
    # A part that is an everyday word ("May", "Will", "Long") counts only when capitalised,
    # or after a title in any case ("mrs long").
    everyday = {p for p in phrases if p.lower() in EVERYDAY_WORDS}
    patterns = []
    for group, flags, before in (
        (phrases - everyday, re.IGNORECASE, ""),
        (everyday, 0, ""),
        (everyday, re.IGNORECASE, r"(?:" + "|".join(ONE_CASE_TITLES) + r")\.?[ \t]+"),
    ):
        if group:
            alternatives = "|".join(re.escape(p) for p in sorted(group, key=len, reverse=True))
            pattern = re.compile(
                r"(?<![\w'’])" + before + "(?:" + alternatives + r")(?!\w)", flags
            )
            patterns.append((pattern, not (flags or before)))
    return tuple(patterns), frozenset(p.lower() for p in phrases if " " not in p)
