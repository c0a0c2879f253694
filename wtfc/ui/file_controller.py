"""Open, save and save as for the main window (the unsaved-changes prompt: ``unsaved_changes``).

Every failure is a plain-English message; a failed open leaves the current workshop as it was, a
failed save the previous file and the workshop in memory (with a recovery copy). The open file
is locked (``file_lock``) so a second copy of wtfc opens it read-only, as it does a file marked
read-only or one a newer wtfc wrote (never saved over: Save As offers a copy beside it). Saves
keep the last few versions (``.bak``…``.bak3``), brought back by ``earlier_versions_menu``; a
kept copy opened is read-only, and a workshop that will not open offers the newest that does
(``earlier_version_offer``); a save that took words off says the kept versions still hold them
(``remove_earlier_versions``). Also: ``recent_files``, ``file_new_from``, ``save_as_place``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from wtfc.model.control_characters import name_shown  # never a bidi control or line break
from wtfc.model.demo import DEMO_COPY, bundled_copy_name, demo_path
from wtfc.model.disk_problems import not_saved_anywhere
from wtfc.model.errors import WorkshopFileError
from wtfc.model.recovery import file_digest
from wtfc.model.storage import (
    SUFFIX,
    load_workshop,
    remove_stale_temporaries,
    save_workshop,
)
from wtfc.model.workshop import Workshop
from wtfc.ui.autosave import recovery_dir
from wtfc.ui.chosen_path import chosen_path
from wtfc.ui.cut_short_save import KEPT_VERSIONS, tidy_after_crash
from wtfc.ui.delete_workshop import add_delete_action
from wtfc.ui.file_lock import SHOWN, FileLock, ask_about_locked_file
from wtfc.ui.recent_files import RecentMenu, recent_files, remember

if TYPE_CHECKING:
    from wtfc.model.versions import DamagedFile
    from wtfc.ui.autosave import Autosaver
    from wtfc.ui.main_window import MainWindow

FILE_FILTER = "Workshop files (*.wtfc)"
CHECK_TITLE = "Something to check in this workshop"  # what opening (or going back) points out


def disk_stamp(path: Path) -> tuple[int, int] | None:
    """When the file was last written and its size: what "changed on disk" compares."""
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size)


def same_path(a: Path, b: Path | None) -> bool:
    """The same file, however it was written ("spring.wtfc" and "/home/x/spring.wtfc"), on a
    drive that gives every file the same id too (``same_file``)."""
    from wtfc.model.same_file import same_file

    return b is not None and same_file(a, b)


class FileController:
    """Keeps the path of the open workshop and does the file menu's work."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.path: Path | None = None
        self.stamp: tuple[int, int] | None = None  # the file as last read or written here
        self.digest: str | None = None  # its bytes' sha256 then (``changed_elsewhere``)
        self.is_demo = False  # a copy of the bundled demo is open
        self.untitled_name = "Untitled"
        self._recent_menu: RecentMenu | None = None
        self._versions_menu: QMenu | None = None
        self.lock = FileLock(recovery_dir(), window)  # its window is asked to come forward
        self.sent_away = False  # the window that has the file chosen came forward instead
        self.autosaver: Autosaver | None = None  # set by run_app: only the real app autosaves
        self.damaged: DamagedFile | None = None  # what an earlier version opened in place of
        # the file a new cycle was started from (File → New workshop from this one…): Review
        # compares with it, so it is never saved over from here
        self.made_from: Path | None = None
        self.no_version_said: Path | None = None  # a file whose saves keep no .bak, said once
        self.kept_words_note = ""  # a quiet save's words_still_kept (``confirm_discard``)
        # its digest and the workshop then (collections copied: parts are replaced, not changed)
        self.as_saved: tuple[str | None, Workshop] | None = None

    # -- menu ----------------------------------------------------------------------------------
    def populate_menu(self, menu: QMenu) -> None:
        w = self.window

        def add(text: str, slot, shortcut=None, name: str = "") -> QAction:
            action = QAction(w, text=text)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            if name:
                action.setObjectName(name)
            menu.addAction(action)
            return action

        add("&New workshop", self.new, QKeySequence.StandardKey.New, "new")
        # no key of its own: once a season, from the menu (Alt+F, F)
        add("New workshop &from this one…", self.new_from_this, None, "new_from").setStatusTip(
            "A new workshop with this one's details, plan and people's codes, compared with "
            "this one on Review")
        add("&Open…", self.open_dialog, QKeySequence.StandardKey.Open, "open")
        recent = menu.addMenu("Open &recent")
        recent.setObjectName("recent")
        self._recent_menu = RecentMenu(recent, w, self.open_path)
        add("Open the &demo workshop", self.open_demo, None, "demo")
        menu.addSeparator()
        self.save_action = add("&Save", self.save, QKeySequence.StandardKey.Save, "save")
        # Save As and Quit have no standard key on Windows: the same keys on every system
        add("Save &As…", self.save_as_dialog, QKeySequence("Ctrl+Shift+S"), "save_as")
        self._versions_menu = menu.addMenu("Go back to an earlier &version")
        self._versions_menu.setObjectName("earlier_versions")
        self._versions_menu.aboutToShow.connect(self._fill_versions)
        add_delete_action(menu, w)  # File → Delete this workshop and its copies…
        menu.addSeparator()
        self.extra_actions_anchor = menu.addSeparator()
        add("&Quit", w.close, QKeySequence("Ctrl+Q"), "quit")

    def _fill_versions(self) -> None:
        from wtfc.ui.earlier_versions_menu import fill_versions_menu  # when first opened

        assert self._versions_menu is not None
        fill_versions_menu(self._versions_menu, self.window)

    # -- state ---------------------------------------------------------------------------------
    def display_name(self) -> str:
        return self.path.name if self.path else self.untitled_name

    def recent_files(self) -> list[str]:
        return recent_files()

    # -- actions -------------------------------------------------------------------------------
    def new(self) -> None:
        if self.confirm_discard("starting a new workshop"):
            self.is_demo = False
            self.adopt(Workshop(), None, "Untitled", read_only_reason="")

    def new_from_this(self) -> None:
        from wtfc.ui.file_new_from import new_from_this  # when chosen, not at start-up

        new_from_this(self)

    def adopt_next_cycle(self, workshop: Workshop, source: Path, untitled: str) -> None:
        """Open a new cycle untitled; it is never saved over ``source`` (``file_new_from``)."""
        self.is_demo = False
        self.adopt(workshop, None, untitled, read_only_reason="")
        self.made_from = source

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from wtfc.ui.documents_folder import documents_or_home

        start = str(self.path.parent) if self.path else str(documents_or_home())
        name, _ = QFileDialog.getOpenFileName(self.window, "Open workshop", start,
                                              f"{FILE_FILTER};;All files (*)")
        if name:  # "Save them before…?" once a file is chosen and known to open (open_path)
            self.open_path(Path(name))

    def open_demo(self) -> None:
        if self.confirm_discard("opening the demo"):
            self.open_path(demo_path(), as_copy=True, confirmed=True)

    def open_path(self, path: Path, *, as_copy: bool = False, confirmed: bool = False) -> bool:
        """Open a workshop file; on failure say why and keep the current workshop. A file that
        cannot be read, or one open in another copy of wtfc, is said before "Save them…?"
        (``open_checks``): once asked, the open happens, so a save made quiet for it is right."""
        stamp, damaged = disk_stamp(path), None
        try:
            loaded = load_workshop(path)
        except WorkshopFileError as exc:  # an earlier version that opens is offered instead
            from wtfc.ui.earlier_version_offer import offer_earlier_version

            if (offered := offer_earlier_version(self.window, path, exc)) is None:
                return False
            loaded, damaged = offered  # what reading it let go of is said below
        bundled = bundled_copy_name(path)  # however it is reached: File → Open, recent, a path
        if as_copy or bundled:  # the bundled demo is never written: it opens untitled
            if not confirmed and not self.confirm_discard("opening another workshop"):
                return False
            self.is_demo = as_copy or bundled == DEMO_COPY
            self.adopt(loaded.workshop, None, bundled or DEMO_COPY, "")
            return True
        from wtfc.ui.open_checks import other_holder, read_only_reason, said_on_opening

        file_reason = reason = read_only_reason(loaded, path)
        left_here = self.lock.left_here(path)  # before other_holder takes a crashed one's lock
        holder = other_holder(self.lock, path)
        name = name_shown(path.name)
        choice = ask_about_locked_file(self.window, holder, name) if holder else None
        if choice in ("", SHOWN):  # Cancel, or the window that has it came forward: no change
            self.sent_away = choice == SHOWN
            return False
        doing = ("opening the saved version of this workshop again"
                 if same_path(path, self.path) else "opening another workshop")
        if not confirmed and not self.confirm_discard(doing):
            return False
        # a copy here stopped with it open: its unsaved work offered now, not at the next start
        # (a start's own file is offered once the window is up, by ``application``)
        if left_here and holder is None and self.window.isVisible():
            from wtfc.ui.recovery_dialog import offer_left_here

            if offer_left_here(self, path):
                return True  # that copy's work, opened as the file
        if disk_stamp(path) != stamp:  # its save wrote this file (or moved its kept versions)
            from wtfc.model.kept_names import version_of

            if version_of(path) is None:  # a kept version chosen is shown as read, moved or not
                return self.open_path(path, as_copy=as_copy, confirmed=True)
        from wtfc.ui.open_lock import lock_for_opening

        try:
            reason, file_reason = lock_for_opening(self, path, choice, holder, reason, file_reason)
            if not reason:  # ours alone now: what a crash mid-save left beside it can go
                tidy_after_crash(path, writer_gone=left_here)
        except BaseException:  # not foreseen: the workshop still on screen keeps its lock
            self._restore_lock()
            raise
        self.is_demo = False
        self.adopt(loaded.workshop, path, "", reason, written_as=loaded.written_as)
        self.stamp, self.digest, self.damaged = stamp, file_digest(path), damaged
        self.as_saved = None if damaged else (self.digest, self.window.doc.detached_copy().workshop)
        if damaged is not None:  # not saved yet: the file on disk is still the damaged one
            self.window.undo.stack.resetClean()
            self.window._update_title()
        remember(path)
        said_on_opening(self.window, loaded, file_reason, read_only=bool(reason))
        return True

    def adopt(self, workshop: Workshop, path: Path | None, untitled: str,
              read_only_reason: str, *, written_as: int | None = None) -> None:
        """``written_as``: the format of the file at ``path`` as read; None (a crashed session's
        work recovered over it): read from the file, so a save making it newer says so too."""
        if path is None or read_only_reason:
            self.lock.release()  # the lock follows the file this window may write
        if path is not None:
            from wtfc.ui.format_note import adopted

            adopted(self.window, path, written_as)
        self.path, self.damaged, self.made_from, self.as_saved = path, None, None, None
        self.stamp = disk_stamp(path) if path is not None else None
        self.digest = None  # set by whoever read the file
        self.untitled_name = untitled or "Untitled"
        self.window.undo.read_only = bool(read_only_reason)
        self.window.undo.stack.clear()
        self.window.stage_side.another_workshop()  # the stage timer starts the day again
        self.window.doc.replace_workshop(workshop)
        self.window.undo.stack.setClean()
        self.window._update_title()

    def save(self) -> bool:
        if not self.window.commit_pending_edits():
            return False
        if self.path is None or self.window.undo.read_only:
            return self.save_as_dialog()
        from wtfc.ui.changed_elsewhere import same_bytes_again
        from wtfc.ui.names_not_held import already_saved_or_said  # nothing new: versions stay

        same_bytes_again(self, self.path)  # written again unchanged: still "already saved"
        return already_saved_or_said(self) or self.save_to(self.path)

    def save_as_dialog(self, *, asked: bool = False) -> bool:
        from PySide6.QtWidgets import QFileDialog

        if not self.window.commit_pending_edits():
            return False
        from wtfc.ui.save_as_place import save_as_start

        start = save_as_start(self)  # where a save can succeed, never over last time's file
        name, _ = QFileDialog.getSaveFileName(self.window, "Save workshop as", str(start),
                                              FILE_FILTER)
        path = chosen_path(self.window, name, SUFFIX) if name else None
        return self.save_to(path, asked=asked) if path is not None else False

    def save_to(self, path: Path, *, asked: bool = False) -> bool:
        """Save; on failure the previous file and the workshop in memory stay as they were."""
        from PySide6.QtWidgets import QMessageBox

        from wtfc.ui.plain_tip import as_typed  # a file's name quoted as typed, never as HTML

        name = name_shown(path.name)
        if same_path(path, self.made_from):
            QMessageBox.warning(self.window, "The workshop was not saved", as_typed(
                f"'{name}' is last time's workshop, which this one was started from and "
                f"is compared with on Review: saving here would replace it. Choose another "
                f"name."))
            return False
        # first, naming where it saves: a crash once the lock below is taken finds it named
        self._keep_recovery_copy(None if same_path(path, self.path) else path)
        holder = self.lock.acquire(path)  # before "changed elsewhere": never both boxes
        if holder is not None:
            QMessageBox.warning(self.window, "The workshop was not saved", as_typed(
                f"{holder.describe(name)} wtfc will not save over a workshop another "
                f"copy is changing. Use Save As to choose another name."))
            return False
        if same_path(path, self.path) and not asked:  # changed elsewhere, or gone: asked once
            from wtfc.ui.changed_elsewhere import not_written_over

            if (refused := not_written_over(self, path)) is not None:
                return refused
        remove_stale_temporaries(path)  # ours alone now, as on opening (a Save As, say)
        damaged = self.damaged
        aside = damaged.set_aside(path) if damaged else None
        from wtfc.ui.remove_earlier_versions import what_save_replaces

        replaced = what_save_replaces(self, path)  # kept as .bak: may hold words taken off
        from wtfc.ui.replaced_on_save import replaced_words, replaces_another

        other = replaces_another(self, path)  # a Save As over another file: said after it
        try:
            kept = save_workshop(self.window.doc.workshop, path, versions=KEPT_VERSIONS)
        except WorkshopFileError as exc:
            if damaged:
                damaged.put_back(aside, path)
            self._restore_lock()
            from wtfc.ui.save_failed import say_not_saved  # and no "Saved." left at the foot

            say_not_saved(self.window, self._failure_words(exc))
            return False
        except BaseException:  # a failure not foreseen: the open file stays guarded all the same
            if damaged:
                damaged.put_back(aside, path)
            self._restore_lock()
            raise
        earlier, self.path, self.damaged = self.path, path, None
        self.stamp, self.digest = disk_stamp(path), file_digest(path)
        self.as_saved = (self.digest, self.window.doc.detached_copy().workshop)
        was_read_only = self.window.undo.read_only
        self.window.undo.read_only = False
        self.window.undo.stack.setClean()
        remember(path)
        if not same_path(path, earlier):  # Save As: last time's file goes with the new name
            self.window.remember_review_previous()
        if was_read_only:  # pages lock editing on reset: the copy is ours now, so unlock them
            self.window.doc.replace_workshop(self.window.doc.workshop)
        self.window._update_title()
        from wtfc.ui.already_saved import QUIET, SAVED, say_saved  # and words not added yet

        note, quiet = "", self.window.property(QUIET)  # nothing said by a save before Open
        if kept is False and not quiet and not same_path(path, self.no_version_said):
            from wtfc.model.atomic_save import no_version_kept  # said once, not at each save

            note, self.no_version_said = no_version_kept(path), path
        elif kept and replaced is not None:
            from wtfc.ui.remove_earlier_versions import words_still_kept

            note = words_still_kept(path, replaced, self.window.doc.workshop)
            if quiet:  # a save before closing or opening another: asked after it, not said
                self.kept_words_note, note = note, ""
        from wtfc.ui.names_not_held import saved_note  # cards the names hide, the file not
        note = " ".join(filter(None, (replaced_words(self, path, kept) if other else "", note,
                                      saved_note(self.window))))
        return say_saved(self.window, SAVED, note=note)  # heard, not only the title's * going

    def _restore_lock(self) -> None:
        """After a failed Save As the lock goes back to the file still open."""
        if self.path is not None and not self.window.undo.read_only:
            self.lock.acquire(self.path)
        elif self.path is None or self.window.undo.read_only:
            self.lock.release()

    def _keep_recovery_copy(self, saving_to: Path | None = None) -> bool:
        """Before the file is replaced, so a crash mid-save (made soon after an edit, before
        the autosave) finds the edits in a recovery copy, as a crash at any other moment
        does: ~9 ms here, and waited for so it is on disk first. ``saving_to``: a first save
        or Save As, named in the copy (killed once it is written, the copy is no work lost).
        False when it failed."""
        if self.autosaver is None:
            return False
        self.autosaver.snapshot_now(saving_to=saving_to)
        self.autosaver.wait()
        return not self.autosaver.last_error

    def _failure_words(self, exc: WorkshopFileError) -> str:
        if self.autosaver is None:
            return str(exc)
        if not self._keep_recovery_copy():  # the disk is full: the work is nowhere but here
            return f"{exc.problem} {not_saved_anywhere(exc.advice)}".strip()
        return (f"{exc}\n\nA recovery copy of your work is kept by wtfc: if wtfc or the "
                f"computer stops, it is offered the next time wtfc starts.")

    def confirm_discard(self, doing: str) -> bool:
        """Ask before unsaved changes would be lost; True when it is fine to go on."""
        from wtfc.ui.unsaved_changes import confirm_discard  # when closing or opening, not before

        return confirm_discard(self, doing)

    def closed_cleanly(self) -> None:
        """Called when the window closes for good: the recovery snapshot and the lock go."""
        if self.autosaver is not None:
            self.autosaver.close()
            self.autosaver = None
        self.lock.release()
