"""How the feedback letter names a theme's actions, a group's not named yet included.

A group the room made and has not named yet ("Group 1 (not named yet)") is a name for the room
to find it by, not something anyone told us, so the letter never prints it. Yet what the council
agreed to do about the group is told, where any theme's actions are and as they are, under a
few of the group's own words: "About what you told us, such as “The carers change every week
so I never…”", from the first of its cards that may be shown (held-back cards are already gone:
``ExportContent``) and that the PDF can draw whole: the check for writing a PDF cannot show
reads no card for the letter, which quotes none but this. A group with none is "About something
we are still naming".
"""

from __future__ import annotations

from wtfc.export.isolates import isolated
from wtfc.export.writing import unshown
from wtfc.model.workshop import Card

STILL_NAMING_ABOUT = "About something we are still naming"
# Last time's group, under "Since last time": last time's cards are not printed (the checks
# before the export read last time's actions and notes, never its cards).
WERE_STILL_NAMING_ABOUT = "About something we were still naming"
SUCH_AS = 60  # characters of a card quoted for a group not named yet: a line of large print


def such_as(cards: list[Card]) -> str:
    """The first of ``cards`` (those that may be shown) with words the PDF can draw, cut after
    a whole word to about ``SUCH_AS`` characters, with "…"; "" for none."""
    for card in cards:
        text = " ".join(card.text.split())
        if not text or unshown(text):  # "[Korean text not shown]" says nothing of the group
            continue
        if len(text) <= SUCH_AS:
            return text
        cut = text[:SUCH_AS]
        if " " in cut[SUCH_AS // 2:]:  # a word ends in its second half: cut there
            cut = cut.rsplit(" ", 1)[0]
        return cut.rstrip(" ,;:.-–—") + "…"
    return ""


def about(theme: str, words: str = "") -> str:
    """The line over a theme's actions among the other themes ("About “I feel lonely”"), or
    over a group's not named yet (``theme`` "") by ``words`` of its cards (``such_as``)."""
    if theme:
        return f"About “{isolated(theme)}”"
    return unnamed_heading(words)


def title(theme: str, words: str = "") -> str:
    """A priority's name, or a group's not named yet by ``words`` of its cards."""
    return theme or unnamed_heading(words)


def unnamed_heading(words: str) -> str:
    """A group not named yet, where a theme's name would be printed."""
    if words:
        return f"About what you told us, such as “{isolated(words)}”"
    return STILL_NAMING_ABOUT
