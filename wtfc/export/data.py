"""The data export: cards, themes, why-trees, success statements, actions, counts, the
workshop record (who was in the room, how it agreed to work and decide, the reflection, the next
review, the root-cause teams) and the people (code, role and tags) as a spreadsheet (xlsx) or CSV
files: everything the report says, for commissioners to sort, filter by a person's tags and count.

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

from wtfc.export.content import KIND_ORDER, ExportContent, ThemeContent, format_date
from wtfc.export.data_people import TAG_HEADER, held_back_only, people_table
from wtfc.export.data_record import record_table
from wtfc.export.errors import ExportError
from wtfc.export.look import kind_words
from wtfc.export.output import Progress, no_progress, write_file, write_files
from wtfc.model.card_tags_shown import shown_card_tags
from wtfc.model.operations.actions import is_overdue
from wtfc.model.small_groups import NO_TAGS, shown_roles
from wtfc.model.workshop import ActionStatus, Card, Cause, SuccessStatement, Workshop

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Row = list[Any]


def safe_cell(value: Any) -> Any:
    """A value fit for a spreadsheet cell: text that could start a formula is made inert."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
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
    themes_of: dict[str, list[str]] = {}
    for t in content.themes:
        for card in t.cards:
            themes_of.setdefault(card.id, []).append(t.theme.name)
    tags = content.shown_tags  # a group of fewer than 5 is not shown
    card_tags = shown_card_tags(workshop, content.cards, tags)  # under the same rule
    roles = shown_roles(workshop, content.cards)  # a role fewer than 5 have is not shown
    # the person's tags come last, so the columns of an earlier export keep their places
    cards = [[c.id, kind_words(c.kind), c.text, c.person, roles.get(c.person, ""),
              "; ".join(themes_of.get(c.id, [])), c.source, card_tags[c.id],
              *tags.get(c.person, NO_TAGS)]
             for c in content.cards]
    # "People" counts person codes, so a card with none is no one; a column says how many such
    # cards there are, so 0 people beside 3 cards is not read as nobody saying them. The
    # comments (what the room said when the theme was read out, as the report prints them)
    # come next, so the columns of an earlier export keep their places. "Actions" counts every
    # action agreed, dropped ones too (the cover's total, and the report's "5 (1 dropped)");
    # how many were dropped comes last, for the same reason.
    themes = [[t.theme.id, kind_words(t.theme.kind), t.theme.name, len(t.cards), t.people,
               "yes" if t.theme.priority.chosen else "no", t.theme.priority.rank,
               t.theme.priority.votes, t.theme.priority.reason, len(t.root_causes),
               sum(len(x) for x in t.success.values()), t.action_count, t.held_back,
               _unrecorded(t.cards), "\n".join(t.theme.comments), _dropped(t)]
              for t in content.themes]
    counts: list[Row] = [[f"Cards: {kind_words(k)}", content.kind_counts[k]] for k in KIND_ORDER]
    counts += [["Cards in all", len(content.cards)],
               ["Cards held back (possible personal details, not exported)",
                content.held_back_count],
               ["Cards not in any theme", len(content.unsorted_cards)],
               ["People", content.people_count]]
    if hidden := held_back_only(workshop, content.cards):  # in "People", not on its sheet
        counts.append(["People whose only cards are held back (counted in People, not on the "
                       "People sheet)", hidden])
    counts.append(["Cards with no person recorded", _unrecorded(content.cards)])
    counts += [[f"People: {label}", n] for label, n in content.voices]
    counts += [["Themes", len(content.themes)],
               ["Priority themes", len(content.priority_themes)],
               ["Actions", len(workshop.actions)],
               [f"Actions overdue (status as of {format_date(content.today)}, the day of "
                f"this export)", sum(is_overdue(a, content.today) for a in workshop.actions)]]
    theme_name = {t.id: t.name for t in workshop.themes}
    cause_text = {c.id: c.text for c in workshop.causes}
    # The category (the fishbone's bone, in words; blank when none) comes last, so the columns
    # of an earlier export keep their places
    causes = [[c.id, t.theme.name, t.depth[c.id] + 1, c.text,
               cause_text.get(c.parent_id or "", t.theme.name), "yes" if c.root_cause else "no",
               "yes" if c.agreed else "no", c.team, c.category.label if c.category else ""]
              for t in content.themes for c in t.causes]
    success = [[s.id, t.theme.name, perspective.label, s.text]
               for t in content.themes for perspective, statements in t.success.items()
               for s in statements]
    # What each action answers, then its resources (format 5), come last, so the columns of an
    # earlier export keep their places
    actions = [[a.id, theme_name.get(a.theme_id, ""), a.role.label, a.what, a.owner, a.by_when,
                a.status.label, "yes" if is_overdue(a, content.today) else "no", a.first_step,
                a.how_we_know, a.progress_note, a.checked_on, _words(content.tackles(a)),
                _words(content.aims_at(a)), a.resources] for a in workshop.actions]
    return {
        "cards": (["Card id", "Kind", "Text", "Person", "Person's role", "Themes", "Source",
                   "Tags", *TAG_HEADER], cards),
        "themes": (["Theme id", "Kind", "Theme", "Cards", "People", "Priority", "Rank", "Votes",
                    "Why it was chosen", "Root causes", "Success statements", "Actions",
                    "Cards held back", "Cards with no person recorded", "Comments",
                    "Actions dropped"], themes),
        # "Agreed to address" and "Overdue" stay as they are, though the app and the other
        # exports now say "we will act on this" and "late": analysts' spreadsheets look these
        # columns up by their headers
        "causes": (["Cause id", "Theme", "Level", "Why", "Answers why", "Root cause",
                    "Agreed to address", "Team", "Category"], causes),
        "success": (["Statement id", "Theme", "Who would say it", "Statement"], success),
        "actions": (["Action id", "Theme", "Who", "What", "Owner", "By when", "Status",
                     "Overdue", "First step", "How we will know", "What has happened so far",
                     "Last checked", "Cause it tackles", "Success it aims at",
                     "Resources and who else is needed"], actions),
        "counts": (["What", "How many"], counts),
        "record": record_table(workshop),
        # last: earlier sheets keep their places
        "people": people_table(workshop, content.cards, tags),
    }


def _words(part: Cause | SuccessStatement | None) -> str:
    return part.text if part is not None else ""


def _dropped(theme: ThemeContent) -> int:
    return sum(a.status == ActionStatus.DROPPED for r in theme.actions.values() for a in r)


def _unrecorded(cards: list[Card]) -> int:
    return sum(1 for c in cards if not c.person)


def export_data(workshop: Workshop, path: str | os.PathLike[str], *,
                progress: Progress = no_progress) -> list[Path]:
    """Write the data: ``NAME.xlsx`` gives one workbook with a sheet per table;
    ``NAME.csv`` gives a file per table: ``NAME-cards.csv``, ``NAME-themes.csv``,
    ``NAME-causes.csv``, ``NAME-success.csv``, ``NAME-actions.csv``, ``NAME-counts.csv``,
    ``NAME-record.csv`` (the workshop record) and ``NAME-people.csv``.
    Returns the files written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return [export_xlsx(workshop, path, progress=progress)]
    if suffix == ".csv":
        return export_csv(workshop, path, progress=progress)
    raise ExportError(f"'{path.name}' does not end in .xlsx or .csv. Name the export "
                      f"NAME.xlsx for one workbook, or NAME.csv for a CSV file per table "
                      f"(cards, themes, causes, success, actions, counts, the workshop "
                      f"record and the people).")


def export_xlsx(workshop: Workshop, path: str | os.PathLike[str], *,
                progress: Progress = no_progress) -> Path:
    return write_file(xlsx_bytes(workshop, progress=progress), path)


def xlsx_bytes(workshop: Workshop, *, progress: Progress = no_progress) -> bytes:
    from wtfc.export.xlsx import workbook_bytes

    tables = data_tables(workshop)
    progress(0, len(tables))
    return workbook_bytes(tables, safe=_xlsx_cell, progress=progress)


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
        files.append((csv_bytes(header, rows), path.with_name(f"{path.stem}-{name}.csv")))
        progress(done, len(tables))
    return write_files(files)


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
