"""What a screen reader is told after a change made by one key on the Plan, Act and Choose
priorities boards: the row's new words appear with no event a reader hears, so a keyboard-only
user had to read the row again after every Space, + or - to learn whether it worked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action, ActionStatus, Theme
from wtfc.ui.announce import announce
from wtfc.ui.boards.plan_text import short_name, status_heard

SAID_LENGTH = 80  # characters of an action said with its status: the row has it all
STATUS_ORDER = list(ActionStatus)  # the order Space moves an action's status through


def next_status(action: Action) -> ActionStatus:
    """The status Space moves an action on to (dropped wraps round to not started)."""
    return STATUS_ORDER[(STATUS_ORDER.index(action.status) + 1) % len(STATUS_ORDER)]


def status_said(action: Action, today: dt.date) -> str:
    """"Done: Develop Individual Service Funds…"; "Late, started: …" when it is late, as the
    status cell says it ("⚠ Late: started") and the row is heard on arrowing (``status_heard``):
    "In progress, late" put the same fact a second way round."""
    what = short_name(" ".join(action.what.split()), SAID_LENGTH)
    return f"{status_heard(action, today)}: {what}"


def status_said_asking(action: Action, today: dt.date) -> str:
    """A dropped action with no note: its status, then the question the line under the list
    asks with the keyboard in it (``action_reason``)."""
    return f"{status_said(action, today)}. Why was this stopped? Type a few words and press " \
        "Enter, or Esc to leave it blank."


def votes_said(theme: Theme) -> str:
    """"14 votes: I am not treated with respect"; "…: Unnamed theme" for a name with no words
    (an older file's lone zero-width space), as the exports print it: "14 votes:" named none."""
    votes = theme.priority.votes
    return f"{'1 vote' if votes == 1 else f'{votes} votes'}: {shown_theme_name(theme.name)}"


def rank_said(theme: Theme, *, moved: bool = False) -> str:
    """"Chosen as priority 3: I feel lonely…" (Space), "Now priority 2: …" (Alt+Up or
    Alt+Down), or "No longer a priority: …" (Space again). The theme is named: the reader is
    on a Votes cell, and a chosen theme can re-sort, so which one moved was never said."""
    name = short_name(" ".join(shown_theme_name(theme.name).split()))
    if not theme.priority.chosen:
        return f"No longer a priority: {name}"
    return f"{'Now' if moved else 'Chosen as'} priority {theme.priority.rank}: {name}"


def say_theme(widget: QWidget, doc: Document, theme_id: str,
              words: Callable[[Theme], str]) -> None:
    """Tell a screen reader a theme's new state after an edit, as its row now shows it."""
    theme = doc.get("themes", theme_id)
    if isinstance(theme, Theme):
        announce(widget, words(theme))
