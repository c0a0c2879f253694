"""How the feedback letter names a theme's actions, the groups' not named yet included.

A group the room made and has not named yet ("Group 1 (not named yet)") is a name for the room
to find it by, not something anyone told us, so the letter never prints it. Yet what the council
agreed to do about the group is told, where any theme's actions are and as they are, under
"About something we are still naming". Not under any of its cards' words: the letter quotes no
one (a group of one card would point at the one person who said it). Several such groups are
told as one, "About things we are still naming": the same heading two or three times over
looked like a printing fault to an older reader. It comes after the named themes, the least
telling heading last: where the first group stood, the later groups' actions came in front of a
named theme and used up the letter's length, so the theme that carries the older people's "I"
statement was cut to "(5 things planned)". A priority keeps its
own number and place ("2. About something we are still naming").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from wtfc.export.isolates import isolated

STILL_NAMING_ABOUT = "About something we are still naming"
STILL_NAMING_ABOUT_SEVERAL = "About things we are still naming"
WERE_STILL_NAMING_ABOUT = "About something we were still naming"  # last time's, under "Since"
WERE_STILL_NAMING_ABOUT_SEVERAL = "About things we were still naming"
# the groups that were not priorities, after the named themes, where a priority not named was
# told in its place: a second "About something we were still naming" read as a printing fault
WERE_STILL_NAMING_OTHERS = "About other things we were still naming"

K = TypeVar("K")
T = TypeVar("T")


def about(theme: str, groups: int = 1) -> str:
    """The line over a theme's actions among the other themes ("About “I feel lonely”"), or
    over those of ``groups`` groups not named yet (``theme`` "")."""
    if theme:
        return f"About “{isolated(theme)}”"
    return STILL_NAMING_ABOUT_SEVERAL if groups > 1 else STILL_NAMING_ABOUT


def were_about(groups: int) -> str:
    """The line over last time's actions about ``groups`` groups it had not named."""
    return WERE_STILL_NAMING_ABOUT_SEVERAL if groups > 1 else WERE_STILL_NAMING_ABOUT


def title(theme: str) -> str:
    """A priority's name, or a group's not named yet (its number tells it apart)."""
    return theme or STILL_NAMING_ABOUT


def told_together(
    themes: Iterable[tuple[K, list[T]]], not_named: Callable[[K], bool]
) -> list[tuple[K, list[T]]]:
    """``themes`` (a theme, its actions) in order, then those ``not_named`` as one, after the
    rest, with all their actions (in their order: the caller sorts them)."""
    named: list[tuple[K, list[T]]] = []
    together: tuple[K, list[T]] | None = None
    for theme, actions in themes:
        if not not_named(theme):
            named.append((theme, list(actions)))
        elif together is None:
            together = (theme, list(actions))
        else:
            together[1].extend(actions)
    return named if together is None else [*named, together]
