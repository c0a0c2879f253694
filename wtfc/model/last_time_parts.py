"""Which of last time's words the report's "Since last time" chapter prints.

With last time's workshop given, the chapter (``export/report_review.py``) prints its title,
the names of its themes not named so now (a name that is one now is this workshop's), and its
actions' words, owners, what was to show each worked ("How we said we'd know") and notes of
what had happened, and its yardsticks (``last_time_yardsticks.py``): the success statements of
its themes and what it said it would do differently. The feedback sheet's "Since last time"
(``what="feedback"``) prints fewer: the actions' words and notes and the names of the themes
they answered, no title, owner, "How we said we'd know" or yardsticks. Before either is made
those words
are read twice: for personal details (``importing/last_time_details.py``) and for writing a PDF
cannot draw (``export/unshowable.py``). One list, so the two checks read the same parts.
Worked out without comparing the workshops, which takes a second for a big one, while the
facilitator waits for the question.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from wtfc.model.workshop import Workshop

# Said after either check's question when any of last time's words are listed.
CHANGED_THERE = ("Words from last time's workshop can only be changed in that workshop's own "
                 "file.")


@dataclass(frozen=True)
class LastTimePart:
    what: Literal["title", "theme", "action", "owner", "evidence", "progress", "success",
                  "differently"]
    text: str
    # the theme an action answered or a success statement belongs to ("" for the title, a
    # theme and what we would do differently)
    theme_name: str = ""
    action_words: str = ""  # for an owner, its evidence or a note: the words of its action


def printed_parts(previous: Workshop, current: Workshop,
                  what: str = "report") -> Iterator[LastTimePart]:
    """``what``: "report", or "feedback" for the feedback sheet's fewer parts."""
    report = what != "feedback"
    if report:
        yield LastTimePart("title", previous.title)
        yield LastTimePart("differently", previous.reflection.do_differently)
    now = {t.name for t in current.themes}
    names = {t.id: t.name for t in previous.themes}
    answered = {a.theme_id for a in previous.actions}
    for theme in previous.themes:
        if theme.name not in now and (report or theme.id in answered):
            yield LastTimePart("theme", theme.name)
    for action in previous.actions:
        name = names.get(action.theme_id, "")
        yield LastTimePart("action", action.what, name, action.what)
        if action.agreed_what is not None:  # the words agreed, printed beside the new ones
            yield LastTimePart("action", action.agreed_what, name, action.what)
        if report:
            yield LastTimePart("owner", action.owner, name, action.what)
            yield LastTimePart("evidence", action.how_we_know, name, action.what)
        yield LastTimePart("progress", action.progress_note, name, action.what)
        # what people told us at the check: a note of what happened, as likely to name someone
        yield LastTimePart("progress", action.heard_at_check, name, action.what)
    if report:
        for statement in previous.success:
            yield LastTimePart("success", statement.text, names.get(statement.theme_id, ""))
