"""The suggestion work itself, apart from the panel: clustering loaded on the window's thread,
then run on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wtfc.clustering.suggest import Suggestion


def load_clustering() -> None:
    """Import clustering (numpy, networkx) on the UI thread before a worker uses it: a C
    extension's first import on a worker while this thread's garbage collector ran crashed
    the interpreter now and then. Still not at start-up: only when suggestions are asked for."""
    import wtfc.clustering.suggest  # noqa: F401  (loaded once, here)


def suggest_on_worker(texts: list[str], ids: list[str],
                      progress) -> tuple[list[Suggestion], int]:
    """On the worker thread: the suggestions, and how many of the cards had words to group by
    (clustering, numpy and networkx, is imported on first use, never at start-up)."""
    from wtfc.clustering.suggest import known_words, suggest_themes

    found = suggest_themes(texts, ids, progress=lambda f: progress(round(100 * f), 100))
    return found, sum(known_words(texts))
