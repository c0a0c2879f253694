"""The method's "top two" per person: Collect gathers "the two top things that are working and
not working for each person, and what they want for the future" (TLAP, step 2). One person's
whole review typed in as eight cards of one kind counts eight times towards that kind's themes,
their chart and the priorities.

Only ever said, never refused nor dropped: the facilitator may have good reason (two people's
reviews under one code, a review that really names three things). The import's report,
``wtfc check`` and Collect name the people with more than two cards of one kind; the card
dialog says it when a card is about to be the third.

Held-back cards are counted: a card held back for possible personal details is still one of
the person's statements, counted in "8 cards added" and on Collect, and goes up on the wall
once redacted or marked as fine. Cards with no person code are not: they are no one's.
Future cards are held to two as well: TLAP numbers only working and not working, but taking
each person's top two for the future too is common practice (research/wtfc-domain.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

from wtfc.model.operations.people import code_key
from wtfc.model.workshop import Card, Kind

TOP = 2
_LISTED = 8  # people named in the note when many are; the rest are counted
_NAMED = 3  # people Collect's one-line note names; past that, two and "and 10 more"
_METHOD = "the method takes each person's top two"
_KINDS = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)

KindCounts = Counter[tuple[str, Kind]]


def kind_counts(cards: Iterable[Card]) -> KindCounts:
    """(person code, kind) → how many cards; cards with no person are left out."""
    return Counter((card.person, card.kind) for card in cards if card.person)


def _kind_words(kind: Kind) -> str:
    return kind.label.lower()  # "not working", as the note quotes it


def over_top_two(
    counts: KindCounts, *, among: Collection[tuple[str, Kind]] | None = None
) -> dict[str, dict[Kind, int]]:
    """Each person with more than two cards of a kind → those kinds and their counts, the
    person with the most cards of one kind first (then by code: P2 before P10). ``among``:
    only these (person, kind) pairs, such as those an import added cards to."""
    over: dict[str, dict[Kind, int]] = {}
    for (person, kind), count in counts.items():
        if count > TOP and (among is None or (person, kind) in among):
            over.setdefault(person, {})[kind] = count
    for person, kinds in over.items():
        over[person] = {kind: kinds[kind] for kind in _KINDS if kind in kinds}
    return dict(sorted(over.items(), key=lambda item: (-max(item[1].values()), code_key(item[0]))))


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def top_two_note(counts: KindCounts, *, among: Collection[tuple[str, Kind]] | None = None) -> str:
    """Who has more than two cards of one kind, in a sentence ("" when nobody): each person
    said once, "P1 has 6 'not working' cards; the method takes each person's top two.", or
    "5 people have more than two cards of one kind: P1 (6 not working), …" when several do."""
    over = over_top_two(counts, among=among)
    if not over:
        return ""
    if len(over) == 1:
        person, kinds = next(iter(over.items()))
        said = _and([f"{count:,} '{_kind_words(kind)}'" for kind, count in kinds.items()])
        return f"{person} has {said} cards; {_METHOD}."
    listed = [
        f"{person} ({', '.join(f'{n:,} {_kind_words(k)}' for k, n in kinds.items())})"
        for person, kinds in list(over.items())[:_LISTED]
    ]
    if len(over) > _LISTED:
        listed.append(f"{len(over) - _LISTED:,} more")
    return f"{len(over):,} people have more than two cards of one kind: {_and(listed)}; {_METHOD}."


def top_two_line(counts: KindCounts) -> str:
    """``top_two_note`` short enough for one line over Collect's table ("" when nobody): one
    person with their counts as there, else at most three codes, "P01, P04 and 10 more have
    more than two cards of one kind; the method takes each person's top two." The line's
    tooltip gives the whole note; the import's report and ``wtfc check`` say it in full."""
    over = over_top_two(counts)
    if len(over) <= 1:
        return top_two_note(counts)
    codes = list(over)
    named = codes if len(codes) <= _NAMED else [*codes[:2], f"{len(codes) - 2:,} more"]
    return f"{_and(named)} have more than two cards of one kind; {_METHOD}."


def third_card_note(counts: KindCounts, person: str, kind: Kind) -> str:
    """Said as a card of ``kind`` is added for ``person`` who has two or more already ("" when
    not): "P1 already has 2 'not working' cards; the method takes each person's top two."."""
    have = counts.get((person, kind), 0) if person else 0
    if have < TOP:
        return ""
    return f"{person} already has {have:,} '{_kind_words(kind)}' cards; {_METHOD}."
