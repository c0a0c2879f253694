"""What the feedback letter says of the cards not yet sorted into a named theme (R3 S1).

The letter opens by saying it tells people what is working, not working and important for the
future. A day that ran out of time before the green and blue cards were themed listed only
what is not working, and said nothing of the rest: two-thirds of what people said vanished
without a word, and an older person whose neighbour keeps them going got a letter of problems.
So each kind with cards but no named theme yet is said to be still being sorted, and cards of a
listed kind left out of every theme are said to be not in a group yet: once, in the lists'
opening words. A kind with no cards at all (none collected) is not mentioned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from wtfc.export.content import ExportContent, ThemeContent
from wtfc.export.feedback_sheet_told import TOLD_OF
from wtfc.model.workshop import Kind

# After the lists' opening words, once, when a listed kind has cards in no theme.
SOME_NOT_SORTED = "Some of what people told us is not in a group yet."


def not_sorted_kinds(content: ExportContent, kinds: Iterable[Kind],
                     named: Callable[[ThemeContent], str]) -> frozenset[Kind]:
    """The kinds with cards (held back too, as a theme's count) but no named theme with any:
    each is said in the lists' opening words (``not_sorted_together``)."""
    have_cards = {k for k, n in content.kind_counts.items() if n}
    have_cards |= {t.theme.kind for t in content.themes if t.card_count}
    listed = {t.theme.kind for t in content.themes if t.card_count and named(t)}
    return frozenset(k for k in kinds if k in have_cards and k not in listed)


def some_loose(content: ExportContent, unsorted: frozenset[Kind]) -> bool:
    """Whether a kind whose themes are listed has cards in no theme at all (the demo: 15 green
    and 14 blue): said once, so no reader takes the lists for everything people said."""
    return any(c.kind not in unsorted for c in content.unsorted_cards)


def not_sorted_together(kinds: Iterable[Kind], rest: bool) -> str:
    """One sentence for the kinds not sorted yet, in the lists' opening words (NO_THEMES'
    voice; "finished": their cards may be grouped with no "I" statement yet). A heading each,
    with "We have not finished sorting this part yet" under it, was kept with the opening words,
    and moved them and the lists to page 2, leaving page 1 half blank: two kinds (A25 M5) and one
    (A29 M1). "We have not finished sorting what you told us is not working, or what is
    important for the future. …"; ``rest``: a listed kind has cards in no group too, so "the
    rest of what you told us, including what is not working (and …)" (``SOME_NOT_SORTED``)."""
    first, *others = [TOLD_OF[k] for k in kinds]
    listed = " and ".join([", ".join([first, *others[:-1]]), *others[-1:]])
    told = (f"the rest of what you told us, including {listed}" if rest else
            ", or ".join([f"what you told us {first.removeprefix('what ')}", *others]))
    return f"We have not finished sorting {told}. We will tell you when we have."
