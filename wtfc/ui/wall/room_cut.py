"""A room wall's card taller than a page's column, cut to the column with "…".

The read-out shows every card whole, one at a time; on the wall and the one-theme view a card
is drawn in the column it is placed in, and a pasted review paragraph (400 characters at
800×600, 700 at 1024×768; a card may have 2,000) is taller than any column. Drawn at its
height, it ran off the foot of the projector, its end on no page and nothing to say so, or under
"Page 3 of 3". Given the whole lines the column holds, its item ends it in "…" there
(``card_item.elided``), as the app cuts words everywhere else.

A card is cut only to what a fresh column holds under the header it is drawn under: a theme's
first card always opens its first part, under the theme's name; any other card opens, at best,
a part under the name and "(continued)" (in the theme's first part, the cards above it take
more than the word "(continued)" can). ``fill_pages`` then carries a theme that does not fit
what is left of a page on into a fresh column or page, so no card is cut where a column or page
to come would show more of it. Cut to the taller "(continued)" header, a theme's 680-character
first card lost its last line at 1024×768, though a fresh column held it whole under its name.
"""

from __future__ import annotations

from wtfc.ui.wall.room_measure import RoomMetrics, ThemeSize


def cut_tall_cards(size: ThemeSize, cap: float, pad: float) -> None:
    """Each card of ``size`` taller than a column ``cap`` high under its header (the theme's
    name for its first card, the name and "(continued)" for any other) given the whole lines
    that column holds, below a ``pad``."""
    m = size.m
    if not size.cards or max(size.cards) + size.head + m.title_line + pad <= cap:
        return  # every card fits a column, under "(continued)" (a line more at most) too:
        # nearly every theme, without its "(continued)" header measured
    first = _most(cap - size.head - pad, m)
    rest = _most(cap - max(size.head, size.continued_head) - pad, m)
    cards = [min(size.cards[0], first), *(min(card, rest) for card in size.cards[1:])]
    if cards != size.cards:
        # ``ThemeSize`` keeps its total and cumulative heights: worked out again from these
        size.cards = cards
        size._total = size._reach = None


def _most(room: float, m: RoomMetrics) -> float:
    """The tallest card of whole lines (one at least) ``room`` holds."""
    return max(1, int((room - 2 * m.row_pad) // m.line)) * m.line + 2 * m.row_pad
