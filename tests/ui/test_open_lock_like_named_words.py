"""Open anyway refused because a like-named laptop's copy still holds the lock: the read-only
notice said "vm still has 'spring.wtfc' open…", the bare host name reading as this computer,
where the box had just said "'vm' (another computer with this computer's name)" (F46)."""

from __future__ import annotations

import socket
from pathlib import Path

from lock_fds import no_folder_left_open  # noqa: F401
from test_stopped_holder_like_named import OTHER_MACHINE, _lock, _rewrite
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.ui.file_lock import TAKE_OVER, FileLock
from wtfc.ui.open_lock import lock_for_opening


class _Files:
    def __init__(self, lock: FileLock) -> None:
        self.lock = lock


def test_open_anyway_refused_names_the_other_computer_as_the_box_did(
        make_window, workshop_file, recovery_folder):  # noqa: F811
    first = make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    _rewrite(_lock(workshop_file), machine=OTHER_MACHINE)  # another laptop, this host name
    mine = FileLock(recovery_folder)
    holder = mine.acquire(workshop_file)
    assert holder is not None and holder.like_named
    reason, said_on_open = lock_for_opening(_Files(mine), Path(workshop_file), TAKE_OVER,
                                            holder, "", "")
    host = holder.hostname or socket.gethostname()
    assert reason == said_on_open == (
        f"'{host}' (another computer with this computer's name) still has "
        f"'{Path(workshop_file).name}' open, so wtfc could not take it over. It is open "
        f"read-only here: use Save As to keep a copy of your own.")
