"""The report's notes on what ``repeats`` judged of an import's rows: rows made again where an
earlier import's cards are gone, rows whose cards are in other words now (``since``, ``unsure``),
and rows taken for an earlier import's by their place alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from wtfc.importing.report import count_phrase


def made_again_note(count: int, *, in_cells: bool = False) -> str:
    """The report's note on rows made again where an earlier import's card was changed.
    ``in_cells``: some are answers of a cell whose other answers' cards are there."""
    were = "was" if count == 1 else "were"
    cells = ", or the answers new in their cells" * in_cells
    return (
        f"{count_phrase(count, 'statement')} {were} added again from rows an earlier import "
        "made cards from, as those cards have since been deleted (or the rows are new in the "
        f"file{cells}): delete the new cards if that was on purpose."
    )


def since_note(rows: list[int], *, chosen: str = "") -> str:
    """The report's note on rows where an earlier import made a card at their place, now in
    other words (``since``): which of the two changed cannot be told, so they are added unless
    the facilitator chose to leave them out (``chosen``: "added", "left out" or "")."""
    count, listed = len(rows), sorted(set(rows))
    shown = [f"{n:,}" for n in listed[:5]]
    where = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    if len(listed) > 5:
        where = ", ".join(shown) + f" and {len(listed) - 5:,} more"
    where = ("row " if len(listed) == 1 else "rows ") + where
    one = count == 1
    were, card, they, s = ("was", "the card", "it is", "") if one else (
        "were", "the cards", "they are", "s")
    if chosen == "left out":
        return (f"{count_phrase(count, 'statement')} {were} left out, as chosen: {where}, "
                f"where an earlier import made {card} in other words. {card.capitalize()} "
                f"keep{'s' if one else ''} the words on the wall; if the sheet's are the right "
                f"ones, edit {'it' if one else 'them'} on Collect.")
    how = ", as chosen," if chosen == "added" else ""
    return (f"{count_phrase(count, 'statement')} {were} added{how} from {where}, where an "
            f"earlier import made {card} in other words: reworded on the wall since, or "
            f"changed in the sheet. If {they} the same statement{s}, delete the extra card{s} "
            "on Collect.")


def place_said(place: str, person: str, statements: int = 1) -> str:
    """A place of the file as the confirm page and the report list it: "Row 8 (P01)", "Row 2,
    Working 1", "Row 2 (P01, 2 statements)" for a cell of two answers listed once."""
    inside = ", ".join(filter(None, [person, f"{statements:,} statements" * (statements > 1)]))
    return f"{place} ({inside})" if inside else place


def listed_once(places: list[tuple[str, str]]) -> list[str]:
    """Each (place, person) of ``places`` (a statement each) once, with how many statements
    it gave: a cell whose two cards were both reworded on the wall listed "Row 2 (P01); Row 2
    (P01)" (review 35 A21 R3)."""
    return [place_said(*said, count) for said, count in Counter(places).items()]


# A place in a sheet of a row per person names its column too: "Row 8, Working 1" (``_place``)
_IN_A_CELL = re.compile(r"Row \d+, ")


def counted_by(places: Collection[str]) -> str:
    """What the same-file rule counts as differing at ``places`` ("Row 8", or "Row 8, Working
    1 (P01)" as listed): "rows", or a row-per-person sheet's "cells", one place each
    (``place_cards``). "Statements" was said, but a cell of two answers both reworded on the
    wall is one place differing, and a row-per-person sheet's row a place per answer column."""
    return "cells" if any(_IN_A_CELL.match(place) for place in places) else "rows"


def unsure_note(places: list[tuple[str, str]], *, asked: bool = False) -> str:
    """The report's note on ``Judgement.unsure``'s rows (``places``: ("Row 8", "P01") a
    statement each), added though the facilitator may take them for cards reworded on the
    wall: said with why wtfc does not take them so (``asked``: rows in other words were to be
    left out)."""
    one = len(places) == 1
    shown = listed_once(places)
    listed = "; ".join(shown[:5]) + (f"; and {len(shown) - 5:,} more" if len(shown) > 5
                                     else "")
    person = "person" if len({who for _, who in places}) == 1 else "people"
    were, cards, s = ("was", "a card", "") if one else ("were", "cards", "s")
    how = f"{were} added" + " all the same, though rows in other words were to be left out" \
        * asked
    return (f"{count_phrase(len(places), 'statement')} {how}: {listed}. An earlier import made "
            f"{cards} for the same {person} there, in other words, but "
            f"more than one in five of this file's {counted_by([p for p, _ in places])} differ "
            "from the cards that import made at their places, so wtfc cannot tell cards "
            "reworded on the wall from a changed sheet, or another care manager's with the same "
            f"codes, whose statements would be lost. If {'it is' if one else 'they are'} the "
            f"same statement{s}, delete the extra card{s} on Collect.")


def by_place_note(rows: Collection[int], number: int) -> str:
    """The report's note on ``rows`` (counted once, however many answers each gave) skipped
    only as the same words at the same rows as import ``number``'s: nothing in the file says
    who its people are, so another locality's sheet saying the same things on the same rows
    cannot be told from that file again."""
    count = len(rows)
    were = "was" if count == 1 else "were"
    return (
        f"{count_phrase(count, 'row')} {were} taken as import {number}'s rows again (the same "
        "words at the same rows) and skipped. If this is another sheet, with other people "
        "saying the same things, add a blank row above its headings, save, and import it "
        "again; if its rows still line up with an earlier import's, add another, until they "
        "sit at other places and are kept."
    )
