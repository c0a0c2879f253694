"""Where an export is saved: the Save dialog asked until its answer is a name the export may
write. It took any ending, so an answer naming the open workshop's own file ("Replace?" Yes,
taken for last week's export) made the workshop a PDF, said "Export saved", and the next
morning it would not open. Now the command line's ending rule holds here too (``output_name``:
a PDF ends in .pdf, added when no ending is typed; the data in .xlsx or .csv), and a workshop
file, its earlier versions, lock or recovery copy, and the open workshop's own file whatever
its ending, is refused in plain words and the dialog asked again; so is any file holding a
workshop or a recovery copy, whatever its name (``workshop_at_out``: last spring's workshop
saved as "spring.pdf" was replaced unasked-about, the dialog's "Replace?" taking it for a PDF)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtWidgets import QWidget

# What wtfc keeps of a workshop beside it or in its recovery folder (``storage.SUFFIX``,
# ``atomic_save``'s .bak, ``file_lock``'s .lock, ``recovery.SNAPSHOT_NAME``): never an export's.
WORKSHOP_ENDINGS = (".wtfc", ".lock", ".wtfc-recovery")


def ask_export_path(parent: QWidget, *, key: str, title: str, start: Path, file_filter: str,
                    default_ending: str, workshop_file: Path | None) -> Path | None:
    """The file the export of ``key`` is to be written to, or None when the dialog is
    cancelled (or "Replace?" answered No for a name it added the ending to)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from wtfc.ui.chosen_path import chosen_path
    from wtfc.ui.plain_tip import as_typed

    while True:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
        if not name:
            return None
        refused, path = refusal(key, name, default_ending, workshop_file)
        if not refused:
            # asks "Replace?" for a name it added the ending to (the dialog asked for the other)
            return chosen_path(parent, name, path.suffix)
        QMessageBox.warning(parent, "Choose another name", as_typed(refused))
        start = Path(name).parent / Path(start).name  # asked again where she was looking


def refusal(key: str, name: str, default_ending: str,
            workshop_file: Path | None) -> tuple[str, Path]:
    """Why the export may not be saved as ``name`` ("" when it may), and the path it would
    be written to (the ending added)."""
    from wtfc.export.cli import output_name
    from wtfc.export.errors import ExportError

    typed = Path(name)
    try:
        path = output_name(key, typed, data_ending=default_ending)
    except ExportError as exc:  # "day.wtfc": said as the workshop file it is, first
        return _workshop_file_said(typed, typed, workshop_file) or str(exc), typed
    # typed "day" (→ "day.pdf") or "….wtfc.bak2" (→ "….bak2.xlsx"): the open workshop, or a
    # version of one, may have been saved as that
    if path != typed and (said := _workshop_file_said(typed, typed, workshop_file)):
        return said, typed
    # every file the export writes: the data as "spring.csv" is spring-cards.csv, … and never
    # spring.csv, so a workshop saved as "spring-people.csv" was replaced unasked-about
    from wtfc.export.workshop_at_out import files_written

    for written in files_written(key, path):
        if said := _workshop_file_said(written, path, workshop_file):
            return said, path
    return "", path


def _workshop_file_said(path: Path, output: Path, workshop_file: Path | None) -> str:
    """Why ``path``, a file the export saved as ``output`` writes, may not be written."""
    from wtfc.export.workshop_at_out import WORKSHOP, file_named, held_by
    from wtfc.model.kept_names import version_of

    shown = file_named(path, output)
    if workshop_file is not None and _same_file(path, workshop_file):
        return (f"{shown} is this workshop's own file. An export saved there would replace "
                f"the workshop, and the day's work would be lost. Choose another name for "
                f"the export.")
    if path.name.lower().endswith(WORKSHOP_ENDINGS) or version_of(path) is not None:
        return (f"{shown} is a workshop file (or one wtfc keeps beside a workshop). An "
                f"export saved there would replace it. Choose another name for the export.")
    # wtfc opens a workshop by what it holds: last spring's, saved as "spring.pdf", is one
    if held := held_by(path):
        said = (f"holds {held}, whatever its name ends in" if held == WORKSHOP
                else f"is {held}")
        return (f"{shown} {said}. An export saved there would replace it, and the work in "
                f"it would be lost. Choose another name for the export.")
    return ""


def _same_file(path: Path, workshop_file: Path) -> bool:
    """The same file, however it is named: resolved (links, "..", a relative name), or, on
    a disk that ignores case, the same file on disk ("DAY.PDF" for "day.pdf")."""
    with contextlib.suppress(OSError, RuntimeError):  # a name the disk cannot resolve: not it
        if path.resolve() == workshop_file.resolve():
            return True
    with contextlib.suppress(OSError):  # either not there: not the same file
        return os.path.samefile(path, workshop_file)
    return False
