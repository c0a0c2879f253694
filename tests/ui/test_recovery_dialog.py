# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""At start-up, work left by a copy of wtfc that crashed is offered: which workshop, when, how
much is newer than the saved file; Restore, Save elsewhere…, Discard or Decide later."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import Choice, RecoveryDialog, offer_recovery
from wtfc.ui.screen_fit import (
    available_geometry,  # not dialog.screen(): see test_screen_kept_after_a_dialog
)


def _crashed_copy(folder, workshop_file, *, name="dead1", stale_lock=False, more=3):
    """A session as a crashed copy leaves it: 3 (``more``) more cards and 1 more theme than
    the file."""
    saved = load_workshop(workshop_file).workshop
    cards = [*saved.cards, *(Card(id=f"n{n}", kind=Kind.NOT_WORKING, text=f"Late card {n}")
                             for n in range(more))]
    newer = saved.model_copy(update={"cards": cards, "themes": [
        Theme(id="t1", kind=Kind.NOT_WORKING, name="I wait too long", card_ids=["n0"])]})
    session = folder / name
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(workshop_file), title=newer.title, pid=1,
                            hostname=recovery.this_host(), instance_id=name)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(newer, header), session)
    if stale_lock:  # a process that took the lock and was killed
        subprocess.run([sys.executable, "-c",
                        "import os, sys; from PySide6.QtCore import QLockFile; "
                        "lock = QLockFile(sys.argv[1]); lock.tryLock(0); os.kill(os.getpid(), 9)",
                        str(session / recovery.LOCK_NAME)], check=False)
        assert (session / recovery.LOCK_NAME).exists()
    return session, newer


def _answer(choice: Choice):
    def ask(dialog: RecoveryDialog) -> Choice:
        ask.texts.append(dialog.text.text())
        return choice
    ask.texts = []
    return ask


def test_the_dialog_says_which_workshop_when_and_how_much_is_newer(
        make_window, recovery_folder, workshop_file, qtbot, tmp_path):
    _crashed_copy(recovery_folder, workshop_file)
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "Spring workshop" in text and "spring.wtfc" in text
    assert "Recovery copy: " in text and "Saved file: " in text
    assert "3 more cards, 1 more theme" in text
    assert dialog.buttons[Choice.RESTORE].isEnabled()
    dialog.show()
    dialog.grab().save(str(tmp_path / "recovery_dialog.png"))
    crashed.keep()


def test_restore_opens_the_work_unsaved_under_its_own_name(
        make_window, recovery_folder, workshop_file):
    session, newer = _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    window = make_window()
    ask = _answer(Choice.RESTORE)
    assert offer_recovery(window, ask=ask)
    assert window.doc.workshop == newer
    assert window.files.path == workshop_file
    assert window.isWindowModified() and "spring.wtfc" in window.windowTitle()
    assert not session.exists()
    own = window.files.autosaver.session / recovery.SNAPSHOT_NAME
    assert recovery.read_snapshot(own.parent).workshop == newer  # kept safe by this copy now
    assert load_workshop(workshop_file).workshop != newer  # the file waits for Save


def test_discard_through_the_real_dialog(make_window, recovery_folder, workshop_file,
                                         qtbot):
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    window = make_window()

    def click_discard() -> None:  # runs inside the dialog's exec() (offer_recovery came first)
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.findChild(QPushButton, "discard").click()
    QTimer.singleShot(0, click_discard)
    assert not offer_recovery(window)  # exec() runs; the timer clicks Discard
    assert not session.exists()
    assert window.doc.workshop.title == ""  # the new workshop it opened with


def test_save_elsewhere_writes_a_new_file_and_keeps_the_current_workshop(
        make_window, recovery_folder, workshop_file, monkeypatch, tmp_path):
    session, newer = _crashed_copy(recovery_folder, workshop_file)
    window = make_window()
    target = tmp_path / "rescued"
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: offered.append(a[2]) or (str(target), ""))
    assert not offer_recovery(window, ask=_answer(Choice.SAVE_ELSEWHERE))
    assert offered[0].endswith("spring (recovered).wtfc")
    assert load_workshop(tmp_path / "rescued.wtfc").workshop == newer
    assert not session.exists()


def test_decide_later_keeps_it_for_next_time(make_window, recovery_folder,
                                             workshop_file):
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    window = make_window()
    assert not offer_recovery(window, ask=_answer(Choice.LATER))
    assert session.exists()
    assert len(crashed_sessions(recovery_folder)) == 1  # its lock was let go again


def test_only_one_is_restored_when_several_crashed(make_window, recovery_folder,
                                                   workshop_file):
    _crashed_copy(recovery_folder, workshop_file, name="dead1")
    _crashed_copy(recovery_folder, workshop_file, name="dead2")
    window = make_window()
    seen = []

    def ask(dialog: RecoveryDialog) -> Choice:
        seen.append(dialog.buttons[Choice.RESTORE].isEnabled())
        return Choice.RESTORE if len(seen) == 1 else Choice.LATER
    assert offer_recovery(window, ask=ask)
    assert seen == [True, False]


def test_a_damaged_copy_cannot_be_restored_but_can_be_kept_as_a_file(
        make_window, recovery_folder, qtbot):
    session = recovery_folder / "dead"
    session.mkdir(parents=True)
    (session / recovery.SNAPSHOT_NAME).write_bytes(b"garbage")
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.text.text()
    assert "which workshop it is cannot be read" in dialog.text.text()
    assert not dialog.buttons[Choice.RESTORE].isEnabled()
    assert dialog.buttons[Choice.SAVE_ELSEWHERE].isEnabled()
    crashed.discard()
    assert not session.exists()


def test_a_copy_cut_short_names_its_workshop_and_can_be_saved_for_rescue(
        make_window, recovery_folder, workshop_file, monkeypatch, qtbot, tmp_path):
    """A technician can mend the half that was written: the facilitator must be able to keep
    it, and to know which workshop it was."""
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    snapshot = session / recovery.SNAPSHOT_NAME
    head, body = snapshot.read_bytes().split(b"\n", 1)
    snapshot.write_bytes(head + b"\n" + body[: len(body) // 2])
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "Spring workshop" in text and "spring.wtfc" in text and "Recovery copy: " in text
    assert "stops part-way" in text
    assert "line" not in text and "column" not in text
    assert not dialog.buttons[Choice.RESTORE].isEnabled()
    assert dialog.buttons[Choice.SAVE_ELSEWHERE].isEnabled()
    dialog.show()
    dialog.grab().save(str(tmp_path / "recovery_dialog_damaged.png"))
    crashed.keep()

    target = tmp_path / "rescue"
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: offered.append(a[2]) or (str(target), ""))
    assert not offer_recovery(make_window(), ask=_answer(Choice.SAVE_ELSEWHERE))
    assert offered[0].endswith("spring (damaged recovery copy).wtfc-damaged")
    rescued = tmp_path / "rescue.wtfc-damaged"  # not a workshop wtfc can open: not .wtfc
    assert rescued.read_bytes() == body[: len(body) // 2]  # the workshop part, as it is
    assert not session.exists()


def test_a_session_of_a_copy_still_running_elsewhere_is_not_offered(recovery_folder,
                                                                    workshop_file):
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from PySide6.QtCore import QLockFile; "
                               "lock = QLockFile(sys.argv[1]); lock.tryLock(0); print('locked', "
                               "flush=True); time.sleep(30)", str(session / recovery.LOCK_NAME)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert crashed_sessions(recovery_folder) == []
    finally:
        holder.kill()
        holder.wait()
    assert len(crashed_sessions(recovery_folder)) == 1  # once it is gone, it is offered
    assert os.path.exists(session)


def test_a_crashed_session_whose_process_id_came_back_is_offered(recovery_folder,
                                                                workshop_file):
    from PySide6.QtCore import QLockFile

    session, _ = _crashed_copy(recovery_folder, workshop_file)
    lock_path = session / recovery.LOCK_NAME
    lock = QLockFile(str(lock_path))
    assert lock.tryLock(0)
    contents = lock_path.read_bytes()
    lock.unlock()
    lock_path.write_bytes(contents)  # names this very process, but nobody holds it
    [crashed] = crashed_sessions(recovery_folder)
    crashed.keep()


def test_a_copy_older_than_the_saved_file_says_so_and_restore_is_not_the_default(
        make_window, recovery_folder, workshop_file, qtbot, tmp_path):
    """Crash, Decide later, then a day's work saved in the file: next morning the old copy
    must not be one Enter away from replacing it."""
    _crashed_copy(recovery_folder, workshop_file)
    later = os.stat(workshop_file).st_mtime + 3 * 3600
    os.utime(workshop_file, (later, later))
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "saved again after this recovery copy" in text
    assert not dialog.buttons[Choice.RESTORE].isDefault()
    assert dialog.buttons[Choice.LATER].isDefault()
    dialog.show()
    dialog.grab().save(str(tmp_path / "recovery_dialog_older.png"))
    crashed.keep()


def test_the_dialog_names_the_file_and_its_folder_but_not_the_whole_path(
        recovery_folder, workshop_file, qtbot):
    """The dialog may be on the projector: "C:\\Users\\jane.smith\\…" tells the room who."""
    _crashed_copy(recovery_folder, workshop_file)
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "spring.wtfc" in text and f"folder '{workshop_file.parent.name}'" in text
    assert str(workshop_file.parent) not in text
    crashed.keep()


def test_a_copy_the_same_as_the_saved_file_says_so_in_plain_words(
        recovery_folder, workshop_file, qtbot):
    session = recovery_folder / "same"
    session.mkdir(parents=True)
    saved = load_workshop(workshop_file).workshop
    header = SnapshotHeader(original_path=str(workshop_file), title=saved.title)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(saved, header), session)
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    assert "The recovery copy is the same as the saved file" in dialog.text.text()
    crashed.keep()


def test_a_copy_from_a_newer_wtfc_is_kept_whole_not_restored(
        make_window, recovery_folder, workshop_file, monkeypatch, tmp_path, qtbot):
    import json

    session = recovery_folder / "newer"
    session.mkdir(parents=True)
    body = json.loads(load_workshop(workshop_file).workshop.model_dump_json())
    body["schema_version"] = 99
    body["cards"][0]["colour"] = "teal"
    raw = json.dumps(body).encode()
    head = {"format": recovery.FORMAT, "original_path": str(workshop_file), "title": "Spring"}
    (session / recovery.SNAPSHOT_NAME).write_bytes(json.dumps(head).encode() + b"\n" + raw)
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    assert "newer version of wtfc" in dialog.text.text()
    assert not dialog.buttons[Choice.RESTORE].isEnabled()
    assert dialog.buttons[Choice.SAVE_ELSEWHERE].isEnabled()
    crashed.keep()

    window = make_window()
    target = tmp_path / "kept.wtfc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not offer_recovery(window, ask=_answer(Choice.SAVE_ELSEWHERE))
    assert target.read_bytes() == raw  # whole: the teal card is still there for the newer wtfc
    assert not session.exists()


def test_a_greyed_restore_says_why(make_window, recovery_folder, workshop_file):
    _crashed_copy(recovery_folder, workshop_file, name="dead1")
    _crashed_copy(recovery_folder, workshop_file, name="dead2")
    window = make_window()
    ask = _answer(Choice.RESTORE)
    assert offer_recovery(window, ask=ask)
    assert "Restore is not available" not in ask.texts[0]
    assert "Restore is not available" in ask.texts[1]
    assert "'Spring workshop' is open in this window" in ask.texts[1]


def test_the_newest_copy_is_offered_first(make_window, recovery_folder, workshop_file):
    old_session, _ = _crashed_copy(recovery_folder, workshop_file, name="old")
    new_session, _ = _crashed_copy(recovery_folder, workshop_file, name="new")
    old_snapshot = old_session / recovery.SNAPSHOT_NAME
    os.utime(old_snapshot, (os.stat(old_snapshot).st_mtime - 3600,) * 2)
    window = make_window()
    assert offer_recovery(window, ask=_answer(Choice.RESTORE))  # Restore on the first offered
    assert not new_session.exists() and old_session.exists()  # the second cannot be restored


def test_discard_asks_first_and_no_keeps_the_work(recovery_folder, workshop_file, qtbot,
                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _crashed_copy(recovery_folder, workshop_file)
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.Cancel)
    dialog.buttons[Choice.DISCARD].click()
    assert asked and "cannot be undone" in asked[0]
    assert dialog.choice is Choice.LATER and dialog.result() == 0  # still open, nothing lost
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.buttons[Choice.DISCARD].click()
    assert dialog.choice is Choice.DISCARD
    crashed.keep()


def test_a_never_saved_workshop_recovered_twice_keeps_one_recovered_in_its_name(
        make_window, recovery_folder):
    session = recovery_folder / "untitled"
    session.mkdir(parents=True)
    work = Workshop(title="Autumn")
    header = SnapshotHeader(original_path="", title="Autumn", untitled_name="Untitled")
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(work, header), session)
    window = make_window()
    assert offer_recovery(window, ask=_answer(Choice.RESTORE))
    assert window.files.path is None and window.files.display_name() == "Untitled (recovered)"
    own = window.files.autosaver.session  # it crashes again: the copy keeps the same name
    assert recovery.read_snapshot(own).header.untitled_name == "Untitled (recovered)"
    window.files.autosaver.wait()
    window.files.autosaver._lock.unlock()  # as if this copy had died
    other = make_window()
    assert offer_recovery(other, ask=_answer(Choice.RESTORE))
    assert other.files.display_name() == "Untitled (recovered)"


def test_copies_are_kept_locally_and_those_of_earlier_versions_still_offered(
        tmp_path, monkeypatch, workshop_file):
    """On Windows the roaming app-data folder is often on a network share; earlier versions
    kept their copies there, so those are still offered after an update."""
    from PySide6.QtCore import QStandardPaths

    from wtfc.ui import autosave

    monkeypatch.delenv(autosave.RECOVERY_DIR_ENV, raising=False)
    places = {QStandardPaths.StandardLocation.AppLocalDataLocation: tmp_path / "Local",
              QStandardPaths.StandardLocation.AppDataLocation: tmp_path / "Roaming"}
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: str(places[where]))
    assert autosave.recovery_dir() == tmp_path / "Local" / "recovery"
    _crashed_copy(tmp_path / "Roaming" / "recovery", workshop_file, name="before_update")
    [crashed] = crashed_sessions()
    assert crashed.folder.name == "before_update"
    crashed.keep()


def test_keyboard_only_enter_takes_the_safe_default_and_tab_reaches_every_button(
        recovery_folder, workshop_file, qtbot):
    from PySide6.QtCore import Qt

    _crashed_copy(recovery_folder, workshop_file)
    later = os.stat(workshop_file).st_mtime + 3600
    os.utime(workshop_file, (later, later))  # an out-of-date copy: Enter must not restore it
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.buttons[Choice.LATER]
    reached = set()
    for _ in range(len(dialog.buttons)):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.add(dialog.focusWidget())
    assert reached == set(dialog.buttons.values())
    while dialog.focusWidget() is not dialog.buttons[Choice.LATER]:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.choice is Choice.LATER and not dialog.isVisible()
    crashed.keep()


def test_a_copy_whose_file_was_deleted_says_so_and_a_save_asks_where(
        make_window, recovery_folder, workshop_file, monkeypatch, qtbot, tmp_path):
    """The workshop file was deleted on purpose: Enter must not bring it back, and Restore
    then Ctrl+S must not quietly write it again at its old place."""
    _, newer = _crashed_copy(recovery_folder, workshop_file)
    workshop_file.unlink()
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "deleted or moved" in text and "cannot be compared" not in text
    assert dialog.buttons[Choice.LATER].isDefault()
    assert not dialog.buttons[Choice.RESTORE].isDefault()
    dialog.show()
    dialog.grab().save(str(tmp_path / "recovery_dialog_file_gone.png"))
    crashed.keep()

    window = make_window()
    assert offer_recovery(window, ask=_answer(Choice.RESTORE))
    assert window.doc.workshop == newer
    assert window.files.path is None and window.files.display_name() == "spring (recovered)"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or
                        ("", ""))
    assert not window.files.save()
    assert asked and not workshop_file.exists()


def test_the_dialog_says_the_copy_is_kept_until_a_choice_is_made(
        recovery_folder, workshop_file, qtbot):
    _crashed_copy(recovery_folder, workshop_file)
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    assert "stays on this computer" in dialog.text.text()
    assert "until you choose" in dialog.text.text()
    assert "days old" not in dialog.text.text()
    crashed.keep()


def test_a_copy_weeks_old_offers_to_be_discarded_but_is_never_removed_unasked(
        make_window, recovery_folder, workshop_file, qtbot, tmp_path):
    import datetime as dt
    import json

    session, _ = _crashed_copy(recovery_folder, workshop_file)
    snapshot = session / recovery.SNAPSHOT_NAME
    head, body = snapshot.read_bytes().split(b"\n", 1)
    fields = json.loads(head)
    taken = dt.datetime.now().astimezone() - dt.timedelta(days=45)
    fields["saved_at"] = taken.isoformat(timespec="seconds")
    snapshot.write_bytes(json.dumps(fields).encode() + b"\n" + body)
    os.utime(snapshot, (taken.timestamp(),) * 2)
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "This copy is 45 days old" in text and "Discard removes the copy" in text
    assert dialog.buttons[Choice.LATER].isDefault()
    dialog.show()
    dialog.grab().save(str(tmp_path / "recovery_dialog_old.png"))
    crashed.keep()
    assert not offer_recovery(make_window(), ask=_answer(Choice.LATER))
    assert snapshot.exists()  # only the facilitator's Discard removes it


def test_two_crashed_workshops_say_1_of_2_and_the_second_is_restored_at_the_next_start(
        make_window, recovery_folder, workshop_file, tmp_path, qtbot):
    """North restored here; South must not end at 'Restore is not available now'."""
    first, _ = _crashed_copy(recovery_folder, workshop_file, name="north")
    # one card more than north's: once north is saved, south is still work the file lacks
    second, south = _crashed_copy(recovery_folder, workshop_file, name="south", more=4)
    os.utime(first / recovery.SNAPSHOT_NAME, (os.stat(second / recovery.SNAPSHOT_NAME)
                                               .st_mtime + 60,) * 2)  # north is the newest
    window = make_window()
    seen = []

    def ask(dialog: RecoveryDialog) -> Choice:
        dialog.show()
        dialog.grab().save(str(tmp_path / f"recovery_dialog_{len(seen) + 1}_of_2.png"))
        assert dialog.text.height() >= dialog.text.heightForWidth(dialog.text.width())
        # all the words shown at once, none under a scroll bar (it went before the first paint)
        assert not dialog.words_area.verticalScrollBar().isVisible()
        assert dialog.text.width() == dialog.words_area.viewport().width()
        seen.append((dialog.windowTitle(), dialog.text.text(),
                     dialog.buttons[Choice.LATER].isDefault()))
        return Choice.RESTORE if len(seen) == 1 else Choice.LATER
    assert offer_recovery(window, ask=ask)
    (title1, text1, _), (title2, text2, later_default) = seen
    assert title1.endswith("(1 of 2)") and title2.endswith("(2 of 2)")
    assert "Workshop 1 of 2" in text1 and "the other is shown next" in text1
    assert "only one can be restored now" in text1
    assert "Workshop 2 of 2" in text2 and "offered again when wtfc next starts" in text2
    assert later_default
    assert not first.exists() and second.exists()

    assert window.files.save()  # as the dialog says: save, close, start again
    assert window.close()
    again = make_window()
    ask_again = _answer(Choice.RESTORE)
    assert offer_recovery(again, ask=ask_again)
    assert again.doc.workshop == south and not second.exists()
    assert "of 2" not in ask_again.texts[0]


def test_two_workshops_of_the_same_name_are_told_apart_by_their_folders(
        make_window, recovery_folder, tmp_path):
    """Each year's Reviews/Spring.wtfc, both titled 'Spring review': '1 of 2' and '2 of 2' both
    read "Spring.wtfc in the folder 'Reviews'", and the second said "'Spring review' is open in
    this window" of the other one."""
    paths = [tmp_path / year / "Reviews" / "Spring.wtfc" for year in ("2025", "2026")]
    for path in paths:
        path.parent.mkdir(parents=True)
        save_workshop(Workshop(title="Spring review"), path)
        _crashed_copy(recovery_folder, path, name=path.parent.parent.name)
    window = make_window()
    ask = _answer(Choice.RESTORE)
    assert offer_recovery(window, ask=ask)
    first, second = ask.texts
    open_now = window.files.path.parent.parent.name
    other = ({"2025", "2026"} - {open_now}).pop()
    assert f"(Spring.wtfc in the folder '{open_now}/Reviews')" in first
    assert f"(Spring.wtfc in the folder '{other}/Reviews')" in second
    assert (f"'Spring review' (Spring.wtfc in the folder '{open_now}/Reviews') is open in this "
            f"window") in second


def _save_dialog_answers(monkeypatch, *names):
    """The save dialog is answered with ``names`` in turn, then cancelled."""
    offered, answers = [], [str(n) for n in names]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: offered.append(a[2])
                        or ((answers.pop(0) if answers else ""), ""))
    return offered


def test_a_damaged_copy_is_never_saved_over_a_workshop_file(
        make_window, recovery_folder, workshop_file, monkeypatch, message_boxes):
    """`wtfc spring.wtfc`, then the offer of a damaged copy of it: Save elsewhere… onto
    spring.wtfc wrote the half copy over the real workshop, which then would not open."""
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    snapshot = session / recovery.SNAPSHOT_NAME
    head, body = snapshot.read_bytes().split(b"\n", 1)
    snapshot.write_bytes(head + b"\n" + body[: len(body) // 2])
    other = workshop_file.with_name("autumn.wtfc")
    save_workshop(Workshop(title="Autumn"), other)
    before = workshop_file.read_bytes(), other.read_bytes()
    window = make_window()
    window.files.open_path(workshop_file, confirmed=True)
    ask = _answer(Choice.SAVE_ELSEWHERE)
    offered = _save_dialog_answers(monkeypatch, workshop_file, other)
    assert not offer_recovery(window, ask=ask)
    assert (workshop_file.read_bytes(), other.read_bytes()) == before
    assert load_workshop(workshop_file).workshop.title == "Spring workshop"
    assert len(offered) == 3  # asked again after each refusal, until cancelled
    assert offered[0].endswith("spring (damaged recovery copy).wtfc-damaged")
    assert [text for _, text in message_boxes] == [
        f"The damaged copy was not saved: '{name}' is a workshop file. What a damaged "
        f"copy holds is not a workshop wtfc can open, so it never replaces one: choose a "
        f"name ending in .wtfc-damaged." for name in ("spring.wtfc", "autumn.wtfc")]
    said = ask.texts[0].replace("\u2060", "")  # (word joiners keep the ending on one line)
    assert "It ends in .wtfc-damaged, not .wtfc: wtfc cannot open it as a workshop" in said
    assert session.exists()  # still offered next time


def test_recovered_work_is_not_saved_over_a_workshop_open_here_or_in_another_copy(
        make_window, recovery_folder, workshop_file, monkeypatch, message_boxes):
    _crashed_copy(recovery_folder, workshop_file)
    elsewhere = workshop_file.with_name("autumn.wtfc")
    save_workshop(Workshop(title="Autumn"), elsewhere)
    before = workshop_file.read_bytes(), elsewhere.read_bytes()
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from PySide6.QtCore import QLockFile; "
                               "lock = QLockFile(sys.argv[1]); lock.tryLock(0); print('locked', "
                               "flush=True); time.sleep(30)", f"{elsewhere}.lock"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"  # autumn is open in another copy
        window = make_window()
        window.files.open_path(workshop_file, confirmed=True)
        _save_dialog_answers(monkeypatch, workshop_file, elsewhere)
        assert not offer_recovery(window, ask=_answer(Choice.SAVE_ELSEWHERE))
    finally:
        holder.kill()
        holder.wait()
    assert (workshop_file.read_bytes(), elsewhere.read_bytes()) == before
    here, there = (text for _, text in message_boxes)
    assert here == ("The recovered work was not saved: 'spring.wtfc' is the workshop open in "
                    "this window. Choose another name.")
    assert there.startswith("The recovered work was not saved: 'autumn.wtfc' is already open "
                            "in another wtfc window on this computer (since ")
    assert there.endswith("wtfc will not save over a workshop another copy is changing. "
                          "Choose another name.")


def test_with_large_text_the_dialog_fits_the_screen_and_its_words_scroll(
        make_window, recovery_folder, tmp_path, qtbot):
    """A laptop at 150% with large text: '2 of 3' grew taller than the screen, its buttons
    below the bottom edge, so none of the choices could be clicked."""
    import datetime as dt
    import json

    from PySide6.QtWidgets import QScrollArea

    font = QApplication.font()
    large = QApplication.font()
    large.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(large)
    title = "Northfield home care review, spring 2026, with the carers' forum"
    taken = dt.datetime.now().astimezone() - dt.timedelta(days=45)
    for n in range(3):  # weeks old, with one restored first: the longest words the dialog has
        path = tmp_path / f"Workshops {n}" / "A long folder name on the shared drive" / "r.wtfc"
        path.parent.mkdir(parents=True)
        save_workshop(Workshop(title=title), path)
        session = recovery_folder / f"d{n}"
        session.mkdir(parents=True)
        header = SnapshotHeader(original_path=str(path), title=title, pid=1,
                                hostname=recovery.this_host(), instance_id=f"d{n}")
        work = Workshop(title=title, cards=[Card(id="c1", kind=Kind.WORKING, text="x")])
        head, body = SnapshotSerializer().snapshot_bytes(work, header).split(b"\n", 1)
        fields = json.loads(head)
        fields["saved_at"] = (taken - dt.timedelta(days=n)).isoformat(timespec="seconds")
        recovery.write_snapshot(json.dumps(fields).encode() + b"\n" + body, session)
    seen = []

    def ask(dialog: RecoveryDialog) -> Choice:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(tmp_path / f"recovery_dialog_large_{len(seen) + 1}.png"))
        screen = available_geometry(dialog)
        later = dialog.buttons[Choice.LATER]
        bottom = later.mapToGlobal(later.rect().bottomRight())
        scroll = dialog.findChild(QScrollArea)
        scrolls = scroll is not None and scroll.verticalScrollBar().maximum() > 0
        seen.append((screen.contains(dialog.frameGeometry()), screen.contains(bottom), scrolls,
                     dialog.width()))
        return Choice.RESTORE if not seen[1:] else Choice.LATER

    try:
        offer_recovery(make_window(), ask=ask)
    finally:
        QApplication.setFont(font)
    assert [fits[:3] for fits in seen] == [(True, True, True)] * 3  # the words scroll
    assert all(width > 520 for *_, width in seen)  # widened first, to need less scrolling
