"""Cells that hold more than one answer: a line each ("To see my grandchildren more⏎To feel
safe at night", or "<br>" once the formatting is off), or parts after "; " ("To have the same
carer every week; To get out to the shops on my own").

On one card they read as one garbled sentence, and the room can put a card in only one theme,
so one answer is lost to theming. Each part becomes a card of the row's kind and person, as the
facilitator chooses on the mapping step (``--split-lines`` / ``--keep-cells``).

Only parts that are each a sentence of three words or more: a list of words ("Mon; Wed; Fri",
"Lunch club⏎Day centre") stays one card. A line that does not start a sentence (a small letter
first, or after a line ending in "," or "and") is the sentence before wrapped: it joins it.
"""

from __future__ import annotations

import re

# A list's mark at a line's start ("- ", "• ", "* ", "1. ", "2) "): a new answer, mark dropped
_BULLET = re.compile(r"^(?:[-–—•*·▪◦]|\d{1,2}[.)])\s+")
# Words a wrapped sentence's line may end on, its next line going on with it
_GOES_ON = frozenset(("and", "or", "but", "so", "because", "the", "a", "an", "to", "of", "with",
                     "for", "in", "on", "at", "my", "our", "i"))
_MIN_WORDS = 3


def answers_in(cell: str) -> list[str]:
    """The answers ``cell`` (its words, formatting taken off, line ends kept) holds when it
    holds more than one, each on one line; [] when it holds one."""
    return parted(cell)[0]


def parted(cell: str) -> tuple[list[str], str]:
    """``answers_in(cell)``, and how they were parted: "line", "; " or "both" ("" for one)."""
    if "\n" not in cell and "; " not in cell:  # most cells: asked on each mapping change
        return [], ""
    units = _lines(cell)
    by_lines = len(units) > 1 and all(map(_sentence, units))
    if not by_lines:
        units = [" ".join(" ".join(units).split())]
    parts = [part for unit in units for part in _semicolon_parts(unit)]
    if len(parts) < 2:
        return [], ""
    return parts, "both" if by_lines and len(parts) > len(units) else "line" if by_lines else "; "


def _lines(cell: str) -> list[str]:
    """The cell's lines with words, a wrapped sentence's lines joined."""
    lines: list[str] = []
    for raw in cell.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        bullet = _BULLET.match(line)
        line = line[bullet.end():] if bullet else line
        if lines and not bullet and _goes_on(lines[-1], line):
            lines[-1] += " " + line
        else:
            lines.append(line)
    return lines


def _goes_on(before: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence of the line ``before`` it."""
    first = line[0]
    if first.islower() or not (first.isalnum() or first in "\"'“‘("):
        return True
    last = before.split()[-1]
    return before[-1] in ",(&/" or last.casefold() in _GOES_ON


def _sentence(part: str) -> bool:
    """A sentence of three words or more, starting as one does (not with a small letter)."""
    return len(part.split()) >= _MIN_WORDS and not part[0].islower()


def _semicolon_parts(unit: str) -> list[str]:
    """``unit``'s parts after "; " when each is a sentence, else ``unit`` whole."""
    parts = [part.strip() for part in unit.split("; ")]
    return parts if len(parts) > 1 and all(map(_sentence, parts)) else [unit]
