"""At start-up: work left by a copy of wtfc that stopped without closing is offered back.

For each crashed session the facilitator sees which workshop it was, when the recovery copy was
taken, and how much it holds that the saved file does not ("saved file: 10:02, recovery copy:
10:14, 12 more cards, 3 more themes"), and chooses Restore, Save elsewhere…, Discard or Decide
later. Sessions of copies still running are never offered (their lock is busy). Several are
offered one after another, each saying which of how many it is; once one is restored the window
is taken, so the others say how to restore them at the next start.

People withdrawn from the saved file since the copy was taken stay out of what Restore opens
(``_without_withdrawn``). A copy is kept until the facilitator chooses, so the dialog says so,
and says when a copy is weeks old that Discard lets it go; nothing is ever deleted unasked. A
copy whose file was deleted or moved restores as a new, untitled workshop: a plain Save must
not make the deleted file again. A damaged copy still names its workshop when its first line
can be read, and Save elsewhere… keeps what it holds, as it is, for someone technical to mend
(``recovery_save``, which never writes over a workshop open here or in another copy). The
words are ``recovery_text``'s.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.control_characters import name_shown, set_apart
from wtfc.model.recovery import SnapshotHeader, compare_with_saved, file_digest, read_damaged
from wtfc.model.workshop import UNTITLED, Workshop
from wtfc.ui.autosave import CrashedSession, crashed_sessions, recovery_dir
from wtfc.ui.place_shown import where_shown
from wtfc.ui.recovery_save import save_elsewhere
from wtfc.ui.recovery_text import describe, several_words
from wtfc.ui.screen_fit import FRAME, available_geometry
from wtfc.ui.scrolling_words_fit import fit_scrolling_words
from wtfc.ui.style import ui_font

if TYPE_CHECKING:
    from wtfc.ui.file_controller import FileController


class Choice(Enum):
    RESTORE = "restore"
    SAVE_ELSEWHERE = "save elsewhere"
    DISCARD = "discard"
    LATER = "later"


class RecoveryDialog(QDialog):
    """One crashed session: Restore, Save elsewhere…, Discard or Decide later."""

    def __init__(self, crashed: CrashedSession, *, can_restore: bool = True,
                 not_now: str = "", place: tuple[int, int] = (1, 1),
                 among: Sequence[str] = (), parent: QWidget | None = None) -> None:
        """``place``: (this one, how many) when several copies are offered in turn;
        ``among``: their files, so two of the same name are told apart by their folders."""
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        number, count = place
        self.setWindowTitle("Recover unsaved work" + (f" ({number} of {count})"
                                                      if count > 1 else ""))
        self.crashed = crashed
        self.choice = Choice.LATER
        comparison = compare_with_saved(crashed.snapshot) if crashed.snapshot else None
        self.damaged = read_damaged(crashed.folder) if crashed.snapshot is None else None
        layout = self._layout = QVBoxLayout(self)
        self.text = QLabel(several_words(number, count) + describe(
            crashed, comparison, "" if can_restore else not_now, self.damaged, among))
        self.text.setObjectName("recovery_text")
        self.text.setWordWrap(True)
        self.text.setFont(ui_font(11))
        # no fixed accessible name: a screen reader heard "What can be recovered" for these
        # words (which workshop, when, how much more); the scroll area carries that name
        # large text on a small screen: the words scroll, the choices stay on screen
        self.words_area = QScrollArea(self)
        self.words_area.setAccessibleName("What can be recovered")
        self.words_area.setWidget(self.text)
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.words_area)
        buttons = QDialogButtonBox(self)
        snapshot = crashed.snapshot
        usable = snapshot is not None
        restorable = snapshot is not None and can_restore and not snapshot.newer_version
        # Enter restores only when that is surely wanted: not a copy older than the saved file,
        # nor one whose file is gone (deleted on purpose, perhaps: the copy may be all that is
        # left), nor one whose file was changed elsewhere since (both hold work: a choice)
        restore_default = restorable and not (comparison and (
            comparison.saved_after_copy or comparison.saved_missing
            or (comparison.changed_elsewhere and not comparison.same)))
        self.buttons: dict[Choice, QPushButton] = {}
        for choice, text, role, tip in (
            (Choice.RESTORE, "&Restore", QDialogButtonBox.ButtonRole.AcceptRole,
             "Open the recovered work in this window (as unsaved: save it when ready)"),
            (Choice.SAVE_ELSEWHERE, "&Save elsewhere…", QDialogButtonBox.ButtonRole.ActionRole,
             "Save the recovered work as a new file without opening it"),
            (Choice.DISCARD, "&Discard", QDialogButtonBox.ButtonRole.DestructiveRole,
             "Throw the recovered work away for good"),
            (Choice.LATER, "Decide &later", QDialogButtonBox.ButtonRole.RejectRole,
             "Keep it: it is offered again next time wtfc starts"),
        ):
            button = buttons.addButton(text, role)
            button.setObjectName(choice.value.replace(" ", "_"))
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            self.buttons[choice] = button
        self.buttons[Choice.RESTORE].setEnabled(restorable)
        self.buttons[Choice.SAVE_ELSEWHERE].setEnabled(usable or self.damaged is not None)
        # Enter presses the focused button (Tab moves between them); it starts on the default
        self._default = self.buttons[Choice.RESTORE if restore_default else Choice.LATER]
        self._default.setDefault(True)
        layout.addWidget(buttons)
        self._button_box = buttons
        self.setMinimumWidth(520)  # widened in _fit_to_screen to what the buttons need

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_to_screen()
        self._default.setFocus()

    def _fit_to_screen(self) -> None:
        """As tall as the wrapped words need, within the screen: a long text ("…keeps it as a
        file now instead") had its last lines cut off, and at 150% with large text it grew
        below the screen's edge, its buttons with it. Wider first (to about 80 characters a
        line), then the words scroll."""
        room = available_geometry(self)
        if room is None:
            return
        tallest = room.height() - FRAME.height()
        # the buttons whole: the fixed least width of 520 replaced the layout's own, and at
        # 16 pt "Save elsewhere…" was drawn "ave elsewhere." (533 px wide, buttons needing 548)
        margins = self._layout.contentsMargins()
        buttons = self._button_box.sizeHint().width() + margins.left() + margins.right()
        least = min(room.width() - FRAME.width(), max(520, buttons))
        self.setMinimumWidth(least)
        widest = min(room.width() - FRAME.width(),
                     max(self.width(), least, self.text.fontMetrics().averageCharWidth() * 80))
        width = max(self.width(), least)
        while self._height_for(width) > tallest and width < widest:
            width = min(widest, width + 40)
        needed = self._height_for(width)
        fit_scrolling_words(self, self.words_area, QSize(width, max(self.height(), needed)),
                            needed, room)

    def _height_for(self, width: int) -> int:
        """The dialog's height showing all its words at ``width``, with no scrolling."""
        layout = self._layout
        margins = layout.contentsMargins()
        words = self.text.heightForWidth(width - margins.left() - margins.right())
        below = layout.itemAt(1)  # the buttons
        buttons = below.sizeHint().height() if below is not None else 0
        return margins.top() + words + layout.spacing() + buttons + margins.bottom()

    def _choose(self, choice: Choice) -> None:
        if choice is Choice.DISCARD and not self._sure_to_discard():
            return
        self.choice = choice
        self.accept() if choice is not Choice.LATER else self.reject()

    def _sure_to_discard(self) -> bool:
        answer = QMessageBox.question(
            self, "Discard the recovered work?",
            "The recovered work will be thrown away for good. This cannot be undone.",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard


def offer_left_here(files: FileController, path: Path, *, ask=None) -> bool:
    """A file being opened that a copy of wtfc on this computer had open when it stopped:
    that copy's unsaved work is offered before the file opens (it was offered only at the next
    start, after the facilitator had typed the lost cards again). True when it was restored,
    opened as the file (untitled, should another copy have taken the file meanwhile)."""
    if not offer_recovery(files.window, ask=ask, only=path):
        return False
    from wtfc.ui.file_controller import same_path, tidy_after_crash
    from wtfc.ui.recent_files import remember

    if same_path(path, files.path):  # ours alone now: what a save cut short left can go
        tidy_after_crash(path, writer_gone=True)
        remember(path)
    return True


def offer_recovery(window, *, ask=None, only: Path | None = None) -> bool:
    """Offer every crashed session in turn; True when one was restored into ``window``.

    ``ask(dialog) -> Choice`` shows the dialog (tests pass their own). ``only``: the copies of
    that file alone (it is being opened, and what was open here was already asked about); the
    others wait for the next start.
    """
    own = window.files.autosaver.instance_id if window.files.autosaver else ""
    folder = window.files.autosaver.recovery_dir if window.files.autosaver else None
    if folder == recovery_dir():
        folder = None  # the usual place: look where earlier versions kept copies too
    restored = False
    from wtfc.ui.recovery_tidy import sort_out  # a copy its file holds goes unasked

    sessions = crashed_sessions(folder, own=own)
    if only is not None:
        for crashed in [c for c in sessions if not _of_file(c, only)]:
            crashed.keep()  # its lock let go: offered when wtfc next starts
            sessions.remove(crashed)
    sessions = sort_out(window, sessions)
    among = [path for crashed in sessions if (path := _original_path(crashed))]
    for number, crashed in enumerate(sessions, 1):
        if restored:  # the next start has a window free for it: say how to get there
            title = f"'{set_apart(window.doc.workshop.title.strip() or UNTITLED)}'"
            if _same_title_other_file(window, crashed):
                # two 'Spring review's: say which is open by its file, as each copy is named
                title += f" ({where_shown(os.path.abspath(window.files.path), among)})"
            not_now = (f"{title} is open in this window, and a window holds one workshop. To "
                       f"restore this one too, choose Decide later, then save the open workshop "
                       f"and close wtfc: this copy is offered again when wtfc next starts. Save "
                       f"elsewhere… keeps it as a file now instead.")
        elif only is None and not window.undo.stack.isClean():
            not_now = ("the workshop open now has unsaved changes. Use Save elsewhere… to keep "
                       "this one as a file, or Decide later, then save your work and close "
                       "wtfc: this copy is offered again when wtfc next starts.")
        else:
            not_now = ""
        dialog = RecoveryDialog(crashed, can_restore=not not_now, not_now=not_now,
                                place=(number, len(sessions)), among=among, parent=window)
        choice = ask(dialog) if ask else _exec(dialog)
        restorable = dialog.buttons[Choice.RESTORE].isEnabled()
        damaged = dialog.damaged
        dialog.deleteLater()
        if choice is Choice.RESTORE and restorable:
            restore(window, crashed)
            restored = True
        elif choice is Choice.DISCARD or (choice is Choice.SAVE_ELSEWHERE
                                          and save_elsewhere(window, crashed, damaged)):
            crashed.discard()
        else:
            crashed.keep()
    return restored


def _header(crashed: CrashedSession) -> SnapshotHeader | None:
    """What the copy says of its workshop, even a damaged copy when its first line reads."""
    if crashed.snapshot is not None:
        return crashed.snapshot.header
    damaged = read_damaged(crashed.folder)
    return damaged.header if damaged is not None else None


def _original_path(crashed: CrashedSession) -> str:
    head = _header(crashed)
    return head.original_path if head is not None else ""


def _of_file(crashed: CrashedSession, path: Path) -> bool:
    """The copy was of ``path``, or its save was writing it (a first save, a Save As)."""
    from wtfc.ui.file_controller import same_path

    head = _header(crashed)
    return head is not None and any(
        same_path(path, Path(named)) for named in (head.original_path, head.saving_to) if named)


def _title(crashed: CrashedSession) -> str:
    if crashed.snapshot is not None:
        return crashed.snapshot.workshop.title
    head = _header(crashed)
    return head.title if head is not None else ""


def _same_title_other_file(window, crashed: CrashedSession) -> bool:
    open_now = window.files.path
    return (open_now is not None and _title(crashed) == window.doc.workshop.title
            and _original_path(crashed) != os.path.abspath(open_now))


def _exec(dialog: RecoveryDialog) -> Choice:
    dialog.exec()
    return dialog.choice


def restore(window, crashed: CrashedSession) -> None:
    """Open the recovered workshop, unsaved, under its own path; its old session goes once
    this session has a copy of its own on disk (or the work is saved), not before.
    A file no longer there is not made again by a plain Save: the work opens untitled."""
    snap = crashed.snapshot
    assert snap is not None
    head = snap.header
    path = Path(head.original_path) if head.original_path else None
    # the untitled name is used when the file cannot be kept (another copy has it open)
    name = head.untitled_name if path is None else path.stem
    if path is not None and not path.exists():
        path = None
    based_on = (tuple(head.based_on), head.based_on_sha256 or None) if head.based_on else None
    note = _open_recovered(  # not "Untitled (recovered) (recovered)" after 2 crashes
        window.files, _without_withdrawn(snap.workshop, path), path,
        name if name.endswith(" (recovered)") else f"{name} (recovered)",
        based_on=based_on)  # the file as the session knew it: Save asks if it changed since
    if head.made_from:  # a new cycle: last time's file is still compared with, never saved over
        from wtfc.ui.file_new_from import pair_restored

        pair_restored(window.files, Path(head.made_from))
    autosaver = window.files.autosaver
    if autosaver is not None:  # the old copy goes only once this session has kept its own
        autosaver.replaces(crashed)
    else:
        crashed.discard()
    if note:
        from wtfc.ui.plain_tip import as_typed  # the file's name as typed, never as HTML

        QMessageBox.information(window, "Recovered", as_typed(note))
    elif (kept := window.files.path) is not None:
        from wtfc.model.temporary_place import in_temporary_folder

        if kind := in_temporary_folder(kept):  # an e-mail attachment's copy, as opening says
            from wtfc.ui.temporary_notice import say_opened_from_temporary

            say_opened_from_temporary(window, kept, kind, "")


def _without_withdrawn(workshop: Workshop, path: Path | None) -> Workshop:
    """The copy without the people withdrawn from its saved file since it was taken (People →
    Remove this person…), the withdrawal kept: a copy kept with Decide later brought their
    cards back and emptied ``withdrawn_codes`` (review 36 R6 S1). The offer said so."""
    if path is None:
        return workshop
    from wtfc.model.errors import WorkshopFileError
    from wtfc.model.operations.withdraw import kept_withdrawn
    from wtfc.model.storage import load_workshop

    try:
        saved = load_workshop(path).workshop
    except (WorkshopFileError, OSError):  # compared already: the offer said it cannot be read
        return workshop
    return kept_withdrawn(saved, workshop).workshop


def _open_recovered(files: FileController, workshop: Workshop, path: Path | None, untitled: str,
                    *, based_on: tuple[tuple[int, ...], str | None] | None = None) -> str:
    """Open a recovered workshop as unsaved, under its own path when this copy may write it.
    ``based_on``: the file's stamp and digest as the crashed session knew it, so Save asks
    if it changed since (None, from copies before: the file as it is now).

    Returns a note for the user when the path could not be kept ("" otherwise).
    """
    note = ""
    if path is not None:
        holder = files.lock.acquire(path)
        if holder is not None:
            note = (f"{holder.describe(name_shown(path.name))} The recovered work is open "
                    f"untitled here: use Save As to keep it.")
            path = None
    files.adopt(workshop, path, untitled, "")
    if path is not None and based_on is not None:
        stamp, files.digest = based_on
        files.stamp = (stamp[0], stamp[1])
    elif path is not None:
        files.digest = file_digest(path)
    files.window.undo.stack.resetClean()  # not saved: the window shows it and asks on close
    files.window._update_title()
    return note
