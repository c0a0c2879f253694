"""M3 survivor of 9f42e636: `wtfc import`/`wtfc check` refusing a file locked by a wtfc still
running on THIS computer must not call that copy "almost certainly closed", however old the lock
(a workshop left open for weeks on the office PC): its process runs, so it is open. Only the
window's Holder was tested for this; the command line's open_in_wtfc was not."""

from __future__ import annotations

import datetime as dt
import os

from wtfc.model.lock_status import open_in_wtfc
from wtfc.model.recovery import this_host


def test_an_old_lock_of_a_running_wtfc_on_this_computer_is_not_called_closed(tmp_path):
    lock = tmp_path / "spring.wtfc.lock"
    lock.write_text(f"{os.getpid()}\nwtfc\n{this_host()}\n")
    stamp = (dt.datetime.now() - dt.timedelta(days=400)).timestamp()
    os.utime(lock, (stamp, stamp))
    said = open_in_wtfc(tmp_path / "spring.wtfc")
    assert said is not None and "is open in wtfc on" in said
    assert "almost certainly closed" not in said and "That was" not in said
