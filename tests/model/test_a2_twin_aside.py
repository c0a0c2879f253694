"""A save cut short leaves the version it replaced as '.wtfc-KKKKKKKK.prev', its key made of
the name casefolded. On a case-sensitive disk 'Spring.wtfc' beside 'spring.wtfc' share it:
opening or saving 'spring.wtfc' must not turn Spring's crash-left version into
'spring.wtfc.bak' (Go back to an earlier version would offer another workshop, and Spring's
version before the crash would be gone from beside it)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wtfc.model import temporary_files
from wtfc.model.atomic_save import backup_path, finish_cut_short_save
from wtfc.model.storage import load_workshop, save_workshop, workshop_to_bytes
from wtfc.model.versions import versions_to_go_back_to
from wtfc.model.workshop import Card, Kind, Person, Workshop


def _ws(title: str, card: str) -> Workshop:
    return Workshop(title=title, people=[Person(id="P01")],
                    cards=[Card(id=card, kind=Kind.WORKING, text=f"{title} words", person="P01")])


def _twins(tmp_path: Path) -> tuple[Path, Path]:
    ours, theirs = tmp_path / "spring.wtfc", tmp_path / "Spring.wtfc"
    save_workshop(_ws("Ours", "o1"), ours, backup=False)
    save_workshop(_ws("Theirs now", "t1"), theirs, backup=False)
    if len(list(tmp_path.glob("*.wtfc"))) < 2:
        pytest.skip("a disk that does not tell letter case apart")
    return ours, theirs


def _theirs_cut_short(theirs: Path) -> Path:
    """Spring.wtfc's save stopped after the replace: its version before is still set aside."""
    aside = temporary_files.aside_beside(theirs)
    aside.write_bytes(workshop_to_bytes(_ws("Theirs before", "t1")))
    return aside


def test_opening_a_twin_leaves_the_other_files_crash_left_version(tmp_path):
    ours, theirs = _twins(tmp_path)
    aside = _theirs_cut_short(theirs)
    finish_cut_short_save(ours, 3)  # what opening 'spring.wtfc' does (tidy_after_crash)
    assert not backup_path(ours, 1).exists()
    assert [load_workshop(v.path).workshop.title for v in versions_to_go_back_to(ours)] == []
    assert aside.exists()  # still Spring's, for Spring's own opening to keep as its .bak
    finish_cut_short_save(theirs, 3)
    assert load_workshop(backup_path(theirs, 1)).workshop.title == "Theirs before"


def test_saving_a_twin_leaves_the_other_files_crash_left_version(tmp_path):
    ours, theirs = _twins(tmp_path)
    aside = _theirs_cut_short(theirs)
    save_workshop(_ws("Ours again", "o1"), ours, versions=3)
    assert load_workshop(backup_path(ours, 1)).workshop.title == "Ours"
    assert not backup_path(ours, 2).exists()
    assert aside.exists() and load_workshop(aside).workshop.title == "Theirs before"
    assert sorted(p.name for p in ours.parent.iterdir() if p.name.startswith(".")) \
        == [aside.name]  # ours set aside under a temporary's name, kept as .bak, none left


def test_beside_a_twin_this_files_own_crash_left_version_is_still_kept(tmp_path):
    ours, _theirs = _twins(tmp_path)
    aside = temporary_files.aside_beside(ours)
    aside.write_bytes(workshop_to_bytes(_ws("Ours before", "o1")))  # shares our card
    finish_cut_short_save(ours, 3)
    assert load_workshop(backup_path(ours, 1)).workshop.title == "Ours before"
    assert not aside.exists()


def test_beside_a_twin_a_crash_left_copy_of_this_file_itself_goes(tmp_path):
    ours, _theirs = _twins(tmp_path)
    aside = temporary_files.aside_beside(ours)
    aside.write_bytes(ours.read_bytes())  # cut short before the replace: the file itself
    finish_cut_short_save(ours, 3)
    assert not aside.exists() and not backup_path(ours, 1).exists()


def test_without_a_twin_a_crash_left_version_is_kept_as_before(tmp_path):
    ours = tmp_path / "spring.wtfc"
    save_workshop(_ws("Ours", "o1"), ours, backup=False)
    aside = temporary_files.aside_beside(ours)
    aside.write_bytes(workshop_to_bytes(_ws("Anything", "x9")))  # no twin: ours, as before
    finish_cut_short_save(ours, 3)
    assert load_workshop(backup_path(ours, 1)).workshop.title == "Anything"


def test_a_twins_lock_keeps_its_save_under_way_from_being_cleared_at_once(tmp_path):
    """Spring.wtfc open in another wtfc, its save writing its temporary (the key shared):
    opening spring.wtfc after its own wtfc stopped here must not delete that temporary."""
    ours, theirs = _twins(tmp_path)
    theirs.with_name(theirs.name + ".lock").write_text("4242\nwtfc\nhost\n")
    fd, name = temporary_files.temporary_beside(theirs)
    os.write(fd, b"Spring's save under way")
    os.close(fd)
    assert temporary_files.remove_stale_temporaries(ours, writer_gone=True) == []
    assert Path(name).exists()


def test_on_a_disk_blind_to_case_its_own_lock_spelt_otherwise_shares_nothing(tmp_path):
    ours = tmp_path / "spring.wtfc"
    save_workshop(_ws("Ours", "o1"), ours, backup=False)
    if len(list(tmp_path.glob("*.wtfc"))) < 1 or not (tmp_path / "SPRING.WTFC").exists():
        pytest.skip("a disk that tells letter case apart")
    (tmp_path / "Spring.wtfc.lock").write_text("4242\nwtfc\nhost\n")
    left = Path(temporary_files.temporary_beside(ours)[1])
    assert temporary_files.remove_stale_temporaries(ours, writer_gone=True) == [left]
