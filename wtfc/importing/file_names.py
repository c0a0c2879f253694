"""A spreadsheet's name as wtfc says it: what the guard finds in it shown as its kind.

Files of review notes are often named after the person ("Review notes - Mrs Patricia Jones.xlsx"),
and the import dialog, its messages and its report may be on a screen mirrored on the projector.
So the name is said as "Review notes - [name].xlsx" everywhere the import speaks of it; the
facilitator knows which file they chose. A workbook's sheets ("Mrs Jones", "Mr Patel") are
said the same way.
"""

from __future__ import annotations

from pathlib import Path

from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.model.control_characters import name_shown


def shown_file_name(path: Path | str, names: tuple[str, ...] = ()) -> str:
    """The file's name (not its folder) with possible personal details shown as their kind."""
    return shown_name(Path(path).name, names)


def shown_name(name: str, names: tuple[str, ...] = ()) -> str:
    """A file's or a sheet's name ("Mrs Jones") with possible personal details shown as their
    kind ("[name]"), a line break as a space and other control characters and bidi controls
    as codes (``name_shown``): a sheet "Real⏎Sheet" split the message, one "Notes[U+202E]txt.exe"
    turned the words after it around."""
    return name_shown(redact(name, find_personal_details(name, known_names=names)))
