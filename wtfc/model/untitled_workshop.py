"""A workshop with no title or date yet: every export heads its pages with both.

A new workshop's title is empty (Prepare's box shows a grey example), and a first-time
facilitator went straight to Collect: the report's cover and both posters' footers then said
"Untitled workshop" with no date, and nothing warned of it. The exports and ``wtfc check`` say
so (``untitled_warning``) beside the groups not named yet (``unnamed_themes``): a warning,
never a refusal. A title left as "Untitled workshop" (an older wtfc's new workshop) is no title.
"""

from __future__ import annotations

from wtfc.model.workshop import UNTITLED, Workshop


def has_no_title(ws: Workshop) -> bool:
    """Typed as "untitled workshop" or "UNTITLED  WORKSHOP" it is still no title."""
    return " ".join(ws.title.split()).casefold() in ("", _UNTITLED)


_UNTITLED = UNTITLED.casefold()


def untitled_warning(ws: Workshop) -> str:
    """What an export or ``wtfc check`` says while the title or the date is missing ("" when
    both are there)."""
    no_title, no_date = has_no_title(ws), ws.date is None
    if no_title and no_date:
        return ("The workshop has no title or date yet: fill them in on 1 Prepare (the exports "
                f"print “{UNTITLED}” and no date).")
    if no_title:
        return (f"The workshop has no title yet: fill it in on 1 Prepare (the exports print "
                f"“{UNTITLED}”).")
    if no_date:
        return "The workshop has no date yet: fill it in on 1 Prepare."
    return ""
