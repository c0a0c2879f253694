# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Earlier versions that still hold words taken off (review R1 session 29): the first save after
a name is taken off says its kept version still holds it and where to delete the kept
versions; File → Go back to an earlier version → Remove earlier versions… asks once, then
deletes the open file's .bak files and "changed elsewhere" copies, and nothing else."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.cards import add_card, edit_card
from wtfc.model.storage import backup_path, save_workshop
from wtfc.model.workshop import Card, Kind, PersonalDetail, Stage, Workshop
from wtfc.ui.scrolling_question import ScrollingQuestion

NAME = "Mrs Quarmby"
NOTE = ("Its earlier version 'spring.wtfc.bak' still holds words taken off that may name "
        "someone. To delete earlier versions: File → Go back to an earlier version → Remove "
        "earlier versions…")


def _workshop(title: str = "Spring") -> Workshop:
    return Workshop(title=title, cards=[
        Card(id="c1", kind=Kind.NOT_WORKING, text=f"{NAME} never rings me back",
             personal_details=[PersonalDetail(start=0, end=len(NAME), category="name",
                                              text=NAME)]),
        Card(id="c2", kind=Kind.WORKING, text="I like my garden")])


class Asked:
    """The Remove question: each shown (its picture kept), answered with the button named."""

    def __init__(self, monkeypatch, folder: Path) -> None:
        self.said: list[str] = []
        self.warned: list[str] = []
        self.answers: list[str] = []
        self.defaults: list[str] = []
        self.folder = folder
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(ScrollingQuestion, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(QMessageBox, "warning",
                            lambda _p, title, text, *a, **k: self.warned.append(text))

    def _exec(self, box: QMessageBox | ScrollingQuestion) -> int:
        box.show()
        box.grab().save(str(self.folder / f"ask{len(self.said)}.png"))
        if isinstance(box, ScrollingQuestion):  # Delete this workshop and its copies…
            self.said.append(f"{box.windowTitle()}: {box.heading_text} {box.words_text}")
            self.defaults.append(next(b.text() for b in box.findChildren(QPushButton)
                                      if b.isDefault()))
            cancel = box.cancel
        else:
            self.said.append(f"{box.windowTitle()}: {box.text()} {box.informativeText()}")
            self.defaults.append(box.defaultButton().text())
            cancel = box.button(QMessageBox.StandardButton.Cancel)
        name = self.answers.pop(0)
        button = cancel if name == "cancel" else box.findChild(QPushButton, name)
        button.click()
        box.hide()
        return box.result() if isinstance(box, ScrollingQuestion) else 0


@pytest.fixture
def asked(monkeypatch, tmp_path) -> Asked:
    return Asked(monkeypatch, tmp_path)


@pytest.fixture
def spring(tmp_path) -> Path:
    """spring.wtfc saved three times: .bak and .bak2 beside it hold the name, and a colleague's
    version kept as 'spring (changed elsewhere 10-20).wtfc'; other files that must stay."""
    folder = tmp_path / "Teams" / "Spring review"
    folder.mkdir(parents=True)
    path = folder / "spring.wtfc"
    for title in ("First", "Second", "Third"):
        save_workshop(_workshop(title), path, versions=3)
    save_workshop(_workshop("Colleague's"), folder / "spring (changed elsewhere 10-20).wtfc",
                  backup=False)
    # named like the damaged file wtfc sets aside (which it deletes, asked: review 36 R6 R2,
    # tests/ui/test_every_copy_of_a_workshop.py), but the user's own
    (folder / "spring.wtfc.damaged notes").write_bytes(b"{")
    save_workshop(_workshop("Autumn"), folder / "autumn.wtfc", backup=False)
    save_workshop(_workshop("Autumn"), folder / "autumn.wtfc", versions=3)  # autumn.wtfc.bak
    return path


def _remove_action(window) -> QAction:
    menu = window.findChild(QMenu, "earlier_versions")
    menu.aboutToShow.emit()  # what opening the submenu does
    action = menu.actions()[-1]
    assert action.text() == "Remove earlier versions…" and menu.actions()[-2].isSeparator()
    return action


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_save_after_a_redaction_says_its_kept_version_still_holds_the_name(
        make_window, tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path, backup=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    bar = window.statusBar()
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="The bus is on time"))
    assert window.files.save()
    assert "still holds" not in bar.currentMessage()  # a card added takes no words off

    collect = window.page(Stage.COLLECT)
    collect.select_cards(["c1"])
    collect.redact_selected()
    assert window.files.save()
    assert bar.currentMessage() == f"Saved. {NOTE}"
    assert NAME in backup_path(path, 1).read_text(encoding="utf-8")  # as it says
    assert NAME not in path.read_text(encoding="utf-8")

    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="My carer is kind"))
    bar.clearMessage()
    assert window.files.save()  # said once: this save took nothing off
    assert "still holds" not in bar.currentMessage()


def test_a_typo_fixed_or_a_redaction_undone_saves_with_no_note(make_window, tmp_path):
    """Review 29 A4 #2: the note came at 9 of 17 saves of a morning (typos, theme names), and
    after a redaction undone ("[name]" was taken off), so it was soon ignored."""
    path = tmp_path / "spring.wtfc"
    workshop = _workshop()
    workshop.cards.append(Card(id="c3", kind=Kind.NOT_WORKING, text="My carer comes late agian"))
    save_workshop(workshop, path, backup=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    bar = window.statusBar()
    window.undo.push(edit_card(window.doc, card_id="c3", text="My carer comes late again"))
    assert window.files.save()
    assert bar.currentMessage() == "Saved."
    collect = window.page(Stage.COLLECT)
    collect.select_cards(["c1"])
    collect.redact_selected()
    assert window.files.save()
    assert bar.currentMessage() == f"Saved. {NOTE}"
    window.resize(1000, 600)
    window.grab().save(str(tmp_path / "note.png"))
    window.undo.stack.undo()  # the name is back: nothing that names anyone went
    assert NAME in window.doc.card("c1").text
    assert window.files.save()
    assert bar.currentMessage() == "Saved."


def test_remove_asks_once_then_deletes_only_the_open_files_kept_versions(
        make_window, asked, spring):
    folder = spring.parent
    window = make_window(autosave=False)
    assert window.files.open_path(spring)
    action = _remove_action(window)
    assert action.isEnabled()

    asked.answers = ["cancel"]
    action.trigger()
    assert "spring.wtfc.bak2" in _names(folder)  # Cancel deletes nothing
    said = asked.said[0]
    for words in ("Delete the 3 earlier versions of 'spring.wtfc' kept beside it?",
                  "'spring.wtfc.bak', 'spring.wtfc.bak2' and "
                  "'spring (changed elsewhere 10-20).wtfc'", "such as a name you redacted",
                  "cannot be undone", "'spring.wtfc' itself is not changed"):
        assert words in said
    assert asked.defaults == ["Cancel"]  # Enter deletes nothing

    asked.answers = ["remove"]
    _remove_action(window).trigger()
    assert len(asked.said) == 2  # asked once for each time chosen
    assert _names(folder) == ["autumn.wtfc", "autumn.wtfc.bak", "spring.wtfc",
                              "spring.wtfc.damaged notes", "spring.wtfc.lock"]
    assert window.statusBar().currentMessage() == "Removed 3 earlier versions of 'spring.wtfc'."
    # housekeeping, not an edit: no Undo step, nothing to save
    assert window.undo.stack.count() == 0 and not window.isWindowModified()
    action = _remove_action(window)
    assert not action.isEnabled()
    assert action.toolTip() == "There are no earlier versions beside this workshop's file"
    menu = window.findChild(QMenu, "earlier_versions")
    assert menu.actions()[0].text().startswith("No earlier versions yet")
    assert asked.warned == []


def test_remove_is_greyed_with_why_when_unsaved_or_read_only(make_window, asked, spring):
    window = make_window(autosave=False)
    action = _remove_action(window)  # untitled
    assert not action.isEnabled()
    assert action.toolTip() == "The workshop is not saved yet, so it has no earlier versions"
    assert window.files.open_path(backup_path(spring, 1))  # a kept copy opens read-only
    action = _remove_action(window)
    assert not action.isEnabled()
    assert action.toolTip() == "Not while the workshop is open read-only"
    action.trigger()
    assert asked.said == [] and "spring.wtfc.bak" in _names(spring.parent)


def test_a_version_that_will_not_go_is_said_plainly(make_window, asked, spring, monkeypatch):
    window = make_window(autosave=False)
    assert window.files.open_path(spring)
    unlink = Path.unlink

    def held(self, *a, **k):
        if self.name == "spring.wtfc.bak2":
            raise PermissionError(13, "Permission denied", str(self))
        return unlink(self, *a, **k)

    monkeypatch.setattr(Path, "unlink", held)
    asked.answers = ["remove"]
    _remove_action(window).trigger()
    assert window.statusBar().currentMessage() == "Removed 2 earlier versions of 'spring.wtfc'."
    [warned] = asked.warned
    assert warned.startswith("wtfc could not delete 1 earlier version of 'spring.wtfc':\n"
                             "'spring.wtfc.bak2': you may not change files in that folder, or "
                             "another program has it open.")
    assert "Traceback" not in warned and "Errno" not in warned
    assert "spring.wtfc.bak2" in _names(spring.parent)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_changed_elsewhere_copy_says_it_stays_and_is_as_private_as_the_file(
        make_window, asked, tmp_path, monkeypatch):
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path, backup=False)
    os.chmod(path, 0o600)  # the owner made it private
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    collect = window.page(Stage.COLLECT)
    collect.select_cards(["c1"])
    collect.redact_selected()
    colleague = _workshop("Colleague's")
    colleague.cards.append(Card(id="c3", kind=Kind.WORKING, text="Lunch was good"))
    save_workshop(colleague, path)  # synced in from another computer
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
    questions = []

    def question(_p, title, text, *a, **k):
        questions.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.files.save()
    [kept] = tmp_path.glob("spring (changed elsewhere *).wtfc")
    assert (f"Its version is kept first, as '{kept.name}' beside it, until you delete it (File "
            f"→ Go back to an earlier version → Remove earlier versions… deletes it).") \
        in questions[0]
    assert kept.stat().st_mode & 0o777 == 0o600
    assert NAME in kept.read_text(encoding="utf-8")
    asked.answers = ["remove"]
    _remove_action(window).trigger()
    assert not kept.exists() and not backup_path(path, 1).exists()
    assert NAME not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("spring*"))


@pytest.mark.parametrize("name,other", [("Rose", "I miss my rose garden"),
                                        ("Bill", "The gas bill went up"),
                                        ("Grace", "Grace has been really kind to me")])
def test_a_name_redacted_that_another_card_still_has_is_said_too(
        make_window, tmp_path, name, other):
    """Review A1 #5: "Rose" beside "my rose garden" got no note, while .bak held it."""
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="S", cards=[
        Card(id="c1", kind=Kind.NOT_WORKING, text=f"{name} from the agency never rings me back",
             personal_details=[PersonalDetail(start=0, end=len(name), category="name",
                                              text=name)]),
        Card(id="c2", kind=Kind.WORKING, text=other)]), path, backup=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    collect = window.page(Stage.COLLECT)
    collect.select_cards(["c1"])
    collect.redact_selected()
    assert window.files.save()
    assert f"{name} from" in backup_path(path, 1).read_text(encoding="utf-8")
    assert window.statusBar().currentMessage() == f"Saved. {NOTE}"


def test_the_save_over_a_colleagues_version_says_what_its_kept_version_holds(
        make_window, tmp_path, monkeypatch):
    """The file replaced is not the one last saved here: the two files are compared, so a
    colleague's words the workshop here never had are said to be in the kept version."""
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path, backup=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    colleague = _workshop("Colleague's")
    colleague.cards.append(Card(id="c3", kind=Kind.WORKING, text="Zebedee brought lunch"))
    save_workshop(colleague, path)  # synced in from another computer
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Save)
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="The bus is on time"))
    assert window.files.save()
    assert "Zebedee" in backup_path(path, 1).read_text(encoding="utf-8")
    [kept] = tmp_path.glob("spring (changed elsewhere *).wtfc")  # the same version, outlasting
    assert window.statusBar().currentMessage() == (  # the .bak: named too
        f"Saved. Its earlier versions 'spring.wtfc.bak' and '{kept.name}' (a colleague's) still "
        f"hold words taken off that may name someone. To delete earlier versions: File → Go "
        f"back to an earlier version → Remove earlier versions…")
    window.undo.push(add_card(window.doc, kind=Kind.WORKING, text="Tea was hot"))
    assert window.files.save()  # from memory again: the file is the one saved here
    assert window.statusBar().currentMessage() == "Saved."


def test_remove_leaves_a_copy_open_in_another_window_and_says_why(make_window, asked, spring,
                                                                  monkeypatch):
    """Review A1 #4a: a colleague's copy open (and locked) in another wtfc window was deleted
    from under it, its lock file left behind."""
    folder = spring.parent
    copy = folder / "spring (changed elsewhere 10-20).wtfc"
    other = make_window(autosave=False)  # working in the colleague's copy
    assert other.files.open_path(copy) and not other.undo.read_only
    window = make_window(autosave=False)
    assert window.files.open_path(spring)
    asked.answers = ["remove"]
    _remove_action(window).trigger()
    assert ("Delete the 2 earlier versions of 'spring.wtfc' kept beside it?" in asked.said[0])
    assert ("'spring (changed elsewhere 10-20).wtfc' is already open in another wtfc window "
            "on this computer (since ") in asked.said[0]
    assert "It is not deleted while it is open there." in asked.said[0]
    assert copy.exists() and not backup_path(spring, 1).exists()
    assert window.statusBar().currentMessage() == "Removed 2 earlier versions of 'spring.wtfc'."

    informed = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text, *a, **k: informed.append(text))
    _remove_action(window).trigger()  # only the open copy is left: nothing is asked
    assert len(asked.said) == 1 and copy.exists()
    assert informed[0].startswith("Nothing was deleted. 'spring (changed elsewhere 10-20)")
    assert informed[0].endswith("It is not deleted while it is open there.")
    other.files.closed_cleanly()  # once closed there, it can go
    asked.answers = ["remove"]
    _remove_action(window).trigger()
    assert not copy.exists()
    assert not [name for name in _names(folder) if "changed elsewhere" in name]  # no lock left


def test_remove_leaves_files_only_named_like_a_kept_version(make_window, asked, tmp_path):
    """Review A1 #4b: "spring (changed elsewhere by Jo, keep).wtfc" is the user's, not wtfc's."""
    folder = tmp_path / "Spring review"
    folder.mkdir()
    spring = folder / "spring.wtfc"
    for title in ("A", "B"):
        save_workshop(_workshop(title), spring, versions=3)
    made = ["spring (changed elsewhere 10-20).wtfc", "spring (changed elsewhere 10-20) 2.wtfc",
            "spring (changed elsewhere 3 Nov 2026 09-05).wtfc"]
    theirs = ["spring (changed elsewhere by Jo, keep).wtfc", "spring (changed elsewhere).wtfc",
              "spring (changed elsewhere 10-20) old.wtfc", "spring 2.wtfc", "Spring.wtfc",
              "spring.wtfc - Copy.wtfc"]
    for name in made + theirs:
        save_workshop(_workshop(name), folder / name, backup=False)
    window = make_window(autosave=False)
    assert window.files.open_path(spring)
    asked.answers = ["remove"]
    _remove_action(window).trigger()
    left = _names(folder)
    assert [name for name in made if name in left] == []
    assert [name for name in theirs if name not in left] == []
