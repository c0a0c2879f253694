"""What the import's mapping step says above its preview: the file as read (its name, the rows
under the headings, how it was read, its notes) and why the step opened, when it opened only
for the kind values. Names read as the screen may show them (``ScreenWords``)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from wtfc.importing.mapping import ColumnMapping
from wtfc.importing.table import SourceTable
from wtfc.ui.import_screen_words import ScreenWords

HIDDEN_NOTE = ("Names and other possible personal details show as [name], [phone]… in case "
               "this screen is projected; the cards get the words as written.")


def source_text(table: SourceTable, mapping: ColumnMapping, words: ScreenWords) -> str:
    """The file's name and rows in bold, then its notes, as rich text: ``words.hid_any`` as
    the preview was last drawn says whether to explain the [name]s."""
    # the rows under the headings with something in them, as the report counts people's
    # rows: a title row and the headings made a sheet of 12 people "14 rows"
    count = sum(1 for row in table.rows[mapping.first_data_row:]
                if any(cell.strip() for cell in row))
    where = table.source_name + (" — 1 row" if count == 1 else f" — {count:,} rows")
    if table.encoding.startswith(("Windows", "mixed")):  # UTF-8 reads as typed: unsaid
        where += f" — read as {table.encoding}"
    notes = [*table.notes, *([HIDDEN_NOTE] if words.hid_any else [])]
    return f"<b>{escape(where)}</b>" + "".join(f"<br>{escape(note)}" for note in notes)


def reason_text(unknown: Sequence[str], words: ScreenWords) -> str:
    """Why the step opened when every heading is known but these kind values are not (none
    left: that the import can go ahead)."""
    if not unknown:
        return "Every kind is known now: click Import to add the statements."
    values = ", ".join(f"“{words.text(v)[:30]}”" for v in unknown[:3])
    values += " …" if len(unknown) > 3 else ""
    what = "these words mean" if len(unknown) > 1 else "this word means"
    return (f"wtfc knows every column heading, but not which kind {what}: {values}. Say what "
            "each means under “How the kinds are written” (Alt+K); rows left on “Skip these "
            "rows” are not imported.")
