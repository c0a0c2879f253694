"""A list of names dropped on Names to watch for (review 32 A1 5): the facilitator keeps the
names in a text file and drops it where they go. It opened Import statements, a table of every
name on the projector and none of them watched; now its lines go into the box as a paste
would put them. Any other file dropped there opens nothing: a sheet of names would be shown."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from wtfc.importing.file_names import shown_file_name

NAMES_FILES = (".txt", ".csv", ".tsv")
MOST_BYTES = 256 * 1024  # a list of a workshop's names is a few KB: a bigger file is not one
LONGEST_LINE = 100  # a name, or "Surname, First; …" at most: longer is a statement or a letter


def not_names(name: str) -> str:
    return (f"Only a text file of names, one a line, goes in Names to watch for: copy the names "
            f"from '{name}' and paste them, or drop it on the list of cards to import it.")


def names_dropped(box: QPlainTextEdit, path: Path, names: tuple[str, ...]) -> str:
    """Put the names in ``path`` at the end of ``box``, as one step its Ctrl+Z takes back, and
    give the words for the window's foot. ``names``: those watched for now, hidden in the
    file's name there. Nothing of the file's own lines is said (the foot may be projected)."""
    shown = shown_file_name(path, names)
    try:
        lines = names_in(path)
    except OSError as exc:  # gone since the drop, another user's, a drive that stopped
        return f"wtfc could not read '{shown}': {exc.strerror or 'it would not open'}."
    except ValueError:
        return f"wtfc could not read '{shown}': its text is damaged."
    if lines is None:
        return not_names(shown)
    if not lines:
        return f"There are no names in '{shown}'."
    from wtfc.ui.card_guard import parse_names

    cursor = box.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()
    if box.toPlainText() and not box.toPlainText().endswith("\n"):
        cursor.insertText("\n")
    cursor.insertText("\n".join(lines))
    cursor.endEditBlock()
    box.setTextCursor(cursor)
    box.setFocus()  # the keyboard where the names went: Tab on ends editing, as after a paste
    count = len(parse_names("\n".join(lines)))
    return f"{count} name{'s' * (count != 1)} from the file added to Names to watch for."


def names_in(path: Path) -> list[str] | None:
    """The lines of a list of names, blank ones left out; None when ``path`` is not one (a
    spreadsheet, columns of cells, long lines of statements)."""
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
    if any("\t" in line or len(line) > LONGEST_LINE for line in lines):
        return None  # columns from a spreadsheet, or sentences
    if path.suffix.lower() == ".csv":
        try:
            if any(sum(1 for cell in row if cell.strip()) > 1 for row in csv.reader(lines)):
                return None  # "P01,My carer is kind,Working": statements, for Import
        except csv.Error:
            return None
    return lines
