"""Priorities numbered 1, 2, 3… as a file opens, whatever numbers the file gave them.

The app's own edits keep the chosen themes' ranks running 1..n (``rank_priorities``,
``_close_rank_gaps``). A file edited by hand or written by another tool may not: two themes at
rank 1, a chosen theme with no rank, a gap. Every board and export then numbered them its own
way (the feedback letter counted 1, 2, 3… where the report printed the file's numbers), so
"Priority 2" was a different theme in two papers. Numbered once as the file opens, in rank
order and then file order (as ``_close_rank_gaps`` does), they agree everywhere; the file on
disk keeps its numbers until the workshop is saved.
"""

from __future__ import annotations

from collections import Counter

from wtfc.model.blank_text import is_blank
from wtfc.model.counting import count_phrase
from wtfc.model.workshop import Theme, Workshop

SAID = 5  # themes named in the note; the rest are counted
# the note's last sentence, which a read-only open and ``wtfc import`` say in their own way
KEPT_UNTIL_SAVED = "The file keeps its old numbers until the workshop is saved."


def ranks_in_order(workshop: Workshop) -> bool:
    """True when the chosen themes are numbered 1..n, once each (nothing to put right)."""
    ranks = sorted(t.priority.rank or 0 for t in workshop.themes if t.priority.chosen)
    return ranks == list(range(1, len(ranks) + 1))


def number_priorities(workshop: Workshop) -> str:
    """Number the chosen themes 1..n in place; what changed, in plain English ("" if nothing).

    Only the chosen themes' ranks change; nothing else in the workshop does."""
    if ranks_in_order(workshop):
        return ""
    chosen = sorted((t for t in workshop.themes if t.priority.chosen),
                    key=lambda t: t.priority.rank or 10_001)
    why = _what_was_wrong([t.priority.rank for t in chosen])
    moved: list[tuple[Theme, int]] = []
    for rank, theme in enumerate(chosen, start=1):
        if theme.priority.rank != rank:
            moved.append((theme, rank))
            theme.priority = theme.priority.model_copy(update={"rank": rank})
    now = [f"{_named(theme)} is Priority {rank}" for theme, rank in moved[:SAID]]
    if len(moved) > SAID:  # a file of many: the first few say what happened
        now.append(f"{len(moved) - SAID} more are numbered on from there")
    listed = now[0] if len(now) == 1 else f"{', '.join(now[:-1])} and {now[-1]}"
    return (f"The priorities' numbers did not run 1, 2, 3… ({why}), so wtfc numbers them in "
            f"order, as the app does: {listed}. {KEPT_UNTIL_SAVED}")


def _what_was_wrong(ranks: list[int | None]) -> str:
    """"2 had no number; 2 shared number 1; there was no Priority 2", as far as each is so."""
    said = []
    if missing := ranks.count(None):
        said.append(f"{count_phrase(missing, 'priority', 'priorities')} had no number")
    shared = Counter(r for r in ranks if r is not None)
    said += [f"{n} shared number {rank}" for rank, n in sorted(shared.items()) if n > 1]
    top = max(shared, default=0)
    if gaps := [n for n in range(1, top + 1) if n not in shared]:
        if len(gaps) == 1:
            said.append(f"there was no Priority {gaps[0]}")
        else:
            named = [str(n) for n in gaps[:3]] + ([f"{len(gaps) - 3} more"] if gaps[3:] else [])
            said.append(f"there were no Priorities {', '.join(named[:-1])} and {named[-1]}")
    return "; ".join(said)


def _named(theme: Theme) -> str:
    name = " ".join(theme.name.split())
    if is_blank(name):  # a lone zero-width space (an older file's) too: split() keeps it
        return "a theme with no name yet"
    return f"'{name if len(name) <= 40 else name[:39] + '…'}'"
