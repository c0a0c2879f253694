"""Edits on a big council's workshop (10,000 cards, 160 themes), model only, no Qt.

``document.undo_import_ms@10000``: undoing an import of 10,000 cards (one undo step).
``document.delete_cards_ms@500``: building and doing the deletion of 500 cards chosen in the
Collect table, out of 10,000. ``document.lookups_ms@10000``: after one edit of a theme, the
look-ups the pages make (which themes hold each card, the unsorted cards of each kind, people
per theme), as once per page that follows the document. Goal for each: well under 100 ms.
"""

from __future__ import annotations

import statistics
import time

from wtfc.model.document import Document
from wtfc.model.operations.cards import add_cards, delete_cards
from wtfc.model.operations.themes import rename_theme
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

KINDS = list(Kind)
PAGES = 6  # pages that read the look-ups after an edit (wall, outline, table, read-out, …)


def _people_and_cards(n: int) -> tuple[list[Person], list[Card]]:
    people = [Person(id=f"P{i:05d}") for i in range(n // 5)]
    cards = [Card(id=f"c{i:05d}", kind=KINDS[i % 3], person=people[i // 5].id,
                  text=f"I would like to know who is coming to help me each morning ({i})")
             for i in range(n)]
    return people, cards


def _workshop(n: int, themes: int = 160) -> Workshop:
    people, cards = _people_and_cards(n)
    per = n * 4 // 5 // themes
    by_kind = {k: [c.id for c in cards if c.kind == k] for k in KINDS}
    all_themes = [Theme(id=f"t{t:03d}", kind=KINDS[t % 3], name=f"I feel theme {t}",
                        card_ids=by_kind[KINDS[t % 3]][(t // 3) * per:(t // 3 + 1) * per])
                  for t in range(themes)]
    return Workshop(people=people, cards=cards, themes=all_themes)


def _ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _undo_import_ms(n: int) -> float:
    people, cards = _people_and_cards(n)
    doc = Document(Workshop())
    edit = add_cards(doc, people=people, cards=cards, label="Import")
    edit.do(doc)
    return _ms(lambda: edit.undo(doc))


def _delete_cards_ms(n: int, count: int) -> float:
    doc = Document(_workshop(n))
    chosen = [c.id for c in doc.workshop.cards[::n // count]][:count]
    return _ms(lambda: delete_cards(doc, card_ids=chosen).do(doc))


def _lookups_ms(n: int) -> float:
    doc = Document(_workshop(n))

    def after_one_edit() -> None:
        theme = doc.workshop.themes[5]
        rename_theme(doc, theme_id=theme.id, name=theme.name + "!").do(doc)
        for _ in range(PAGES):
            placed = doc.themes_of_card()
            for card in doc.workshop.cards:
                placed.get(card.id, ())
            for kind in KINDS:
                doc.unsorted_cards(kind)
            for theme in doc.workshop.themes:
                doc.people_count(theme)

    return statistics.median(_ms(after_one_edit) for _ in range(5))


def run() -> dict[str, float]:
    return {"document.undo_import_ms@10000": round(_undo_import_ms(10_000), 1),
            "document.delete_cards_ms@500": round(_delete_cards_ms(10_000, 500), 1),
            "document.lookups_ms@10000": round(_lookups_ms(10_000), 1)}


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:36s} {value}")
