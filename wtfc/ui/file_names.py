"""A workshop's words made fit for a file name the app suggests (Save, Export), and the name
Save As suggests for a copy."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

from wtfc.model.storage import SUFFIX

APOSTROPHES = "'’"
JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner: they shape Indic and Arabic words
# characters of a title in a suggested name: Windows allows 259 for a whole path, and a
# OneDrive for Business folder ('C:\Users\…\OneDrive - <council>\Documents\…') is often 150,
# with the date and the export's name (up to 40) still to come
MOST = 50
# UTF-8 bytes of a title in a suggested name: a file name may have 255 (Linux, macOS), and 50
# Bengali or Hindi characters are 150, with the date and the export's name still to come
MOST_BYTES = 160
VIRAMA = 9  # unicodedata.combining() of a virama (halant), which joins the next letter on


def safe_name(text: str, *, most: int = MOST) -> str:
    """``text`` with only letters (with their vowel signs, accents and joiners), digits, spaces,
    '-' and '_': a '/' or ':' (which a folder or Windows reads as something else) becomes a
    space, an apostrophe goes ("peoples"), runs of spaces are one, and a long text is cut at a
    word to ``most`` characters (and ``MOST_BYTES`` bytes)."""
    words = _kept_text(text).split()
    name = " ".join(words)
    while not _fits(name, most) and len(words) > 1:
        words.pop()
        name = " ".join(words)
    return _cut(name, most)


def _kept_text(text: str) -> str:
    """``text`` with each character kept, gone (an apostrophe) or a space. A mark (a vowel
    sign, a virama, an accent) or joiner is kept where it is part of a kept letter: 'আমি জানি'
    is not to become 'আম জ ন'; one left from an emoji that went (the U+FE0F of '❤️', the
    joiners of '👩‍👩‍👧') goes too, else an invisible leftover was the name or ended it."""
    out: list[str] = []
    on_letter = False  # the last character kept is a letter or digit, or a mark on one
    for c in text:
        if _joins_on(c):
            out.append(c if on_letter else "")
        elif c.isalnum() or c in "-_":
            out.append(c)
            on_letter = c.isalnum()
        else:
            out.append("" if c in APOSTROPHES else " ")
            on_letter = False
    return "".join(out)


def _joins_on(c: str) -> bool:
    """A mark or a joiner: part of the letter before it, never to begin a name's remainder."""
    return c in JOINERS or unicodedata.category(c).startswith("M")


def _fits(name: str, most: int) -> bool:
    return len(name) <= most and len(name.encode()) <= MOST_BYTES


def _cut(word: str, most: int) -> str:
    """One word too long for a name, cut where a letter ends: never between a letter and its
    vowel sign or accent, nor after a virama or joiner (which wait for the next letter)."""
    end = len(word)
    while end and not _fits(word[:end], most):
        end -= 1
    while 0 < end < len(word) and (
        _joins_on(word[end])
        or word[end - 1] in JOINERS
        or unicodedata.combining(word[end - 1]) == VIRAMA
    ):
        end -= 1
    return word[:end]


def title_for_names(title: str, names: Iterable[str] = ()) -> str:
    """``title`` for a suggested file name, or "" when the guard finds a possible personal
    detail in it (with ``names``, the names to watch): a file's name shows in the title bar,
    often on the projector, and in recent files, and goes with the file when it is sent."""
    from wtfc.importing.personal_details import find_personal_details

    title = title.strip()
    return "" if find_personal_details(title, known_names=tuple(names)) else title


def copy_beside(path: Path) -> Path:
    """"spring (copy).wtfc" beside "spring.wtfc", or "(copy 2)", "(copy 3)"… if that is taken."""
    for number in range(1, 100):
        copy = path.with_name(f"{path.stem} (copy{f' {number}' if number > 1 else ''}){SUFFIX}")
        if not copy.exists():
            break
    return copy
