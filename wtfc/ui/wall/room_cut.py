"""A room wall's card taller than a page's column, cut to the column with "…".

The read-out shows every card whole, one at a time; on the wall and the one-theme view a card
is drawn in the column it is placed in, and a pasted review paragraph (400 characters at
800×600, 700 at 1024×768; a card may have 2,000) is taller than any column. Drawn at its
height, it ran off the foot of the projector, its end on no page and nothing to say so, or under
"Page 3 of 3". Given the whole lines the column holds, its item ends it in "…" there
(``card_item.elided``), as the app cuts words everywhere else.
"""

from __future__ import annotations

from wtfc.ui.wall.room_measure import ThemeSize


def cut_tall_cards(size: ThemeSize, cap: float, pad: float) -> None:
    """Each card of ``size`` taller than a column ``cap`` high under its theme's name (or the
    name and "(continued)", as it may be carried on under) given the whole lines that column
    holds, below a ``pad``."""
    m = size.m
    if not size.cards or max(size.cards) + size.head + m.title_line + pad <= cap:
        return  # every card fits a column, under "(continued)" (a line more at most) too:
        # nearly every theme, without its "(continued)" header measured
    room = cap - max(size.head, size.continued_head) - pad - 2 * m.row_pad
    most = max(1, int(room // m.line)) * m.line + 2 * m.row_pad
    if max(size.cards) > most:
        # ``ThemeSize`` keeps its total and cumulative heights: worked out again from these
        size.cards = [min(card, most) for card in size.cards]
        size._total = size._reach = None
