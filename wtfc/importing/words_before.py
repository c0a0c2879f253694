"""The personal-detail guard's look at the words just before a capitalised word: a title
("Mrs ", "Dr. ") or a relation word ("my carer ", "her son, ") says a name follows.

Each regex is tried only when a quick test of the text's end says it can match: the guard asks
about every capitalised word of every statement of an import, and nearly always the answer is
no. The quick tests never say no where the regex would say yes.
"""

from __future__ import annotations

import re

from wtfc.importing.name_letters import LETTER, NOT_IN_A_WORD_BEFORE
from wtfc.importing.name_words import (
    ABBREVIATED_TITLES,
    ACCENTED_PLACE_HEADS,
    ONE_CASE_TITLES,
    PERSON_VERBS,
    PLACE_HEADS,
    RELATION_WORDS,
    TITLES,
)
from wtfc.model.search_key import search_key

_TITLE_BEFORE = re.compile(r"(?<![\w])(?P<title>" + "|".join(TITLES) + r")\.?[ \t]+$")
_RELATION_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True))
    + r"),?[ \t]+(?:(?:is[ \t]+)?called[ \t]+|named[ \t]+)?$",
    re.IGNORECASE,
)
# How the words before a name can end, in lower case, once spaces and a comma are taken off.
_RELATION_ENDINGS = (*{w.lower() for w in RELATION_WORDS}, "called", "named")
# The one-case titles' letters anywhere, in lower case ("mrs" holds "mr").
_ONE_CASE_TITLE_LETTERS = re.compile("|".join(ONE_CASE_TITLES))
# The word just before a capitalised word, with the full stop a short one may carry ("St.").
_WORD_BEFORE = re.compile(rf"{NOT_IN_A_WORD_BEFORE}([{LETTER}]+)\.?[ \t]+")
# What a relative does, typed In Title Case after the relation word: "My Mum Cannot Write",
# "(Mum Will Write)", "My Dad Needs Help" (code review A19 R4: held as "My Mum [name]")
TITLE_CASE_VERBS = frozenset({
    "cannot", "can't", "can’t", "won't", "won’t", "will", "would", "could", "should", "must",
    "might", "hates", "loves", "likes", "struggles", "needs", "wants", "worries", "gets",
    "misses", "feels", "keeps", "tries", "forgets", "refuses", "lives", "goes", "does",
    # "My Carer Never Comes", "My Grandson Helps Me", "My Wife Passed Away" (code review A23 R3)
    "never", "always", "rarely", "often", "sometimes", "still", "barely", "hardly", "usually",
    "helps", "visits", "phones", "falls", "works", "died", "passed",
})
# What a relative did, In Title Case after the relation word: "Mother Made Tea", "My Carer Took
# Me Out", "Dad Gave Me Money" (held as "Mother [name]", "My Carer [name] Out"); here only, as
# after a care title a thing may do them ("Nurse Advice Made Sense")
PAST_DEEDS = frozenset({
    "made", "took", "gave", "sent", "went", "brought", "drove", "left", "taught", "cooked",
    "bought", "baked", "fixed", "knitted", "cleaned", "washed", "walked", "picked", "paid",
})
# Letters a regex that ignores case takes for "i" but folding the case does not.
_DOTTED_I = str.maketrans({"İ": "i", "ı": "i"})


def title_before(before: str) -> re.Match[str] | None:
    """The title just before a capitalised word, if any; a full stop after a title written in
    full ends a sentence ("my Nan. Church is my life"), after a short one it does not."""
    core = before.rstrip(" \t")  # "Mrs⏎  Jones": the next line indented (review 37 A3)
    tail = 2 if core.endswith("\r\n") else int(core.endswith("\n"))
    broken = tail > 0 and core[-tail - 1 : -tail] not in (" ", "\t", "\r", "\n", "")
    if broken:  # "Mrs⏎Jones came": a line ends between a title and its name, read as a space
        before = core[:-tail] + " " * (len(before) - len(core) + tail)
    ending = _without_spaces_at_end(before)
    if ending is None or not ending.removesuffix(".").endswith(TITLES):
        return None
    title = _TITLE_BEFORE.search(before)
    if broken and title and title["title"].lower() not in ONE_CASE_TITLES:
        return None  # not after a word that is a title too: "Thanks to my Sister⏎Hope you…"
    if title and "." in title.group() and title["title"] not in ABBREVIATED_TITLES:
        return None
    return title


def relation_before(before: str, word: str = "") -> bool:
    """Whether a relation word ends the words before a capitalised word ("my carer ", "her
    daughter, ", "a neighbour called "), in any case. Not when that `word` is a person verb
    after a capitalised relation word: "A Carer Came Late", "My GP Said", typed In Title Case."""
    ending = _without_spaces_at_end(before)
    if ending is None:
        return False
    ending = ending.removesuffix(",")
    if (word.lower() in PERSON_VERBS or word.lower() in TITLE_CASE_VERBS
            or word.lower() in PAST_DEEDS) and (
            ending.split() or [""])[-1].lstrip("([\"'“‘")[:1].isupper():
        return False  # "(Mum Cannot Write)": the bracket before the relation word too
    folded = ending.lower() if ending.isascii() else ending.translate(_DOTTED_I).casefold()
    return folded.endswith(_RELATION_ENDINGS) and _RELATION_BEFORE.search(before) is not None


def _without_spaces_at_end(before: str) -> str | None:
    """`before` without the spaces or tabs at its end (a regex's "$" also matches before a
    last line end); None when it does not end in one, so no title or relation word can."""
    before = before.removesuffix("\n")
    stripped = before.rstrip(" \t")
    return stripped if len(stripped) < len(before) else None


def may_hold_one_case_title(text: str) -> bool:
    """False when `text` surely holds none of ``ONE_CASE_TITLES`` in any case ("mrs", "DR"),
    so the rules that look for one need not look; True when it may."""
    folded = text.lower() if text.isascii() else text.casefold()
    return _ONE_CASE_TITLE_LETTERS.search(folded) is not None


def place_head_before(text: str, start: int) -> bool:
    """Whether the word before text[start] makes a given name there a place's: "St Mary's",
    "Capel Mair", "Tŷ Mair", "Llyn Aled" (``PLACE_HEADS``), in any case; "Tŷ" and "Św" only
    with their accents (``ACCENTED_PLACE_HEADS``)."""
    for word in _WORD_BEFORE.finditer(text, max(0, start - 12), start):
        if word.end() == start:
            head = word[1]
            return search_key(head) in PLACE_HEADS or head.lower() in ACCENTED_PLACE_HEADS
    return False
