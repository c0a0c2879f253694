"""Whether "last time's" workshop is dated after this one: a comparison the wrong way round.

With the two files swapped (``wtfc export report spring.wtfc --previous autumn.wtfc``, or the
Review board opened on the later file), every theme since gone reads "new", and a report of a
21 April workshop says it is "Compared with last time's workshop … (12 November 2026)". The
comparison is still made (a date typed wrongly is no reason to refuse it); the report's command
and the Review board say so plainly. Without both dates nothing can be said.
"""

from __future__ import annotations

from wtfc.model.dates import long_date
from wtfc.model.workshop import Workshop


def dated_after(previous: Workshop, current: Workshop) -> str:
    """Plain words when both workshops have a date and last time's is the later; else ""."""
    if previous.date is None or current.date is None or previous.date <= current.date:
        return ""
    title = previous.title.strip() or "Untitled workshop"
    return (f"Last time's workshop “{title}” is dated {long_date(previous.date)}, after this "
            f"workshop ({long_date(current.date)}), so the comparison runs backwards: themes it "
            f"calls new may be ones that have gone since, and the other way round.")
