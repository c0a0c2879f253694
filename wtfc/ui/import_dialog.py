"""The import dialog: choose a file (or paste cells from Excel), check the mapping step, import
as one undoable step, read the report.

Reading and building run in the background (``BackgroundJob``) with a busy indicator, so a
100,000-row workbook never freezes the window. Errors are shown in plain English; a failed
import changes nothing. A file made from the collection template skips the mapping step.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from threading import Event
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.importing.building import ImportPlan, build_import, import_edit
from wtfc.importing.errors import ImportFailed
from wtfc.importing.file_names import shown_file_name
from wtfc.importing.mapping import ColumnMapping
from wtfc.importing.passed_sheets import SheetRefused
from wtfc.importing.sources import read_source
from wtfc.importing.table import SourceTable, source_in_sentence
from wtfc.importing.text_reader import read_pasted_text
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.ui.forget_words import ImportedNames
from wtfc.ui.held_back_words import HeldBackWords
from wtfc.ui.import_area_box import AreaBox, place_area_box
from wtfc.ui.import_codes_note import CodesNote, workshop_snapshot
from wtfc.ui.import_fit import ImportFit
from wtfc.ui.import_pages import import_note
from wtfc.ui.import_reading import read_with_mapping
from wtfc.ui.import_said import say_nothing_imported, tell
from wtfc.ui.import_skip_note import SkipNotes, counted_note
from wtfc.ui.import_stack import ImportStack
from wtfc.ui.import_worker import BackgroundJob
from wtfc.ui.style import ui_font
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.window_title import titled

SPREADSHEET_FILTER = ("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;"
                      "All files (*)")


def _named(widget, name: str, tip: str):
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class ImportDialog(QDialog):
    """``stage`` says where the dialog is: paste, reading, confirm, mapping, importing, report,
    failed. Drive it with ``load_file`` / ``start_paste`` + ``read_pasted`` and ``import_now``."""

    def __init__(self, doc: Document, undo: UndoAdapter, *, names: Sequence[str] = (),
                 held_back: HeldBackWords | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.undo = doc, undo
        # the names to watch for: those given, and the document's (pasted on Collect)
        self.names = tuple(dict.fromkeys((*names, *doc.names_to_watch)))
        # The window's choice to show held-back details on its screen (the Collect page, the
        # usual parent, holds it): until it is made, the preview shows names as "[name]".
        parents = getattr(parent, "held_back", None)
        self.held_back = held_back or (parents if isinstance(parents, HeldBackWords)
                                       else HeldBackWords(self))
        self.path: Path | None = None
        self.source: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.stage = "start"
        self._back_to = "mapping"
        self._noted_until = 0.0  # (``_plan_built``) Import waits this long after a note shows
        self._nothing_from: ColumnMapping | None = None  # the mapping that made no card
        self._word_counts: dict[tuple[int, int], int] = {}  # left_out_columns' counts
        self.setWindowTitle("Import statements")
        self.setFont(ui_font(12))
        self.fit = ImportFit(self)
        self.job = BackgroundJob(self)
        self.names_read = ImportedNames()  # the person cells read: let go when it is over
        self.job.finished.connect(self._on_job_done)
        self.job.failed.connect(self._on_job_failed)
        self._on_done: Callable[[Any], None] | None = None
        self._build_pages()
        # the area of everyone on the sheet: the codes note works the import out with it
        self.area_box = AreaBox()
        self.area_box.place_after(self.confirm_label)  # then on the page that imports
        self.area_box.changed.connect(self._work_out_codes_note)
        self.codes_note.worked_out.connect(self.area_box.show_plan)
        self.import_button = _named(QPushButton("&Import"), "Import",
                                    "Add these statements to the workshop (one Undo removes them)")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda *_: self._import_clicked())
        self.close_button = _named(QPushButton("Cancel"), "Cancel or close",
                                   "Close this window; nothing is imported until you click Import")
        self.close_button.clicked.connect(lambda *_: self.reject())
        # Rows a kind value not yet mapped would drop are said where the decision is made:
        # counted beside Import, in full under the preview (import_skip_note)
        self.skip_notes = SkipNotes(self.mapping_step.grid)
        self.skip_note, self.skip_counted = self.skip_notes.note, self.skip_notes.beside
        buttons = QHBoxLayout()
        buttons.addStretch(0)  # the buttons keep to the right when there is no note
        buttons.addWidget(self.skip_counted, 1)
        buttons.addSpacing(8)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show("start")

    # -- pages (ImportStack) -------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.pages = pages = ImportStack(self.names)
        # the pages' parts by the names the dialog has always given them
        self.paste_page, self.paste_box = pages.paste, pages.paste.box
        self.busy_label = pages.busy_label  # what the reading page waits for
        self.confirm_page, self.confirm_label = pages.confirm, pages.confirm.label
        self.mapping_step, self.report_page, self.failed_page = (
            pages.mapping_step, pages.report, pages.failed)
        self.report_heading, self.report_text, self.next_step = (
            pages.report.heading, pages.report.text, pages.report.next_step)
        self.failure, self.retry_button = pages.failed.failure, pages.failed.retry_button
        self.paste_page.read_button.clicked.connect(lambda *_: self.read_pasted())
        self.confirm_page.check_columns.connect(lambda: self._show("mapping"))
        self.confirm_page.choose_sheet.connect(self._choose_sheet)
        self.codes_note = CodesNote(self, self.confirm_page.codes_label)
        self.mapping_step.show_details(self.held_back.shown)
        self.held_back.changed.connect(self._on_held_back_shown)
        self.mapping_step.changed.connect(self._update_import_button)
        self.mapping_step.changed.connect(self._make_room_for_columns)
        self.mapping_step.changed.connect(lambda: self.area_box.follow(
            self.source, self.mapping_step.mapping, self.mapping_step.words))
        self.mapping_step.sheet_chosen.connect(self._sheet_chosen)
        self.failed_page.read_instead.connect(
            lambda sheet: self.load_file(self.path or "", sheet=sheet))
        self.retry_button.clicked.connect(  # the paste page again, or another file
            lambda *_: self._show("paste") if self.path is None else self.choose_file())

    def _show(self, stage: str) -> None:
        self.stage = stage
        self.pages.show_stage(stage)
        self.import_button.setVisible(stage in ("confirm", "mapping"))
        place_area_box(self, stage)  # under the summary, or beside Import
        done = stage in ("report", "failed")
        self.close_button.setText("Close" if done else "Cancel")
        # Enter imports on the preview and closes after the report (Cancel had the keys)
        self.close_button.setDefault(done)
        self.import_button.setDefault(not done and stage != "paste")
        self.paste_page.read_button.setDefault(stage == "paste")  # Enter reads what is pasted
        self._update_import_button()
        self._make_room_for_columns()
        tell(self, stage)  # what a screen reader hears there

    def _update_import_button(self) -> None:
        step = self.mapping_step
        ready = self.stage == "confirm" or (self.stage == "mapping" and not step.problems_now())
        # The same mapping would make no card again: Import waits for a change.
        ready = ready and step.mapping != self._nothing_from
        self.import_button.setEnabled(ready)
        note = (import_note(self.source, step.mapping, step.preview, step.words, self._word_counts)
                if ready and self.source and step.mapping and step.preview else "")
        counted = (counted_note(self.source, step.mapping, step.preview, self._word_counts)
                   if note and self.source and step.mapping and step.preview else "")
        self.skip_notes.say(note, counted, on_mapping=self.stage == "mapping")
        self.import_button.setAccessibleDescription(note.removeprefix("⚠ "))

    # -- fitting the screen (ImportFit) --------------------------------------------------------
    def showEvent(self, event) -> None:
        self.fit.first_show()
        super().showEvent(event)

    def fit_to_screen(self, available: QRect) -> None:
        self.fit.to_screen(available)

    def _make_room_for_columns(self) -> None:
        if self.stage == "mapping":
            self.fit.room_for_columns(self.mapping_step.grid)

    # -- reading -------------------------------------------------------------------------------
    def choose_file(self) -> bool:
        """Ask for a spreadsheet and start reading it. False when the user cancelled."""
        name, _ = QFileDialog.getOpenFileName(self, "Import statements", "", SPREADSHEET_FILTER)
        if not name:
            return False
        self.load_file(name)
        return True

    def load_file(self, path: str | Path, *, sheet: str | None = None) -> None:
        self.path = Path(path)
        name = shown_file_name(self.path, self.names)  # the screen may be on the projector
        self.setWindowTitle(f"Import statements — {titled(name)}")  # a "[*]" in it kept
        self._read(lambda: read_source(self.path, sheet=sheet, names=self.names),
                   f"reading {name}")

    def start_paste(self, text: str = "") -> None:
        """Open on the paste page, with ``text`` (the clipboard) already in when it has cells."""
        self.path = None
        self.setWindowTitle("Paste statements from Excel")
        if text.strip():
            self.paste_page.set_text(text)  # (held aside when too long to lay out)
        self._show("paste")  # cells in: the keyboard on Read, as the line under them says
        (self.paste_page.read_button if self.paste_page.has_cells() else self.paste_box).setFocus()

    def read_pasted(self) -> None:
        text = self.paste_page.text()
        self._read(lambda: read_pasted_text(text), "reading the pasted cells")

    def _read(self, work, what: str) -> None:
        # another sheet, file or paste: the last sheet's codes check stops now, not only once
        # this table has reached the confirm page (it may never: the mapping step, a failure)
        self.codes_note.forget()
        self.busy_label.setText(what[0].upper() + what[1:] + "…")
        self._show("reading")
        self._on_done = self._table_read
        self.job.start(self.names_read.job(lambda: read_with_mapping(work)), what=what)

    def _choose_sheet(self) -> None:
        self._show("mapping")
        self.mapping_step.sheet_box.setFocus()
        self.mapping_step.sheet_box.showPopup()

    def _sheet_chosen(self, sheet: str) -> None:
        if self.path is not None and self.source is not None and sheet != self.source.sheet:
            self.load_file(self.path, sheet=sheet)

    def _table_read(self, result) -> None:
        if isinstance(result, SheetRefused):  # another sheet only if the facilitator says so
            return self._fail(result)
        table, mapping, self._word_counts = result
        self.source, self._nothing_from = table, None
        self.mapping_step.show_table(table, mapping)
        self.area_box.offer(self.doc, table, mapping, self.mapping_step.words, self.names)
        preview = self.mapping_step.preview
        # Kind values not known yet would skip rows: they are mapped on the mapping step.
        unknown_kinds = preview is not None and bool(preview.skips.unknown)
        if mapping.certain and not unknown_kinds:
            self.confirm_page.show_ready(table, mapping, self.mapping_step.words, by_hand=False)
            self._show("confirm")
            self._work_out_codes_note()
        else:
            self._show("mapping")
            if mapping.certain:
                self.mapping_step.ask_kind_values()

    def _work_out_codes_note(self) -> None:
        """On the confirm page: its codes note worked out (again) with the area as it is now."""
        table, mapping = self.source, self.mapping_step.mapping
        if table is not None and mapping is not None and self.stage == "confirm" \
                and self._nothing_from is None:
            self.codes_note.start(self.doc, table, mapping, names=self.names,
                                  wrap=self.names_read.job, locality=self.area_box.area())

    def _on_held_back_shown(self, on: bool) -> None:
        self.mapping_step.show_details(on)
        mapping = self.mapping_step.mapping
        if self.stage == "confirm" and self.source is not None and mapping is not None \
                and self._nothing_from is None:  # not over the words saying nothing was added
            self.confirm_page.show_ready(self.source, mapping, self.mapping_step.words)

    # -- importing -----------------------------------------------------------------------------
    def _import_clicked(self) -> None:
        if self.stage == "confirm" and time.monotonic() < self._noted_until:
            return  # the second click of Import double-clicked, on the note just come up
        self.import_now()

    def import_now(self) -> None:
        """Build the cards in the background, then add them as one undoable step."""
        if self.source is None or self.stage not in ("confirm", "mapping"):
            return
        if self.undo.read_only:
            self._fail("This workshop is open read-only, so nothing can be imported into it.")
            return
        mapping = self.mapping_step.mapping
        if mapping is None or mapping.problems():
            return
        table, names, locality = self.source, self.names, self.area_box.area()
        held, leave_out = self.confirm_page.other_words.take(  # as chosen there (the mapping
            mapping if self.stage == "confirm" else None)  # step's Import asks again)
        self._back_to = self.stage
        if held is not None and not leave_out:  # Add them: the plan already built
            held.added_as_chosen()
            return self._add_plan(held)
        source = source_in_sentence(table.source_name)
        self.busy_label.setText(f"Making cards from {source}…")
        self._show("reading")
        # the confirm page's note worked out this very import: taken, finished or not yet
        if held is None and self.codes_note.take(self.doc, mapping, self._plan_built, self._fail,
                                                 locality):
            return
        workshop = workshop_snapshot(self.doc)  # so the document can go on changing
        self._on_done = self._plan_built
        codes, stop = dict(self.doc.import_person_codes), Event()  # Cancel stops it
        own_codes = self.codes_note.chosen_for_import  # ticked, then the columns changed

        def build() -> ImportPlan:  # Leave them out: finished from the plan held's work
            return (held and held.leaving_out(stop)) or build_import(
                table, mapping, workshop=workshop, known_names=names, person_codes=codes,
                stop=stop, leave_out_other_words=leave_out, own_codes=own_codes,
                locality=locality)

        self.job.start(self.names_read.job(build), what=f"making cards from {source}", stop=stop)

    def _plan_built(self, plan: ImportPlan) -> None:
        step, locality = self.mapping_step, self.area_box.area()
        # said first on the confirm page: rows wtfc cannot offer to leave out (unless said with
        # the choice); the mapping step's Import, the note on the people (another area's P01…)
        unsure = plan.unsure_rows and not plan.report.since
        noted = self._back_to == "mapping" and self.codes_note.would_say(plan, locality)
        if (plan.report.in_other_words or unsure or noted) and self.source and step.mapping:
            self.confirm_page.show_ready(self.source, step.mapping, step.words,
                                         by_hand=True if self._back_to == "mapping" else None)
            self._show("confirm")
            if noted:  # (rows in other words are asked after it, as on the confirm page)
                # a small sheet is back in a few ms, Import where it was: a double-click's
                # second click imported past the note unread
                self._noted_until = time.monotonic() + \
                    QApplication.doubleClickInterval() / 1000
                return self.codes_note.hold(plan, self.doc, self.source, step.mapping,
                                            self.names, self.names_read.job, locality)
            self.confirm_page.other_words.ask(plan, step.mapping)  # the facilitator says which
            if not plan.report.in_other_words:
                self.import_button.setFocus()  # nothing to choose: Import adds them
            return
        self._add_plan(plan)

    def _add_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        if not plan.cards:
            self._nothing_from = self.mapping_step.mapping
            self._show(self._back_to)
            say_nothing_imported(self, plan)
            return
        try:
            edit = import_edit(self.doc, plan)
        except (ImportFailed, EditRefused) as exc:
            self._fail(str(exc))
            return
        if not self.undo.push(edit):
            self._fail("This workshop is open read-only, so nothing was imported.")
            return
        # The same people next time; replaced, not added to (names Undo took out are gone)
        self.doc.import_person_codes = dict(plan.person_codes)
        self.names_read.forget()  # the import is over: the cells it read go
        self.report_page.show_report(plan.report, held_in_all=sum(
            card.held_back for card in self.doc.workshop.cards))
        self._show("report")

    # -- answers from the background -----------------------------------------------------------
    def _on_job_done(self, result) -> None:
        handler, self._on_done = self._on_done, None
        if handler is not None:
            handler(result)

    def _on_job_failed(self, message: str) -> None:
        self._on_done = None
        self._fail(message)

    def _fail(self, message: str | SheetRefused) -> None:
        self.failed_page.show_failure(message)
        self.retry_button.setText("Choose &another file…" if self.path else "&Paste again")
        self._show("failed")

    def done(self, result: int) -> None:
        self.job.outlive_owner()  # a build told to stop ends on its own: Cancel does not wait
        self.confirm_page.other_words.clear()  # the plan it held: the sheet's words
        self.names_read.forget(closed=True)  # finished or cancelled
        super().done(result)

