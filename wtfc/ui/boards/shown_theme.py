"""A theme as the room views measure and draw it: one whose name has no words to read (an
older file's "" or lone zero-width space, kept from before one was refused) named "Unnamed
theme", as its poster and the report print it (``unnamed_themes.shown_theme_name``), so a
header is never blank and is laid out for the words it draws."""

from __future__ import annotations

from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Theme


def as_shown(theme: Theme) -> Theme:
    """``theme`` itself, or for a name with no words a copy (same id) named as shown: for the
    views that measure and paint ``theme.name`` in several places."""
    shown = shown_theme_name(theme.name)
    return theme if shown == theme.name else theme.model_copy(update={"name": shown})
