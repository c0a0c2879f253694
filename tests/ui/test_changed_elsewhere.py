# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The workshop file in a OneDrive or shared folder, changed while wtfc has it open (review
R3 session 27): a colleague's save synced in is never replaced without a word, nor after a
crash and Restore; the replaced version stays beside the file under a name of its own; Ctrl+S
with nothing new offers the newer version; the same bytes written again are no change; a file
deleted or renamed meanwhile is not quietly made again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Workshop

# the boxes as shown, for a person to look at; ``make test`` (WTFC_TEST_RENDERS=0) draws none
KEEP_PICTURES = os.environ.get("WTFC_TEST_RENDERS", "1") != "0"

SB = QMessageBox.StandardButton
OURS = "My carer is kind"


def _make(path: Path, *texts: str) -> None:
    save_workshop(Workshop(title="Spring workshop", cards=[
        Card(id=f"c{n}", kind=Kind.WORKING, text=text) for n, text in enumerate(texts)]), path)


def _synced_in(path: Path, *texts: str, minutes_ago: float = 0) -> None:
    """A sync client's way: the other laptop's version written aside, then put in place, with
    that laptop's modified time (here some minutes before now)."""
    aside = path.with_name(".sync-" + path.name)
    save_workshop(Workshop(title="Spring workshop", cards=[
        Card(id="c0" if text == OURS else f"b{n}", kind=Kind.NOT_WORKING if text != OURS
             else Kind.WORKING, text=text) for n, text in enumerate(texts)]),
        aside, backup=False)
    if minutes_ago:
        when = int((os.path.getmtime(aside) - 60 * minutes_ago) * 1e9)
        os.utime(aside, ns=(when, when))
    os.replace(aside, path)


def _cards(path: Path) -> list[str]:
    return [card.text for card in load_workshop(path).workshop.cards]


def _add(window, text: str) -> None:
    window.undo.push(add_card(window.doc, kind=Kind.NOT_WORKING, text=text))


def _ctrl_s(window) -> None:
    window.findChild(QAction, "save").trigger()


class Boxes:
    """Questions asked, answered in turn; each box with buttons of its own is shown, its
    picture kept, and the button named clicked."""

    def __init__(self, monkeypatch, folder: Path) -> None:
        self.said: list[tuple[str, str]] = []
        self.answers: list = []
        self.folder = folder
        monkeypatch.setattr(QMessageBox, "question", self._question)
        for kind in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._notice)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))

    def _question(self, _parent, title, text, buttons=SB.Ok, default=SB.NoButton):
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons)
        box.setDefaultButton(default)
        self._picture(box)
        self.said.append((title, text))
        return self.answers.pop(0) if self.answers else default

    def _notice(self, _parent, title, text, *a, **k):
        self.said.append((title, text))
        return SB.Ok

    def _exec(self, box: QMessageBox) -> int:
        self._picture(box)
        self.said.append((box.windowTitle(), f"{box.text()} {box.informativeText()}"))
        name = self.answers.pop(0)
        button = box.findChild(QPushButton, name) if name != "cancel" else \
            box.button(SB.Cancel)
        assert button is not None, name
        self.defaults.append(box.defaultButton().text())
        button.click()
        return 0

    defaults: list[str] = []

    def _picture(self, box: QMessageBox) -> None:
        box.show()
        if KEEP_PICTURES:
            box.grab().save(str(self.folder / f"box{len(self.said)}.png"))
        box.hide()

    def texts(self) -> str:
        return "\n".join(text for _title, text in self.said)


@pytest.fixture
def boxes(monkeypatch, tmp_path, recovery_folder) -> Boxes:
    Boxes.defaults = []
    return Boxes(monkeypatch, tmp_path)


@pytest.fixture
def spring(tmp_path) -> Path:
    folder = tmp_path / "OneDrive" / "Documents"
    folder.mkdir(parents=True)
    path = folder / "spring.wtfc"
    _make(path, OURS)
    return path


def _crash(window) -> None:
    """As if the process died: the recovery copy and its session stay, the locks go free."""
    autosaver = window.files.autosaver
    autosaver.wait()
    autosaver._lock.unlock()
    window.files.autosaver = None
    window.files.lock.release()


def test_after_a_crash_restore_then_save_asks_and_keeps_the_colleagues_version(
        make_window, recovery_folder, boxes, spring, tmp_path):
    """Finding 1: the copy records which version of the file the work started from, so the
    colleague's save synced in before the crash is said in the dialog, Restore is not the
    default, and the first Save asks; Save keeps their version beside the file (finding 2)."""
    from wtfc.ui.recovery_dialog import Choice, offer_recovery

    jane = make_window()
    jane.files.open_path(spring, confirmed=True)
    started_from = jane.files.stamp
    _add(jane, "Jane's card 1")
    _add(jane, "Jane's card 2")
    jane.files.autosaver.snapshot_now()
    _synced_in(spring, OURS, "B's card: transport is late", "B's card: no respite",
               minutes_ago=5)
    _crash(jane)

    again = make_window()
    seen = []

    def ask(dialog):
        dialog.show()
        if KEEP_PICTURES:
            dialog.grab().save(str(tmp_path / "recovery_dialog.png"))
        seen.append((dialog.text.text(), dialog._default.objectName()))
        return Choice.RESTORE

    assert offer_recovery(again, ask=ask)
    [(words, default)] = seen
    assert "changed after wtfc last opened or saved it here" in words
    assert "The saved file has 2 cards that this copy does not" in words
    assert "this copy has 2 cards that the saved file does not" in words
    assert "probably out of date" not in words and "fewer" not in words
    assert default != "restore"
    assert [c.text for c in again.doc.workshop.cards] == [OURS, "Jane's card 1",
                                                         "Jane's card 2"]
    # a second crash before saving still knows which version the work started from
    from wtfc.model.recovery import read_snapshot
    again_copy = read_snapshot(again.files.autosaver.session)
    assert again_copy.header.based_on == list(started_from)
    boxes.answers = [SB.Cancel]
    _ctrl_s(again)
    assert "It has 2 cards that the workshop open here does not" in boxes.texts()
    assert _cards(spring) == [OURS, "B's card: transport is late", "B's card: no respite"]
    boxes.answers = [SB.Save]
    _ctrl_s(again)
    [kept] = spring.parent.glob("spring (changed elsewhere *).wtfc")
    assert f"kept first, as '{kept.name}' beside it" in boxes.said[-1][1]
    assert _cards(kept) == [OURS, "B's card: transport is late", "B's card: no respite"]
    assert _cards(spring) == [OURS, "Jane's card 1", "Jane's card 2"]


def test_a_recovery_copy_from_before_still_restores(make_window, recovery_folder, boxes, spring):
    """A copy written by an earlier wtfc says nothing of which version it was of: it restores
    as ever, against the file as it is."""
    import json

    from wtfc.model import recovery
    from wtfc.ui.recovery_dialog import Choice, offer_recovery

    session = recovery_folder / "old1"
    session.mkdir(parents=True)
    newer = load_workshop(spring).workshop.model_copy(update={"cards": [
        *load_workshop(spring).workshop.cards, Card(id="n1", kind=Kind.WORKING, text="Late")]})
    header = recovery.SnapshotHeader(original_path=str(spring), title=newer.title, pid=1,
                                     hostname=recovery.this_host(), instance_id="old1")
    data = recovery.SnapshotSerializer().snapshot_bytes(newer, header)
    head, _, body = data.partition(b"\n")
    old = {k: v for k, v in json.loads(head).items() if not k.startswith("based_on")}
    recovery.write_snapshot(json.dumps(old).encode() + b"\n" + body, session)
    window = make_window()
    assert offer_recovery(window, ask=lambda dialog: Choice.RESTORE)
    _ctrl_s(window)
    assert boxes.said == []
    assert _cards(spring) == [OURS, "Late"]


def test_the_version_replaced_outlasts_four_later_saves(make_window, boxes, spring):
    """Finding 2: the .bak rotation drops a version after three saves; the colleague's version
    kept when Save was chosen is under a name of its own and stays."""
    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    _add(window, "Jane's card")
    _synced_in(spring, OURS, "B's card")
    boxes.answers = [SB.Save]
    _ctrl_s(window)
    assert "'spring (changed elsewhere " in boxes.texts()
    for n in range(4):
        _add(window, f"later {n}")
        _ctrl_s(window)
    assert len(boxes.said) == 1  # its own saves are no change elsewhere
    [kept] = spring.parent.glob("spring (changed elsewhere *).wtfc")
    assert _cards(kept) == [OURS, "B's card"]
    assert all("B's card" not in _cards(spring.with_name(spring.name + bak))
               for bak in (".bak", ".bak2", ".bak3"))


def test_ctrl_s_with_nothing_new_here_offers_the_newer_version(make_window, boxes, spring):
    """Finding 4: nothing to save here, so the older workshop is never offered to be saved over
    the newer one; Cancel leaves both, Open the newer version shows it."""
    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    _synced_in(spring, OURS, "B's card")
    boxes.answers = ["cancel"]
    _ctrl_s(window)
    text = boxes.texts()
    assert "Nothing has changed in the workshop open here since" in text
    assert "It has 1 card that the workshop open here does not" in text
    assert "Save over" not in text and "command-line" not in text
    assert Boxes.defaults == ["Open the newer version"]
    assert _cards(spring) == [OURS, "B's card"]
    assert [c.text for c in window.doc.workshop.cards] == [OURS]
    boxes.answers = ["open_newer"]
    _ctrl_s(window)
    assert [c.text for c in window.doc.workshop.cards] == [OURS, "B's card"]
    assert _cards(spring) == [OURS, "B's card"] and window.undo.stack.isClean()
    assert not list(spring.parent.glob("*changed elsewhere*"))


def test_the_question_says_what_changed_and_same_bytes_are_no_change(make_window, boxes,
                                                                     spring):
    """Finding 5: the words say what the file now holds, not "another program or a
    command-line import"; the same bytes under a new time (a program wrote them back) ask
    nothing, and Ctrl+S with nothing new then says it is already saved."""
    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    os.utime(spring, ns=(10**18, 10**18))  # only the time changes
    _ctrl_s(window)
    assert boxes.said == []
    assert window.statusBar().currentMessage().startswith("Already saved")
    _add(window, "Jane's card")
    os.utime(spring, ns=(2 * 10**18, 2 * 10**18))
    _ctrl_s(window)
    assert boxes.said == [] and _cards(spring) == [OURS, "Jane's card"]
    _add(window, "Jane's second card")
    save_workshop(Workshop(title="Spring workshop", themes=[], cards=[
        Card(id="x", kind=Kind.WORKING, text="B's card"),
        Card(id="y", kind=Kind.WORKING, text="B's other card")]), spring, backup=False)
    boxes.answers = [SB.Cancel]
    _ctrl_s(window)
    [(title, text)] = boxes.said
    assert title == "The file changed on disk"
    assert "perhaps on another computer" in text and "command-line" not in text
    assert "It has 2 cards that the workshop open here does not" in text
    assert "the workshop open here has 3 cards that it does not" in text
    assert _cards(spring) == ["B's card", "B's other card"]


@pytest.mark.parametrize("how", ["deleted", "renamed"])
def test_a_file_gone_meanwhile_is_not_made_again_unasked(make_window, boxes, spring,
                                                         monkeypatch, how):
    """Finding 6: Cancel leaves the folder as it is; Save As… asks where; Save it there again
    makes it again."""
    window = make_window(autosave=False)
    window.files.open_path(spring, confirmed=True)
    if how == "deleted":
        spring.unlink()
    else:
        spring.rename(spring.with_name("spring final.wtfc"))
    before = sorted(p.name for p in spring.parent.iterdir() if not p.name.endswith(".lock"))
    _add(window, "Jane's card")
    boxes.answers = ["cancel"]
    _ctrl_s(window)
    assert "'spring.wtfc' is no longer in the folder 'Documents'" in boxes.texts()
    assert "deleted, moved or renamed" in boxes.texts()
    assert Boxes.defaults == ["Save As…"]
    assert not spring.exists() and not window.undo.stack.isClean()
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: offered.append(a[2]) or ("", ""))
    boxes.answers = ["save_as"]
    _ctrl_s(window)
    assert len(offered) == 1 and not spring.exists()
    boxes.answers = ["save_again"]
    _ctrl_s(window)
    assert _cards(spring) == [OURS, "Jane's card"] and window.undo.stack.isClean()
    after = sorted(p.name for p in spring.parent.iterdir() if not p.name.endswith(".lock"))
    assert after == sorted([*before, "spring.wtfc"])
