"""The line over Collect's table that counts the cards: how many (and how many the filter
shows), from how many people, of each kind, and how many are held back. A screen reader gets
it in words (``summary_said``) with the table, where the keyboard lands: Tab never reaches it."""

from __future__ import annotations

from wtfc.export.content import cards_and_people, count_phrase
from wtfc.model.workshop import Card, Kind
from wtfc.ui.style import kind_text

NO_CARDS = "No cards yet: import a spreadsheet, paste from Excel, or add cards one by one."


def _parts(cards: list[Card], shown: int | list[Card], held: int, *,
           symbols: bool) -> list[str]:
    said = count_phrase(len(cards), "card")  # counted as the exports count them
    count = shown if isinstance(shown, int) else len(shown)
    # a filter hides some: the count says so ("0 of 96 cards"), never "96" over none, and
    # its people are those of the cards shown ("42 of 96 cards from 7 people"): all 16 beside
    # a filter "P1" hid that P10-P16 were in view too. Given only a number, no people are said.
    first = f"{count:,} of {said}" if count < len(cards) else said
    if count >= len(cards):
        people = cards_and_people(cards).removeprefix(said)
    elif isinstance(shown, list):
        people = cards_and_people(shown).removeprefix(count_phrase(count, "card"))
    else:
        people = ""
    bold = "<b>{}</b>" if symbols else "{}"
    parts = [bold.format(first) + people,
             *(f"{kind_text(k) if symbols else k.label} {sum(1 for c in cards if c.kind == k):,}"
               for k in (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE))]
    if held:
        parts.append(f"<b>⚠ {held:,} held back</b>" if symbols else f"{held:,} held back")
    return parts


def summary_text(cards: list[Card], shown: int | list[Card], held: int) -> str:
    """The line for ``cards``, ``shown`` of them through the filter (the cards, or only how
    many), ``held`` held back."""
    if not cards:
        return NO_CARDS
    # a narrow screen wraps between the counts, never inside one ("⚠ 2 held / back"),
    # after the comma of "…16 people, 10 with no person recorded", and after a "·",
    # never before it (a line began "· ✗ Not working 32")
    return "\u00a0· ".join(", ".join(piece.replace(" ", "\u00a0") for piece in part.split(", "))
                           for part in _parts(cards, shown, held, symbols=True))


def summary_said(cards: list[Card], shown: int | list[Card], held: int) -> str:
    """The same line in words for a screen reader: kinds by name, not "✓ ✗ ★"."""
    return "; ".join(_parts(cards, shown, held, symbols=False)) + "." if cards else NO_CARDS
