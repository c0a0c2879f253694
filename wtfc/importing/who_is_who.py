"""A line of a who-is-who list read as the name it gives, the same whether pasted in Names to
watch for, given to ``wtfc import --names`` or dropped as a file (review 36 W1 R2).

The import tells the facilitator to note each person's code on the area's own list of who is
who; that list, pasted ("Margaret Ellsworth (P02, North)", "Harold Pike - P05 South", cells
copied from Excel: "P01⇥Zebulon Quarrie⇥North"), made "P02" and "North" names to watch for:
"The North team never rings me back" was held back, and a later sheet's Area "North" was called
a personal detail. A dropped file only took a code off the front of a line. Now every reader
takes off what is no name: a person's code (a name has no digits) and an area word standing on
its own as a cell, a bracket's part or a note ("North", "South East"). "Oliver North" is a
name, "North" alone is an area.
"""

from __future__ import annotations

import re

from wtfc.importing.names_list import CODE_FIRST, is_heading

# the words a locality of a care area is made of ("North", "South East", "Central", "City"),
# and what may follow them ("North team", "South area"): none of them alone names anyone
AREA_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "central", "mid", "inner", "outer", "upper", "lower", "city", "town", "county", "rural",
    "urban"})
_AREA_TAILS = frozenset({
    "area", "areas", "team", "locality", "patch", "region", "district", "zone", "side"})
# a person's code among a line's words: letters then digits ("P02", "AB-123"); a number alone
# is a phone's, an age's or a note's ("rings after 5") and is left to the name reader
_CODE = re.compile(r"(?<![\w-])[^\W\d_]{1,6}[-_]?\d{1,6}[^\W\d_]?(?![\w-])")
_CELLS = re.compile(r"([\t,;|])")  # what parts a line's cells, kept to join them again
_BRACKET = re.compile(r"\(([^()\n]*)\)|\[([^\[\]\n]*)\]")
_BRACKET_PARTS = re.compile(r"(\s*[,;:]\s*|\s[-–—]\s)")
_NOTE = re.compile(r"(\s[-–—]\s|:\s)")  # a note beside a name: "Harold Pike - P05 South"
_WORDS = re.compile(r"[^\W\d_]+")


def names_lines(text: str) -> list[str]:
    """The lines of a pasted list with no code or area word left on them, its heading ("Code,
    Name, Area") left out as a dropped file's is; lines that were only these go."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and is_heading(lines[0]):
        lines = lines[1:]
    return [kept for line in lines if (kept := name_of(line)).strip()]


def name_of(line: str) -> str:
    """``line`` without a person's code (first, as a cell, in a bracket or a note) and without
    a cell, bracket part or note that is only an area's words; all else as typed, for the name
    reader (``parse_names``) to read as before."""
    if not _CODE.search(line) and not _an_area_somewhere(line):
        return line  # the box reads on every key: most lines have neither
    line = CODE_FIRST.sub("", line, count=1)
    line = _BRACKET.sub(_bracket_kept, line)
    cells = _CELLS.split(line)  # a cell, a separator, a cell, …
    kept: list[str] = []
    for at in range(0, len(cells), 2):
        cell = _note_kept(cells[at])
        # an area word first is a surname before its given name: "West, Kanye"
        if _nothing_of_a_name(cell, area=bool(kept)):
            continue
        if kept:
            kept.append(cells[at - 1])
        kept.append(cell)
    return "".join(kept).strip()


def _an_area_somewhere(line: str) -> bool:
    return any(w.casefold() in AREA_WORDS for w in _WORDS.findall(line))


def _bracket_kept(match: re.Match[str]) -> str:
    inside = match[1] if match[1] is not None else match[2]
    parts = _BRACKET_PARTS.split(inside)  # a part, a separator, a part, …
    kept: list[str] = []
    for at in range(0, len(parts), 2):
        if not _nothing_of_a_name(parts[at]):
            kept += [parts[at - 1], parts[at]] if kept else [parts[at]]
    return f"{match[0][0]}{''.join(kept).strip()}{match[0][-1]}" if kept else ""


def _note_kept(cell: str) -> str:
    """A cell with its notes' codes and areas taken off: "Harold Pike - P05 South" is "Harold
    Pike"; the name before the first note keeps its words (a code glued to it goes)."""
    pieces = _NOTE.split(cell)
    kept = [_CODE.sub("", pieces[0]).rstrip() if _CODE.search(pieces[0]) else pieces[0]]
    for at in range(1, len(pieces), 2):
        note = _CODE.sub("", pieces[at + 1]).strip()
        if not _nothing_of_a_name(note):
            kept += [pieces[at], note]
    return "".join(kept)


def _nothing_of_a_name(part: str, *, area: bool = True) -> bool:
    """A part that is only a code, an area ("North", "South East", "North team"; with
    ``area``) or nothing."""
    rest = _CODE.sub("", part)
    words = [w.casefold() for w in _WORDS.findall(rest)]
    if not words:
        return not rest.strip() or bool(_CODE.search(part))
    return area and (words[0] in AREA_WORDS and all(w in AREA_WORDS or w in _AREA_TAILS
                                           for w in words[1:]))
