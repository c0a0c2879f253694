"""How big a theme is, one rule for the room and every export: every card in the theme is
counted, held back by the personal-detail guard or not (a held-back card is still something a
person said: only its words are withheld), and its people are the different person codes on
those cards. Where some cards' words are not shown, the words beside the number say how many,
as the boards do ("4 cards, 2 not shown"). A count shows no name, so counting a held-back
card's person tells no one who it is.

The room's Choose priorities board ranked a theme by everyone on its cards while the report,
posters, letter and data export counted only the cards they could show: the theme the room saw
as biggest came second in the report. Both now read these counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wtfc.model.counting import count_phrase
from wtfc.model.workshop import Card, Theme


@dataclass(frozen=True)
class ThemeCounts:
    cards: int  # every card in the theme, held back or not
    people: int  # different person codes on those cards: a card with none is no one counted
    unrecorded: int  # of the cards, those with no person recorded
    not_shown: int  # of the cards, those held back: their words are not shown


def theme_counts(theme: Theme, card: Callable[[str], Card | None]) -> ThemeCounts:
    """``card``: a card by its id (None for an id no card has: not counted)."""
    cards = [c for c in (card(cid) for cid in theme.card_ids) if c is not None]
    return counts_of(cards)


def counts_of(cards: Iterable[Card]) -> ThemeCounts:
    cards = list(cards)
    return ThemeCounts(len(cards), len({c.person for c in cards if c.person}),
                       sum(1 for c in cards if not c.person),
                       sum(1 for c in cards if c.held_back))


def count_words(counts: ThemeCounts, *, unrecorded: bool = False) -> str:
    """A theme's size in words, people first as the report's chart, the room and the letter
    rank it: "7 people (10 cards)", "4 people (4 cards, 2 not shown)", "no person recorded
    (3 cards)" (never "0 people" beside cards someone said), "no cards" for an empty theme.
    ``unrecorded``: say too how many cards have no person recorded where some do
    ("3 people (5 cards, 2 with no person recorded)")."""
    if not counts.cards:
        return "no cards"
    who = (count_phrase(counts.people, "person", "people") if counts.people
           else "no person recorded")
    said = [count_phrase(counts.cards, "card")]
    if unrecorded and counts.unrecorded and counts.people:
        said.append(f"{counts.unrecorded:,} with no person recorded")
    if counts.not_shown:
        said.append(f"{counts.not_shown:,} not shown")
    return f"{who} ({', '.join(said)})"


def cards_from_people(counts: ThemeCounts) -> str:
    """ "6 cards from 4 people", as the Collect page and a report's theme count them, with the
    cards whose words are not shown said as the room says them: "6 cards (1 not shown) from
    4 people"; "3 cards, no person recorded"; "3 cards from 2 people, 1 with no person
    recorded", so no count says more people than are recorded."""
    said = count_phrase(counts.cards, "card")
    if counts.not_shown:
        said += f" ({counts.not_shown:,} not shown)"
    if not counts.cards:
        return said
    if counts.unrecorded == counts.cards:
        return f"{said}, no person recorded"
    tail = f", {counts.unrecorded:,} with no person recorded" if counts.unrecorded else ""
    return f"{said} from {count_phrase(counts.people, 'person', 'people')}{tail}"


def people_figure(people: int, unrecorded: int) -> str:
    """The People figure, on the board, the projector and the report's priorities table: the
    people recorded, "4*" when some of the theme's cards have no person recorded, "—" when
    none of them has (never "0" beside cards someone said). Words did not fit the column at
    150% scaling: the tooltip and a screen reader say them; ``people_key`` says what the marks
    mean."""
    if not unrecorded:
        return f"{people:,}"
    return f"{people:,}*" if people else "—"


def people_key(figures: list[str]) -> str:
    """The line saying what "*" and "—" in the People column mean ("" when neither is shown),
    so they read as people not recorded, not as no one."""
    marks = [words for mark, words in (
        ("*", "* some cards have no person recorded"),
        ("—", "— no card has a person recorded"))
        if any(figure.endswith(mark) for figure in figures)]
    return f"People counts recorded people only: {'; '.join(marks)}." if marks else ""
