"""The Plan and Act room view's question, and the facts under it: how many actions, how many
late (no zero counts), the date they are as of, the lanes with no actions (where they have no
line of their own), a priority with nothing planned, and one theme's name first when one is
shown, with the team (or teams) on its why-tree: "Team: Team C"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFontMetricsF

from wtfc.export.team_heading import theme_teams_line
from wtfc.model.dates import long_date
from wtfc.model.document import Document
from wtfc.model.operations.actions import is_overdue
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action
from wtfc.ui.boards.plan_card_words import priority_gaps, with_theme
from wtfc.ui.boards.plan_room_lane import IDLE
from wtfc.ui.boards.plan_room_pages import PlanLayout
from wtfc.ui.boards.room_paint import HEADING_PX, SMALL_PX
from wtfc.ui.style import pixel_font

PLAN_TITLE = "Who will do what, by when?"
ACT_TITLE = "Is each action happening, and on time?"
# the same question on one line where that one takes two (an 800x600 or 1024x768 projector):
# its second line cost a row of cards on every page
ACT_SHORT_TITLE = "Is each action on track?"


def room_title(*, act: bool, wide: float) -> str:
    """Plan's question, or Act's (``act``): in full where it fits a line of a canvas ``wide``."""
    if not act:
        return PLAN_TITLE
    full = QFontMetricsF(pixel_font(HEADING_PX, bold=True)).horizontalAdvance(ACT_TITLE)
    return ACT_TITLE if full <= wide - 120 else ACT_SHORT_TITLE


def room_facts(doc: Document, theme_id: str | None, actions: list[Action], today: dt.date,
               out: PlanLayout, wide: float) -> str:
    """The line (or two) under the heading for ``actions`` (those shown, laid out as
    ``out``) on a canvas ``wide`` px across; ``theme_id``: the one theme shown, or None."""
    theme = doc.get("themes", theme_id) if theme_id else None
    late = sum(is_overdue(a, today) for a in actions)
    # no zero counts to the room ("0 actions · 0 overdue (⚠)"); the date says what it is
    counts = [f"{len(actions)} action{'s' if len(actions) != 1 else ''}"] if actions else []
    counts += [f"{late} late"] if late else []
    facts = " · ".join([*counts, f"{'as' if counts else 'As'} of {long_date(today)}"])
    if out.idle and not out.idle_line and any(out.pages):
        facts += f" · {IDLE}: {', '.join(role.label for role in out.idle)}"
    if theme is None:  # every theme: a priority with nothing planned is named, as on Plan
        room = (wide - 120 if wide >= 1920 else 2 * (wide - 120) - 80) - QFontMetricsF(
            pixel_font(SMALL_PX)).horizontalAdvance(f"{facts} · ")  # narrower: two lines
        gaps = priority_gaps(doc.workshop, room)
        facts += f" · {gaps}" if gaps else ""
    if theme is None:
        return facts
    # whose work it is after the theme's name, as the why-tree's room view says it
    team = theme_teams_line(doc.workshop, theme.id)
    return with_theme(shown_theme_name(theme.name), f"{team} · {facts}" if team else facts,
                      wide - 120)
