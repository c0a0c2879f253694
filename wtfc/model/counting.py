"""How every screen, export and report says a count ("1 card", "2 cards", "1,200 people") and a
priority's rank ("#1" where room is tight, "Priority 1" in a sentence or read aloud).

One place, below the layers that use it (the exports, the import, the boards), and light:
the stage list and the wall import it while the window first opens.
"""

from __future__ import annotations


def count_phrase(n: int, one: str, many: str | None = None) -> str:
    """ "1 row", "2 rows", "1,200 people"; ``many`` when adding an s is wrong."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def rank_mark(rank: int | None) -> str:
    """A priority's rank where room is tight: "#1". Never "★1": the star is the Future kind's
    symbol, and beside a Future theme the rank read as its kind. "" for no rank yet."""
    return f"#{rank}" if rank else ""


def rank_words(rank: int | None) -> str:
    """A priority's rank in a sentence or read aloud: "Priority 1" ("Priority" for no rank)."""
    return f"Priority {rank}" if rank else "Priority"
