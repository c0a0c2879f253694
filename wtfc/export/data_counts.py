"""The data export's "Counts" sheet: how many cards, people, themes and actions, one count a
row, in columns an analyst can pivot and look up by.

"Counted" says what is counted and "Group" which of them, spelled as the other sheets spell it
(a role as the People sheet does: "Older person", however many there are); "Is total" marks
the rows that add up the others, so a sum of the column is never a total counted twice; "Part
of All" marks the rows that add up to their "All" (cards by kind, people by role), since the
rest are a part of All counted again (not in any theme, overdue) or beside it (held back); it
is last, as a column added later is, so a lookup by column number still finds "As of", the
day of the export (the day "Overdue" was worked out). The labels are the same in
every export, with no date in them, and every row is there even at 0, so a lookup by label
finds it next year too.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from wtfc.export.content import KIND_ORDER, ExportContent
from wtfc.export.data_people import held_back_only
from wtfc.export.look import kind_words
from wtfc.model.operations.actions import is_overdue
from wtfc.model.operations.people import people_with_cards
from wtfc.model.workshop import Card, Voice

HEADER = ["Counted", "Group", "How many", "Is total", "As of", "Part of All"]  # new ones last
ALL = "All"
NO_ROLE = "Role not recorded"


def role_words(voice: Voice | None) -> str:
    """A person's role as every sheet spells it ("Older person")."""
    return voice.label if voice is not None else NO_ROLE


def counts_table(content: ExportContent) -> tuple[list[str], list[list[Any]]]:
    """The sheet's header and rows, before any cell is made safe."""
    workshop, today = content.workshop, content.today
    voices = Counter(p.voice for p in people_with_cards(workshop))
    rows: list[tuple[str, str, int, bool]] = [
        *(("Cards", kind_words(k), content.kind_counts[k], False) for k in KIND_ORDER),
        ("Cards", ALL, len(content.cards), True),
        ("Cards", "Held back (possible personal details, not exported)",
         content.held_back_count, False),
        ("Cards", "Not in any theme", len(content.unsorted_cards), False),
        ("Cards", "No person recorded", _unrecorded(content.cards), False),
        ("People", ALL, content.people_count, True),
        *(("People", role_words(v), voices[v], False) for v in (*Voice, None)),
        # in "All", not on the People sheet: there even at 0, so its row never moves
        ("People", "Only cards held back (not on the People sheet)",
         held_back_only(workshop, content.cards), False),
        ("Themes", ALL, len(content.themes), True),
        ("Themes", "Priority", len(content.priority_themes), False),
        ("Actions", ALL, len(workshop.actions), True),
        ("Actions", "Overdue", sum(is_overdue(a, today) for a in workshop.actions), False),
    ]
    parts = {*(("Cards", kind_words(k)) for k in KIND_ORDER),
             *(("People", role_words(v)) for v in (*Voice, None))}
    return HEADER, [[what, group, n, _yes(total), today, _yes((what, group) in parts)]
                    for what, group, n, total in rows]


def _yes(true: bool) -> str:
    return "yes" if true else "no"


def _unrecorded(cards: list[Card]) -> int:
    return sum(1 for c in cards if not c.person)


def by_group(rows: list[list[Any]]) -> dict[tuple[str, str], int]:
    """The sheet's counts by (Counted, Group), as an analyst looks them up:
    ``by_group(rows)["People", "All"]``."""
    return {(row[0], row[1]): row[2] for row in rows}
