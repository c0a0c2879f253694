"""Autosave: a recovery snapshot a few seconds after edits stop, and at least every 30 s while
there are unsaved changes; never written over the user's own file.

Each running instance owns a session folder in the recovery folder and holds its
``session.lock`` (a QLockFile) for its whole life, so another instance starting up can tell a
live session (lock busy: leave it alone) from a crashed one (lock free: offer recovery).
Serialising happens here on the UI thread, so the snapshot is one consistent workshop (and it is
quick: only changed parts are re-serialised, see ``bench_autosave``); the disk write and its
fsync run on one worker thread, in order, so the wall never waits for the disk.

Words still being typed count too (a Purpose typed for minutes and never left, then a
crash): typing starts the same timers, and the snapshot is the workshop as it would be with
those words recorded. They are built as the very commands leaving the box would push
(``left_field.typed_edits``) and done on a detached copy of the document
(``Document.detached_copy``), never on the document itself: doing and undoing them there would
tell every view (a field refilled under the cursor, a board redrawn) and the undo stack, while
on the copy nothing hears of them, so the facilitator types on undisturbed and Undo is as it
was.

A copy that cannot be written (disk full, the folder taken away) never stops wtfc: the status
bar says so at once and stays until a later copy is written (a screen reader is told once, as
it first appears); the copy is tried again while
there are unsaved changes, and a session folder a clean-up tool removed is made again (with
its lock, so no other copy of wtfc takes it for a crashed one).
"""

from __future__ import annotations

import contextlib
import errno
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from wtfc.model import recovery
from wtfc.model.disk_problems import disk_full, stopped_answering
from wtfc.model.errors import WorkshopFileError
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.ui.announce import announce
from wtfc.ui.background import pause_collector, resume_collector
from wtfc.ui.file_lock import take_lock, why_refused
from wtfc.ui.left_field import TypingWatch, typed_edits

DELAY_MS = 3000  # after the last edit
MAX_INTERVAL_MS = 10_000  # while edits keep coming: a crash then loses at most ~10 s
RECOVERY_DIR_ENV = "WTFC_RECOVERY_DIR"  # tests point this at a temporary folder
DELAY_ENV = "WTFC_AUTOSAVE_DELAY_MS"  # tests shorten the delays with these two
MAX_INTERVAL_ENV = "WTFC_AUTOSAVE_MAX_MS"
# "recovery copy", as the save-failed box and the restore dialog call it; no "autosave"
FAILED = "wtfc could not keep a recovery copy of your work"


def recovery_dir() -> Path:
    """Where snapshots live: the local app-data folder's ``recovery`` (or
    ``$WTFC_RECOVERY_DIR``). Local, not roaming: councils often redirect the roaming folder to
    a network share, which a laptop in a community hall cannot reach."""
    override = os.environ.get(RECOVERY_DIR_ENV)
    if override:
        return Path(override)
    return _app_folder(QStandardPaths.StandardLocation.AppLocalDataLocation)


def recovery_dirs() -> list[Path]:
    """Every folder a crashed session may be in: ``recovery_dir()``, then the roaming folder
    earlier versions of wtfc used (the same folder except on Windows)."""
    here = recovery_dir()
    if os.environ.get(RECOVERY_DIR_ENV):
        return [here]
    earlier = _app_folder(QStandardPaths.StandardLocation.AppDataLocation)
    return [here] if earlier == here else [here, earlier]


def _app_folder(location: QStandardPaths.StandardLocation) -> Path:
    return Path(QStandardPaths.writableLocation(location)) / "recovery"


def _env_ms(name: str, default: int) -> int:
    try:
        return max(0, int(os.environ.get(name, default)))
    except ValueError:
        return default


def session_lock(folder: Path) -> QLockFile:
    lock = QLockFile(str(folder / recovery.LOCK_NAME))
    lock.setStaleLockTime(0)  # a session lasts all day: stale only when its process is gone
    return lock


def _failure_words(exc: BaseException) -> str:
    """"wtfc could not keep a recovery copy of your work (the disk is full). Save …" for the
    status bar; the reason left out when the system gave none in words (never a class name
    such as "OSError", nor a programming error's own text)."""
    cause = exc.__cause__ if isinstance(exc, WorkshopFileError) and exc.__cause__ else exc
    code = getattr(cause, "errno", None)
    if disk_full(cause):
        reason = "the disk is full"
    elif stopped_answering(cause):  # in the user's own profile: never a USB stick, and
        reason = "the drive or network folder stopped answering"  # no brackets in brackets
    elif isinstance(cause, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "it may not write to the folder for recovery copies"
    elif isinstance(cause, OSError | WorkshopFileError):
        reason = getattr(cause, "strerror", None) or str(cause)
    else:
        reason = ""
    said = f"{FAILED} ({reason})." if reason else f"{FAILED}."
    return f"{said} Save the workshop to keep your work safe."


class Autosaver(QObject):
    """Keeps this instance's recovery snapshot of the main window's workshop up to date."""

    _job_done = Signal()  # from the writer thread; handled on the UI thread

    def __init__(self, window, folder: Path | None = None, *, delay_ms: int | None = None,
                 max_interval_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.instance_id = recovery.new_instance_id()
        self.recovery_dir = folder or recovery_dir()
        self.session = self.recovery_dir / self.instance_id
        self._lock = session_lock(self.session)
        self._serializer = SnapshotSerializer()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wtfc-autosave")
        self._pending: list[Future] = []
        self.last_error = ""
        self.snapshots_written = 0
        self._edits = 0  # edits seen; the snapshot on disk holds the first _saved_edits
        self._saved_edits = 0
        self._idle = self._timer(_env_ms(DELAY_ENV, DELAY_MS) if delay_ms is None else delay_ms)
        self._longest = self._timer(_env_ms(MAX_INTERVAL_ENV, MAX_INTERVAL_MS)
                                    if max_interval_ms is None else max_interval_ms)
        window.doc.events.edited.connect(self._on_edited)
        window.doc.events.reset.connect(self._on_reset)
        window.undo.stack.cleanChanged.connect(self._on_clean_changed)
        self._typing = TypingWatch(window)
        self._typing.typed.connect(self._on_edited)  # words typed count as an edit
        self._only_typed = False  # the copy on disk holds only typed words (the file the rest)
        self._replaced: list[CrashedSession] = []  # restored here: see ``replaces``
        self._job_done.connect(self._report_failures)
        self._ensure_session()  # may fail (disk full): wtfc runs on and says so

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.snapshot_now)
        return timer

    # -- events --------------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self._edits += 1
        self._idle.start()  # restarted by every edit: fires once they stop
        if not self._longest.isActive():  # not restarted: bounds the wait while edits go on
            self._longest.start()

    def _on_reset(self) -> None:
        self._serializer.forget()
        self._edits += 1
        if not self.window.undo.stack.isClean():  # a restored workshop: unsaved from the start
            self.snapshot_now()

    def _on_clean_changed(self, clean: bool) -> None:
        if self.window.undo.going():  # the stack's end is no save: the copy on disk stays
            return
        if clean:  # saved (or undone back to the saved state): the file holds everything
            self._idle.stop()
            self._longest.stop()
            self._saved_edits = self._edits
            self._only_typed = False
            self._queue(recovery.remove_snapshot, self.session)

    # -- work ----------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return not self.window.undo.stack.isClean() or bool(typed_edits(self.window))

    def snapshot_now(self, *, saving_to: Path | None = None) -> bool:
        """Serialise now and queue the write; False when there was nothing new to keep.
        ``saving_to``: a first save or a Save As is about to write there (named in the copy,
        so a crash after it finds the work in that file): written even with nothing new."""
        self._idle.stop()
        self._longest.stop()
        self._report_failures()
        if self._saved_edits == self._edits and saving_to is None:
            return False
        typed = typed_edits(self.window)
        if self.window.undo.stack.isClean() and not typed:
            if self._only_typed:  # the words were given up (Esc): nothing is left to offer
                self._only_typed = False
                self._queue(recovery.remove_snapshot, self.session)
            return False
        if not self._ensure_session():
            return False
        workshop = self.window.doc.workshop
        if typed:  # as if recorded, on a copy: see the module's docstring
            scratch = self.window.doc.detached_copy()
            for command in typed:
                command.do(scratch)
            workshop = scratch.workshop
        files = self.window.files
        header = SnapshotHeader(
            original_path=str(Path(files.path).absolute()) if files.path else "",
            title=workshop.title, untitled_name=files.untitled_name,
            made_from=str(Path(files.made_from).absolute()) if files.made_from else None,
            # which version of the file this work started from: a restore's Save asks when
            # the file is another version by then (a colleague's save synced in)
            based_on=list(files.stamp) if files.path and files.stamp else None,
            based_on_sha256=(files.digest or "") if files.path else "",
            saving_to=str(saving_to.absolute()) if saving_to is not None else "",
            pid=os.getpid(), hostname=recovery.this_host(), instance_id=self.instance_id)
        data = self._serializer.snapshot_bytes(workshop, header)
        self._saved_edits = self._edits
        self._only_typed = self.window.undo.stack.isClean()
        self._queue(recovery.write_snapshot, data, self.session)
        self.snapshots_written += 1
        return True

    def replaces(self, crashed: CrashedSession) -> None:
        """``crashed`` was restored into this window: its copy goes once this session has
        kept its own (or the work is saved), never before. A copy that could not be written
        (disk full, a locked-down profile) would otherwise leave the work in memory alone.
        Until then its lock stays held, so no other copy of wtfc offers it meanwhile; killed,
        it is offered again at the next start."""
        self.snapshot_now()
        self.wait()
        if self.last_error or self._saved_edits != self._edits \
                or not (self.session / recovery.SNAPSHOT_NAME).exists():
            self._replaced.append(crashed)  # the next copy written, or a save, lets it go
        else:
            crashed.discard()

    def _ensure_session(self) -> bool:
        """This session's folder exists and its lock is held (made again if a clean-up tool
        took them away); False, and said, when the recovery folder cannot be written."""
        if self._lock.isLocked() and (self.session / recovery.LOCK_NAME).exists():
            return True
        try:
            recovery.make_session_folder(self.session)  # private: 0700
        except OSError as exc:
            self._failed(exc)
            return False
        if self._lock.isLocked():
            self._lock.unlock()
        self._lock = session_lock(self.session)
        if not take_lock(self._lock):  # a fresh uuid: a full disk, or a folder refusing files
            self._failed(why_refused(self._lock, self.session))
            return False
        return True

    def _failed(self, exc: BaseException) -> None:
        first = not self.last_error
        self.last_error = _failure_words(exc)
        self.window.statusBar().showMessage(self.last_error)  # stays until a copy is kept
        if first:  # said once, not on every retry: a screen-reader user never sees the bar
            announce(self.window, self.last_error, urgent=True)
        self._saved_edits = -1  # not on disk: the next chance writes it again
        if self.has_unsaved_changes() and not self._longest.isActive():
            self._longest.start()

    def _queue(self, job, *args) -> None:
        pause_collector()  # see background._CollectorPause; _written resumes it
        try:
            future = self._writer.submit(job, *args)
        except BaseException:  # never queued (the writer is shut down): nothing will resume it
            resume_collector()
            raise
        self._pending.append(future)
        future.add_done_callback(self._written)

    def _written(self, _future: Future) -> None:
        """Once the write's future is done (on the writer's thread, or here if it already
        was). Said from inside the job, the UI thread could find the future not yet done and
        never hear of it: a copy kept once the disk had room again left "could not keep a
        recovery copy" in the status bar."""
        resume_collector()
        # the window, and this autosaver with it, may have gone while it wrote: nobody is left
        # to tell, and the copy is on disk all the same
        with contextlib.suppress(RuntimeError):
            self._job_done.emit()

    def wait(self) -> None:
        """Block until every queued write is on disk (tests, and before a clean exit)."""
        for future in list(self._pending):
            future.exception()
        self._report_failures()

    def _report_failures(self) -> None:
        """Say what the writes that finished did: the last one decides."""
        done = [f for f in self._pending if f.done()]
        self._pending = [f for f in self._pending if not f.done()]
        if not done:
            return
        error = done[-1].exception()
        if error is not None:
            self._failed(error)
            return
        # a copy written since a restore (or the copy removed by a save) holds its work
        while self._replaced:
            self._replaced.pop().discard()
        if self.last_error:
            self.last_error = ""
            bar = self.window.statusBar()
            if bar.currentMessage().startswith(FAILED):
                bar.clearMessage()

    def close(self) -> None:
        """A clean exit: nothing to recover, so the session folder goes."""
        # the window's last moments (a box losing the keyboard as it closes) are kept no more
        self._typing.typed.disconnect(self._on_edited)
        self.window.doc.events.edited.disconnect(self._on_edited)
        self._idle.stop()
        self._longest.stop()
        self._writer.shutdown(wait=True)
        self._pending = []
        self._lock.unlock()
        recovery.remove_session(self.session)
        for crashed in self._replaced:  # its work is saved, or given up when asked on closing
            crashed.discard()
        self._replaced = []


@dataclass
class CrashedSession:
    """A session whose instance is gone; we hold its lock until it is dealt with."""

    folder: Path
    lock: QLockFile
    snapshot: recovery.Snapshot | None
    problem: str = ""

    def discard(self) -> None:
        self.lock.unlock()
        recovery.remove_session(self.folder)

    def keep(self) -> None:
        """Decide later: leave it for the next start-up."""
        self.lock.unlock()


def crashed_sessions(folder: Path | None = None, *, own: str = "") -> list[CrashedSession]:
    """Sessions left by instances that are no longer running (a live one's lock is busy),
    newest first: the one restored first is the latest work. ``folder`` None: every folder
    of ``recovery_dirs()``."""
    found = []
    folders = [folder] if folder is not None else recovery_dirs()
    sessions = [s for f in folders for s in recovery.session_folders(f)]
    for session in sorted(sessions, key=recovery.snapshot_time, reverse=True):
        if session.name == own:
            continue
        lock = session_lock(session)
        if not take_lock(lock):
            continue  # still running (here or on another computer sharing the folder)
        try:
            snapshot: recovery.Snapshot | None = recovery.read_snapshot(session)
            problem = ""
        except WorkshopFileError as exc:
            snapshot, problem = None, str(exc)
        if snapshot is None and not (session / recovery.SNAPSHOT_NAME).exists():
            lock.unlock()  # a session that closed before writing anything: tidy it away
            recovery.remove_session(session)
            continue
        found.append(CrashedSession(session, lock, snapshot, problem))
    return found
