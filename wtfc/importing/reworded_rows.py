"""A row back in other words where its card was reworded on the wall: held back.

The facilitator rewords "Zebedee from the agency is always late" to "Someone from the agency…"
on the wall, then imports the same sheet again with a row added. The row comes back (wtfc
cannot tell a card reworded on the wall from a corrected sheet: ``repeats.since_note``), and
the guard does not know Zebedee, so the name was back on the wall, not held back. The words
the wall's card no longer has are the ones most likely taken off on purpose: each capitalised,
name-like one (``dropped_names.dropped_spans``) is flagged as a name, so the card is held back
and Redact makes it "[name] from the agency…", as for any name the guard finds.
"""

from __future__ import annotations

from wtfc.importing.dropped_names import dropped_spans
from wtfc.model.counting import count_phrase
from wtfc.model.workshop import Card, PersonalDetail, Workshop


class RewordedRows:
    """An import's rows in other words where an earlier import made a card (the same file
    again, or too unlike it to tell: ``repeats``), and which of their cards it held back."""

    def __init__(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self.rows: set[int] = set()  # the sheet's rows whose card this flagged a name in

    def held_back(self, card: Card, place: str, row: int) -> Card:
        """``card``, from ``row`` whose earlier card (source ``place``, "import 1, row 3") is in
        other words now, with the words that card lost flagged as names (held back)."""
        earlier = next((c for c in self._workshop.cards if c.source == place), None)
        if earlier is None:
            return card
        taken = [s for s in dropped_spans(card.text, earlier.text)
                 if not any(d.start < s[1] and s[0] < d.end for d in card.personal_details)]
        if not taken:
            return card
        # counted even where the guard held the card too (a phone number): only this says why
        # a word the guard does not know shows as [name]
        self.rows.add(row)
        details = [*card.personal_details, *(
            PersonalDetail(start=start, end=end, category="name", text=word)
            for start, end, word in taken)]
        return card.model_copy(update={
            "personal_details": sorted(details, key=lambda d: d.start)[:100]})


def held_back_note(count: int) -> str:
    """Said after an import that held such cards back (the confirm page says it before)."""
    one = count == 1
    return (f"{count_phrase(count, 'card')} from rows in other words {'is' if one else 'are'} "
            "held back: the card at the same place on the wall no longer has some of "
            f"{'its' if one else 'their'} words, which may be a name taken off there. "
            f"{'It shows' if one else 'They show'} as [name] until you look on Collect "
            "(Redact, Mark as fine, or Delete).")
