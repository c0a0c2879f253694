"""The names joined to a name the guard found: "Carers: Linda and June", "Gwenllian and Bethan
are my carers", "CARER: J SMITH, K JONES". What is said of one is said of both, so both are
redacted; a card showing "[name] and June" invites Redact with the carer's name still on it.

A word joined to a found name is taken only where it is a known given name, has an initial
("K JONES"), or a role is said of the whole list ("… are my carers", "Carers: …"): "Mrs Smith
and Tesco were helpful" and "Dr Patel and Boots pharmacy" keep the shop's name, which would
otherwise spread to every "Tesco delivers my food" card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wtfc.importing.bare_given_names import care_role_after, month_in_a_date

# the capitals rules' own test of a surname after a given name (private there; one rule)
from wtfc.importing.capital_names import _surname_end as capitals_surname_end
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    GIVEN_NAMES,
    NOT_NAMES,
    ORDINARY_WORDS,
    PLACE_WORDS,
    RELATION_WORDS,
    TITLES,
)
from wtfc.model.search_key import search_key

_JOIN = r"(?:[ \t]+(?:and|&|or|AND|OR)[ \t]+|,[ \t]*|[ \t]*[+/][ \t]*)"  # "Sue + Linda"
_WORD = r"(?:[A-Z]\.?[ \t]+)?[A-Z][\w'’-]*"  # "Linda", "K JONES", "K. Jones"
# A name in a list ends where the list or the sentence goes on: not "Boots pharmacy"
_ENDS = (r"(?=[ \t]*(?:$|[.,;:!?)]|[ \t](?:and|or|are|were|is|was|from|never|came|AND|OR|ARE"
         r"|WERE|IS|WAS|FROM|NEVER|CAME)\b))")
_JOINED_AFTER = re.compile(rf"{_JOIN}({_WORD}){_ENDS}")
_JOINED_BEFORE = re.compile(rf"(?:^|(?<=[\s:,(]))({_WORD})(?<!['’][sS]){_JOIN}$")
_RELATIONS = "|".join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True))
# "Carers: Linda and June", "My carers are June and Linda"
_ROLE_BEFORE = re.compile(rf"\b(?i:{_RELATIONS})(?i:s)?(?::|[ \t]+(?i:are|were))[ \t]*$")
# "… are the best carers", "… were my carers", "… ARE THE BEST CARERS"
_ROLE_AFTER = re.compile(
    rf"[ \t]+(?i:are|were)[ \t]+(?i:the|my|our)[ \t]+(?:\w+[ \t]+)?(?i:{_RELATIONS})(?i:s)?\b")
# What is said only of people, after a given name and another: "Caroline and Lee were kind"
# (not "helpful" or "great", which a shop is as often: "Sarah and Tesco were great")
_PEOPLE_AFTER = re.compile(
    r"[ \t]+(?i:are|were)[ \t]+(?:(?i:so|very|always|really)[ \t]+)?"
    r"(?i:kind|caring|lovely|friendly|polite|rude|gentle|patient|wonderful|angels)\b")
# "Sue, Linda and Pat": the rest of a list after one of its names
_REST_OF_LIST = re.compile(rf"(?:{_JOIN}{_WORD})*")
# A full name in mixed case joined by "and" to a full name found: "Grace Long and Ann Lee met
# the provider" printed "Grace Long and [name] met…" (review 33 R9 S1); a given name and a
# capitalised word, but not a place's or a day's ("May Day", "Grace Church", "Rose Court")
# (or in capitals, "GRACE LONG AND ANN LEE MET"); joined by a list's comma or "with" too:
# "Grace Long, Ann Lee and Mary Shaw met…", "Grace Long with Ann Lee met…" (review 33 A9 R2)
_FULL = r"(?:[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+|[A-Z][A-Z'’-]+[ \t]+[A-Z][A-Z'’-]+)"
_AND = r"(?:[ \t]+(?:and|&|with|AND|WITH)[ \t]+|,[ \t]*)"
# in mixed case a third capitalised word makes a place ("Mark Twain Road"); in capitals every
# word is one, so the capitals surname test says instead ("MARY SHAW AND BILL PAYNE CAME" kept
# BILL PAYNE whole: review 34 A10 S2)
_FULL_AFTER = re.compile(rf"{_AND}({_FULL})(?![\w'’-]|[ \t]+[A-Z][a-z])")
_FULL_BEFORE = re.compile(rf"(?:^|(?<=[\s:,(]))({_FULL}){_AND}$")
# what people do together after a given name alone: "Grace Long and Ann met the provider",
# "I MET GRACE LONG AND ANN AT THE SHOP" (A10 S2)
_MET = re.compile(r"[ \t]+(?i:met|came|visited|spoke|went|attended|joined|at|to|on)\b")
# "I go to Holly Lodge with Ann Lee", "THE ROSE GARDEN AND ANN LEE": after where one goes or
# stays, or after an article, a pair is a place's or a thing's name (A10 R2)
_PLACE_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?i:at|in|into|near)|(?i:go|goes|going|went|gone|moved?|moving|get|got"
    r"|come|came|coming|taken|took|drive|drove|walk|walked)[ \t]+(?i:to))[ \t]+$")
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?i:the|a|an)[ \t]+$")
# "MUM MAY STAY WITH ANN LEE": after who does it, WILL or MAY is the helper, not a given name
_WORD_BEFORE = re.compile(r"(?<![^\W\d_'’])([^\W\d_]+)[ \t]+$")
_SUBJECTS = frozenset(RELATION_WORDS) | {
    "i", "we", "they", "she", "he", "you", "it", "who", "nan", "gran", "grandad", "grandma"}
# the place words that are common surnames too ("Hope Green", "Pat Hall") stay names here
_NOT_A_SURNAME = (PLACE_WORDS - {
    "green", "hall", "hill", "lane", "ward", "park", "house", "way", "walk", "gate", "croft",
    "lodge", "row", "vale", "grove"}) | {
    "day", "eve", "bank", "holiday", "station", "services", "care", "team", "trust", "council",
    "group"}
# Of the place words, those that are common surnames: after where one goes, joined by "and" to
# a person such a pair is a person ("I went to Pat Hall and Ann Lee for help": code review A13
# S3); with "with" or in a list it stays a home ("I go to Holly Lodge with Ann Lee")
_COMMON_SURNAMES = frozenset({"green", "hall", "hill", "lane", "ward", "park"})
_NOT_JOINED = {t.lower() for t in TITLES} | {
    "i", "the", "my", "our", "me", "we", "they", "she", "he", "you", "mum", "dad", "carers",
    "carer"}


# Two full names joined, neither found, where what people do together follows: "Grace Long
# and Hope Green met the provider" went to the letter whole, a word-name and a surname that is
# a word each (review 34 A10 S5)
_PAIR = re.compile(rf"(?:^|(?<=[\s:,(]))({_FULL})[ \t]+(?:and|&|with|AND|WITH)[ \t]+({_FULL})"
                   rf"(?={_MET.pattern})")


def paired_full_names(text: str) -> list[tuple[int, int]]:
    """The spans of two full names joined by "and", "&" or "with" before what people do
    together ("met", "came", "visited"…), where each is a given name and a surname that is
    neither a place's nor a day's ("Rose Court and Holly Lodge", "May Day") and one at least
    no place's word at all; after an article or where one goes, a pair is a place's."""
    if " and " not in text and " with " not in text and "&" not in text \
            and " AND " not in text and " WITH " not in text:
        return []
    spans: list[tuple[int, int]] = []
    for m in _PAIR.finditer(text):
        if m[1].isupper() != m[2].isupper():
            continue
        pairs = [[search_key(w) for w in m[n].split()] for n in (1, 2)]
        if any(given not in GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES or surname in _NOT_A_SURNAME
               or surname in NOT_NAMES for given, surname in pairs) or all(
                surname in PLACE_WORDS for _, surname in pairs):
            continue
        before = text[max(0, m.start() - 20):m.start()]
        if _ARTICLE_BEFORE.search(before) or _PLACE_BEFORE.search(before) or any(
                m[n].isupper() and capitals_surname_end(text, m.start(n) + len(m[n].split()[0]))
                != m.end(n) for n in (1, 2)):
            continue
        spans += [m.span(1), m.span(2)]
    return spans


def joined_names(text: str, names: Sequence[tuple[int, int]],
                 taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the words joined by "and", "&", "or" or a comma to the found `names`
    (spans), none overlapping `taken` (every finding's span); each found one is asked again,
    so a whole list is taken: "Linda, Gwenllian and Pat are the best carers"."""
    if " and " not in text and "," not in text and " or " not in text and "&" not in text \
            and " AND " not in text and " OR " not in text and "+" not in text and "/" not in text \
            and " with " not in text and " WITH " not in text:
        return []
    taken = list(taken)
    added: list[tuple[int, int]] = []
    todo = list(names)
    while todo:
        start, end = todo.pop()
        shouted = text[start:end].isupper()
        for full in _full_names_joined(text, start, end):
            if not any(x < full[1] and full[0] < y for x, y in taken):
                added.append(full)
                taken.append(full)
                todo.append(full)
        for m in (_JOINED_AFTER.match(text, end),
                  _JOINED_BEFORE.search(text, max(0, start - 40), start)):
            if m is None:
                continue
            a, b = m.span(1)
            # "Thanks, Linda is my carer": before a name a comma joins only what is a name
            list_only = a < start and "," in text[b:start]
            given = search_key(text[start:end]) in GIVEN_NAMES
            if any(x < b and a < y for x, y in taken) or not _is_joined_name(
                    text, (a, b), shouted, (min(a, start), max(b, end)), list_only=list_only,
                    given=given):
                continue
            added.append((a, b))
            taken.append((a, b))
            todo.append((a, b))
    return added


def _full_names_joined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A given name and a capitalised surname joined by "and" to the full name found at
    ``start``-``end`` ("Grace Long and Ann Lee", "MARY SHAW AND BILL PAYNE CAME"): both are
    names when one is, each side in its own case; in capitals the surname as the capitals
    rules take one."""
    found = text[start:end]
    alone = search_key(found) in GIVEN_NAMES and _MET.match(text, end) is not None
    if re.fullmatch(_FULL, found) is None and not alone:
        return []
    spans = []
    for m in (None if alone else _FULL_AFTER.match(text, end),
              _FULL_BEFORE.search(text, max(0, start - 60), start)):
        # each side in its own case: "GRACE LONG and Ann Lee met…" (A10 S5)
        if m is None:
            continue
        given, surname = (search_key(w) for w in m[1].split())
        if given not in GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES or surname in _NOT_A_SURNAME \
                or surname in NOT_NAMES:
            continue
        if m[1].isupper() and capitals_surname_end(text, m.start(1) + len(m[1].split()[0])) \
                != m.end(1):
            continue  # "SUE, ANN LEE AND BOB CAME", "MARY SHAW AND BILL PAYNE ROAD"
        before = text[max(0, m.start(1) - 20):m.start(1)]
        if _ARTICLE_BEFORE.search(before) or (
                surname in PLACE_WORDS and _PLACE_BEFORE.search(before)
                and (surname not in _COMMON_SURNAMES or not _joined_by_and(m))) or (
                given in ("will", "may") and (w := _WORD_BEFORE.search(before)) is not None
                and search_key(w[1]) in _SUBJECTS):
            continue
        spans.append(m.span(1))
    return spans


def _joined_by_and(m: re.Match[str]) -> bool:
    """Whether the full name ``m[1]`` is joined to the found one by "and" or "&"."""
    join = m[0][:m.start(1) - m.start()] + m[0][m.end(1) - m.start():]
    return join.strip().casefold() in ("and", "&")


def _is_joined_name(text: str, span: tuple[int, int], shouted: bool, pair: tuple[int, int], *,
                    list_only: bool, given: bool) -> bool:
    a, b = span
    word = text[a:b]
    key = search_key(word.split()[-1])
    if (key in _NOT_JOINED or (key in NOT_NAMES and key not in AMBIGUOUS_GIVEN_NAMES)
            or word.isupper() != shouted or month_in_a_date(text, b, word.split()[-1])):
        return False
    if (key in GIVEN_NAMES and not shouted) or _initialled(word, shouted):
        return True  # a known given name; "K JONES": an initial and a surname
    if shouted and (key in GIVEN_NAMES or key in _SHOUTED_WORD_NAMES):
        return True  # "THANKS TO MARK AND SUE": in capitals no capital marks the name
    if list_only or _named_after_an_article(text, a):
        return False  # "I WALKED IN THE ROSE GARDEN AND ANN LEE CAME": a place's (docs D1)
    first, last = pair
    rest = _REST_OF_LIST.match(text, last)
    list_end = rest.end() if rest else last
    return (care_role_after(text, list_end) or _ROLE_AFTER.match(text, list_end) is not None
            or _ROLE_BEFORE.search(text, max(0, first - 30), first) is not None
            # a name no list knows beside a given name, both kind: not an everyday word
            or (given and _PEOPLE_AFTER.match(text, list_end) is not None
                and key not in ORDINARY_WORDS | COMMON_WORDS | EVERYDAY_NOUNS))


_CAPITAL_WORD_BEFORE = re.compile(r"(?<![^\s:,(])[A-Z][\w'’-]*[ \t]+$")


def _named_after_an_article(text: str, start: int) -> bool:
    """Whether the word at ``start`` ends a name after "the" or "a" ("THE ROSE GARDEN", "the
    Old Mill"): a place's or a thing's name, whatever is said after the list."""
    for _ in range(3):
        before = text[max(0, start - 30):start]
        if _ARTICLE_BEFORE.search(before):
            return True
        word = _CAPITAL_WORD_BEFORE.search(before)
        if word is None:
            return False
        start -= len(word[0])
    return False


# Given names that are words, joined to a name in capitals at a list's end ("MARY AND SUE.",
# "MARK AND ROSE ARE …"); not the verbs that end a sentence as often ("MARY AND I WILL.")
_SHOUTED_WORD_NAMES = AMBIGUOUS_GIVEN_NAMES - {"will", "may"}


def _initialled(word: str, shouted: bool) -> bool:
    """"K JONES", "K. Jones": an initial before the surname; not "A Team" or "I Ward" unless
    the letter has its full stop."""
    parts = word.split()
    return len(parts) > 1 and (parts[0].endswith(".") or (shouted and parts[0] not in "AIO"))
