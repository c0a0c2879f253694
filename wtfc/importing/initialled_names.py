"""Names written with initials after a title: "Mrs J Smith", "Mr A. Khan", "Dr R.P. Patel",
"MRS J SMITH", "Mrs J SMITH", "Mrs JM Smith", and "Mrs B" on its own. Review paperwork names
people so (its headers, staff notes and file names are what gets imported), and the
capitalised-word rules read "J" as no name and "A" as the article, so the whole name went to
the projector.

After a relation word ("my carer J Smith") a surname must follow. Not found: an initial with
no title or relation word ("J. Smith comes": "A Smith" reads as "a smith"), or a letter that is
no initial ("Ward B", "Plan A", "Dr A&E", "the Dr I saw").
"""

from __future__ import annotations

import re

from wtfc.importing.name_letters import LETTER, NAME_WORD, UPPER
from wtfc.importing.name_words import (
    ABBREVIATED_TITLES,
    NOT_NAMES,
    NOT_NAMES_AFTER_TITLE,
    ONE_CASE_TITLES,
    PLACE_SURNAMES,
    PLACE_WORDS,
    TITLES,
)
from wtfc.importing.words_before import relation_before
from wtfc.model.search_key import search_key

# A capital standing alone or with a full stop: "J", "J.", the "R." of "R.P."
_INITIAL = rf"[{UPPER}](?:\.|(?![\w&'’-]))"
# Two or three run together, as letters and NHS forms write them ("Mrs JM Smith"): only with
# a surname after them, and not a body's letters ("NHS", "GP")
_RUN_TOGETHER = rf"[{UPPER}]{{2,3}}(?![\w&'’-])"
_INITIALS = rf"(?:{_RUN_TOGETHER}|{_INITIAL}(?:[ \t]*{_INITIAL}){{0,2}})"
# The surname as a name is written, or in capitals as forms write it ("Mrs J SMITH")
_SURNAME = (
    rf"(?:{NAME_WORD.pattern}|(?:[{UPPER}]{{2,}}|[{UPPER}]['’][{UPPER}]+)(?:['’-][{UPPER}]+)*)"
)
_TITLED_INITIALS = re.compile(
    rf"(?<![\w-])(?P<title>{'|'.join(TITLES)})\.?[ \t]+"
    rf"(?P<initials>{_INITIALS})"
    rf"(?:[ \t]*(?P<surname>{_SURNAME})(?![\w'’-]))?"
)
# After a relation word ("my carer J Smith") a surname must follow
_RELATED_INITIALS = re.compile(
    rf"(?P<initials>{_INITIALS})[ \t]*(?P<surname>{_SURNAME})(?![\w'’-])"
)
# Letters in capitals that are no one's initials or surname ("Dr NHS Direct", "Mrs B NHS")
_ABBREVIATIONS = frozenset({
    "NHS", "GP", "GPS", "OT", "SW", "CPN", "DN", "MP", "UK", "TV", "ID", "OK", "IT", "PA",
    "HR", "CQC", "DWP", "PIP", "ASAP", "AM", "PM", "BBC",
})
# The same typed all in one case: "mrs j smith", "MR A. KHAN"
_ONE_CASE = re.compile(
    rf"(?<![\w-])(?P<title>(?i:{'|'.join(ONE_CASE_TITLES)}))\.?[ \t]+"
    rf"(?P<initials>[{LETTER}](?:\.|(?![\w'’-]))(?:[ \t]*[{LETTER}](?:\.|(?![\w'’-])))?)"
    rf"[ \t]*(?P<surname>[{LETTER}][{LETTER}'’-]*)"
)
# A letter standing alone, as an initial does ("J", "J."), in either case, or 2-3 capitals
_LONE_LETTER = re.compile(
    rf"[ \t](?:[{LETTER}](?:\.|(?![\w&'’-]))|[{UPPER}]{{2,3}}(?![\w&'’-]))"
)
_TITLES = frozenset(TITLES)
_ONE_CASE_TITLES = frozenset(ONE_CASE_TITLES)
# "the Dr I saw", "my Mrs B": the title used as a word
_OWNER_BEFORE = re.compile(r"\b(?:the|my|our|your|his|her|their)[ \t]+$", re.IGNORECASE)
# Titles that, before a lone initial, name a person ("Mrs B said"); "Lady A" is a band
_LONE_INITIAL_TITLES = ABBREVIATED_TITLES | {"Miss"}


def initialled_names(text: str) -> list[tuple[int, int]]:
    """Where `text` names someone by title and initials, as (start, end)."""
    found: list[tuple[int, int]] = []
    # Found from the lone letter after a space, rare but for "I" and "a", and the title before
    # it: quicker than looking for every title (the guard reads every statement of an import)
    for letter in _LONE_LETTER.finditer(text):
        start = letter.start() + 1
        if found and start < found[-1][1]:
            continue
        words = text[max(0, start - 12) : start].rstrip(" \t").removesuffix(".").rsplit(None, 1)
        title = words[-1].lstrip("([\"'“‘") if words else ""
        if title in _TITLES:
            span = _capitalised(text, start)
        elif title.lower() in _ONE_CASE_TITLES:
            span = _one_case(text, start)
        elif relation_before(text[max(0, start - 30) : start]):
            span = _related(text, start)
        else:
            continue
        if span:
            found.append(span)
    return found


def _capitalised(text: str, start: int) -> tuple[int, int] | None:
    m = _at(_TITLED_INITIALS, text, start)
    if m is None or m["initials"] in _ABBREVIATIONS:
        return None
    if m["surname"] and _is_surname(m["surname"]):
        return m.start(), m.end("surname")
    initials = m["initials"]
    if len(initials) > 1 and initials.isalpha():
        return None  # run-together letters with no surname: "Mr BIG", "Dr WHO"
    owned = _OWNER_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
    if m["title"] in _LONE_INITIAL_TITLES and initials != "I" and not owned:
        # "… to Dr B." ends the sentence: the full stop stays
        return m.start(), m.end("initials") - initials.endswith(".")
    return None


def _related(text: str, start: int) -> tuple[int, int] | None:
    """"my carer J Smith": not "my son A Great Help", a card typed In Title Case."""
    m = _RELATED_INITIALS.match(text, start)
    if (m is None or m["initials"] in ("A", "I", *_ABBREVIATIONS)
            or not _is_surname(m["surname"])):
        return None
    in_capitals = not any(ch.islower() for ch in text[max(0, start - 30) : start])
    if in_capitals and (len(m["initials"]) > 1 or m["surname"].isupper()):
        return None  # "MY SON PUT IN": in a card typed in capitals, words look so too
    return m.start(), m.end()


def _one_case(text: str, start: int) -> tuple[int, int] | None:
    m = _at(_ONE_CASE, text, start)
    if m is None:
        return None
    title, initials, surname = m.group("title", "initials", "surname")
    same_case = str.islower if title.islower() else str.isupper
    # "mr a khan" may be "a" the article; "mr a. khan" is an initial
    word = initials.lower() in ("a", "i")
    if (all(same_case(part) for part in (title, initials, surname)) and not word
            and _is_surname(surname, after=NOT_NAMES_AFTER_TITLE)
            and not _OWNER_BEFORE.search(text[max(0, m.start() - 8) : m.start()])):
        return m.start(), m.end("surname")
    return None


def _at(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """`pattern`'s match whose initials begin at `start`."""
    for m in pattern.finditer(text, max(0, start - 10), start + 40):
        if m.start("initials") == start:
            return m
    return None


def _is_surname(word: str, after: frozenset[str] = frozenset()) -> bool:
    """"Smith", "Green" (a place word that is a surname), "SMITH"; not "The", "Road",
    "appointment", "NHS", "SAID"."""
    if word.isupper():
        if word in _ABBREVIATIONS:
            return False
        after = after | NOT_NAMES_AFTER_TITLE  # "Mrs B SAID": a card typed in capitals
    bare = search_key(re.split(r"['’]", word)[0])
    place = bare in PLACE_WORDS and bare not in PLACE_SURNAMES
    return bare not in NOT_NAMES and bare not in after and not place
