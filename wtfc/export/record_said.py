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
dropped, and room found for it): a dropped action, one on a theme with no poster, or one a
crowded poster left off, was said as printed late, and the facilitator looked for it on posters
that did not show it.
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
    """``workshop`` with only the actions the theme posters print: a priority theme's, not
    dropped (``planned_actions``), and of those dated before the workshop, only the ones a
    poster finds room for. A crowded poster leaves some off ("Not shown here: Care managers
    (1)"), done ones first, and one so left off was said as printed: so when there is such an
    action, its theme's poster is drawn as the export draws it, to see (``actions_shown``;
    hundredths of a second a poster)."""
    from wtfc.export.content import ExportContent
    from wtfc.export.theme_poster import theme_posters_pdf
    from wtfc.export.theme_poster_actions import actions_shown, planned_actions
    from wtfc.model.record_checks import early_actions

    content = ExportContent(workshop, today=today)
    on_posters = {theme.theme.id: [action for actions in planned_actions(theme).values()
                                   for action in actions]
                  for theme in content.priority_themes}
    printed = workshop.model_copy(
        update={"actions": [action for actions in on_posters.values() for action in actions]})
    early = {action.id for action, _when in early_actions(printed)}
    if not early:
        return printed
    drawn = [theme_id for theme_id, actions in on_posters.items()
             if any(action.id in early for action in actions)]
    with actions_shown() as shown:
        theme_posters_pdf(workshop, theme_ids=drawn, today=today)
    on_show = set().union(*shown.values())
    return printed.model_copy(update={"actions": [
        action for action in printed.actions if action.id not in early or action.id in on_show]})
