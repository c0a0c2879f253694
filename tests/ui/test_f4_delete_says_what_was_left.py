# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Delete this workshop and its copies… says truthfully what it left (code review,
session 36): M4, a colleague's version open in another wtfc keeps its own earlier version too,
which the count of files not deleted left out (and the done-line said 'every copy'); M3, with
'Spring.wtfc' beside 'spring.wtfc' on a case-sensitive disk, this file's copy left by a save cut
short ('.wtfc-….prev') was left unnamed while the done-line said 'every copy'."""

from __future__ import annotations

from pathlib import Path

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.ui.test_every_copy_of_a_workshop import _workshop, asked  # noqa: F401
from wtfc.model import temporary_files
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.delete_workshop import delete_workshop
from wtfc.ui.scrolling_question import ScrollingQuestion

COLLEAGUE = "spring (changed elsewhere 10-20).wtfc"


def _with_colleague(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path, backup=False)
    colleague = tmp_path / COLLEAGUE
    save_workshop(_workshop("Jo"), colleague, backup=False)
    save_workshop(_workshop("Jo again"), colleague)  # its own .bak
    return path, colleague


def test_a_colleagues_version_opened_meanwhile_counts_its_earlier_version_not_deleted(
        make_window, tmp_path, asked, monkeypatch):
    path, colleague = _with_colleague(tmp_path)
    other = make_window(autosave=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    answer = ScrollingQuestion.exec

    def colleague_opens_it_meanwhile(box):
        assert other.files.open_path(colleague)
        return answer(box)

    monkeypatch.setattr(ScrollingQuestion, "exec", colleague_opens_it_meanwhile)
    asked.answers = ["delete"]
    assert not delete_workshop(window)
    [warned] = asked.warned
    assert warned.startswith("wtfc could not delete 2 of the files of 'spring.wtfc':\n")
    assert f"'{COLLEAGUE}.bak': the colleague's version it is of, '{COLLEAGUE}', was opened " \
           f"in another copy of wtfc meanwhile." in warned
    assert colleague.with_name(f"{COLLEAGUE}.bak").exists()
    assert window.statusBar().currentMessage().startswith(
        "Deleted 'spring.wtfc' and 0 files more of it; 2 could not be deleted.")


def test_a_colleagues_version_open_elsewhere_leaves_its_earlier_version_and_says_so(
        make_window, tmp_path, asked):
    path, colleague = _with_colleague(tmp_path)
    other = make_window(autosave=False)
    assert other.files.open_path(colleague)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    said = asked.said[0]
    assert "It is not deleted while it is open there, nor its earlier version " \
           f"'{COLLEAGUE}.bak'." in said
    assert colleague.with_name(f"{COLLEAGUE}.bak").exists()
    message = window.statusBar().currentMessage()
    assert "every copy" not in message
    assert message.startswith("Deleted 'spring.wtfc' and 0 files more of it; 2 were left, as "
                              "the question said.")


def _twins(tmp_path: Path) -> Path:
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path, backup=False)
    twin = tmp_path / "Spring.wtfc"
    save_workshop(Workshop(title="Another", people=[Person(id="P01")], cards=[
        Card(id="t1", kind=Kind.WORKING, text="Theirs", person="P01")]), twin, backup=False)
    if len(list(tmp_path.glob("*.wtfc"))) < 2:
        pytest.skip("a disk that does not tell letter case apart")
    return path


def test_beside_a_twin_this_files_crash_left_version_goes(make_window, tmp_path, asked):
    path = _twins(tmp_path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    aside = temporary_files.aside_beside(path)  # a save cut short after the replace, since
    save_workshop(_workshop("Hall"), tmp_path / "earlier.wtfc", backup=False)
    (tmp_path / "earlier.wtfc").rename(aside)  # (the version before: it shares its cards)
    asked.answers = ["delete"]
    assert delete_workshop(window)
    assert f"'{aside.name}' (left by a save cut short" in asked.said[0]
    assert not aside.exists()
    assert window.statusBar().currentMessage().startswith(
        "Deleted 'spring.wtfc' and every copy wtfc made of it (2 files).")


def test_beside_a_twin_a_crash_left_copy_that_cannot_be_told_is_left_and_said(
        make_window, tmp_path, asked):
    path = _twins(tmp_path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    aside = temporary_files.aside_beside(path)
    aside.write_bytes(b'{"schema_version": 9, "title": "cut sh')  # whose cannot be read
    asked.answers = ["delete"]
    assert delete_workshop(window)
    said = asked.said[0]
    assert f"'{aside.name}' (left by a save cut short" in said
    assert "is left: 'Spring.wtfc', whose name differs from this one's only in letter case, " \
           "is in the same folder, and wtfc cannot tell which of them it is of." in said
    assert aside.exists()
    message = window.statusBar().currentMessage()
    assert "every copy" not in message
    assert message.startswith("Deleted 'spring.wtfc' and 0 files more of it; 1 was left, as "
                              "the question said.")
