"""What the workshop record holds that one export prints wrong, for that export alone:
``wtfc export`` says it on standard error and the app's "Export saved" after the files, from
this one list so the two cannot say different things.

The report, the feedback sheet and the data print the next review and every action's date:
all of ``record_warnings``. The theme posters and the action poster (on A4 sheets too) print
no review date, so a review before the workshop or passed is not theirs to say; but both print
each action's date and mark it late by the export's day ("⚠ Late", "Overdue"), so a clock
behind the record and an action dated before the workshop (late on the day it was agreed)
are said for them, and a chosen priority left with no cards, which they still show. The action
poster prints every action; the theme posters only those they print (a priority theme's, not
dropped): a dropped action, or one on a theme with no poster, was said as printed late, and the
facilitator looked for it on posters that did not show it.
"""

from __future__ import annotations

import datetime as dt

from wtfc.model.workshop import Workshop

PRINTS_THE_REVIEW = ("report", "feedback", "data")


def record_warnings_for(what: str, workshop: Workshop, *, today: dt.date,
                        read_only: bool = False) -> list[str]:
    """The warnings of ``record_checks`` that concern what export ``what`` prints, judged on
    ``today`` (the export's day); ``read_only``: the workshop is open read-only, so a date is
    put right in a copy."""
    from wtfc.model.record_checks import (
        early_action_warnings,
        empty_priority_warnings,
        record_warnings,
    )

    if what in PRINTS_THE_REVIEW:
        return record_warnings(workshop, read_only=read_only, today=today)
    from wtfc.model.clock_check import clock_warning

    clock = clock_warning(workshop, today)
    printed = workshop if what != "posters" else _on_theme_posters(workshop, today)
    return [*([clock] if clock else []),
            *early_action_warnings(printed, read_only=read_only),
            *empty_priority_warnings(workshop, read_only=read_only)]


def _on_theme_posters(workshop: Workshop, today: dt.date) -> Workshop:
    """``workshop`` with only the actions the theme posters print: by the posters' own choice
    of them (``theme_poster_actions``), one poster per priority theme."""
    from wtfc.export.content import ExportContent
    from wtfc.export.theme_poster_actions import planned_actions

    content = ExportContent(workshop, today=today)
    printed = [action for theme in content.priority_themes
               for actions in planned_actions(theme).values() for action in actions]
    return workshop.model_copy(update={"actions": printed})
