"""The suggestion work itself, apart from the panel: clustering loaded on the window's thread,
then run on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wtfc.clustering.suggest import Suggestion
    from wtfc.model.document import Document


def load_clustering() -> None:
    """Import clustering (numpy, networkx) on the UI thread before a worker uses it: a C
    extension's first import on a worker while this thread's garbage collector ran crashed
    the interpreter now and then. Still not at start-up: only when suggestions are asked for."""
    import wtfc.clustering.suggest  # noqa: F401  (loaded once, here)


def held_back_details(doc: Document) -> list[str]:
    """The names the guard found on held-back cards, of every kind: a name held back on one
    card ("My PA Gwenllian…") is never a suggested name or shared word from another. Names
    only: the words of a date of birth or an address ("the 3rd of May 1941", "12 Church Road")
    are in nearly every card, and watched, they left every suggestion without a name."""
    return [
        d.text
        for c in doc.workshop.cards
        if c.held_back
        for d in c.personal_details
        if d.category == "name"
    ]


def suggest_on_worker(texts: list[str], ids: list[str], progress,
                      never_quote: list[str] | None = None) -> tuple[list[Suggestion], int, int]:
    """On the worker thread: the suggestions; how many of the cards wtfc can read (not another
    language: those that say nothing on their own included); and how many of those say nothing
    on their own ("ok", "see above"), which are in no suggestion. (Clustering, numpy and
    networkx, is imported on first use, never at start-up.)"""
    from wtfc.clustering.suggest import suggest_themes

    found = suggest_themes(texts, ids, progress=lambda f: progress(round(100 * f), 100),
                           never_quote=never_quote or ())
    return found, *readable_and_empty(texts)


def readable_and_empty(texts: list[str]) -> tuple[int, int]:
    """How many of ``texts`` wtfc can read (those that say nothing on their own included), and
    how many say nothing on their own ("ok", "see above"). On the worker; on the window's
    thread too, for the cards still there when cards went while they were grouped (a table
    look-up a card: milliseconds for hundreds)."""
    from wtfc.clustering.filler import says_nothing
    from wtfc.clustering.suggest import known_words

    nothing = [says_nothing(t) for t in texts]
    readable = sum(k or n for k, n in zip(known_words(texts), nothing, strict=True))
    return readable, sum(nothing)
