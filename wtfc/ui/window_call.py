"""Bringing forward the wtfc window on this computer that has a workshop open.

"Already open in another wtfc window on this computer" had no way to reach that window: on a
laptop with it full-screen on the projector, or minimised, the facilitator had to hunt for it
(and often worked on in a read-only copy). The window holding a workshop's lock listens on a
local socket named from the file's path (this user's only, never the network), kept in this
user's recovery folder rather than the temporary one (``call_places``); a second copy asks it
to come forward and hears back whether it did. No wtfc before this listener (none
released before format 6) listens: such a window is told apart from a busy one
(``answer_to_show``), as asking it again never helps (R1 finding 3).

QtNetwork loads only once a lock is taken (``file_lock``), never at start-up (the demo holds no
lock: tests/ui/test_startup_work.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ANSWER_MS = 1000  # a window that has not answered by then is busy (saving, exporting)
SHOW, SHOWN = b"show\n", b"shown\n"
# what asking found: the window came forward; it took the call and said nothing in time; or
# nothing listens for the file (an earlier wtfc, or a window that could not listen)
CAME_FORWARD, BUSY, NOT_LISTENING = "came forward", "busy", "not listening"
_NOBODY = (QLocalSocket.LocalSocketError.ServerNotFoundError,
           QLocalSocket.LocalSocketError.ConnectionRefusedError)
NO_ANSWER = ("The other wtfc window did not answer (it may be busy saving or exporting). Look "
             "for it on the taskbar, try again, or open the workshop read-only here.")
NOT_LISTENING = ("That window can't be brought forward from here: it is an earlier version of "
                 "wtfc (or one that is not answering). Find it on the taskbar, or open the "
                 "workshop read-only here.")
ASFW_ANY = -1  # AllowSetForegroundWindow's "any process", when the holder's pid is not known
SOCKET_PATH_MAX = 104  # bytes in a socket's path, its ending 0 too (macOS 104, Linux 108)


def call_name(path: Path) -> str:
    """The same for every copy of this user's on this computer that opens ``path`` by any name
    of it (another user's copy of a shared file is not theirs to call, nor is its name)."""
    try:
        key = os.fsencode(Path(path).resolve())
    except OSError:
        key = os.fsencode(os.path.abspath(path))
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return "wtfc-" + hashlib.sha256(user.encode() + b"\0" + key).hexdigest()[:24]


def call_places(path: Path, *, make: bool = False) -> list[str]:
    """Where the window holding ``path`` listens, in the order an asker tries them: a socket in
    this user's own recovery folder (its ``locks``, which is never taken for a session), then
    the bare ``call_name``. Qt puts a bare name in the temporary folder, $TMPDIR on Linux and
    macOS: one missing, read-only or too long for a socket refused it (and the window could
    never be asked), and two copies started with different ones (a terminal's, the menu's)
    never met. Windows' named pipes need no folder. ``make``: the listener makes the folder."""
    name = call_name(path)
    if sys.platform == "win32":
        return [name]
    from wtfc.model.recovery import this_host
    from wtfc.ui.autosave import recovery_dir

    folder = recovery_dir() / "locks"
    # this computer's name too: a network home shared by two computers shares this folder
    tag = hashlib.sha256(f"{this_host()}\0{name}".encode("utf-8", "surrogateescape"))
    own = str(folder / f"wtfc-{tag.hexdigest()[:24]}.call")
    try:
        if len(own.encode()) >= SOCKET_PATH_MAX:  # (not text: a home named in Latin-1)
            return [name]
    except UnicodeEncodeError:
        return [name]
    if make:
        with contextlib.suppress(OSError):  # refused: listening there fails, the bare name next
            folder.mkdir(parents=True, exist_ok=True)
    return [own, name]


class Listener(QObject):
    """Brings ``window`` forward when another copy asks; closed when its lock goes."""

    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        for place in call_places(path, make=True):
            # the lock is ours, so a socket left by a copy that crashed is nobody's: removed
            QLocalServer.removeServer(place)
            if self.server.listen(place):  # refused everywhere: the asker hears nobody listens
                break
        self.server.newConnection.connect(self._answer)

    def _answer(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW:
            come_forward(self.window)
            socket.write(SHOWN)
            socket.flush()

    def close(self) -> None:
        self.server.close()
        self.deleteLater()


def come_forward(window: QWidget) -> None:
    """Out of the taskbar if minimised, kept maximised or full screen if it was (showNormal
    would take the projector's full-screen window out of full screen), raised and active."""
    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def ask_to_show(path: Path, wait_ms: int = ANSWER_MS, pid: int | None = None) -> bool:
    """Ask the window holding ``path`` to come forward; True once it says it did."""
    return answer_to_show(path, wait_ms, pid) == CAME_FORWARD


def answer_to_show(path: Path, wait_ms: int = ANSWER_MS, pid: int | None = None) -> str:
    """Ask the window holding ``path`` to come forward: CAME_FORWARD, BUSY or NOT_LISTENING.
    The event loop turns meanwhile (for at most ``wait_ms``), so a window of this very copy
    answers too. ``pid``: the holder's process (None: read from the lock file beside
    ``path``). Each place it may listen is asked in turn (``call_places``)."""
    let_come_forward(pid if pid is not None else _holder_pid(path))
    for place in call_places(path):
        if (answer := _ask_at(place, wait_ms)) != NOT_LISTENING:
            return answer
    return NOT_LISTENING


def _ask_at(place: str, wait_ms: int) -> str:
    socket = QLocalSocket()
    loop = QEventLoop()
    answered: list[bytes] = []
    failed: list[QLocalSocket.LocalSocketError] = []

    def read() -> None:
        if socket.canReadLine():
            answered.append(bytes(socket.readLine().data()))
            loop.quit()

    def fail(error: QLocalSocket.LocalSocketError) -> None:
        failed.append(error)  # said at once when nobody listens, often inside connectToServer
        loop.quit()

    socket.connected.connect(lambda: socket.write(SHOW))
    socket.readyRead.connect(read)
    socket.errorOccurred.connect(fail)
    timer = QTimer(singleShot=True, interval=wait_ms)
    timer.timeout.connect(loop.quit)
    timer.start()
    socket.connectToServer(place)
    if not answered and socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        loop.exec()
    timer.stop()
    socket.abort()
    if answered == [SHOWN]:
        return CAME_FORWARD
    return NOT_LISTENING if failed and failed[0] in _NOBODY else BUSY


def not_shown_words(answer: str) -> str:
    """What "Workshop already open" says when the window did not come forward: a busy one may
    answer when asked again; one not listening never will."""
    return NO_ANSWER if answer == BUSY else NOT_LISTENING


def let_come_forward(pid: int | None) -> None:
    """On Windows only the foreground process may hand the foreground on: the holder's
    activateWindow, from the background, only flashed its taskbar button while this copy quit
    as if it had come forward. This copy, just started by the user, hands it over. Never
    raises: refused, the holder still comes out of the taskbar, as before."""
    if sys.platform != "win32":
        return
    with contextlib.suppress(Exception):
        import ctypes

        user32 = ctypes.windll.user32
        user32.AllowSetForegroundWindow(pid if pid and pid > 0 else ASFW_ANY)


def _holder_pid(path: Path) -> int | None:
    """The pid the lock file beside ``path`` names (None: no lock there, or unreadable; one
    held in the recovery folder is not read, and ``let_come_forward`` lets any process)."""
    if sys.platform != "win32":
        return None
    from PySide6.QtCore import QLockFile

    from wtfc.ui.file_lock import _pid_and_host

    held = _pid_and_host(QLockFile(str(Path(path).with_name(Path(path).name + ".lock"))))
    return held[0] if held and held[0] > 0 else None
