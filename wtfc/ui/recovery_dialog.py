"""At start-up: work left by a copy of wtfc that stopped without closing is offered back.

For each crashed session the facilitator sees which workshop it was, when the recovery copy was
taken, and how much it holds that the saved file does not ("saved file: 10:02, recovery copy:
10:14, 12 more cards, 3 more themes"), and chooses Restore, Save elsewhere…, Discard or Decide
later. Sessions of copies still running are never offered (their lock is busy). Several are
offered one after another, each saying which of how many it is; once one is restored the window
is taken, so the others say how to restore them at the next start.

A copy is kept until the facilitator chooses, so the dialog says so, and says when a copy is
weeks old that Discard lets it go; nothing is ever deleted unasked. A copy whose file was
deleted or moved restores as a new, untitled workshop: a plain Save must not make the deleted
file again. A damaged copy still names its workshop when its first line can be read, and Save
elsewhere… keeps what it holds, as it is, for someone technical to mend.
"""

from __future__ import annotations

import datetime as dt
import html
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.errors import WorkshopFileError
from wtfc.model.recovery import (
    SNAPSHOT_NAME,
    Comparison,
    DamagedSnapshot,
    compare_with_saved,
    read_damaged,
)
from wtfc.model.storage import SUFFIX, workshop_to_bytes, write_atomically
from wtfc.ui.autosave import CrashedSession, crashed_sessions, recovery_dir
from wtfc.ui.chosen_path import chosen_path
from wtfc.ui.style import ui_font

OLD_DAYS = 30  # a copy this old is probably of a workshop that is over


class Choice(Enum):
    RESTORE = "restore"
    SAVE_ELSEWHERE = "save elsewhere"
    DISCARD = "discard"
    LATER = "later"


def _time(when: dt.datetime | None) -> str:
    if when is None:
        return "an unknown time"
    if when.date() == dt.date.today():
        return when.strftime("%H:%M")
    return when.strftime("%H:%M on %d %b %Y")


def _file_time(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None


def _count(items: list, word: str) -> str:
    return f"{len(items)} {word}{'' if len(items) == 1 else 's'}"


def _where(path: str) -> str:
    """'spring.wtfc in the folder Workshops': the dialog may be on the projector, and the
    whole path often names the facilitator ("C:\\Users\\jane.smith\\…")."""
    file = Path(path)
    folder = file.parent.name or str(file.parent)  # a drive's top folder has no name
    return f"{file.name} in the folder '{folder}'"


def _what(title: str, path: str) -> str:
    return (f"<b>{html.escape(title)}</b> "
            + (f"({html.escape(_where(path), quote=False)})" if path else "(never saved)"))


def describe(crashed: CrashedSession, comparison: Comparison | None,
             not_now: str = "", damaged: DamagedSnapshot | None = None) -> str:
    """The dialog's words (rich text), also used by the tests. ``not_now``: why Restore is
    not offered this time; ``damaged``: what a copy that cannot be read still says."""
    snap = crashed.snapshot
    if snap is None:
        return _damaged_words(crashed, damaged)
    head = snap.header
    path = head.original_path
    lines = [f"<p>wtfc stopped without closing while this workshop had unsaved work:</p>"
             f"<p>{_what(snap.workshop.title, path)}</p>",
             f"<p>Recovery copy: {_time(head.taken_at() or _file_time(snap.path))} — "
             f"{_count(snap.workshop.cards, 'card')}, {_count(snap.workshop.themes, 'theme')}, "
             f"{_count(snap.workshop.actions, 'action')}.</p>"]
    if snap.newer_version:
        lines.append(f"<p>{html.escape(snap.newer_version)}</p>")
    elif comparison is not None and comparison.saved_file_time is not None:
        saved = f"Saved file: {_time(comparison.saved_file_time)}."
        if comparison.saved_after_copy:
            lines.append(f"<p><b>{saved} It was saved again after this recovery copy was "
                         f"taken, so the copy is probably out of date.</b> The recovery copy "
                         f"has {html.escape(comparison.describe())}.</p>")
        elif comparison.same:
            lines.append(f"<p>{saved} The recovery copy is the same as the saved file.</p>")
        else:
            lines.append(f"<p>{saved} The recovery copy has "
                         f"{html.escape(comparison.describe())}.</p>")
    elif comparison is not None and comparison.saved_missing:
        lines.append("<p><b>The saved file is no longer there:</b> it was deleted or moved "
                     "after this copy was taken, or it is on a drive that is not connected "
                     "now. Restore opens the copy as a new, unsaved workshop, and the first "
                     "Save asks where to keep it. If the file was deleted on purpose, Discard "
                     "removes this copy too.</p>")
    elif comparison is not None and path:
        lines.append(f"<p>Saved file: cannot be compared ({html.escape(comparison.saved_problem)})"
                     f".</p>")
    if not_now and not snap.newer_version:
        lines.append(f"<p>Restore is not available now: {html.escape(not_now, quote=False)}</p>")
    lines.append(_kept_words(head.taken_at() or _file_time(snap.path)))
    return "".join(lines)


def _damaged_words(crashed: CrashedSession, damaged: DamagedSnapshot | None) -> str:
    head = damaged.header if damaged is not None else None
    taken = _file_time(crashed.folder / SNAPSHOT_NAME)
    if head is None:
        lines = ["<p>wtfc stopped without closing while a workshop had unsaved work.</p>"]
    else:
        taken = head.taken_at() or taken
        lines = ["<p>wtfc stopped without closing while this workshop had unsaved work:</p>",
                 f"<p>{_what(head.title, head.original_path)}</p>"]
    lines.append(f"<p>Recovery copy: {_time(taken)}. {html.escape(crashed.problem)}</p>")
    saved = _file_time(Path(head.original_path)) if head and head.original_path else None
    if saved is not None:
        lines.append(f"<p>Saved file: {_time(saved)}. Open it to carry on from its last "
                     f"save.</p>")
    if damaged is not None:
        lines.append("<p>Save elsewhere… keeps what the copy holds as a file, which someone "
                     "technical may be able to rescue.</p>")
    lines.append(_kept_words(taken))
    return "".join(lines)


def _kept_words(taken: dt.datetime | None) -> str:
    """Decide later keeps a copy for good: say so, and offer to let an old one go."""
    days = (dt.datetime.now().astimezone() - taken.astimezone()).days if taken else 0
    if days >= OLD_DAYS:
        return (f"<p><b>This copy is {days} days old.</b> If that workshop is over, Discard "
                f"removes the copy for good (Save elsewhere… keeps it as a file first). Decide "
                f"later keeps it on this computer, offered each time wtfc starts.</p>")
    return ("<p>The copy stays on this computer, and is offered each time wtfc starts, until "
            "you choose what to do with it.</p>")


def _several_words(number: int, count: int) -> str:
    """'1 of 2', and before the first choice that only one can be restored now."""
    if count < 2:
        return ""
    if number > 1:
        return f"<p><b>Workshop {number} of {count}</b></p>"
    others = "the other" if count == 2 else f"the other {count - 1}"
    return (f"<p><b>Workshop 1 of {count}:</b> wtfc has recovery copies of {count} workshops, "
            f"and {others} {'is' if count == 2 else 'are'} shown next. A window holds one "
            f"workshop, so only one can be restored now; {others} can be kept for the next "
            f"time wtfc starts.</p>")


class RecoveryDialog(QDialog):
    """One crashed session: Restore, Save elsewhere…, Discard or Decide later."""

    def __init__(self, crashed: CrashedSession, *, can_restore: bool = True,
                 not_now: str = "", place: tuple[int, int] = (1, 1),
                 parent: QWidget | None = None) -> None:
        """``place``: (this one, how many) when several copies are offered in turn."""
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        number, count = place
        self.setWindowTitle("Recover unsaved work" + (f" ({number} of {count})"
                                                      if count > 1 else ""))
        self.crashed = crashed
        self.choice = Choice.LATER
        comparison = compare_with_saved(crashed.snapshot) if crashed.snapshot else None
        self.damaged = read_damaged(crashed.folder) if crashed.snapshot is None else None
        layout = QVBoxLayout(self)
        self.text = QLabel(_several_words(number, count) + describe(
            crashed, comparison, "" if can_restore else not_now, self.damaged))
        self.text.setObjectName("recovery_text")
        self.text.setWordWrap(True)
        self.text.setFont(ui_font(11))
        self.text.setAccessibleName("What can be recovered")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(self)
        usable = crashed.snapshot is not None
        restorable = usable and can_restore and not crashed.snapshot.newer_version
        # Enter restores only when that is surely wanted: not a copy older than the saved file,
        # nor one whose file is gone (deleted on purpose, perhaps: the copy may be all that is left)
        restore_default = restorable and not (comparison and (comparison.saved_after_copy
                                                               or comparison.saved_missing))
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
        self.setMinimumWidth(520)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # a window's first size takes the wrapped words' height at another width: the last
        # lines of a long text ("…keeps it as a file now instead") were cut off
        needed = self.layout().heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
        self._default.setFocus()

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


def offer_recovery(window, *, ask=None) -> bool:
    """Offer every crashed session in turn; True when one was restored into ``window``.

    ``ask(dialog) -> Choice`` shows the dialog (tests pass their own).
    """
    own = window.files.autosaver.instance_id if window.files.autosaver else ""
    folder = window.files.autosaver.recovery_dir if window.files.autosaver else None
    if folder == recovery_dir():
        folder = None  # the usual place: look where earlier versions kept copies too
    restored = False
    sessions = crashed_sessions(folder, own=own)
    for number, crashed in enumerate(sessions, 1):
        if restored:  # the next start has a window free for it: say how to get there
            title = window.doc.workshop.title
            not_now = (f"'{title}' is open in this window, and a window holds one workshop. To "
                       f"restore this one too, choose Decide later, then save '{title}' and "
                       f"close wtfc: this copy is offered again when wtfc next starts. Save "
                       f"elsewhere… keeps it as a file now instead.")
        elif not window.undo.stack.isClean():
            not_now = ("the workshop open now has unsaved changes. Use Save elsewhere… to keep "
                       "this one as a file, or Decide later, then save your work and close "
                       "wtfc: this copy is offered again when wtfc next starts.")
        else:
            not_now = ""
        dialog = RecoveryDialog(crashed, can_restore=not not_now, not_now=not_now,
                                place=(number, len(sessions)), parent=window)
        choice = ask(dialog) if ask else _exec(dialog)
        restorable = dialog.buttons[Choice.RESTORE].isEnabled()
        damaged = dialog.damaged
        dialog.deleteLater()
        if choice is Choice.RESTORE and restorable:
            restore(window, crashed)
            restored = True
        elif choice is Choice.DISCARD or (choice is Choice.SAVE_ELSEWHERE
                                          and _save_elsewhere(window, crashed, damaged)):
            crashed.discard()
        else:
            crashed.keep()
    return restored


def _exec(dialog: RecoveryDialog) -> Choice:
    dialog.exec()
    return dialog.choice


def restore(window, crashed: CrashedSession) -> None:
    """Open the recovered workshop, unsaved, under its own path; then its old session goes.
    A file no longer there is not made again by a plain Save: the work opens untitled."""
    snap = crashed.snapshot
    assert snap is not None
    head = snap.header
    path = Path(head.original_path) if head.original_path else None
    # the untitled name is used when the file cannot be kept (another copy has it open)
    name = head.untitled_name if path is None else path.stem
    if path is not None and not path.exists():
        path = None
    note = window.files.open_recovered(  # not "Untitled (recovered) (recovered)" after 2 crashes
        snap.workshop, path, name if name.endswith(" (recovered)") else f"{name} (recovered)")
    autosaver = window.files.autosaver
    if autosaver is not None:  # this session keeps it safe before the old copy is removed
        autosaver.snapshot_now()
        autosaver.wait()
    crashed.discard()
    if note:
        QMessageBox.information(window, "Recovered", note)


def _save_elsewhere(window, crashed: CrashedSession,
                    damaged: DamagedSnapshot | None = None) -> bool:
    """Save the copy as a new file, as written (whole even when a newer wtfc wrote parts this
    one drops), or what a damaged copy holds as it is."""
    if crashed.snapshot is not None:
        snap = crashed.snapshot
        head, data = snap.header, snap.body or workshop_to_bytes(snap.workshop)
        mark = " (recovered)"
    elif damaged is not None:
        head, data, mark = damaged.header, damaged.rescue, " (damaged recovery copy)"
    else:
        return False
    if head is None:
        start = Path.home() / f"workshop{SUFFIX}"
    else:
        start = Path(head.original_path or Path.home() / f"{head.untitled_name}{SUFFIX}")
    start = start.with_name(start.stem + mark + SUFFIX)
    name, _ = QFileDialog.getSaveFileName(window, "Save the recovered workshop as", str(start),
                                          f"Workshop files (*{SUFFIX})")
    path = chosen_path(window, name, SUFFIX) if name else None
    if path is None:
        return False
    try:
        write_atomically(data, path)
    except WorkshopFileError as exc:
        QMessageBox.warning(window, "The recovered workshop was not saved", str(exc))
        return False
    return True
