"""A list of names dropped on Names to watch for (review 32 A1 5): the facilitator keeps the
names in a text file and drops it where they go. It opened Import statements, a table of every
name on the projector and none of them watched; now its lines go into the box as a paste
would put them. Any other file dropped there opens nothing: a sheet of names would be shown.
Dropped anywhere else, a file that reads as a list of names opens nothing either (A2 1)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from wtfc.importing.file_names import shown_name
from wtfc.importing.who_is_who import name_of
from wtfc.ui.names_list import (
    ADDRESS,
    SENTENCE_WORDS,
    coded_name,
    file_lines,
    is_heading,
    is_names_list,
    name_shaped,
    notes_beside_names,
)

NAMES_FILES = (".txt", ".csv", ".tsv")
MOST_BYTES = 256 * 1024  # a list of a workshop's names is a few KB: a bigger file is not one
# a name, or "Surname, First" at most: longer is a statement or a letter. Measured per name of
# a To line, its addresses left out (one of four people is 177 characters, review 32 A3 R2)
LONGEST_LINE = 100
MOST_WORDS = 5  # in one name: "Mary van der Berg-Smith" is four; more is a sentence
_PARTS = re.compile(r"[,;]")
_QUOTES = "\"'“”‘’«»<>()[]"
_BRACKETS = re.compile(r"\([^()]*(?:\)|$)|\[[^\[\]]*(?:\]|$)")
# as a file's name is saved by a case system ("Quarrie_Zebulon_notes.docx", "Green, Hope -
# review.docx"): these read as spaces when looking for a name in it (the guard reads sentences)
_NAME_BREAKS = str.maketrans({mark: " " for mark in "_-,.+"})


def not_names(name: str) -> str:
    return (f"Only a text file of names, one a line, goes in Names to watch for: copy the names "
            f"from '{name}' and paste them, or drop it on the list of cards to import it.")


def codes_not_taken(name: str) -> str:
    """For a list of people with their codes the box cannot read: dropped on the cards it would
    show every name and note in Import's table, so the words do not send it there."""
    return (f"Names to watch for could not read the names in '{name}': copy the names from it "
            "and paste them there.")


def names_not_taken(name: str) -> str:
    """For a list of names the box cannot take (a sheet of them): dropped on the cards it
    would open nothing either, so the words do not send it there (review 32 A3 R2)."""
    return (f"'{name}' is a list of names, but only a text file of them goes in Names to watch "
            "for: copy the names from it and paste them there.")


def names_dropped(box: QPlainTextEdit, path: Path, names: tuple[str, ...]) -> str:
    """Put the names in ``path`` at the end of ``box``, as one step its Ctrl+Z takes back, and
    give the words for the window's foot. ``names``: those watched for now, hidden in the
    file's name there. Nothing of the file's own lines is said (the foot may be projected)."""
    shown = shown_dropped(path, names)
    try:
        lines = names_in(path)
    except OSError as exc:  # gone since the drop, another user's, a drive that stopped
        return f"wtfc could not read '{shown}': {exc.strerror or 'it would not open'}."
    except ValueError:
        return f"wtfc could not read '{shown}': its text is damaged."
    if lines is None:
        return _not_taken(path, shown)
    if not lines:
        return f"There are no names in '{shown}'."
    from wtfc.importing.names_list import people_in
    from wtfc.importing.pasted_names import parse_names

    cursor = box.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()
    if box.toPlainText() and not box.toPlainText().endswith("\n"):
        cursor.insertText("\n")
    cursor.insertText("\n".join(lines))
    cursor.endEditBlock()
    box.setTextCursor(cursor)
    box.setFocus()  # the keyboard where the names went: Tab on ends editing, as after a paste
    # people, as a list is counted: "Long, Grace" is one, as a code's line with its notes
    count = min(people_in("\n".join(lines)), len(parse_names("\n".join(lines)))) or len(lines)
    return f"{count} name{'s' * (count != 1)} from the file added to Names to watch for."


def _not_taken(path: Path, shown: str) -> str:
    """Why a file dropped on the box was not taken, and never "import it" for a list whose
    lines start with a code and a name: Import's table would show its names and notes."""
    lines = file_lines(path)
    if any(coded_name(line) for line in lines[:3]):
        return codes_not_taken(shown)
    return names_not_taken(shown) if is_names_list(lines) else not_names(shown)


def names_in(path: Path) -> list[str] | None:
    """The lines of a list of names, blank ones left out, and a person's code and an area
    ("P01, Zebulon Quarrie, North": no name to watch for, ``who_is_who``), a note on a line
    of its own put beside its name ("Zebulon Quarrie - rings after 5"); None when ``path`` is
    not one (a spreadsheet, columns of cells, long lines of statements)."""
    if not path.name.lower().endswith(NAMES_FILES) or path.stat().st_size > MOST_BYTES:
        return None
    from wtfc.importing.errors import ImportFailed
    from wtfc.importing.text_reader import decode_text

    try:
        text, _encoding = decode_text(path.read_bytes())
    except ImportFailed as exc:  # UTF-16 that is damaged
        raise ValueError(str(exc)) from exc
    if "\x00" in text:
        return None  # not text at all
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    listed = is_names_list(lines)
    coded: set[int] = set()  # a code, a name and its notes: the notes no statement's cells
    if listed:
        if len(lines) > 1 and is_heading(lines[0]):
            lines = lines[1:]  # its heading ("Names to watch for") is no name to watch
        coded = {at for at, line in enumerate(lines) if coded_name(line)}
        # codes and areas off, as a pasted list's are: "Margaret Ellsworth (P02, North)"
        lines = [name_of(line) for line in lines]
    if any("\t" in line or _too_long(line) or (at not in coded and _sentence(line))
           for at, line in enumerate(lines)):
        return None  # columns from a spreadsheet, or statements
    if path.suffix.lower() == ".csv":
        try:
            rows = [[cell.strip() for cell in row if cell.strip()]
                    for at, row in enumerate(csv.reader(lines)) if at not in coded]
        except csv.Error:
            return None
        if any(len(row) > 2 or (len(row) == 2 and any(" " in cell for cell in row))
               for row in rows):
            return None  # "P01,My carer is kind,Working": statements, for Import; but
        # "Quarrie,Zebulon" is a surname and a first name, as Excel saves "Surname, First"
    lines = [line for line in lines if line]  # a line of a code and an area alone
    # a note on its own line goes beside its name: read as a note there, not as a name
    return notes_beside_names(lines) if listed else lines


def _too_long(line: str) -> bool:
    return any(len(part.strip()) > LONGEST_LINE for part in _PARTS.split(ADDRESS.sub(" ", line)))


def _sentence(line: str) -> bool:
    """A statement's line: not name-shaped ("Do Van An" is, its "Do" and "An" being sentence
    words too), with two sentence words, or a part of more than five words, outside brackets
    ("Zebulon Quarrie (son of the late Mary Quarrie)" is a name)."""
    if name_shaped(line):
        return False
    line = _BRACKETS.sub(" ", line)
    words = [word.strip(_QUOTES).casefold() for word in line.split()]
    return (sum(word in SENTENCE_WORDS for word in words) >= 2
            or any(len(part.split()) > MOST_WORDS for part in _PARTS.split(line)))


def reads_as_names(lines: list[str]) -> bool:
    """True when ``lines`` read as a list of names to watch for (``names_list``): mostly one
    to four capitalised words a name, roles, pronouns, numbers and a heading allowed. A file of
    statements, codes or headings has lines that are not ("P01", "My carer is kind")."""
    return is_names_list(lines)


def shown_dropped(path: Path, names: tuple[str, ...]) -> str:
    """A dropped file's name for the window's foot, a watched name in it as [name] also where
    "_", "-", ",", "." or "+" parts it from the next word (a name found either way is hidden)."""
    name = path.name
    from wtfc.importing.personal_details import find_personal_details, redact

    spaced = name.translate(_NAME_BREAKS)  # the same length: what is found there maps back
    found = find_personal_details(spaced, known_names=names)
    return shown_name(redact(name, found), names)  # and what is found in the name as it is
