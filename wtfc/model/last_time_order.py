"""Whether "last time's" workshop is dated after this one, or on its very day: a pairing to say.

With the two files swapped (``wtfc export report spring.wtfc --previous autumn.wtfc``, or the
Review board opened on the later file), every theme since gone reads "new", and a report of a
21 April workshop says it is "Compared with last time's workshop … (12 November 2026)". A file
of the same date, the morning's save or a .bak picked by mistake, was taken without a word: the
room read "20 April 2027 compared with 20 April 2027" and the letter "At our last workshop, on
20 April 2027, …" of this very day. The comparison is still made (a date typed wrongly is no
reason to refuse it); the report's command and the Review board say so plainly. Without both
dates nothing can be said.
"""

from __future__ import annotations

from wtfc.model.dates import long_date
from wtfc.model.workshop import Workshop

# the Review board's summary keeps a short line while the dates say so (the notice goes)
BACKWARDS = ("⚠ Last time's workshop is dated after this one, so this comparison runs "
             "backwards.")
SAME_DAY = ("⚠ Last time's workshop has this workshop's own date: is it an earlier save of "
            "this workshop?")


def dated_after(previous: Workshop, current: Workshop) -> str:
    """Plain words when both workshops have a date and last time's is the later, or the same
    day; else ""."""
    if previous.date is None or current.date is None or previous.date < current.date:
        return ""
    title = previous.title.strip() or "Untitled workshop"
    if previous.date == current.date:
        return (f"Last time's workshop “{title}” has this workshop's own date, "
                f"{long_date(current.date)}: it may be an earlier save of this workshop, not "
                f"last time's, so what it shows as changed may have changed today.")
    return (f"Last time's workshop “{title}” is dated {long_date(previous.date)}, after this "
            f"workshop ({long_date(current.date)}), so the comparison runs backwards: themes it "
            f"calls new may be ones that have gone since, and the other way round.")


def order_line(previous: Workshop, current: Workshop) -> str:
    """The summary's short line for ``dated_after``'s words ("" when it has none)."""
    if not dated_after(previous, current):
        return ""
    return SAME_DAY if previous.date == current.date else BACKWARDS
