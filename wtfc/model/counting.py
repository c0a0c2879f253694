"""How every screen, export and report says a count: "1 card", "2 cards", "1,200 people".

One place, below the layers that use it (the exports, the import, the boards), and light:
the stage list and the wall import it while the window first opens.
"""

from __future__ import annotations


def count_phrase(n: int, one: str, many: str | None = None) -> str:
    """ "1 row", "2 rows", "1,200 people"; ``many`` when adding an s is wrong."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
