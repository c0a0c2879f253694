"""Groups of cards not named yet: the method groups first and names afterwards.

seeds/003: "the group decided which cards were similar, and then what to call each theme"
(research/wtfc-domain.md §3: don't title clusters too early). A new theme made with no name,
or with the pre-filled "I" left as it is, is called "Group 1 (not named yet)", the lowest number
free: a real name, unique and saved, so every file and export stays valid, and Rename gives the
group its "I" statement later (a rename to nothing or "I" is refused: it never turns a named
theme back into a group). The exports and ``wtfc check`` say which are still not named
(``unnamed_warning``): a warning, never a refusal. A theme with no words to read in its name
(an older file's "", or a lone copied zero-width space saved before session 32 refused one) is
not named either: the exports print it as "Unnamed theme" (``shown_theme_name``), never an
empty “” heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wtfc.model.blank_text import is_blank
from wtfc.model.workshop import Theme, Workshop

PLACEHOLDER = "Group {n} (not named yet)"
UNNAMED_THEME = "Unnamed theme"  # a theme whose name has no words, as the exports print it
_UNNAMED = re.compile(r"group \d+ not named yet")  # ``PLACEHOLDER`` as ``normalise_name`` has it
_LISTED = 5  # named in a warning; the rest counted


def wants_placeholder(typed: str) -> bool:
    """Whether a name typed for a new theme means "name it later": nothing, or the dialog's
    pre-filled "I" left untouched (Enter on it made a theme called "I", and then no second), or
    "i", typed fast without Shift (a theme called "i" on the projector)."""
    return is_blank(typed) or " ".join(typed.split()).casefold() == "i"


def is_unnamed(name: str) -> bool:
    """Whether a theme still has the name it was given as a group not named yet, or one typed
    like it in any case or punctuation ("group 2 (Not named yet)"): the one rule the exports,
    the warning, Review and the name checks go by, as ``placeholder_name`` counts a number taken.
    A name with no words to read (``is_blank``) is not named either."""
    from wtfc.model.compare_text import normalise_name  # as in ``placeholder_name``

    return is_blank(name) or _UNNAMED.fullmatch(normalise_name(name)) is not None


def shown_theme_name(name: str) -> str:
    """A theme's name as an export prints it: ``UNNAMED_THEME`` for one with no words to read,
    so a poster, a chapter or a bookmark never has an empty heading."""
    return UNNAMED_THEME if is_blank(name) else name


def placeholder_name(themes: Iterable[Theme]) -> str:
    """"Group n (not named yet)" with the lowest n no theme of any kind has: unique across the
    kinds, so the projector and the posters never show two groups with one name."""
    # here: the rest of Review's comparison is not needed to start (as in operations.themes)
    from wtfc.model.compare_text import normalise_name

    taken = {normalise_name(t.name) for t in themes}
    n = 1
    while normalise_name(PLACEHOLDER.format(n=n)) in taken:
        n += 1
    return PLACEHOLDER.format(n=n)


def unnamed_warning(ws: Workshop) -> str:
    """What an export or ``wtfc check`` says while groups are not named yet ("" when none)."""
    unnamed = [t for t in ws.themes if is_unnamed(t.name)]
    if not unnamed:
        return ""
    listed = ", ".join(f"“{shown_theme_name(t.name)}” ({t.kind.label.lower()})"
                       for t in unnamed[:_LISTED])
    more = f" and {len(unnamed) - _LISTED} more" if len(unnamed) > _LISTED else ""
    if len(unnamed) == 1:
        return (f"1 theme is not named yet: {listed}. It prints under that name (the feedback "
                f"letter says “something we are still naming”). Give it its “I” statement "
                f"with Rename theme (F2) on the Theme stage or on Choose priorities.")
    return (f"{len(unnamed)} themes are not named yet: {listed}{more}. They print under those "
            f"names (the feedback letter says “something we are still naming”). Give each its "
            f"“I” statement with Rename theme (F2) on the Theme stage or on Choose priorities.")
