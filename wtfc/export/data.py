"""The data export: cards, themes, why-trees, success statements, actions, counts, the
workshop record (who was in the room, how it agreed to work and decide, the reflection, the next
review, the root-cause teams), the people (code, role and tags), the card themes (a row per card
and theme) and "About this data" (which workshop, when, what each sheet holds) as a spreadsheet
(xlsx) or CSV files: everything the report says, for commissioners to sort, filter by a
person's tags and count. Sheets refer to each other by id, beside the words, so a pivot or a
join never matches on text (two themes may share a name).

Safe to open in Excel: any text starting with = + - @ (or a tab or carriage return, which Excel
also reads as the start of a formula) gets a leading apostrophe, so a card that says "=…" is
shown as words and never run as a formula. Control characters the xlsx format cannot hold (a
bell or NUL pasted in with a card's text) are dropped from the workbook. CSV is UTF-8 with a
byte-order mark, which Excel needs to show accents and Welsh letters correctly. Held-back cards
are not exported, and a person's role and tags, or a card's own tags (an import's tag columns),
only where 5 people or more share them (wtfc.model.small_groups, card_tags_shown); the counts
by role (Counts sheet) are still given, as the report's cover gives them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from wtfc.export.content import ExportContent, ThemeContent, format_date
from wtfc.export.data_about import AUTHOR, HEADING_NOTES, about_table
from wtfc.export.data_agreed import SINCE_AGREED, since_agreed
from wtfc.export.data_counts import counts_table
from wtfc.export.data_people import TAG_HEADER, people_table
from wtfc.export.data_record import record_table
from wtfc.export.errors import ExportError
from wtfc.export.look import kind_words
from wtfc.export.output import Progress, no_progress, write_file, write_files
from wtfc.model.card_tags_shown import shown_card_tags
from wtfc.model.control_characters import name_shown
from wtfc.model.operations.actions import is_overdue
from wtfc.model.small_groups import NO_TAGS, shown_roles
from wtfc.model.workshop import (
    UNTITLED,
    ActionStatus,
    Cause,
    SuccessStatement,
    Theme,
    Workshop,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# typed as words ("#N/A" as an owner), Excel reads them as error values: guarded the same way
EXCEL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))

Row = list[Any]
# the tables, in ``data_tables``' order: a sheet each in the workbook, a file each as CSV
TABLES = ("cards", "themes", "causes", "success", "actions", "counts", "record", "people",
          "card-themes", "about")


def safe_cell(value: Any) -> Any:
    """A value fit for a spreadsheet cell: text that could start a formula is made inert."""
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or value in EXCEL_ERRORS):
        return "'" + value
    return value


# Excel counts days from 1 January 1900: a date before has a negative serial, which Excel
# shows as ##### (a by-when of 1700 in a hand-edited file); such a date is written in words
EXCEL_FIRST_DAY = dt.date(1900, 1, 1)


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, dt.date) and value < EXCEL_FIRST_DAY:
        return format_date(value)
    return safe_cell(value)


def data_tables(workshop: Workshop, *, today: dt.date | None = None
                ) -> dict[str, tuple[list[str], list[Row]]]:
    """Each table's header and rows, before any cell is made safe."""
    content = ExportContent(workshop, today=today or dt.date.today())
    themes_of: dict[str, list[Theme]] = {}
    for t in content.themes:
        for card in t.cards:
            themes_of.setdefault(card.id, []).append(t.theme)
    tags = content.shown_tags  # a group of fewer than 5 is not shown
    card_tags = shown_card_tags(workshop, content.cards, tags)  # under the same rule
    roles = shown_roles(workshop, content.cards)  # a role fewer than 5 have is not shown
    # the person's tags, then the themes' ids, come last, so the columns of an earlier export
    # keep their places (ids, as on every sheet, join where two themes share a name)
    cards = [[c.id, kind_words(c.kind), c.text, c.person, roles.get(c.person, ""),
              "; ".join(t.name for t in themes_of.get(c.id, [])), c.source, card_tags[c.id],
              *tags.get(c.person, NO_TAGS), "; ".join(t.id for t in themes_of.get(c.id, []))]
             for c in content.cards]
    # a card in two themes is one row in each, so a pivot counts it once per theme
    card_themes = [[card.id, t.theme.id] for t in content.themes for card in t.cards]
    # "Cards" and "People" count every card, held back or not, as the room and the report do
    # (``theme_counts``): "Cards held back" says how many of them have no row on Cards. People
    # counts person codes, so a card with none is no one; a column says how many such
    # cards there are, so 0 people beside 3 cards is not read as nobody saying them. The
    # comments (what the room said when the theme was read out, as the report prints them)
    # come next, so the columns of an earlier export keep their places. "Actions" counts every
    # action agreed, dropped ones too (the cover's total, and the report's "5 (1 dropped)");
    # how many were dropped comes last, for the same reason.
    themes = [[t.theme.id, kind_words(t.theme.kind), t.theme.name, t.card_count, t.people,
               "yes" if t.theme.priority.chosen else "no", t.theme.priority.rank,
               t.theme.priority.votes, t.theme.priority.reason, len(t.root_causes),
               sum(len(x) for x in t.success.values()), t.action_count, t.held_back,
               t.counts.unrecorded, "\n".join(t.theme.comments), _dropped(t)]
              for t in content.themes]
    theme_name = {t.id: t.name for t in workshop.themes}
    cause_text = {c.id: c.text for c in workshop.causes}
    # The category (the fishbone's bone, in words; blank when none), then the ids of the theme
    # and of the cause it answers (blank at level 1), come last, so the columns of an earlier
    # export keep their places
    causes = [[c.id, t.theme.name, t.depth[c.id] + 1, c.text,
               cause_text.get(c.parent_id or "", t.theme.name), "yes" if c.root_cause else "no",
               "yes" if c.agreed else "no", c.team, c.category.label if c.category else "",
               t.theme.id, c.parent_id if c.parent_id in cause_text else ""]
              for t in content.themes for c in t.causes]
    success = [[s.id, t.theme.name, perspective.label, s.text, t.theme.id]
               for t in content.themes for perspective, statements in t.success.items()
               for s in statements]
    # What each action answers, then its resources (format 5), then the ids of its theme, cause
    # and success statement, then what the room agreed where it changed since, when it was
    # done, what people told us at the check and when it was added after the day (format 6)
    # come last, so the columns of an earlier export keep their places
    actions = [[a.id, theme_name.get(a.theme_id, ""), a.role.label, a.what, a.owner, a.by_when,
                a.status.label, "yes" if is_overdue(a, content.today) else "no", a.first_step,
                a.how_we_know, a.progress_note, a.checked_on, _words(content.tackles(a)),
                _words(content.aims_at(a)), a.resources,
                a.theme_id if a.theme_id in theme_name else "", _id(content.tackles(a)),
                _id(content.aims_at(a)), *since_agreed(a)] for a in workshop.actions]
    return {
        "cards": (["Card id", "Kind", "Text", "Person", "Person's role", "Themes", "Source",
                   "Tags", *TAG_HEADER, "Theme ids"], cards),
        "themes": (["Theme id", "Kind", "Theme", "Cards", "People", "Priority", "Rank", "Votes",
                    "Why it was chosen", "Root causes", "Success statements", "Actions",
                    "Cards held back", "Cards with no person recorded", "Comments",
                    "Actions dropped"], themes),
        # "Agreed to address" and "Overdue" stay as they are, though the app and the other
        # exports now say "we will act on this" and "late": analysts' spreadsheets look these
        # columns up by their headers
        "causes": (["Cause id", "Theme", "Level", "Why", "Answers why", "Root cause",
                    "Agreed to address", "Team", "Category", "Theme id", "Parent cause id"],
                   causes),
        "success": (["Statement id", "Theme", "Who would say it", "Statement", "Theme id"],
                    success),
        "actions": (["Action id", "Theme", "Who", "What", "Owner", "By when", "Status",
                     "Overdue", "First step", "How we will know", "What has happened so far",
                     "Last checked", "Cause it tackles", "Success it aims at",
                     "Resources and who else is needed", "Theme id", "Cause id",
                     "Success statement id", *SINCE_AGREED], actions),
        "counts": counts_table(content),
        "record": record_table(workshop),
        # last: earlier sheets keep their places
        "people": people_table(workshop, content.cards, tags),
        "card-themes": (["Card id", "Theme id"], card_themes),
        "about": about_table(workshop, content.today),
    }


def _words(part: Cause | SuccessStatement | None) -> str:
    return part.text if part is not None else ""


def _id(part: Cause | SuccessStatement | None) -> str:
    return part.id if part is not None else ""


def _dropped(theme: ThemeContent) -> int:
    return sum(a.status == ActionStatus.DROPPED for r in theme.actions.values() for a in r)


def export_data(workshop: Workshop, path: str | os.PathLike[str], *,
                progress: Progress = no_progress) -> list[Path]:
    """Write the data: ``NAME.xlsx`` gives one workbook with a sheet per table;
    ``NAME.csv`` gives a file per table: ``NAME-cards.csv``, ``NAME-themes.csv``,
    ``NAME-causes.csv``, ``NAME-success.csv``, ``NAME-actions.csv``, ``NAME-counts.csv``,
    ``NAME-record.csv`` (the workshop record), ``NAME-people.csv`` and
    ``NAME-card-themes.csv`` (a row per card in a theme) and ``NAME-about.csv`` (which
    workshop, when, and what each table holds).
    Returns the files written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return [export_xlsx(workshop, path, progress=progress)]
    if suffix == ".csv":
        return export_csv(workshop, path, progress=progress)
    raise ExportError(f"'{name_shown(path.name)}' does not end in .xlsx or .csv. Name the export "
                      f"NAME.xlsx for one workbook, or NAME.csv for a CSV file per table "
                      f"(cards, themes, causes, success, actions, counts, the workshop "
                      f"record, the people, card themes and about).")


def export_xlsx(workshop: Workshop, path: str | os.PathLike[str], *,
                progress: Progress = no_progress) -> Path:
    return write_file(xlsx_bytes(workshop, progress=progress), path)


def xlsx_bytes(workshop: Workshop, *, progress: Progress = no_progress) -> bytes:
    from wtfc.export.xlsx import fitted, workbook_bytes

    tables = fitted(data_tables(workshop))  # a cell past Excel's limit says it was cut
    progress(0, len(tables))
    return workbook_bytes(tables, safe=_xlsx_cell, progress=progress,
                          title=workshop.title.strip() or UNTITLED, author=AUTHOR,
                          notes=HEADING_NOTES)


def export_csv(workshop: Workshop, path: str | os.PathLike[str], *,
               progress: Progress = no_progress) -> list[Path]:
    """A CSV file per table. Every table is written to a temporary file before any file is
    replaced, so one that cannot be (open in Excel, a folder of its name) leaves the earlier
    export as it was, not half old and half new."""
    path = Path(path)
    tables = data_tables(workshop)
    progress(0, len(tables))
    files = []
    for done, (name, (header, rows)) in enumerate(tables.items(), start=1):
        files.append((csv_bytes(header, rows), _csv_path(path, name)))
        progress(done, len(tables))
    return write_files(files)


def csv_paths(path: str | os.PathLike[str]) -> list[Path]:
    """The files ``export_csv`` writes for ``NAME.csv``: NAME-cards.csv, NAME-themes.csv, …
    (never NAME.csv itself), each checked before the export for a workshop it would replace."""
    return [_csv_path(Path(path), name) for name in TABLES]


def _csv_path(path: Path, table: str) -> Path:
    return path.with_name(f"{path.stem}-{table}.csv")


def csv_bytes(header: list[str], rows: Iterable[Row]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")  # Excel's own line ending
    writer.writerow(header)
    for row in rows:
        writer.writerow([_csv_text(v) for v in row])
    return text.getvalue().encode("utf-8-sig")


def _csv_text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return safe_cell(value)
