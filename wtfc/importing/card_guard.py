"""The personal-detail guard's flags for a card's words: for each statement of one import
(``building``), and for a card typed or checked again on the Collect page (``ui.card_guard``)."""

from __future__ import annotations

import functools
import re

from wtfc.importing.known_names import NameMatcher
from wtfc.importing.name_spread import SpreadSurname
from wtfc.importing.pasted_names import _capitalised_name_words, pasted_at
from wtfc.importing.personal_details import Finding, find_personal_details
from wtfc.model.workshop import PersonalDetail

# a word as ``pasted_names`` reads one: letters, an apostrophe inside ("O'Neill")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def guard_findings(text: str, matcher: NameMatcher) -> list[Finding]:
    """What the guard finds in ``text`` with the matcher's names, and each capitalised word of
    one of those names that is one wherever it stands (a given name that is a word, a name
    pasted alone), as the letter, the room views and History read it (``pasted_names``): the
    guard alone reads a sentence's first "Grace" as the word, so with Grace Okonkwo pasted
    "Grace helps every Tuesday" was not held back and the read-out showed it to the room.
    Nothing the guard finds is dropped (privacy first). A surname that is a word stays the
    guard's to read ("Hall is always cold" is the building)."""
    found = find_personal_details(text, known_names=matcher)
    pasted, by_word, always = _pasted(matcher)
    # only the names with a word the card has capitalised, and those the index cannot key
    at = {i for m in _WORD.finditer(text) if m[0][0].isupper()
          for key in _keys(m[0]) for i in by_word.get(key, ())}
    pasted = tuple(pasted[i] for i in sorted(at.union(always)))
    if not pasted:
        return found
    anywhere = {(a, b) for a, b, everywhere in _capitalised_name_words(text, pasted) if everywhere}
    if not anywhere:  # only a surname that is a word ("Hall"): the guard's reading stands
        return found
    more = [Finding(a, b, "name", text[a:b])
            for a, b in pasted_at(text, pasted, [(f.start, f.end) for f in found
                                                 if f.category == "name"])
            if (a, b) in anywhere and not any(f.start < b and a < f.end for f in found)]
    return sorted([*found, *more], key=lambda f: f.start) if more else found


@functools.lru_cache(maxsize=8)  # once for every card of a check: 1,700 names pasted
def _pasted(matcher: NameMatcher) -> tuple[
        tuple[str, ...], dict[str, tuple[int, ...]], frozenset[int]]:
    """The matcher's names read by the pasted-names rule, for each of their words (as
    ``pasted_names`` reads one) the names that have it, and the names read for every card: that
    rule reads a card's capitalised word by the names that have it only, and reading all 1,700
    names pasted for each card took 1.4 s over 10,000. A name with a letter whose lower case is
    no single letter ("İbrahim"), which that search reads apart, is read for every card; one
    such name used to turn the index off for all (Check all froze 1.6-2.5 s; code review A5)."""
    # a surname spread from another card counts only where said of a person (``name_spread``)
    pasted = tuple(n for n in matcher.names if not isinstance(n, SpreadSurname))
    always = frozenset(i for i, name in enumerate(pasted)
                       if any(c in name for c in "\u0130\u0307\u03a3"))
    by_word: dict[str, set[int]] = {}
    for i, name in enumerate(pasted):
        for word in _WORD.findall(name):
            # "Jones's" pasted is "jones" to a card's "Jones" and "Jones's"
            for key in {*_keys(word), word.lower().replace("’", "'")}:
                by_word.setdefault(key, set()).add(i)
    return pasted, {word: tuple(names) for word, names in by_word.items()}, always


def _keys(word: str) -> set[str]:
    """A word's index keys: as ``pasted_names`` compares it, and case-folded without a
    combining dot ("STRASSE" and "Straße", "İBRAHIM" and "Ibrahim"), so a card's word finds
    every name it may match (a name too many is read, never one too few)."""
    return {_plain(word), _plain(word.casefold()).replace("\u0307", "")}


def _plain(word: str) -> str:
    """A word as ``pasted_names`` compares it: lower case, "’" as "'", without a final "'s"."""
    word = word.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


class CardGuard:
    """The guard's flags for each statement of one import, worked out once for each words: the
    same words come back on many rows ("Carers are late"), and the names looked for are the
    same for every row. Cards with the same words share the flags (parts are never changed in
    place)."""

    def __init__(self, matcher: NameMatcher) -> None:
        self._matcher = matcher
        self._found: dict[str, list[PersonalDetail]] = {}

    def details(self, text: str) -> list[PersonalDetail]:
        found = self._found.get(text)
        if found is None:
            found = self._found[text] = [
                PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text[:300])
                for f in guard_findings(text, self._matcher)[:100]
            ]
        return found
