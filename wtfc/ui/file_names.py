"""A workshop's words made fit for a file name the app suggests (Save, Export)."""

from __future__ import annotations

APOSTROPHES = "'’"
MOST = 80  # characters of a title in a suggested name: well inside any system's limit


def safe_name(text: str, *, most: int = MOST) -> str:
    """``text`` with only letters, digits, spaces, '-' and '_': a '/' or ':' (which a folder or
    Windows reads as something else) becomes a space, an apostrophe goes ("peoples"), runs of
    spaces are one, and a long text is cut at a word to ``most`` characters."""
    kept = "".join(c if c.isalnum() or c in "-_" else "" if c in APOSTROPHES else " " for c in text)
    words = kept.split()
    name = " ".join(words)
    while len(name) > most and len(words) > 1:
        words.pop()
        name = " ".join(words)
    return name[:most]
