"""File → Export: posters, the action poster, the report, the feedback sheet for the people whose
reviews were used, the day's agenda for the tables and the data, with a progress bar.

The export runs on a background thread from a snapshot of the workshop, so the facilitator can
keep working; any problem is shown in plain English and no half-written file is left. Before a
PDF is made, writing it cannot show (Chinese, Bengali, emoji, …) is named, and so is any possible
personal detail in what was typed during the day (``typed_details``); the facilitator chooses
whether to go on (the questions are ``export_questions``). The report and the feedback sheet
compare with last time's workshop when one is open on the Review board (their "Since last
time"), and the question then reads what each prints of that one too (``last_time_details``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.background import BackgroundTask, snapshot_workshop
from wtfc.ui.export_where import ask_export_path
from wtfc.ui.file_names import safe_name, title_for_names

if TYPE_CHECKING:  # loaded with the first export, not at start-up
    from wtfc.ui.export_run import ExportRun

PRELOAD_AFTER_MS = 4_000  # after the event loop's first turn: the first frame has been shown


@dataclass(frozen=True)
class ExportKind:
    key: str
    menu_text: str
    default_name: str  # what it is, after the workshop's title and date in a suggested name
    file_filter: str
    tiles: bool = False  # a poster on A4 sheets to tape together (``poster_tiles.py``)

    @property
    def name(self) -> str:
        """The menu action's object name."""
        return f"export_{self.key}" + ("_a4_tiles" if self.tiles else "")


# The posters' paper said where it is chosen (the menu, and the Save dialog's title): printed
# "fit to page" on an office A4 printer their smallest words come out 8-10 pt.
EXPORTS = (
    ExportKind("posters", "Theme &posters (PDF: print on A3 paper at actual size)…",
               "theme posters.pdf", "PDF (*.pdf)"),
    ExportKind(
        "action-poster",
        "Commissioner &action poster (PDF: A1, or A3 at half size — not shrunk to A4)…",
        "action poster.pdf",
        "PDF (*.pdf)",
    ),
    # for an office with only an A4 printer: the same posters at actual size, to tape together
    ExportKind("posters", "Theme posters on A&4 sheets (PDF, to tape together)…",
               "theme posters on A4 sheets.pdf", "PDF (*.pdf)", tiles=True),
    ExportKind("action-poster", "Commissioner action poster on A4 &sheets (PDF, to tape "
               "together)…", "action poster on A4 sheets.pdf", "PDF (*.pdf)", tiles=True),
    ExportKind("report", "Workshop &report (PDF, A4)…", "workshop report.pdf", "PDF (*.pdf)"),
    ExportKind(
        "feedback",
        # Not "who took part": they are the people whose reviews were used, who were not all in
        # the room (``ExportContent.whose_reviews``).
        "&Feedback sheet for the people whose reviews were used (PDF, A4)…",
        "feedback sheet.pdf",
        "PDF (*.pdf)",
    ),
    # before the day: the room's Welcome on paper, for the tables (``export_agenda``)
    ExportKind("agenda", "&The day's agenda (PDF, A4, for the tables)…", "agenda.pdf",
               "PDF (*.pdf)"),
    ExportKind(
        "data",
        "&Data for commissioners (Excel or CSV)…",
        "workshop data.xlsx",
        "Excel workbook (*.xlsx);;CSV files (*.csv)",
    ),
)


def suggested_name(workshop: Workshop, kind: ExportKind, names: Iterable[str] = ()) -> str:
    """The name the Save dialog offers, "Spring workshop 12 November 2026 – workshop
    report.pdf": the title and date every export prints (nothing else of the workshop's), made
    fit for a file name. A title in which the guard finds a possible personal detail (with
    ``names``, the names to watch) is left out: the name is offered before the export asks
    about the title. Every export asks, the data export too, since it prints the title on its
    About sheet and in the file's Title property."""
    from wtfc.export.content import UNTITLED, format_date

    title = "" if workshop.title.strip() == UNTITLED else title_for_names(workshop.title, names)
    stem = " ".join(x for x in (safe_name(title), format_date(workshop.date)) if x)
    return f"{stem} – {kind.default_name}" if stem else kind.default_name


def run_export_now(key: str, workshop: Workshop, output: Path,
                   progress: Callable[[int, int], None] | None = None,
                   previous: Workshop | None = None, names: tuple[str, ...] = ()) -> list[Path]:
    """Write one export of ``workshop``; raises ``ExportError`` in plain English.
    ``previous``: last time's workshop, compared with in the report and the feedback sheet;
    ``names``: the names to watch for, which the letter's notes hide too."""
    if progress is None:
        from wtfc.export.output import no_progress  # the exports load on first use

        progress = no_progress
    if key == "posters":
        from wtfc.export.theme_poster import export_theme_posters

        return [export_theme_posters(workshop, output, progress=progress)]
    if key == "action-poster":
        from wtfc.export.action_poster import export_action_poster

        return [export_action_poster(workshop, output, progress=progress)]
    if key == "report":
        from wtfc.export.report import export_report

        return [export_report(workshop, output, previous=previous, progress=progress)]
    if key == "feedback":
        from wtfc.export.feedback_sheet import export_feedback_sheet
        from wtfc.importing.typed_details import shown_as_kinds  # the notes go to homes

        return [export_feedback_sheet(workshop, output, progress=progress, previous=previous,
                                      guard=lambda text: shown_as_kinds(text, names))]
    if key == "agenda":
        from wtfc.ui.export_agenda import run_agenda_now

        return run_agenda_now(workshop, output, progress, names)
    from wtfc.export.data import export_data

    return export_data(workshop, output, progress=progress)


def run_tiles_now(key: str, workshop: Workshop, output: Path,
                  progress: Callable[[int, int], None]) -> list[Path]:
    """Write poster ``key`` on A4 sheets to tape together; raises ``ExportError``."""
    from wtfc.export.poster_tiles import export_on_a4_sheets

    return [export_on_a4_sheets(key, workshop, output, progress=progress)]


_MODULES = {"posters": ("wtfc.export.theme_poster",), "report": ("wtfc.export.report",),
            "action-poster": ("wtfc.export.action_poster",), "agenda": ("wtfc.export.agenda",),
            "feedback": ("wtfc.export.feedback_sheet",)}  # else the data: openpyxl and its own


def load_export_modules(key: str) -> None:
    """Import what an export needs here, on the UI thread, before its worker starts: a first
    import of a C extension (numpy, through openpyxl) on the worker while the UI thread's
    garbage collector ran crashed the interpreter now and then. (The A4 sheets add only pypdf,
    which is pure Python.)"""
    import importlib

    for name in _MODULES.get(key, ("openpyxl", "wtfc.export.data")):
        importlib.import_module(name)


class ExportController(QObject):
    """Owns the export actions and the one export that may be running."""

    def _read_only(self) -> bool:
        """Whether the window exported from has its workshop open read-only."""
        undo = getattr(self.parent_widget, "undo", None)  # a bare parent (tests) has none
        return bool(getattr(undo, "read_only", False))

    def __init__(self, doc: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self.doc = doc
        self.parent_widget = parent
        self.task: BackgroundTask | None = None  # the export running, or ending, if any
        self.run: ExportRun | None = None  # its dialog and its end
        self.close_put_off = False  # the window's close waits for an export (and was confirmed)
        self.last_written: list[Path] = []
        # (the workshop's file, the folder chosen for its last export): suggested again
        self.last_folder: tuple[Path | None, Path] | None = None
        self.actions: list[QAction] = []
        self._exported_from: Workshop | None = None  # the open workshop the export is of
        for kind in EXPORTS:
            action = QAction(self, text=kind.menu_text)
            action.setObjectName(kind.name)
            action.triggered.connect(lambda _=False, k=kind: self.ask_and_export(k))
            self.actions.append(action)
        # counted from the event loop's first turn: a slow first frame never shares its time
        QTimer.singleShot(0, self, lambda: QTimer.singleShot(PRELOAD_AFTER_MS, self, self.preload))

    def preload(self) -> None:
        """A first export's modules and fonts, loaded on a worker (``export_preload``)."""
        if self.parent_widget.isVisible():  # closed: nothing would wait for it (Qt aborts)
            from wtfc.ui.export_preload import start_preload
            start_preload()

    def ask_and_export(self, kind: ExportKind) -> None:
        """Ask where to save, then export; an export with nothing to show (posters with no
        priority chosen) says so first, before a file name is asked for in vain. A failure
        before the export starts (a module that will not load) is said as one after it is."""
        try:
            self._ask_and_export(kind)
        except Exception as exc:  # a menu action's slot: nothing above it would say it
            self.say_failed(exc)

    def _ask_and_export(self, kind: ExportKind) -> None:
        from PySide6.QtWidgets import QMessageBox

        from wtfc.export.content import ExportContent

        if not self.record_typing():  # the name and the check read a title still being typed
            return
        reason = ExportContent(self.doc.workshop).nothing_to_export(kind.key)
        if reason:
            QMessageBox.information(self.parent_widget, "Nothing to export yet", reason)
            return
        start = self.start_folder() / suggested_name(
            self.doc.workshop, kind, self.doc.names_to_watch
        )
        path = ask_export_path(  # never the workshop's own file, nor a PDF named "x.docx"
            self.parent_widget, key=kind.key, title=kind.menu_text.replace("&", "").rstrip("…"),
            start=start, file_filter=kind.file_filter,
            default_ending=Path(kind.default_name).suffix, workshop_file=self.workshop_file())
        if path is not None:
            self.last_folder = (self.workshop_file(), path.parent)
            self.export(kind.key, path, tiles=kind.tiles)

    def record_typing(self) -> bool:
        """Record a Prepare field (or a cell, a theme's name) still being typed, so the export
        and its suggested name read what is on screen; False when it was refused as too long
        (said so): export after fixing it."""
        commit = getattr(self.parent_widget, "commit_pending_edits", None)
        return commit is None or bool(commit())

    def workshop_file(self) -> Path | None:
        files = getattr(self.parent_widget, "files", None)  # the main window's file controller
        return getattr(files, "path", None)

    def start_folder(self) -> Path:
        """Where the Save dialog opens (``export_folder``): never a temporary folder."""
        from wtfc.ui.export_folder import export_start_folder

        return export_start_folder(self.workshop_file(), self.last_folder)

    def review_previous(self) -> Workshop | None:
        """Last time's workshop open on the Review board, if the board has been built (it is
        not built for this: with no board, nothing was opened on it)."""
        review = sys.modules.get("wtfc.ui.boards.review")  # never loaded: never built
        if review is None:  # (loading it to look took 0.8 s of a first export)
            return None
        board = self.parent_widget.findChild(review.ReviewBoard)
        if board is None or board.previous is None:
            return None
        return board.previous.workshop

    def say_failed(self, exc: BaseException) -> None:
        """An export that failed, in plain English: an ``ExportError`` says why; anything else
        is a bug of ours, said plainly, its details kept for the log. Nothing was written."""
        from PySide6.QtWidgets import QMessageBox

        from wtfc.export.errors import ExportError

        if isinstance(exc, ExportError):
            message = str(exc)
        else:
            import traceback

            details = getattr(exc, "wtfc_traceback", None)  # the worker's, when it had one
            print(details or "".join(traceback.format_exception(exc)), file=sys.stderr)
            message = (
                "Something went wrong while exporting, and nothing was saved. "
                "Your workshop is safe. Please try again, or save the workshop and "
                "tell us what you were exporting."
            )
        from wtfc.ui.plain_tip import as_typed  # a file's name as typed, never as HTML

        QMessageBox.warning(self.parent_widget, "The export was not saved", as_typed(message))

    def close_when_done(self, close: Callable[[], object]) -> bool:
        """The window is closing: True, with ``close`` called once it has ended, while an
        export is still being written (the dialog says what is waited for). Waited for with
        the window frozen, its "Export saved" box came after the window had gone, and wtfc
        crashed or ran on unseen."""
        if self.run is None or self.run.over:
            self.close_put_off = False
            return False
        self.close_put_off = True
        self.run.finish_then(close)
        return True

    def _keep_recovery_copy(self) -> None:
        """Unsaved edits go to the recovery copy now: the questions and the export's start
        hold the window, and autosave with it (none in tests' bare windows)."""
        saver = getattr(getattr(self.parent_widget, "files", None), "autosaver", None)
        if saver is not None:
            saver.snapshot_now()

    def _forget(self, run: ExportRun) -> None:
        """An export has ended and freed itself: let go of it, so its workshop copy goes; and
        of the words it measured if another workshop opened meanwhile (Ctrl+O in 400 ms)."""
        if self.run is run:
            self.run = self.task = None
            exported, self._exported_from = self._exported_from, None
            if exported is not None and exported is not self.doc.workshop:
                from wtfc.ui.forget_words import forget_workshop_words

                forget_workshop_words()

    def export(self, key: str, path: Path, *, tiles: bool = False) -> BackgroundTask | None:
        """Start an export in the background with a progress dialog (None when it did not
        start: a question was cancelled, or a failure before the start was said). ``tiles``:
        a poster on A4 sheets to tape together; it asks the same questions as the poster."""
        try:
            return self._export(key, path, tiles)
        except Exception as exc:  # before the worker, on_error would never hear of it
            self.say_failed(exc)
            return None

    def _export(self, key: str, path: Path, tiles: bool = False) -> BackgroundTask | None:
        from PySide6.QtWidgets import QMessageBox

        from wtfc.ui.export_questions import (
            confirm_plain_words,
            confirm_same_as_last_time,
            confirm_typed_details,
            confirm_unshowable,
        )

        if self.task is not None and self.task.is_running():
            QMessageBox.information(self.parent_widget, "Export already running",
                                    "Please wait for the current export to finish.")
            return None
        if not self.record_typing():
            return None
        self._keep_recovery_copy()
        from wtfc.ui.export_preload import wait_for_preload
        from wtfc.ui.theme_names_to_check import names_to_ask_about  # "Thank you Eirlys"

        wait_for_preload()  # one under way is finished, not done again here
        workshop = snapshot_workshop(self.doc.workshop)
        last_time = self.review_previous() if key in ("report", "feedback") else None
        previous = snapshot_workshop(last_time) if last_time is not None else None
        parent, names = self.parent_widget, self.doc.names_to_watch
        found = names_to_ask_about(self.doc)  # quoted as "[name]" in a theme's name only
        from wtfc.ui.export_agenda import KEY, agenda_saved_note, confirm_agenda

        for confirm in ((confirm_agenda,) if key == KEY else (
                confirm_typed_details, confirm_unshowable, confirm_same_as_last_time)):
            if not confirm(parent, key=key, workshop=workshop, names=names, previous=previous,
                           theme_names=found):
                return None
        if key == "feedback" and not confirm_plain_words(
            parent, workshop=workshop, names=names, previous=previous, theme_names=found
        ):
            return None
        import threading
        import time
        busy_from = time.monotonic()  # the questions answered: no sign from here till the dialog
        load_export_modules(key)  # before the progress dialog: a failure leaves none behind
        from wtfc.ui.export_run import ExportRun, stoppable

        stop = threading.Event()  # Cancel: the export stops before it writes anything
        copies = [(workshop, previous)]

        def work(progress: Callable[[int, int], None]) -> list[Path]:
            # taken, not read: the worker object outlives its export (kept until the next
            # background job starts) and would keep these copies, a closed workshop's too
            mine, last = copies.pop()
            if tiles:
                return run_tiles_now(key, mine, path, stoppable(progress, stop))
            more = {"names": tuple(names)} if key in ("feedback", KEY) else {}
            return run_export_now(key, mine, path, stoppable(progress, stop), last, **more)

        task = BackgroundTask(work, self)
        read_only = self._read_only()  # of this workshop, if another is open when it is said

        def on_saved(written: list[Path]) -> None:
            self.last_written = written
            late = "It had been written before Cancel could stop it.\n\n" if stop.is_set() else ""
            from wtfc.model.control_characters import name_shown  # as the title shows one
            from wtfc.ui.export_notes import pages_in, saved_note
            from wtfc.ui.plain_tip import as_typed  # the files' names as typed

            QMessageBox.information(
                self.parent_widget,
                "Export saved",
                as_typed(f"{late}Saved:\n" + "\n".join(name_shown(str(p)) for p in written)
                         + (agenda_saved_note(workshop, names) if key == KEY else
                            saved_note(key, workshop, previous, read_only=read_only, tiles=tiles,
                                       sheets=pages_in(written[0]) if tiles else 0))),
            )

        self.run = ExportRun(task, stop, key, self.parent_widget, on_saved, self.say_failed,
                             self._forget, busy_from=busy_from)
        self.task, self._exported_from = task, self.doc.workshop
        task.start()
        return task
