"""Possible personal details in what the report prints of last time's workshop.

With last time's workshop given, the report's "Since last time" chapter prints its title, the
names of its themes that are gone, merged, split or renamed, and its actions: their words, owner
and what had happened when each was last checked. Those words were typed in another workshop,
maybe by someone else, so before the report prints them the personal-detail guard reads them
as it reads this workshop's (``typed_details.py``), and the facilitator is told where, by kind
only. In an owner a name is not asked about (naming who will do it is the point of that field).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.typed_details import TypedDetail, question, quote_as_kinds
from wtfc.model.workshop import Workshop

# Said after the question when any of last time's words are listed: they are not this file's.
CHANGED_THERE = ("Words from last time's workshop can only be changed in that workshop's own "
                 "file.")


def last_time_details(previous: Workshop, current: Workshop,
                      known_names: Iterable[str] = ()) -> list[TypedDetail]:
    """Every part of ``previous`` that the report comparing ``current`` with it may print in
    which the guard finds a possible personal detail (this workshop's own parts are
    ``typed_details``'s)."""
    names = tuple(known_names)
    found = []
    for where, text, owner in _printed(previous, current, names):
        findings = find_personal_details(text, known_names=names) if text.strip() else []
        if owner:  # naming who does it is the point: not a name
            findings = [f for f in findings if f.category != "name"]
        if findings:
            found.append(TypedDetail(where.replace("{quote}", quote_as_kinds(text, names))))
    return found


def last_time_details_warning(previous: Workshop, current: Workshop) -> str:
    """For ``wtfc export report --previous``: the same finding, told rather than asked (the
    export is made)."""
    message = question(last_time_details(previous, current))
    return message.replace("If they could identify someone, cancel, change",
                           "If they could identify someone, change") + f"\n{CHANGED_THERE}" \
        if message else ""


def _printed(previous: Workshop, current: Workshop,
             names: tuple[str, ...]) -> Iterator[tuple[str, str, bool]]:
    """(where, text, is an owner) for each of last time's words the chapter may print.

    A theme of last time's is named there when it has gone, was merged, split or renamed, or
    has an action: every one whose name is not a theme's name now is read (a name that is
    one now is read as this workshop's). Worked out without comparing the workshops, which
    takes a second for a big one, while the facilitator waits for the question."""
    yield "Last time's workshop title: {quote}", previous.title, False
    now = {t.name for t in current.themes}
    theme_names = {t.id: t.name for t in previous.themes}
    for theme in previous.themes:
        if theme.name not in now:
            yield "Last time's theme {quote}", theme.name, False
    for action in previous.actions:
        name = theme_names.get(action.theme_id, "")
        where = f" in the theme {quote_as_kinds(name, names)}" if name.strip() else ""
        yield f"Last time's action{where}: {{quote}}", action.what, False
        yield f"The owner of last time's action{where}: {{quote}}", action.owner, True
        yield (f"What had happened to last time's action{where}: {{quote}}",
               action.progress_note, False)
