"""Names and cells pasted into wtfc taken off the system clipboard as wtfc closes.

The names to watch for are "kept only while wtfc is open", but the list copied to paste them
(and a sheet copied for Paste from Excel…) stayed on the clipboard after wtfc closed: the next
Ctrl+V into an e-mail pasted "Zebulon Quarrie - wheelchair user…". As wtfc quits, the clipboard
is cleared if it still holds text that was pasted in; anything copied since is left alone. Only
a digest of each text is kept (the words themselves are in the boxes while wtfc is open).
Windows' clipboard history (Win+V) keeps its own copy, which wtfc cannot reach.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

_taken: set[str] = set()  # digests of the texts pasted in, as ``_same`` has them
_on_quit = False  # cleared as the application quits (connected once)


def _plain(text: str) -> str:
    """``text`` as a text box holds it: Windows' line ends and no-break spaces as the box's
    own, and no blank lines or spaces about it (Excel ends its cells with a line end)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    return text.replace("\u00a0", " ").strip()


def _digest(text: str) -> str:
    return hashlib.sha256(_plain(text).encode("utf-8", "surrogatepass")).hexdigest()


def taken(text: str) -> str:
    """``text``, read off the clipboard to be pasted in: cleared as wtfc quits, if the
    clipboard still holds it then. Returns ``text``."""
    global _on_quit
    if not _plain(text):
        return text
    _taken.add(_digest(text))
    app = QCoreApplication.instance()
    if not _on_quit and app is not None:
        app.aboutToQuit.connect(clear_if_taken)
        _on_quit = True
    return text


def watch_pastes(box: QPlainTextEdit) -> None:
    """Text pasted or dropped into ``box`` that the clipboard holds is ``taken``: looked at when
    more than a letter goes in at once (a key typed is no paste). The import's paste box
    (``import_paste.PasteBox``) hands on cells too long to show rather than taking them in:
    those are looked at as they are handed on."""
    def went_in(text: str) -> None:
        clip = QGuiApplication.clipboard().text()
        if _plain(clip) and _plain(clip) in _plain(text):
            taken(clip)

    box.document().contentsChange.connect(
        lambda _at, _removed, added: went_in(box.toPlainText()) if added > 1 else None)
    for handed_on in ("too_long", "pasted"):
        signal = getattr(box, handed_on, None)
        if signal is not None:
            signal.connect(went_in)


def clear_if_taken() -> bool:
    """Clear the clipboard if it holds text pasted into wtfc; whether it did."""
    clipboard = QGuiApplication.clipboard()
    text = clipboard.text()
    if not _plain(text) or _digest(text) not in _taken:
        return False
    clipboard.clear()
    return True
