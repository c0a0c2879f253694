"""R1b (session 32): 06df16a9's guard. A recovered workshop's path that has become a named pipe
must not be opened: opening a FIFO for reading waits for ever for a writer, and format_on_disk
runs on the window's thread (FileController.adopt -> format_note.adopted), so the app would
freeze at "Recover". The test that came with the fix only tried a folder, which the old code
also returned None for (IsADirectoryError is an OSError). Goes in tests/ui/."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from wtfc.ui.format_note import format_on_disk


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are made with mkfifo")
def test_a_pipe_where_the_workshop_was_is_no_workshop_and_nothing_waits(tmp_path):
    pipe = tmp_path / "spring.wtfc"
    os.mkfifo(pipe)
    said: list[int | None] = []
    reading = threading.Thread(target=lambda: said.append(format_on_disk(pipe)), daemon=True)
    reading.start()
    reading.join(3)
    stuck = reading.is_alive()
    if stuck:  # let the thread go: a writer that opens and closes at once ends its wait
        fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        reading.join(3)
    assert not stuck, "format_on_disk waited on a named pipe (the window would freeze)"
    assert said == [None]
