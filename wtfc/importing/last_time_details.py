"""Possible personal details in what the report or feedback sheet prints of last time's work.

With last time's workshop given, the report's "Since last time" chapter prints its title, the
names of its themes that are gone, merged, split or renamed, and its actions: their words,
owner, how we said we'd know each worked and what had happened when each was last checked,
its themes' success statements and what it said it would do differently;
the feedback sheet's "Since last time" the actions' words and notes and their themes' names.
Those words were typed in another workshop, maybe by someone else, so before the report prints
them the personal-detail guard reads them as it reads this workshop's (``typed_details.py``),
and the facilitator is told where, by kind only. In an owner a name is not asked about (naming
who will do it is the point of that field).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from wtfc.importing.typed_details import (
    TypedDetail,
    question,
    quote_as_kinds,
    quote_theme,
    theme_findings,
    told,
)
from wtfc.importing.watch_guard import watched_findings
from wtfc.model.blank_text import is_blank
from wtfc.model.last_time_parts import CHANGED_THERE, printed_parts
from wtfc.model.workshop import Workshop

THEME = "Last time's theme "  # a part that is a theme's name, read with ``theme_names`` too


def last_time_details(previous: Workshop, current: Workshop,
                      known_names: Iterable[str] = (), what: str = "report",
                      theme_names: Iterable[str] = ()) -> list[TypedDetail]:
    """Every part of ``previous`` that export ``what`` (the report, or the feedback sheet)
    comparing ``current`` with it may print in which the guard finds a possible personal detail
    (this workshop's own parts are ``typed_details``'s). ``theme_names``: names read in last
    time's themes' names only, as ``typed_details`` reads this time's ("Trips out in [name]")."""
    names = tuple(known_names)
    in_themes = (*names, *(n for n in theme_names if n not in names))
    found = []
    for where, text, owner in _printed(previous, current, in_themes, names, what):
        if where.startswith(THEME):  # "May is always kind" with May pasted: a name
            findings = theme_findings(text, in_themes, names)
            quoted = quote_theme(text, in_themes, names)
        else:
            findings = watched_findings(text, names)  # "Grace and Bill met…": both names
            quoted = quote_as_kinds(text, names)
        if owner:  # naming who does it is the point: not a name
            findings = [f for f in findings if f.category != "name"]
        if findings:
            found.append(TypedDetail(where.replace("{quote}", quoted)))
    return found


def last_time_details_warning(previous: Workshop, current: Workshop,
                              what: str = "report") -> str:
    """For ``wtfc export report|feedback --previous``: the same finding, told rather than asked
    (the export is made)."""
    message = question(last_time_details(previous, current, what=what))
    return f"{told(message)}\n{CHANGED_THERE}" if message else ""


def _printed(previous: Workshop, current: Workshop, in_themes: tuple[str, ...],
             names: tuple[str, ...], what: str) -> Iterator[tuple[str, str, bool]]:
    """(where, text, is an owner) for each of last time's words the export may print
    (``model/last_time_parts.py``); a theme's name is quoted with ``in_themes``."""
    for part in printed_parts(previous, current, what):
        name = part.theme_name
        # one with no words to read (a lone zero-width space too): its words alone, as printed
        where = "" if is_blank(name) else f" in the theme {quote_theme(name, in_themes, names)}"
        if part.what == "title":
            yield "Last time's workshop title: {quote}", part.text, False
        elif part.what == "theme":
            yield THEME + "{quote}", part.text, False
        elif part.what == "action":
            yield f"Last time's action{where}: {{quote}}", part.text, False
        elif part.what == "owner":
            yield f"The owner of last time's action{where}: {{quote}}", part.text, True
        elif part.what == "evidence":
            yield (f"How we said we'd know last time's action{where} worked: {{quote}}",
                   part.text, False)
        elif part.what == "success":
            yield (f"What we said last time success would look like{where}: {{quote}}",
                   part.text, False)
        elif part.what == "differently":
            yield "What we said last time we would do differently: {quote}", part.text, False
        else:
            yield f"What had happened to last time's action{where}: {{quote}}", part.text, False
