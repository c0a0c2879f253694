"""Opens whatever file the user picked: tells a workbook from a CSV by its first bytes, and
refuses empty, huge, password-protected and non-spreadsheet files in plain words."""

from __future__ import annotations

import os
from pathlib import Path

from wtfc.importing.errors import CHOOSE_INSTEAD, ImportFailed
from wtfc.importing.file_names import shown_file_name
from wtfc.importing.limits import MAX_FILE_BYTES
from wtfc.importing.other_sheet_codes import OWN_CODES_BOX
from wtfc.importing.table import SourceTable
from wtfc.importing.text_reader import read_delimited_bytes
from wtfc.importing.workbook_reader import password_protected_error, read_workbook
from wtfc.importing.xls_probe import check_xls_in_child
from wtfc.importing.zip_guard import check_workbook_zip
from wtfc.model.workshop_start import starts_as_workshop

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: old .xls, or an encrypted .xlsx
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_NOT_SPREADSHEETS = {b"%PDF": "a PDF", b"\x89PNG": "a picture", b"\xff\xd8\xff": "a picture"}
WORKSHOP_ENDING = ".wtfc"


def read_source(path: str | os.PathLike[str], *, sheet: str | None = None,
                names: tuple[str, ...] = ()) -> SourceTable:
    """Read a .xlsx/.xls/.ods workbook (the named or first sheet) or a CSV/text file. Its name
    is said with possible personal details shown as their kind, ``names`` (the names to watch
    for) among them, in every message and in the table's ``source_name``."""
    path = Path(path)
    name = shown_file_name(path, names)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ImportFailed(f"{name} is a folder. Choose a spreadsheet file in it.")
        if size == 0:
            raise ImportFailed(f"{name} is empty: there are no statements in it.")
        if size > MAX_FILE_BYTES:
            raise ImportFailed(
                f"{name} is {size / 1024 / 1024:.0f} MB, too big to import (the limit is "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB). Keep only the statements in it, or "
                "split it into smaller files."
            )
        with path.open("rb") as handle:
            start = handle.read(200)
        if is_workshop_start(path, start):  # read as CSV, it is one row of JSON "columns"
            raise ImportFailed(workshop_refused(name))
        head = start[:8]
        if head.startswith(_ZIP):
            checked = check_workbook_zip(path, name)
            return read_workbook(path, sheet=sheet, shown=name, marked=checked.marked,
                                 too_big=checked.too_big)
        if head == _OLE:
            if _ENCRYPTED_PACKAGE in path.read_bytes():
                raise password_protected_error(name)
            check_xls_in_child(path, name)  # its far cells cannot be looked for beforehand
            return read_workbook(path, sheet=sheet, shown=name)
        for magic, what in _NOT_SPREADSHEETS.items():
            if head.startswith(magic):
                raise ImportFailed(
                    f"{name} is {what}, not a spreadsheet. Choose {CHOOSE_INSTEAD}."
                )
        return read_delimited_bytes(path.read_bytes(), source_name=name)
    except FileNotFoundError as exc:
        # (not its folder: "…/Mrs Patricia Jones/review.csv" names someone too)
        raise ImportFailed(f"There is no file called {name} there any more (it may have been "
                           "moved or renamed).") from exc
    except PermissionError as exc:
        raise ImportFailed(
            f"{name} could not be opened: this computer does not allow reading it. If it "
            "is open in Excel, close it there and try again."
        ) from exc
    except OSError as exc:
        raise ImportFailed(f"{name} could not be read: {exc.strerror or exc}.") from exc
    except MemoryError as exc:
        raise ImportFailed(f"{name} is too big for this computer's memory.") from exc


def workshop_refused(name: str) -> str:
    """The app's words for a workshop chosen to import: opened, or its cards brought in as
    ``wtfc import`` says (``cli_advice.refuse_workshop_source``), through its data export,
    with what that export leaves behind said."""
    return (f"{name} is a wtfc workshop, not a spreadsheet. To open it, use File → Open. To "
            "bring its cards into this workshop, open it, export its data (File → Export → Data "
            "for commissioners), then come back and import that file's Cards sheet, ticking "
            f"“{OWN_CODES_BOX}” if its person codes may be another area's people. Held-back "
            "cards are not in the export, and a locality or other tag it hides (fewer than 5 "
            f"people have it) arrives blank. To import statements, choose {CHOOSE_INSTEAD}.")


def is_workshop_start(path: Path, start: bytes) -> bool:
    """Whether a file whose first bytes are ``start`` is a saved workshop (its copies too,
    whatever their ending): the .wtfc ending, or a workshop's first bytes."""
    return path.suffix.lower() == WORKSHOP_ENDING or starts_as_workshop(start)
