"""A theme poster's cards, in people's own words: every card when the sheet has room for them.

The cards have their own column. When they do not all fit there, they carry on, under "More in
their own words", in the room the causes and success statements leave below them, then in the
room under the actions: a theme printed before anything is agreed has little else to show, and
its poster should not leave two columns empty while saying "A selection". Only when even that
room cannot hold them all is the poster a selection (one card per person first), with a note.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from wtfc.export.blocks import Column, Gap, Quote, largest_size
from wtfc.export.text import Text, TextStyle
from wtfc.model.workshop import Card

OWN_SIZES = (22, 20, 18, 17, 16)  # the cards in their own column, as before any carry on
SPARE_SIZES = (22, 20, 18, 17, 16, 15, 14)  # carried on: every card, down to the poster's least
SELECTION_SIZE = 16.0
CANDIDATES = 60  # cards tried for the selection: more never fit on one poster
MORE_HEADING = "More in their own words"


def draw_quotes(
    column: Column, spare: list[Column], cards: list[Card], *, heading: TextStyle, note: TextStyle,
    held_back: int = 0,
) -> None:
    """The cards in ``column``, carried on into the ``spare`` room of the other columns when
    they do not all fit (each spare area opens with its own heading). ``held_back``: the
    theme's cards the guard leaves out."""
    column.place(Text("In their own words", heading))
    if not cards:
        # "no cards that can be shown" over a theme whose cards were all deleted (a person
        # withdrew) read as cards kept back: it holds none at all
        column.place(Text("This theme has no cards that can be shown." if held_back else
                          "This theme holds no cards.", note))
        return
    candidates = _order(cards)

    def quotes_at(size: float) -> list[Flowable]:
        style = TextStyle(size, leading=size * 1.3)
        return [Quote(card.text, card.kind, style) for card in candidates]

    def all_fit(areas: list[Column]) -> Callable[[float], bool]:
        return lambda size: _shown(_plan(areas, quotes_at(size), heading)) == len(cards)

    # As large as lets every card fit in their own column, else carried on into the others'
    # room, else a selection at 16 pt.
    areas = [column]
    size = largest_size(OWN_SIZES, all_fit(areas))
    if not all_fit(areas)(size):
        areas = [column, *spare]
        size = largest_size(SPARE_SIZES, all_fit(areas))
        if not all_fit(areas)(size):
            size = SELECTION_SIZE
    plan = _plan(areas, quotes_at(size), heading)
    if _shown(plan) < len(cards):
        _make_room(
            areas,
            plan,
            lambda shown: [
                Gap(2),
                Text(
                    f"A selection: {shown} of {len(cards)} cards. Every card is in the workshop "
                    f"report.",
                    note,
                ),
            ],
        )
    for area, blocks in zip(areas, plan, strict=True):
        for block in blocks:
            area.place(block)


def _order(cards: list[Card]) -> list[Card]:
    """Cards to try for the selection: one per person first (many voices), in wall order."""
    first: list[Card] = []
    rest: list[Card] = []
    seen: set[str] = set()
    for card in cards:
        who = card.person or card.id
        (rest if who in seen else first).append(card)
        seen.add(who)
    return (first + rest)[:CANDIDATES]


def _plan(areas: list[Column], quotes: list[Flowable], heading: TextStyle) -> list[list[Flowable]]:
    """Each area's blocks: the quotes in order, each in the first area that has room for it
    (a spare area opens with a heading, and only for a quote below it), so a short card fills
    a gap a long one left; a quote too long for any is left out."""
    plan: list[list[Flowable]] = [[] for _ in areas]
    rooms = [area.room for area in areas]
    for quote in quotes:
        for n in range(len(areas)):
            needed = quote.wrap(areas[n].width, 10**6)[1]
            opening = n > 0 and not plan[n]
            if opening:
                title = Text(MORE_HEADING, heading)
                needed += title.wrap(areas[n].width, 10**6)[1]
            if needed <= rooms[n]:
                if opening:
                    plan[n].append(title)
                plan[n].append(quote)
                rooms[n] -= needed
                break
    return plan


def _make_room(
    areas: list[Column], plan: list[list[Flowable]], note: Callable[[int], list[Flowable]]
) -> None:
    """``note(cards shown)`` put after the last area's last card, cards taken off the end of
    the plan until it fits there."""
    while True:
        n = max((k for k, blocks in enumerate(plan) if blocks), default=0)
        blocks = plan[n]
        ending = note(_shown(plan))
        used = sum(b.wrap(areas[n].width, 10**6)[1] for b in [*blocks, *ending])
        if used <= areas[n].room or not any(isinstance(b, Quote) for b in blocks):
            blocks += ending
            return
        blocks.pop()
        if n > 0 and len(blocks) == 1:  # a spare area's heading with no card below it
            blocks.pop()


def _shown(plan: list[list[Flowable]]) -> int:
    return sum(isinstance(block, Quote) for blocks in plan for block in blocks)
