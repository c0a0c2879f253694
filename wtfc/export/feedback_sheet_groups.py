"""How the feedback letter names a theme's actions, a group's not named yet included.

A group the room made and has not named yet ("Group 1 (not named yet)") is a name for the room
to find it by, not something anyone told us, so the letter never prints it. Yet what the council
agreed to do about the group is told, where any theme's actions are and as they are, under
"About something we are still naming". Not under any of its cards' words: the letter quotes no
one (a group of one card would point at the one person who said it).
"""

from __future__ import annotations

from wtfc.export.isolates import isolated

STILL_NAMING_ABOUT = "About something we are still naming"
WERE_STILL_NAMING_ABOUT = "About something we were still naming"  # last time's, under "Since"


def about(theme: str) -> str:
    """The line over a theme's actions among the other themes ("About “I feel lonely”"), or
    over a group's not named yet (``theme`` "")."""
    return f"About “{isolated(theme)}”" if theme else STILL_NAMING_ABOUT


def title(theme: str) -> str:
    """A priority's name, or a group's not named yet."""
    return theme or STILL_NAMING_ABOUT
