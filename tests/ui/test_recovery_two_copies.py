# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Two wtfc windows had the same workshop open and both stopped: their recovery copies are
offered as two versions of one file, each naming what it has that the other lacks (they read
word for word the same, and the second was discarded as a duplicate). A file changed since a
copy was taken, while another wtfc on this computer had it, says so, not "another computer"."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer, compare_with_saved
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, PersonalDetail
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import Choice, RecoveryDialog, offer_recovery
from wtfc.ui.recovery_text import describe


def _crashed_copy(folder, workshop_file, name, *cards: Card, pid=1, based_on=None,
                  taken: dt.datetime | None = None):
    """A session a stopped window left: the file's cards and ``cards``."""
    saved = load_workshop(workshop_file).workshop
    newer = saved.model_copy(update={"cards": [*saved.cards, *cards]})
    session = folder / name
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(workshop_file), title=newer.title, pid=pid,
                            hostname=recovery.this_host(), instance_id=name, based_on=based_on)
    head, _, body = SnapshotSerializer().snapshot_bytes(newer, header).partition(b"\n")
    said = json.loads(head)  # taken that long ago (the serializer writes now)
    said["saved_at"] = (taken or dt.datetime.now()).astimezone().isoformat(timespec="seconds")
    recovery.write_snapshot(json.dumps(said).encode() + b"\n" + body, session)
    return session


def _card(key: str, text: str, **more) -> Card:
    return Card(id=key, kind=Kind.NOT_WORKING, text=text, **more)


def test_two_copies_of_one_file_are_told_apart_by_what_each_has(
        make_window, recovery_folder, workshop_file):
    now = dt.datetime.now()  # a stopped first, earlier the same day (a run just after midnight
    # put it on yesterday, and the words name the day then)
    stopped = max(now - dt.timedelta(minutes=5), now.replace(hour=0, minute=0, second=0))
    first = _crashed_copy(recovery_folder, workshop_file, "a", _card("a1", "The bus never comes"),
                          taken=stopped)
    second = _crashed_copy(recovery_folder, workshop_file, "b", _card("b1", "My carer is late"),
                           pid=2)
    os.utime(first / recovery.SNAPSHOT_NAME, (stopped.timestamp(),) * 2)
    seen: list[str] = []

    def ask(dialog: RecoveryDialog) -> Choice:
        seen.append(dialog.text.text())
        return Choice.LATER
    offer_recovery(make_window(), ask=ask)
    newest, oldest = seen
    for text in seen:
        assert "'spring.wtfc' has 2 recovery copies, from 2 wtfc windows that stopped" in text
        assert "of 2 workshops" not in text  # one workshop, two versions of it
    assert f"This copy has 1 card that the copy from {stopped:%H:%M:%S}" in newest
    assert "does not (\u2018My carer is late\u2019); the copy from " in newest
    assert "has 1 card that this copy does not (\u2018The bus never comes\u2019)" in newest
    assert "This copy has 1 card that the copy from " in oldest
    assert "does not (\u2018The bus never comes\u2019); the copy from " in oldest
    assert "this copy does not (\u2018My carer is late\u2019)" in oldest
    assert first.exists() and second.exists()  # Decide later kept both


def test_a_held_back_cards_words_are_not_named(make_window, recovery_folder, workshop_file):
    detail = PersonalDetail(category="phone", text="07700 900123", start=8, end=20)
    _crashed_copy(recovery_folder, workshop_file, "a",
                  _card("a1", "Ring me 07700 900123", personal_details=[detail]))
    _crashed_copy(recovery_folder, workshop_file, "b", _card("b1", "My carer is late"), pid=2)
    seen: list[str] = []
    offer_recovery(make_window(), ask=lambda d: seen.append(d.text.text()) or Choice.LATER)
    assert all("07700" not in text for text in seen)  # the dialog may be on the projector
    assert any("(a held-back card)" in text for text in seen)


def test_one_copy_alone_says_nothing_of_others(make_window, recovery_folder, workshop_file):
    _crashed_copy(recovery_folder, workshop_file, "a", _card("a1", "The bus never comes"))
    seen: list[str] = []
    offer_recovery(make_window(), ask=lambda d: seen.append(d.text.text()) or Choice.LATER)
    [text] = seen
    assert "recovery copies" not in text and "the copy from" not in text


def test_a_file_changed_while_another_wtfc_here_had_it_says_this_computer(
        recovery_folder, workshop_file):
    _crashed_copy(recovery_folder, workshop_file, "a", _card("a1", "The bus never comes"),
                  based_on=[0, 0])  # it worked on the file as it was before a later save
    save_workshop(load_workshop(workshop_file).workshop.model_copy(
        update={"cards": [_card("z", "Saved by the other window")]}), workshop_file)
    [crashed] = crashed_sessions(recovery_folder)
    try:
        words = describe(crashed, compare_with_saved(crashed.snapshot))
        assert "perhaps in another wtfc window, on another computer" in words  # nothing known
        # the file's lock names another process on this computer (it took the file over)
        lock = workshop_file.with_name(workshop_file.name + ".lock")
        subprocess.run([sys.executable, "-c",
                        "import os, sys; from PySide6.QtCore import QLockFile; "
                        "lock = QLockFile(sys.argv[1]); lock.tryLock(0); os.kill(os.getpid(), 9)",
                        str(lock)], check=False)
        assert lock.exists()
        words = describe(crashed, compare_with_saved(crashed.snapshot))
        assert "most likely in another wtfc window on this computer" in words
        assert "another computer (a OneDrive" not in words
    finally:
        crashed.keep()
