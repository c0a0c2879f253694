"""The report's "Since last time" six months on: 16 people's reviews last time, 31 this time.

It printed "▲ More people said this … 6 → 9" for a share that fell 38% → 29%, never spring's 16,
the split priority "7 → 0" as its first row with its successor seventh, "▲ Said more often
6 → 4" (the cards up, the people down), and "Gone this time" while 40 cards were unsorted."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash

from tests.model.reviewed_workshops import CARERS, spring_and_autumn
from wtfc.export.report import report_pdf
from wtfc.model.workshop import Card

TODAY = dt.date(2026, 11, 29)


def _in_order(text: str, parts: list[str]) -> None:
    at = 0
    for part in parts:
        found = text.find(squash(part), at)
        assert found >= 0, f"{part!r} not found after position {at}"
        at = found + len(squash(part))


def test_the_report_says_the_people_reviewed_and_the_shares_it_judges_by():
    spring, autumn = spring_and_autumn()
    text = all_text(reader(report_pdf(autumn, today=TODAY, previous=spring)))
    _in_order(text, [
        "Since last time",
        "16 people's reviews last time, 31 this time, so each theme is judged by the share of "
        "them who said it.",
        "not in this time's themes yet (10 cards are not yet in a theme)",
        "Themes that changed",
        "▼ A smaller share of people said this", "“Family look in”", "6 of 16 → 9 of 31",
        "38% → 29%",
        "○ Not in this time's themes yet", "“Day centre”",
        # the priority, split into one theme alone, carried on under a new name: about the
        # same share, not "↗ Split" twice ("7 → 14" above "0 → 14")
        # and says last time's name, as its row would
        "About the same as last time (= 1 theme): “Too many different carers” (was priority 1; "
        "was “Not treated with respect”)",
    ])
    assert squash("Gone this time") not in text
    assert squash("More people said this") not in text
    assert squash("Split") not in text and squash("0 of 16") not in text


def test_the_change_cell_says_the_cards_when_the_same_people_said_it_more_often():
    """As many reviewed both times, the same people, more cards: the cell says the cards it is
    judged on, as the room view does, never an arrow up beside an unchanged or falling count."""
    spring, _autumn = spring_and_autumn()
    theme = next(t for t in spring.themes if t.name == "Family look in")
    person = next(c.person for c in spring.cards if c.id == theme.card_ids[0])
    more = [Card(kind=theme.kind, text=f"{CARERS} again", person=person) for _ in range(2)]
    autumn = spring.model_copy(update={
        "title": "Autumn", "cards": [*spring.cards, *more],
        "themes": [t.model_copy(update={"card_ids": [*t.card_ids, *(m.id for m in more)]})
                   if t.id == theme.id else t for t in spring.themes]})
    text = all_text(reader(report_pdf(autumn, today=TODAY, previous=spring)))
    _in_order(text, ["16 people's reviews last time, 16 this time.",
                     "▲ Said more often · 6 → 8 cards", "“Family look in”", "6 → 6"])
