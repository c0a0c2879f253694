"""Files dropped on the main window: one workshop (.wtfc) opens as File → Open opens it, one
spreadsheet opens Import statements on it, and anything else is said at the window's foot.

A file dropped on a text box of the window is taken the same way, never as its address (Linux's
file managers offer a file's address as text too, which a box would have typed in); a list of
names dropped anywhere on Names to watch for (its box, label, or its button while it is folded)
goes into that box (``names_drop``), and dropped elsewhere it is refused, never shown in Import's
table. A watched name in a dropped file's name is said as [name]. Loaded on the first
drag that brings files (``drop_door`` notices it); the keyboard's way to the same is File →
Open and File → Import statements.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFileInfo, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragLeaveEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from wtfc.model.kept_names import version_of
from wtfc.model.storage import SUFFIX

if TYPE_CHECKING:
    from PySide6.QtGui import QDragMoveEvent

    from wtfc.ui.main_window import MainWindow

# as Import statements' file dialog lists them (import_dialog.SPREADSHEET_FILTER)
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")
OPEN, IMPORT, SAY = "open", "import", "say"
FOLDER = "That is a folder: drop one workshop (.wtfc) or one spreadsheet from it."
SEVERAL = ("Drop one file at a time: a workshop (.wtfc) opens, a spreadsheet (.xlsx, .ods, "
           ".xls, .csv) is imported.")
WEB_LINK = ("That is a web link: save the file first (download it), then drop it or use "
            "File → Open.")
# Import statements' own words, for a workshop open read-only (import_dialog.import_now)
READ_ONLY = "This workshop is open read-only, so nothing can be imported into it."
SAID_MS = 10_000  # a sentence to read at the foot, longer than "Undone: …"


def other_kind(name: str) -> str:
    return f"wtfc cannot open '{name}': drop a workshop (.wtfc) or a spreadsheet."


def shortcut_words(name: str) -> str:
    return (f"'{name}' is a shortcut that wtfc cannot follow: drop the file itself, or use "
            "File → Open.")


def shortcut_target(path: Path) -> str:
    """The file a Windows shortcut (.lnk) or a macOS alias points to, as the system gives it
    ("" when it is neither, or the system cannot say). Explorer drops the .lnk itself."""
    info = QFileInfo(str(path))
    return info.symLinkTarget() if info.isShortcut() or info.isAlias() else ""


def dropped_action(urls: list[QUrl], names: tuple[str, ...] = ()) -> tuple[str, Path | str]:
    """What a drop of ``urls`` does: (OPEN, the workshop's path), (IMPORT, the spreadsheet's
    path) or (SAY, the words for the window's foot). ``names``: the names to watch for, shown
    as [name] in a file's name at the foot (the screen may be on the projector)."""
    if len(urls) != 1:
        return SAY, SEVERAL
    if not urls[0].isLocalFile():
        return SAY, WEB_LINK
    from wtfc.ui.names_drop import shown_dropped  # a name in it shown as [name]

    path = Path(urls[0].toLocalFile())
    if path.suffix.lower() == ".lnk" or QFileInfo(str(path)).isAlias():
        if not (target := shortcut_target(path)):
            return SAY, shortcut_words(shown_dropped(path.with_suffix(""), names))
        path = Path(target)
    if path.is_dir():
        return SAY, FOLDER
    name = path.name.lower()
    if name.endswith(SUFFIX) or version_of(path) is not None:  # an earlier version kept: .bak
        return OPEN, path
    if name.endswith(SPREADSHEET_SUFFIXES):
        return IMPORT, path
    return SAY, other_kind(shown_dropped(path, names))


def dragged(window: MainWindow, event: QEvent, *, main: bool) -> bool:
    """A drag event at one of ``window``'s QWindows: True when it brought files and was dealt
    with here, so no widget sees it. On the main window any drag of files or links is taken
    (the cursor says it may be dropped; the drop says what it did), but web links alone over a
    text box go in as its words; on a dialog one with files is refused; a drag of words alone
    goes on to the boxes as ever."""
    drag: QDragMoveEvent = event  # type: ignore[assignment]  # (Enter and Drop: the same calls)
    mime = drag.mimeData()
    if mime is None or not mime.hasUrls():
        return False
    files = any(url.isLocalFile() for url in mime.urls())
    if not main:
        if not files:
            return False  # a web link into a card's words is words
        drag.ignore()
        return True
    if QApplication.activeModalWidget() is not None:
        # Add card or Import open over the window: a workshop opened under it would get the
        # card typed for this one; Qt keeps drops off a blocked window, this makes it certain
        drag.ignore()
        return True
    point = drag.position().toPoint()
    if not files:
        if _text_box_at(window, point) is not None:
            return False  # a web link dragged onto Details or a theme's notes: its address
        # (its box may have had the drag a moment ago: told it left, so its caret goes)
        if (handle := window.windowHandle()) is not None:
            QApplication.sendEvent(handle, QDragLeaveEvent())
    if drag.possibleActions() & Qt.DropAction.CopyAction:
        drag.setDropAction(Qt.DropAction.CopyAction)  # copy: the file stays where it was
    drag.accept()
    if event.type() == QEvent.Type.Drop:
        urls = mime.urls()  # read now: the drag's data goes with the drop
        names_box = _names_area(window, point)
        # the rest after the drop has returned: the file manager waits on it, and a folder on
        # a network drive may be slow to look at, and opening may ask
        QTimer.singleShot(0, window, lambda: take(
            window, *dropped_action(urls, window.doc.names_to_watch), names_box=names_box))
    return True


def _text_box_at(window: MainWindow, point: QPoint) -> QWidget | None:
    """The text box of ``window`` under ``point`` that takes typing, if any."""
    widget = window.childAt(point)
    while widget is not None and widget is not window:
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            return None if widget.isReadOnly() else widget
        widget = widget.parentWidget()
    return None


def _names_area(window: MainWindow, point: QPoint) -> QPlainTextEdit | None:
    """Names to watch for's box when ``point`` is anywhere on its area: the box, its label,
    its frame, or the button that opens it while it is folded away (empty, on the day, the
    button is all there is of it: a names list dropped there opened Import, review 32 A2 1)."""
    from wtfc.ui.cards_held_back import WatchNamesBox

    widget = window.childAt(point)
    visited: list[QWidget] = []
    while widget is not None and widget is not window:
        if isinstance(widget, WatchNamesBox):
            return widget.names_box
        fold = getattr(widget, "names_fold", None)  # the Collect page's: its button in the row
        if fold is not None and getattr(fold, "button", None) in visited:
            return widget.names_box  # type: ignore[attr-defined, no-any-return]
        visited.append(widget)
        widget = widget.parentWidget()
    return None


def take(window: MainWindow, kind: str, what: Path | str, *,
         names_box: QPlainTextEdit | None = None) -> None:
    """Do what the drop asked, as its menu item would, with the keyboard here (it was with
    the file manager the file came from): a question asked, or the Import dialog, takes keys.
    On the names box a list of names goes in the box; no other file there opens Import (a
    sheet of names would be shown whole, on the projector maybe)."""
    window.raise_()
    window.activateWindow()
    if kind == IMPORT and names_box is not None:
        from wtfc.ui.names_drop import names_dropped

        say(window, names_dropped(names_box, Path(what), window.doc.names_to_watch))
    elif kind == IMPORT and (list_of_names := names_list_words(Path(what), window)):
        say(window, list_of_names)
    elif kind == OPEN:
        window.files.open_path(Path(what))  # "Save them before…?", locks, read-only: as Open
    elif kind == IMPORT and window.undo.read_only:
        say(window, READ_ONLY)
    elif kind == IMPORT:
        from wtfc.model.workshop import Stage

        window.page(Stage.COLLECT).open_import(str(what))  # type: ignore[attr-defined]
    else:
        say(window, str(what))


def names_list_words(path: Path, window: MainWindow) -> str:
    """The words for the foot when ``path``, dropped away from Names to watch for, reads as a
    list of names (``names_list.is_names_list``: a text file or a small sheet), else "". Such
    a file never opens Import from a drop: its table would show every name as typed, on the
    projector maybe. File → Import statements still opens it, the facilitator having chosen it
    in a file dialog. The file's own names are hidden in its name at the foot too ("Kwabena
    Mensah family.txt", before any name is pasted: review 32 A3 M3)."""
    from wtfc.importing.pasted_names import parse_names
    from wtfc.ui.names_drop import shown_dropped
    from wtfc.ui.names_list import file_lines, is_names_list, name_shaped

    lines = file_lines(path)
    if not is_names_list(lines):
        return ""
    # its names, not its heading ("Names to watch for" would hide "names" in "names.txt")
    own = parse_names("\n".join(line for line in lines if name_shaped(line)))
    names = (*window.doc.names_to_watch, *own)
    return (f"'{shown_dropped(path, names)}' is a list of names, not imported as cards: drop "
            "it on Names to watch for, or use File → Import statements if it is cards.")


def say(window: MainWindow, words: str) -> None:
    """At the window's foot for a while, and to a screen reader."""
    from wtfc.ui.announce import announce
    from wtfc.ui.undo import passing

    passing(window, words, SAID_MS)
    announce(window, words)
