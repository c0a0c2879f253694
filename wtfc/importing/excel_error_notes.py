"""What the import says about cells it could not read for Excel: a formula whose result was
not saved, or an error value (#NAME?, #N/A, #REF!…), with what to do about each."""

from __future__ import annotations

from collections.abc import Iterable

from wtfc.importing.file_names import shown_name

# Said wherever rows are skipped for SkipReason.FORMULA (the report, Import's forecast…).
FORMULA_ADVICE = (
    "Cells that hold a formula whose result was not saved read as empty (a program, not "
    "Excel, saved the file): open the file in Excel, save it, and import it again."
)


# Said in the report when a cell shows an Excel error (SkipReason.EXCEL_ERROR, a tag's), by
# the error: #NAME? is what Excel makes of words typed starting with "-" ("-lonely"); the
# others (#N/A from a lookup, #REF!…) come from a real formula, with no words to keep.
EXCEL_ERROR_ADVICE = (
    "A cell that shows #NAME? holds no words: Excel took words starting with "
    "=, -, + or @ for a formula. In Excel, type an apostrophe (') before the words, save the "
    "file, and import it again."
)
FORMULA_ERROR_ADVICE = (
    "A cell that shows an error such as #N/A or #REF! holds a formula whose result is an "
    "error, not words or a code: in Excel, type the words or the code into the cell in place "
    "of the formula, save the file, and import it again."
)


def excel_error_advice(errors: Iterable[str]) -> list[str]:
    """What to do about the Excel error values seen ("#NAME?", "#N/A"…), each advice once."""
    seen = set(errors)
    return ([EXCEL_ERROR_ADVICE] if "#NAME?" in seen else []) + (
        [FORMULA_ERROR_ADVICE] if seen - {"#NAME?"} else [])


ERROR_TAGS_LISTED = 5


def error_tags_note(cells: list[tuple[str, str, str]]) -> str:
    """Tag and role cells showing an Excel error, left blank: said once, with their cells
    ((heading, "C4", "#REF!")), never their rows' words."""
    shown = ", ".join(f"“{shown_name(heading)}” in {cell} ({error})"
                      for heading, cell, error in cells[:ERROR_TAGS_LISTED])
    if len(cells) > ERROR_TAGS_LISTED:
        shown += f" and {len(cells) - ERROR_TAGS_LISTED:,} more"
    cells_said = "1 cell shows" if len(cells) == 1 else f"{len(cells):,} cells show"
    return (f"{cells_said} an Excel error, so {'it was' if len(cells) == 1 else 'they were'} "
            f"left blank (no tag or role taken from {'it' if len(cells) == 1 else 'them'}): "
            f"{shown}.")
