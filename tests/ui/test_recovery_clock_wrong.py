# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A recovery copy taken while the laptop's clock said 1 Jan 2001 (a flat battery), offered once
the clock is right again: it may be this morning's work, so it is not called "9464 days old"
with Discard advised; its time is said to look wrong. A copy that really is weeks old still
offers Discard (tests/ui/test_recovery_dialog.py), as does one of a workshop dated years ago."""

from __future__ import annotations

import datetime as dt
import json
import os

from renders import save_render
from window_fixtures import recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer, compare_with_saved
from wtfc.model.storage import load_workshop
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import RecoveryDialog
from wtfc.ui.recovery_text import describe

LOOKS_WRONG = "looks wrong:</b> this computer's clock was probably wrong when it was taken"


def _copy_taken_at(folder, workshop_file, taken: dt.datetime, day: dt.date | None = None):
    """A crashed session's copy of ``workshop_file`` (dated ``day``) whose header says it was
    taken at ``taken``, the file's own time the same."""
    workshop = load_workshop(workshop_file).workshop.model_copy(update={"date": day})
    session = folder / "dead1"
    session.mkdir(parents=True)
    status = workshop_file.stat()  # the file as that session read it: unchanged since
    header = SnapshotHeader(original_path=str(workshop_file), title=workshop.title, pid=1,
                            hostname=recovery.this_host(), instance_id="dead1",
                            based_on=[status.st_mtime_ns, status.st_size],
                            based_on_sha256=recovery.file_digest(workshop_file))
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(workshop, header), session)
    snapshot = session / recovery.SNAPSHOT_NAME
    head, body = snapshot.read_bytes().split(b"\n", 1)  # the header as that clock wrote it
    fields = json.loads(head)
    fields["saved_at"] = taken.isoformat(timespec="seconds")
    snapshot.write_bytes(json.dumps(fields).encode() + b"\n" + body)
    os.utime(snapshot, (taken.timestamp(),) * 2)
    [crashed] = crashed_sessions(folder)
    return crashed


def _words(crashed) -> str:
    return describe(crashed, compare_with_saved(crashed.snapshot))


def test_a_copy_taken_while_the_clock_said_2001_is_not_called_old(recovery_folder,
                                                                  workshop_file, qtbot):
    taken = dt.datetime(2001, 1, 1, 14, 2).astimezone()
    crashed = _copy_taken_at(recovery_folder, workshop_file, taken, dt.date(2026, 11, 30))
    words = _words(crashed)
    assert "days old" not in words and "Discard removes" not in words
    assert "The copy's time (14:02 on 1 Jan 2001) " + LOOKS_WRONG in words
    assert "offered each time wtfc starts, until you choose" in words
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save_render(dialog, "recovery_dialog_clock_wrong")
    crashed.keep()


def test_a_copy_years_before_its_workshops_date_is_not_called_old(recovery_folder,
                                                                 workshop_file):
    """2021 is a year wtfc was about, but not for a workshop dated 2026."""
    taken = dt.datetime(2021, 3, 1, 9, 0).astimezone()
    words = _words(_copy_taken_at(recovery_folder, workshop_file, taken, dt.date(2026, 11, 30)))
    assert "days old" not in words and LOOKS_WRONG in words


def test_a_copy_from_later_than_now_says_the_clock_is_wrong_now_or_was(recovery_folder,
                                                                       workshop_file):
    taken = dt.datetime.now().astimezone() + dt.timedelta(days=700)
    words = _words(_copy_taken_at(recovery_folder, workshop_file, taken))
    assert "looks wrong:</b> it is later than this computer's clock says it is now" in words


def test_a_copy_months_old_of_a_workshop_of_that_time_still_offers_discard(recovery_folder,
                                                                           workshop_file):
    taken = dt.datetime.now().astimezone() - dt.timedelta(days=200)
    words = _words(_copy_taken_at(recovery_folder, workshop_file, taken, taken.date()))
    assert "This copy is 200 days old" in words and "Discard removes the copy" in words
    assert "looks wrong" not in words
