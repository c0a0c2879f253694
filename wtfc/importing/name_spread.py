"""A name the guard found in one card holds back the other cards that carry it.

"My PA Gwenllian is wonderful" is caught by its context; "Gwenllian takes me out shopping" has
none, and the same name would reach the wall, the projector and the PDFs. So each word of a
found name is looked for in the other cards as a pasted name to watch for is: a whole word, in
any case, and flagged as a name.

Not spread: titles, relation words, and words the guard's lists call everyday English ("Rose",
"May", "Hope", "Green", "Long"). After "my carer" such a word is a name; elsewhere it is far
more often a word ("I hope", "the rose garden"), and it still holds back the card it was found
in. Nor the names in a card marked as fine: the facilitator has looked at them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from wtfc.importing import urdu_names
from wtfc.importing.known_names import EVERYDAY_WORDS, NameMatcher, known_name_spans, name_matcher
from wtfc.importing.name_words import (
    GIVEN_NAMES_IN_PLACE_NAMES,
    NOT_NAMES_AFTER_TITLE,
    PERSON_VERBS,
    PLACE_SURNAMES,
    PLACE_WORDS,
    RELATION_WORDS,
    TITLES,
)
from wtfc.importing.plain_letters import plain_copy
from wtfc.model.workshop import Card, PersonalDetail

_MAX_DETAILS = 100  # the model's limit per card
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
)


def spread_words(details: Iterable[PersonalDetail]) -> tuple[str, ...]:
    """The words of the names among ``details`` that hold back other cards, in lower case."""
    words: set[str] = set()
    # each name once: an import finds the same few names on thousands of rows
    for name in {d.text for d in details if d.category == "name"}:
        for m in _WORD.finditer(name):
            word = re.sub(r"['’]s$", "", m.group()).strip("'’-").casefold()
            if len(word) >= 2 and word not in _NOT_SPREAD:
                words.add(word)
    return tuple(sorted(words))


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
    text: str, details: list[PersonalDetail], words: NameMatcher
) -> list[PersonalDetail]:
    """``details`` and, as names, the words of ``words`` that ``text`` carries elsewhere than in
    them; ``details`` itself when there are none."""
    copy = plain_copy(text)  # read as the guard reads it: a no-break space hides nothing
    spans = known_name_spans(copy.text if copy else text, words)
    if copy is not None:
        spans = [copy.span(a, b) for a, b in spans]
    added = [
        PersonalDetail(start=a, end=b, category="name", text=text[a:b][:300])
        for a, b in spans
        if all(b <= d.start or a >= d.end for d in details) and not _names_a_place(text, a, b)
    ]
    if not added:
        return details
    return sorted([*details, *added], key=lambda d: (d.start, d.end))[:_MAX_DETAILS]


def _names_a_place(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` is part of a place's name, as the guard reads a given name
    there: "St Mary's", "Ellis Court" (a found Mary or Ellis is still flagged elsewhere)."""
    after = _PLACE_AFTER.match(text, end)
    return _SAINT_BEFORE.search(text[max(0, start - 4) : start]) is not None or (
        after is not None and after.group(1).lower() in PLACE_WORDS
    )


_SAINT_BEFORE = re.compile(r"\bSt\.? $")
_PLACE_AFTER = re.compile(r"(?:['’]s)?[ \t]+([A-Z][a-z]+)\b")


def spread_over(
    cards: Sequence[Card], findings: Mapping[str, list[PersonalDetail]]
) -> dict[str, list[PersonalDetail]]:
    """``findings`` (card id → what a check found in it) with the names found in any card, or
    still holding one back, flagged in every card that carries them."""
    sources: list[PersonalDetail] = []
    for card in cards:
        sources += names_not_looked_at(card)
        if card.id in findings:
            sources += names_not_looked_at(card, findings[card.id])
    words = spread_words(sources)
    if not words:
        return dict(findings)
    matcher = name_matcher(words)
    return {
        card.id: with_names_found_elsewhere(card.text, findings[card.id], matcher)
        for card in cards
        if card.id in findings
    }


def cards_also_held_back(
    cards: Iterable[Card], found: Iterable[PersonalDetail]
) -> dict[str, list[PersonalDetail]]:
    """The ``cards`` that carry a word of a name in ``found`` (found in another card), each with
    its details and that word: what a new or edited card's names do to the others."""
    words = spread_words(found)
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
    found = (d for c in cards for d in names_not_looked_at(c))
    return (*names, *spread_words(found))


def spread_in_import(
    cards: Sequence[Card], workshop_cards: Sequence[Card]
) -> tuple[list[Card], dict[str, list[PersonalDetail]]]:
    """An import's ``cards`` with the names found in any of them, or holding back a card
    already in the workshop, flagged where they carry them; and the workshop's cards that carry
    a name found in the import (card id → its details with that name added)."""
    found = [d for card in cards for d in card.personal_details if d.category == "name"]
    words = spread_words([*found, *(d for c in workshop_cards for d in names_not_looked_at(c))])
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
    return spread, cards_also_held_back(workshop_cards, found) if workshop_cards else {}
