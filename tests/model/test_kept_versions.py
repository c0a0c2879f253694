"""A kept earlier version is known by its name (opened, it is read-only: saved into, the next
saves of the workshop would push that work out and delete it), the newest one that opens is found
for a workshop that will not, and the damaged file it replaces is set aside, never deleted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from workshop_builders import sample_workshop

from wtfc.model.kept_names import kept_version_note, version_of
from wtfc.model.storage import backup_path, save_workshop
from wtfc.model.versions import DamagedFile, newest_readable

CUT_SHORT = b'{"schema_version": 5, "title": "Spr'


def _titled(title: str):
    return sample_workshop().model_copy(update={"title": title})


@pytest.mark.parametrize(
    ("name", "of"),
    [
        ("spring.wtfc.bak", "spring.wtfc"),
        ("spring.wtfc.bak3", "spring.wtfc"),
        ("Spring Day.WTFC.BAK2", "Spring Day.WTFC"),
        ("spring.wtfc.bak.bak", "spring.wtfc"),  # what saving into a .bak once made
        ("spring.wtfc", None),
        ("spring.bak", None),
        ("spring.wtfc.damaged", None),
        ("spring.wtfc.backup", None),
    ],
)
def test_a_kept_version_is_known_by_its_name(name, of):
    found = version_of(Path("/tmp/x") / name)
    assert (found.name if found else None) == of


def test_a_kept_version_says_why_it_is_read_only():
    assert kept_version_note(Path("spring.wtfc.bak2")) == (
        "'spring.wtfc.bak2' is an earlier version of 'spring.wtfc', kept by wtfc when it saved "
        "that workshop. It is open read-only here: each save of 'spring.wtfc' replaces its "
        "earlier versions, so work saved into this one would be lost. To work on it, save it "
        "with Save As."
    )
    assert kept_version_note(Path("spring.wtfc")) == ""


def test_the_newest_version_that_opens_is_found(tmp_path):
    path = tmp_path / "spring.wtfc"
    for title in ("Monday", "Tuesday", "Wednesday"):
        save_workshop(_titled(title), path, versions=3)
    assert newest_readable(path)[1].workshop.title == "Tuesday"
    backup_path(path, 1).write_bytes(CUT_SHORT)  # the newest is damaged too: the one before
    version, loaded = newest_readable(path)
    assert (version.path.name, loaded.workshop.title) == ("spring.wtfc.bak2", "Monday")
    path.unlink()  # the workshop itself gone: its versions are still found
    assert newest_readable(path)[1].workshop.title == "Monday"
    backup_path(path, 2).unlink()
    assert newest_readable(path) is None


def test_the_damaged_file_is_set_aside_and_put_back_after_a_failed_save(tmp_path):
    path = tmp_path / "spring.wtfc"
    path.write_bytes(CUT_SHORT)
    (tmp_path / "spring.wtfc.damaged").write_bytes(b"from before")
    damaged = DamagedFile.at(path)
    aside = damaged.set_aside(path)
    assert aside == tmp_path / "spring.wtfc.damaged2"  # the one from before is kept too
    assert aside.read_bytes() == CUT_SHORT and not path.exists()
    DamagedFile.put_back(aside, path)
    assert path.read_bytes() == CUT_SHORT and not aside.exists()


def test_a_file_changed_since_is_not_set_aside(tmp_path):
    path = tmp_path / "spring.wtfc"
    path.write_bytes(CUT_SHORT)
    damaged = DamagedFile.at(path)
    save_workshop(_titled("Put right elsewhere"), path)  # another copy of wtfc, say
    os.utime(path, ns=(1, 1))
    assert damaged.set_aside(path) is None and path.exists()
    assert damaged.set_aside(tmp_path / "other.wtfc") is None
    assert DamagedFile.at(tmp_path / "gone.wtfc").set_aside(tmp_path / "gone.wtfc") is None


def test_check_names_the_earlier_version_that_opens(tmp_path, capsys):
    from wtfc.app import main

    path = tmp_path / "spring.wtfc"
    for title in ("Monday", "Tuesday"):
        save_workshop(_titled(title), path, versions=3)
    path.write_bytes(CUT_SHORT)
    assert main(["check", str(path)]) == 1
    saved = newest_readable(path)[0].describe()
    # the kept version is the way back: no "If you have a copy…" sends the reader off first
    assert capsys.readouterr().err.splitlines() == [
        "Problem: 'spring.wtfc' is cut short: it ends in the middle (line 1, column 32). It "
        "may not have been saved completely.",
        f"Note: an earlier version of 'spring.wtfc' opens: 'spring.wtfc.bak', "
        f"{saved.replace('Saved', 'saved')}. Opening 'spring.wtfc' in wtfc offers to open it "
        f"instead.",
    ]
    assert path.read_bytes() == CUT_SHORT and not path.with_name("spring.wtfc.damaged").exists()
