"""A name the guard found in one card holds back the other cards that carry it.

"My PA Gwenllian is wonderful" is caught by its context; "Gwenllian takes me out shopping" has
none, and the same name would reach the wall, the projector and the PDFs. So each word of a
found name is looked for in the other cards as a pasted name to watch for is: a whole word, in
any case, and flagged as a name.

Spread only a word that looks like a name on its own, so that one of the guard's false
readings stays on one card: not a word the guard's lists call everyday English ("Rose", "May",
"Hope"; a surname that is a word, "Green" of "Mrs Green", "Hill" of "J HILL", holds back only
where it is capitalised and said of a person: "Hill never rang me back", not "Green spaces")
or a common lower-case word (name_words.COMMON_WORDS: "me", "act", "olive"),
not one found in lower case, not one from a card typed In Title Case or in capitals ("My Son
Drives Me To Appointments"), not one found only after a title written in full ("Nurse
Practitioner", "Sister Act"), after "A", "I" or "O" read as an initial ("A Whole week") or
after initials as often no one's, with no title or relation word before them (two capitals, or
a letter that is a word, with no full stop: "AJ Okoro", "W Krakowie") unless it is a known
given name, and not an Urdu name that is also a word (حسن "kindness"). "J. Okoro" and "J
Okoro" spread "okoro"; "TV Smith said" spreads "smith", never two capitals with no full stop
("TV", "PM", "UK": as often an abbreviation); nor the everyday words read as a surname after a
letter ("T BAR in the shower", "K FM", "B. Family", "S. Wales", "OT Department";
name_words.EVERYDAY_NOUNS): "Review done by J SMITH" spreads "smith". Nor, where the other
cards are known, a word found only by a lone letter or a joined name ("B. Better food", "Rose
and Memory from the agency") that they write in lower case (name_ordinary_words). Each still
holds back the card it was found in.
Nor the names in a card marked as fine: the facilitator has looked at them. Titles and relation
words never.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate

from wtfc.importing import urdu_names
from wtfc.importing.bare_given_names import SURNAME_WORDS, hyphened_given_name
from wtfc.importing.initialled_names import ambiguous_initials
from wtfc.importing.known_names import (
    EVERYDAY_WORDS,
    NameMatcher,
    known_name_spans,
    name_matcher,
)
from wtfc.importing.name_letters import NEXT_WORD
from wtfc.importing.name_ordinary_words import ordinary_words, weak_word
from wtfc.importing.name_words import (
    ABBREVIATED_TITLES,
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    GIVEN_NAMES,
    GIVEN_NAMES_IN_PLACE_NAMES,
    NOT_NAMES,
    NOT_NAMES_AFTER_TITLE,
    PERSON_VERBS,
    PLACE_SURNAMES,
    PLACE_WORDS,
    RELATION_WORDS,
    TITLES,
)
from wtfc.importing.plain_letters import plain_copy
from wtfc.importing.said_of_a_person import said_of_a_person
from wtfc.importing.words_before import place_head_before, relation_before
from wtfc.model.search_key import search_key
from wtfc.model.workshop import Card, PersonalDetail

_MAX_DETAILS = 100  # the model's limit per card
# A surname's shape no everyday word has: O'Neill, D'Souza, Smith-Jones, McDonald
_SURNAME_SHAPE = re.compile(r"^[A-Z]['’]|\w-\w|^MC[A-Z]{3}", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NOT_SPREAD = (
    EVERYDAY_WORDS
    | PLACE_WORDS
    | PLACE_SURNAMES
    | NOT_NAMES_AFTER_TITLE
    | PERSON_VERBS
    | GIVEN_NAMES_IN_PLACE_NAMES
    | {t.lower() for t in TITLES}
    | {w for r in RELATION_WORDS for w in r.lower().split()}
    | urdu_names.URDU_TITLES
    | urdu_names.URDU_RELATIONS
    | urdu_names.NOT_NAMES
    | COMMON_WORDS
    | EVERYDAY_NOUNS
    # Urdu given names the guard takes only after a relation word: they are also words
    | (urdu_names.GIVEN_NAMES - urdu_names.NAMES_ANYWHERE)
)
# Titles written in full: after them the guard reads any capitalised word as a name, and the
# word is as often a job or a title ("Nurse Practitioner", "Sister Act", "Doctor Foster").
_FULL_TITLES = frozenset(t.lower() for t in TITLES if t not in ABBREVIATED_TITLES)
_SHORT_TITLES = frozenset(t.lower() for t in ABBREVIATED_TITLES)
_ALL_TITLES = frozenset(t.lower() for t in TITLES) | _SHORT_TITLES
_KNOWN_GIVEN_NAMES = GIVEN_NAMES - AMBIGUOUS_GIVEN_NAMES - COMMON_WORDS
# Given names that are words and never spread over other cards ("Sue", "Rose", "Hope"), not
# those as often a verb or a month ("Will", "May", "June"): spread in their own card only
_WORD_NAMES = (AMBIGUOUS_GIVEN_NAMES - NOT_NAMES) & _NOT_SPREAD
# ...and in their own card a verb's or a month's too, said of a person ("Will Smith came late.
# Will is always late"; not "Will it rain?")
_OWN_CARD_WORD_NAMES = _WORD_NAMES | (AMBIGUOUS_GIVEN_NAMES & NOT_NAMES)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_MIN_TITLE_CASE_WORDS = 4  # "Gwenllian Jones visits" is a sentence, not a heading
_TITLE_CASE_SHARE = 0.8  # "Mrs Gwenllian Jones visits" (3 of 4) is still a sentence


def spread_words(
    details: Iterable[PersonalDetail], text: str | None = None
) -> tuple[str, ...]:
    """The words of the names among ``details`` that hold back other cards, in lower case; a
    surname that is a word capitalised ("Green"): it holds back only where said of a person.
    ``text`` is the card they were found in (None: not known); from a card typed In Title Case
    or in capitals only known given names and names after "Mr", "Mrs", "Dr"... spread."""
    return tuple(sorted(_spread_from([(text, details)])))


def _spread_from(
    found: Iterable[tuple[str | None, Iterable[PersonalDetail]]],
    texts: Sequence[str] | None = None,
) -> set[str]:
    """The words that spread from each card's text and the details found in it; ``texts``, the
    import's or workshop's cards, say which words found on weak evidence are ordinary there."""
    words: set[str] = set()
    weak: set[str] = set()  # "B. Better", "Rose and Memory": spread unless ordinary in texts
    weak_at: set[tuple[str, int]] = set()
    # each name once per kind of card: an import finds the same few names on thousands of rows
    seen: set[tuple[str, bool, bool, bool]] = set()
    for text, details in found:
        headed: bool | None = None
        for detail in details:
            if detail.category != "name":
                continue
            if headed is None:
                headed = text is not None and _title_case(text)
            bare = _bare_initials(detail, text)
            found_weakly = None
            if texts is not None and text is not None:
                found_weakly = weak_word(text, detail.start, detail.end)
                if found_weakly is not None:
                    weak_at.add((text, found_weakly[1]))
            if (detail.text, headed, bare, found_weakly is None) not in seen:
                seen.add((detail.text, headed, bare, found_weakly is None))
                named = _name_words(detail.text, headed=headed, bare=bare)
                if found_weakly is None:
                    words |= named
                else:  # a known given name is one however it was found ("Barbara and Jean")
                    words |= named & _KNOWN_GIVEN_NAMES
                    weak |= named - _KNOWN_GIVEN_NAMES
    if weak - words and texts is not None:
        words |= weak - ordinary_words(texts, weak - words, weak_at)
    return words


def spread_in_card(text: str, details: Iterable[PersonalDetail]) -> set[str]:
    """The words of the names among ``details`` that spread over the rest of their own card
    ``text``: as over another card, the card alone saying which weakly found words are ordinary
    ("Rose and Memory from the agency" spreads "memory" unless the card also says "my memory").
    In its own card a surname after a known given name in capitals spreads too ("MARY QUARRIE
    HELPS ME. QUARRIE IS ALWAYS LATE"), which over other cards would be weak evidence."""
    return _spread_from([(text, details)], [text]) | {
        word for d in details if d.category == "name"
        for word in (*_capitals_surnames(d.text), *_word_names(d.text))}


def _word_names(name: str) -> set[str]:
    """A found name's given names that are words, capitalised as a name is ("Sue O'Brien helps
    me. Sue is kind": Sue, SUE): in the name's own card they are hidden where said of a person,
    as a surname that is a word is ("Rose Smith came. Rose bushes need cutting" keeps the
    bushes); over other cards they would hold back every card with the word."""
    keys = {search_key(w) for w in _WORD.findall(name)[:-1]} if " " in name else set()
    return {w for key in keys & _OWN_CARD_WORD_NAMES for w in (key.capitalize(), key.upper())}


def _capitals_surnames(name: str) -> set[str]:
    """The surnames of a name in capitals led by a known given name ("MARY QUARRIE": quarrie;
    a surname that is a word, "WARD", as ``_name_words`` spreads one, where said of a person)."""
    found = _WORD.findall(name)
    if len(found) < 2 or not name.isupper() or search_key(found[0]) not in _KNOWN_GIVEN_NAMES:
        return set()
    keys = (re.sub(r"['’][sS]$", "", w).strip("'’-").casefold() for w in found[1:])
    return {w for key in keys if len(key) > 1 and key not in _NOT_SPREAD
            for w in ((key.capitalize(), key.upper()) if key in SURNAME_WORDS else (key,))}


def _bare_initials(detail: PersonalDetail, text: str | None) -> bool:
    """Whether the name begins with initials as often no one's ("AJ Okoro", "W Krakowie", "DK
    Brown": two capitals, or a letter that is a word, with no full stop) and no title or
    relation word comes before it; with the card's words not known (None), none is taken to.
    "J. Okoro", "J Okoro" and "W Nowak rang" are a name's initials: their surname spreads."""
    first = _WORD.match(detail.text)
    if first is None or not first.group().isupper() or not ambiguous_initials(first.group()):
        return False
    if detail.text[first.end() : first.end() + 1] == ".":
        return False  # "W. Nowak", "A.J. Okoro"
    if first.group().lower() in _ALL_TITLES or len(_WORD.findall(detail.text)) < 2:
        return False  # "MR JONES", "MS SMITH"
    if text is None:
        return True
    following = NEXT_WORD.match(text, detail.end)
    if following is not None and search_key(following[1]) in PERSON_VERBS:
        return False  # "W Nowak rang": a person
    return not relation_before(text[max(0, detail.start - 30) : detail.start])


def _name_words(name: str, *, headed: bool, bare: bool = False) -> set[str]:
    """The words of one found name that may spread; ``headed``: found in a Title Case card;
    ``bare``: found by initials alone, with no title or relation word before them."""
    found = [m.group() for m in _WORD.finditer(name)]
    first = found[0].lower() if len(found) > 1 else ""
    # "Mrs Day", "mrs smith", "MR JONES": the short title is what says a name follows, in any
    # case; after "Nurse" or "Sister" a capitalised word is as often a job or a film
    titled, after_full_title = first in _SHORT_TITLES, first in _FULL_TITLES
    # "A Whole week", "A. Nothing": after "A", "I" or "O" the word is as often an everyday one,
    # and after ambiguous initials alone ("W Krakowie", "KP Nuts") a place's or a brand's;
    # a second initial says they are a name's ("A.J. Okoro")
    second_initial = len(found) > 2 and len(found[1]) == 1 and found[1].isupper()
    after_word_letter = bare or (first in ("a", "i", "o") and not second_initial)
    # "TV Smith said", "AJ Okoro": two capitals with no full stop are as often an abbreviation
    # as initials, and spread they would hold back every card with "TV", "PM" or "UK" in it
    lead = _WORD.match(name)
    letters = (lead is not None and len(found) > 1 and lead.group().isupper()
               and ambiguous_initials(lead.group()) and name[lead.end() : lead.end() + 1] != ".")
    words = set()
    for raw in found[1:] if letters else found:
        word = re.sub(r"['’][sS]$", "", raw).strip("'’-")
        key = word.casefold()
        # A known given name spreads however it was found. Found in lower case without a short
        # title, it came from the names to watch for (looked for in every card anyway) or from
        # an earlier spread ("act", "me" in a file saved before this rule): not spread again.
        # Arabic script has no case.
        weak = after_full_title or after_word_letter or (
            not titled and (headed or word[0].islower()))
        if key in SURNAME_WORDS:  # "Hill" of "J HILL": capitalised, and said of a person
            if not weak:
                words |= {key.capitalize(), key.upper()}  # "HILL NEVER RANG" too
            continue
        # Arabic keyboards type some Urdu letters otherwise ("حسين" is "حسین")
        if len(key) < 2 or {key, urdu_names.fold(key)} & _NOT_SPREAD:
            continue
        if key in _KNOWN_GIVEN_NAMES or hyphened_given_name(key) or not weak:
            words.add(key)
    return words


def _title_case(text: str) -> bool:
    """Whether most of the card's words are capitalised (Title Case or ALL CAPS), where the
    guard's reading of a capitalised word as a name is weakest."""
    found = [w for w in _LATIN_WORD.findall(text) if w not in ("I", "I'm", "I’m")]
    if len(found) < _MIN_TITLE_CASE_WORDS:
        return False
    capitalised = sum(1 for w in found if w[0].isupper())
    return capitalised >= _TITLE_CASE_SHARE * len(found)


def names_not_looked_at(card: Card, found: Sequence[PersonalDetail] | None = None) -> list[
    PersonalDetail
]:
    """The names in ``found`` (the card's stored details when None) that may spread: all of them
    while the card is held back; in a card marked as fine, only those not marked."""
    found = card.personal_details if found is None else found
    if not card.details_cleared:
        return [d for d in found if d.category == "name"]
    marked = {(d.category, d.text.casefold()) for d in card.personal_details}
    return [d for d in found if d.category == "name" and ("name", d.text.casefold()) not in marked]


def with_names_found_elsewhere(
    text: str, details: list[PersonalDetail], words: NameMatcher,
    said: Callable[[str, int, int], bool] = said_of_a_person,
) -> list[PersonalDetail]:
    """``details`` and, as names, the words of ``words`` that ``text`` carries elsewhere than in
    them; ``details`` itself when there are none. A word that is also an everyday word counts
    where ``said(text, start, end)`` says a person."""
    copy = plain_copy(text)  # read as the guard reads it: a no-break space hides nothing
    spans = known_name_spans(copy.text if copy else text, words, said)
    if copy is not None:
        spans = [copy.span(a, b) for a, b in spans]
    # which details start before a span ends, and the furthest end among them: a span meets
    # one iff that end passes its start (a look-up each, not a scan: long cards find thousands)
    ordered = sorted(details, key=lambda d: d.start)
    starts, ends = [d.start for d in ordered], list(accumulate((d.end for d in ordered), max))
    added = [
        PersonalDetail(start=a, end=b, category="name", text=text[a:b][:300])
        for a, b in spans
        if ((at := bisect_left(starts, b)) == 0 or ends[at - 1] <= a)
        and not _names_a_place(text, a, b)
        and (text[a:b].lower() not in SURNAME_WORDS | _OWN_CARD_WORD_NAMES or said(text, a, b))
    ]
    if not added:
        return details
    return sorted([*details, *added], key=lambda d: (d.start, d.end))[:_MAX_DETAILS]


def _names_a_place(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` is part of a place's name, as the guard reads a given name
    there: "St Mary's", "Capel Mair", "Ellis Court" (a found Mary or Ellis is still flagged
    elsewhere)."""
    after = _PLACE_AFTER.match(text, end)
    return place_head_before(text, start) or _SAINT_BEFORE.search(
        text[max(0, start - 4) : start]) is not None or (
        after is not None and after.group(1).lower() in PLACE_WORDS
    )


_SAINT_BEFORE = re.compile(r"\bSt\.? $")
_PLACE_AFTER = re.compile(r"(?:['’]s)?[ \t]+([A-Z][a-z]+)\b")


def spread_over(
    cards: Sequence[Card], findings: Mapping[str, list[PersonalDetail]]
) -> dict[str, list[PersonalDetail]]:
    """``findings`` (card id → what a check found in it) with the names found in any card, or
    still holding one back, flagged in every card that carries them."""
    sources: list[tuple[str | None, list[PersonalDetail]]] = []
    for card in cards:
        sources.append((card.text, names_not_looked_at(card)))
        if card.id in findings:
            sources.append((card.text, names_not_looked_at(card, findings[card.id])))
    words = _spread_from(sources, [card.text for card in cards])
    if not words:
        return dict(findings)
    matcher = name_matcher(words)
    return {
        card.id: with_names_found_elsewhere(card.text, findings[card.id], matcher)
        for card in cards
        if card.id in findings
    }


def cards_also_held_back(
    cards: Iterable[Card], found: Iterable[PersonalDetail], text: str | None = None
) -> dict[str, list[PersonalDetail]]:
    """The ``cards`` that carry a word of a name in ``found`` (found in another card, whose
    words are ``text`` when known), each with its details and that word: what a new or edited
    card's names do to the others."""
    cards = list(cards)
    texts = [c.text for c in cards] + ([text] if text is not None else [])
    return _held_back_by(cards, _spread_from([(text, found)], texts))


def _held_back_by(cards: Iterable[Card], words: Iterable[str]) -> dict[str, list[PersonalDetail]]:
    words = tuple(sorted(words))
    if not words:
        return {}
    matcher = name_matcher(words)
    held: dict[str, list[PersonalDetail]] = {}
    for card in cards:
        details = with_names_found_elsewhere(card.text, card.personal_details, matcher)
        if details is not card.personal_details:
            held[card.id] = details
    return held


def watched_and_found_names(names: Iterable[str], cards: Iterable[Card]) -> tuple[str, ...]:
    """The names to watch for and the words of the names still holding back a card: what a
    card typed in the app is checked against (an edited card's own too: new words that keep
    its name stay held back, however the name is now put)."""
    cards = list(cards)
    found = ((c.text, names_not_looked_at(c)) for c in cards)
    spread = sorted(_spread_from(found, [c.text for c in cards]))
    return (*names, *(SpreadSurname(w) if w[:1].isupper() else w for w in spread))


class SpreadSurname(str):
    """A surname that is a word, spread from a card ("Green" of "Mrs Green"): a name only where
    capitalised and said of a person, unlike a pasted name, flagged wherever it is."""

    __slots__ = ()


def spread_in_import(
    cards: Sequence[Card], workshop_cards: Sequence[Card]
) -> tuple[list[Card], dict[str, list[PersonalDetail]]]:
    """An import's ``cards`` with the names found in any of them, or holding back a card
    already in the workshop, flagged where they carry them; and the workshop's cards that carry
    a name found in the import (card id → its details with that name added)."""
    if not cards:  # every row a repeat or left out: no name of its own to spread (~2 s of 100,000)
        return [], {}
    found = [(c.text, c.personal_details) for c in cards if c.personal_details]
    texts = [c.text for c in (*cards, *workshop_cards)]
    words = _spread_from(
        [*found, *((c.text, names_not_looked_at(c)) for c in workshop_cards)], texts)
    if not words:
        return list(cards), {}
    matcher = name_matcher(words)
    spread = []
    by_text: dict[str, list[PersonalDetail] | None] = {}  # the same words: the same details
    for card in cards:
        if card.text not in by_text:
            details = with_names_found_elsewhere(card.text, card.personal_details, matcher)
            by_text[card.text] = None if details is card.personal_details else details
        if (added := by_text[card.text]) is not None:
            card = card.model_copy(update={"personal_details": list(added)})
        spread.append(card)
    if not workshop_cards:
        return spread, {}
    return spread, _held_back_by(workshop_cards, _spread_from(found, texts))
