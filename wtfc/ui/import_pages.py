"""The import dialog's pages that tell rather than ask: the confirm page (shown instead of the
mapping step when wtfc knows every column heading: what Import will add, and a way to check
the columns first), the report (what was read, what became cards, what to do next) and why
nothing was imported."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wtfc.importing.file_names import shown_name
from wtfc.importing.left_out import describe_left_out, left_out_columns
from wtfc.importing.mapping import ColumnMapping, Field, column_names, kind_readings
from wtfc.importing.passed_sheets import SheetRefused
from wtfc.importing.preview import Preview
from wtfc.importing.report import ImportReport
from wtfc.importing.table import PASTED_TEXT, SourceTable, source_in_sentence
from wtfc.model.workshop import Stage
from wtfc.ui.import_fill_offer import fill_note
from wtfc.ui.import_other_words import OtherWordsChoice
from wtfc.ui.import_person_offer import NO_PERSON
from wtfc.ui.import_screen_words import ScreenWords
from wtfc.ui.import_split_offer import split_note
from wtfc.ui.style import kind_text, ui_font, warning_look

_SHEETS_NAMED = 4  # other sheets named on the confirm page; more are counted
_ROWS_NAMED = 5  # rows hidden in Excel named on it (as the report names them); more counted


class ConfirmPage(QWidget):
    """``check_columns`` fires when the facilitator asks for the mapping step, and
    ``choose_sheet`` when they ask to read another sheet of the workbook."""

    check_columns = Signal()
    choose_sheet = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = page_heading("Ready to import")
        self.label = QLabel()  # no fixed accessible name: a screen reader reads its words
        self.by_hand = False  # the columns as chosen on the mapping step (``show_ready``)
        self.label.setToolTip("What will be imported")
        self.label.setWordWrap(True)
        self.label.setFont(ui_font(14))
        # the sheet's codes may be another care manager's people (``import_codes_note``)
        self.codes_label = QLabel()  # read as its words, and announced when it comes
        self.codes_label.setToolTip("Person codes that may be other people")
        self.codes_label.setWordWrap(True)
        self.codes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.codes_label.setFont(ui_font(13))
        warning_look(self.codes_label, refusal=True, padding="6px 8px")
        # and the one click that keeps them apart (``import_codes_note`` fills and reads it),
        # in sight below the words as the other choices are
        self.own_codes_box = QCheckBox()
        self.own_codes_box.setObjectName("own_codes")
        self.own_codes_box.setFont(ui_font(13))
        self.own_codes_box.setVisible(False)
        # rows where an earlier import's cards have other words: add them or leave them out
        self.other_words = OtherWordsChoice()
        self.check_button = QPushButton("&Check the columns first…")
        self.check_button.setAccessibleName("Check the columns")
        self.check_button.setToolTip("See which column holds what before importing")
        self.check_button.clicked.connect(lambda *_: self.check_columns.emit())
        self.sheet_button = QPushButton("Choose another &sheet…")
        self.sheet_button.setAccessibleName("Choose another sheet")
        self.sheet_button.setToolTip("Import another sheet of this workbook")
        self.sheet_button.clicked.connect(lambda *_: self.choose_sheet.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch()
        # the words scroll (at 150% on a laptop the notes ran past the foot, cut off), the
        # choice and the buttons stay in sight below them
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(self.heading)
        # first, so they are in sight with their choice below at 16 pt on a laptop, not past
        # the fold: the codes note, and the rows in other words that Add / Leave out answer
        words_layout.addWidget(self.codes_label)
        words_layout.addWidget(self.other_words.label)
        words_layout.addWidget(self.label)
        words_layout.addStretch()
        self.words = QScrollArea()
        self.words.setWidgetResizable(True)
        self.words.setFrameShape(QScrollArea.Shape.NoFrame)
        self.words.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words.setWidget(words)
        # a Tab stop only while it scrolls (the arrows then scroll it), named: an unnamed stop
        # with no ring was heard as nothing at all
        self.words.setAccessibleName("Import summary (the arrow keys scroll it)")
        self.words.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.words.verticalScrollBar().rangeChanged.connect(
            lambda _low, high: self.words.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if high > 0 else Qt.FocusPolicy.NoFocus))
        layout = QVBoxLayout(self)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.own_codes_box)
        layout.addWidget(self.other_words)
        layout.addLayout(buttons)

    def show_ready(self, table: SourceTable, mapping: ColumnMapping, words: ScreenWords, *,
                   by_hand: bool | None = None) -> None:
        """``by_hand``: the columns were chosen on the mapping step (Import there came back
        here to ask about rows in other words or to say the codes note), so wtfc does not
        claim to know them; None: as the page last said (the same sheet, shown again)."""
        self.by_hand = self.by_hand if by_hand is None else by_hand
        self.other_words.clear()
        self.heading.setText("Ready to import")
        self.label.setText(ready_text(table, mapping, words, by_hand=self.by_hand))
        self.check_button.setText("&Check the columns first…")
        self.sheet_button.setVisible(len(table.sheet_names) > 1)

    def show_nothing(self, reason: str, *, all_there: bool, no_rows: bool = False) -> None:
        """Import made no card: ``all_there`` when every statement is in the workshop already
        (a file imported twice), ``no_rows`` when no row was read (all hidden, say), else
        every row was skipped."""
        self.other_words.clear()
        self.heading.setText("Nothing new to import" if all_there else "Nothing to import")
        then = ("The workshop is unchanged. Close this window, or import another file with "
                "File → Import statements." if all_there or no_rows else
                "Check the columns to see why each row is skipped.")
        self.label.setText(f"⚠ {escape(reason)}<br><br>{then}")
        self.check_button.setText("&Check the columns…")


class ReportPage(QWidget):
    """What an import did: its summary as the heading, the report, and the next step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = page_heading("")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Import report")
        self.text.setToolTip("What was read, what became cards and why rows were skipped")
        self.text.setReadOnly(True)
        self.next_step = QLabel()  # read as its words: what to do now the cards are in
        self.next_step.setToolTip("What to do next")
        self.next_step.setWordWrap(True)
        self.next_step.setFont(ui_font(13, bold=True))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.next_step)  # under the report, however long it is

    def show_report(self, report: ImportReport, *, held_in_all: int = 0) -> None:
        """``held_in_all``: the workshop's held-back cards now, this import's among them."""
        self.heading.setText(report.summary())
        self.text.setPlainText("\n".join(report.lines(with_summary=False)))
        self.next_step.setText(next_step(report, held_in_all=held_in_all))


class FailedPage(QWidget):
    """Why nothing was imported, in plain English, and a way to try again. When a sheet that
    may hold the statements could not be read (``SheetRefused``), ``read_instead`` offers the
    sheet wtfc would otherwise have read: the facilitator chooses it, wtfc never does."""

    read_instead = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._instead = ""
        self.instead_button = QPushButton()
        self.instead_button.clicked.connect(lambda *_: self.read_instead.emit(self._instead))
        self.failure = QLabel()  # read as its words, not as a name standing in for them
        self.failure.setToolTip("What went wrong")
        self.failure.setTextFormat(Qt.TextFormat.PlainText)  # file and sheet names as typed
        self.failure.setWordWrap(True)
        self.failure.setFont(ui_font(14))
        self.failure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton("Choose &another file…")
        self.retry_button.setAccessibleName("Choose another file")
        self.retry_button.setToolTip("Pick another spreadsheet")
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading("Nothing was imported"))
        layout.addWidget(self.failure)
        buttons = QHBoxLayout()
        buttons.addWidget(self.instead_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        layout.addStretch()
        self.instead_button.setVisible(False)

    def show_failure(self, failure: str | SheetRefused) -> None:
        """Say ``failure``; a refused sheet's advice names the button that reads the other."""
        self._instead = failure.instead if isinstance(failure, SheetRefused) else ""
        if isinstance(failure, SheetRefused):
            sheet = shown_name(self._instead)
            # "&&": a sheet's own "&" ("Health & Care", "Q&A") is shown, not taken as a key
            self.instead_button.setText(f"&Read ‘{sheet.replace('&', '&&')}’ instead")
            self.instead_button.setAccessibleName(f"Read the sheet {sheet} instead")
            self.instead_button.setToolTip("Read that sheet: you still choose its columns and "
                                           "click Import")
            failure = failure.advice(f"click Read ‘{sheet}’ instead")
        self.failure.setText(failure)
        self.instead_button.setVisible(bool(self._instead))


def next_step(report: ImportReport, *, held_in_all: int = 0) -> str:
    """What the facilitator does once the cards are in: look at the held-back ones, then
    theme. Named as the Collect page and the stage list name them. ``held_in_all`` counts
    the cards held back before as well: "Only cards held back" shows them all, and "check the
    2" beside a list of 4 read as 2 too many."""
    number = list(Stage).index(Stage.THEME) + 1
    theme = f"{number} {Stage.THEME.label} (Ctrl+{number})"
    held = report.cards_flagged
    tick = "tick “Only cards held back”"
    if held and held_in_all > held:
        cards = "the 1 card" if held == 1 else f"the {held:,} cards"
        return (f"Next: check {cards} held back from this import ({held_in_all:,} in all; "
                f"{tick}), then go to {theme}.")
    if held:
        cards = "the 1 held-back card" if held == 1 else f"the {held:,} held-back cards"
        return f"Next: check {cards} ({tick}), then go to {theme}."
    return f"Next: go to {theme} to group the cards into themes."


def ready_text(table: SourceTable, mapping: ColumnMapping,
               words: ScreenWords | None = None, *, by_hand: bool = False) -> str:
    """The confirm page's words for a sheet whose headings are all known (or, ``by_hand``,
    whose columns the facilitator chose): its layout, and how kind words that are not the
    kinds' own names were read ("Good" → ✓ Working), as ``words`` may show them here."""
    words = words or ScreenWords()
    sheets = sheets_text(table, words)
    # rows hidden in Excel are left out (workbook_reader): not counted, but said here, before
    # Import, as the report says them after
    hidden = sorted(r for r in table.hidden_rows if r >= mapping.first_data_row)
    # rows with something in them, as Import counts them: hidden rows are emptied when read,
    # and a blank row among them is no row to import
    rows = sum(1 for row in table.rows[mapping.first_data_row:] if any(row))
    layout = "one row per person" if mapping.layout == "wide" else "one row per statement"
    count = "1 row" if rows == 1 else f"{rows:,} rows"
    name = escape(source_in_sentence(table.source_name))
    name = f"<b>{name}</b>" if table.source_name != PASTED_TEXT else name
    readings = kind_readings(table, mapping)
    kinds = ("<br><br>Kinds are read as: " + " · ".join(  # each whole on one line
        f"“{escape(words.kind(value))}” → {kind_text(kind)}".replace(" ", "\u00a0")
        for value, kind in readings[:8])
        + (" …" if len(readings) > 8 else "") + "." if readings else "")
    if rows <= 0 and hidden:  # not "0 rows … Click Import to add its statements"
        return (f"wtfc knows every column heading in {name} ({layout}), but every row below "
                f"the headings is hidden in Excel, so there is nothing to import.{sheets}"
                f"{hidden_text(hidden)}")
    known = (f"The columns of {name} are read as you chose them" if by_hand else
             f"wtfc knows every column heading in {name}")
    return (f"{known} ({layout}, {count} below the "
            f"headings).{hidden_text(hidden)}{sheets}{kinds}{no_person(table, mapping)}"
            f"{person_tags_text(table, mapping, words)}"
            f"{fill_note(table, mapping, words)}{split_note(table, mapping)}"
            "<br><br>Click <b>Import</b> to add "
            "its statements. Cards with possible personal details are held back until you check "
            "them.")


def no_person(table: SourceTable, mapping: ColumnMapping) -> str:
    """The confirm page's words for a sheet with no person column ("" when it has one): every
    card would be "no person recorded", and nothing else on the page says so."""
    if Field.PERSON in mapping.fields:
        return ""
    return (f"<br><br>⚠ {NO_PERSON} If the sheet has a code for each person (never a name), "
            "click <b>Check the columns first</b> and choose Person above it.")


def person_tags_text(table: SourceTable, mapping: ColumnMapping, words: ScreenWords) -> str:
    """The confirm page's word on the columns that go to the person, not to each card."""
    names = column_names(table, mapping)
    said = [f"“{escape(words.text(names[c]))}”" for c, f in enumerate(mapping.fields)
            if f.person_attr]
    if not said:
        return ""
    columns = " and ".join([", ".join(said[:-1]), said[-1]] if len(said) > 1 else said)
    go = "go" if len(said) > 1 else "goes"
    return (f"<br><br>{columns} {go} to each person on People (their role "
            "and tags), not onto the cards.")


def hidden_text(hidden: list[int]) -> str:
    """The confirm page's words for rows hidden in Excel (``hidden``, from 0, sorted), which
    Import leaves out ("" for none): a row is often hidden on purpose (consent withdrawn)."""
    if not hidden:
        return ""
    numbers = [f"{r + 1:,}" for r in hidden[:_ROWS_NAMED]]
    named = ", ".join(numbers[:-1]) + " and " + numbers[-1] if len(numbers) > 1 else numbers[0]
    if len(hidden) > _ROWS_NAMED:
        named = ", ".join(numbers) + f" and {len(hidden) - _ROWS_NAMED:,} more"
    if len(hidden) == 1:
        rows, them = f"1 row hidden in Excel (row {named})", "it"
    else:
        rows, them = f"{len(hidden):,} rows hidden in Excel (rows {named})", "them"
    return (f"<br><br>{rows} will be left out: rows are often hidden on purpose. To import "
            f"{them}, unhide {them} in Excel (or clear its filter), save, and import the file "
            "again.")


def import_note(table: SourceTable, mapping: ColumnMapping, preview: Preview,
                words: ScreenWords, counted: dict[tuple[int, int], int]) -> str:
    """What Import will skip, and every column of words it leaves out ("Left out: Top thing
    working (4 cells with words)."), said beside it: a statement column the headings did not
    name is never dropped unsaid. Kind values and headings are shown as ``words`` shows them
    (a wrong kind column holds names). ``counted``: see ``left_out_columns``."""
    note = preview.skips.describe()
    for value in preview.skips.unknown if note else ():
        note = note.replace(f"“{value[:30]}”", f"“{words.text(value)[:30]}”")
    left_out = describe_left_out(left_out_columns(table, mapping, counted), words.text)
    return " ".join(filter(None, [note, left_out]))


def sheets_text(table: SourceTable, words: ScreenWords) -> str:
    """Which sheet of a workbook is read, and its others, by name ("" for one sheet): a first
    sheet of instructions, or an old one, would otherwise be imported with no word said."""
    others = [f"<b>{escape(words.sheet(s))}</b>" + (" (hidden)" if s in table.hidden_sheets
                                                     else "")
              for s in table.sheet_names if s != table.sheet]
    if not others:
        return ""
    passed = passed_over_text(table, words)
    named = ", ".join(others[:_SHEETS_NAMED])
    named += f" and {len(others) - _SHEETS_NAMED} more" if len(others) > _SHEETS_NAMED else ""
    count = "1 other sheet" if len(others) == 1 else f"{len(others)} other sheets"
    one = "that one" if len(others) == 1 else "one of them"
    return (f"<br><br>It reads the sheet <b>{escape(words.sheet(table.sheet))}</b>. The "
            f"workbook has {count}: {named}. To import {one}, click <b>Choose another "
            f"sheet</b>.{'<br><br>' + passed if passed else ''}")


def passed_over_text(table: SourceTable, words: ScreenWords) -> str:
    """⚠ the sheets wtfc could not read for a stray far-off cell, said before Import: their
    first rows hold no statements, but the facilitator may know better ("" for none)."""
    if not table.passed_over:
        return ""
    sheets = " and ".join(f"<b>{escape(words.sheet(s))}</b>" for s in table.passed_over)
    one = len(table.passed_over) == 1
    return (f"⚠ The sheet{'' if one else 's'} {sheets} could not be read: something is in a "
            f"cell far off (in Excel, Ctrl+End goes to it). {'Its' if one else 'Their'} first "
            f"rows hold no statements, so wtfc reads <b>{escape(words.sheet(table.sheet))}</b>. "
            f"If the statements are there, clear that cell, save, and import again.")


def page_heading(text: str) -> QLabel:
    """A page's heading in the import dialog."""
    label = QLabel(text)
    label.setFont(ui_font(17, bold=True))
    label.setWordWrap(True)  # a long summary takes two lines, not a wider window than fits
    return label


def column_page(heading: QLabel | None, *widgets: QWidget, centred: bool = False) -> QWidget:
    """A page of the import dialog: ``widgets`` one under another, under ``heading``."""
    page = QWidget()
    layout = QVBoxLayout(page)
    if centred:
        layout.addStretch()
    if heading is not None:
        layout.addWidget(heading)
    for widget in widgets:
        if centred:
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        elif isinstance(widget, QPushButton):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(widget, 1)
    if centred:
        layout.addStretch()
    return page
