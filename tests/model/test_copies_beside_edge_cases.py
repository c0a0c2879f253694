"""copies_beside (File → Delete this workshop and its copies…), review 36 A5 M1, M4: a
colleague's version goes with its own earlier version, and another workshop whose name differs
only in case keeps its crash-left version on a case-sensitive disk."""

from __future__ import annotations

from pathlib import Path

from wtfc.model import temporary_files
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Workshop
from wtfc.model.workshop_copies import copies_beside


def test_a_colleagues_version_goes_with_its_own_earlier_version(tmp_path: Path) -> None:
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="a"), path)
    save_workshop(Workshop(title="b"), path)
    colleague = tmp_path / "spring (changed elsewhere 10-20).wtfc"
    save_workshop(Workshop(title="Jo"), colleague, backup=False)
    save_workshop(Workshop(title="Jo again"), colleague)  # its .bak
    listed = {c.path.name: c.what for c in copies_beside(path)}
    assert listed["spring (changed elsewhere 10-20).wtfc.bak"] == \
        "an earlier version of the colleague's version"


def test_another_workshops_crash_left_version_differing_in_case_is_not_listed(
        tmp_path: Path) -> None:
    (tmp_path / "spring.wtfc").write_text("x")
    (tmp_path / "Spring.wtfc").write_text("y")
    if len(list(tmp_path.iterdir())) < 2:
        return  # a disk that does not tell case apart: one file, its own .prev
    temporary_files.aside_beside(tmp_path / "Spring.wtfc").write_text("Spring's only copy")
    listed = {c.path.name for c in copies_beside(tmp_path / "spring.wtfc")}
    assert temporary_files.aside_beside(tmp_path / "Spring.wtfc").name not in listed


def test_names_spelt_as_this_files_are_still_its_own_beside_a_twin(tmp_path: Path) -> None:
    """With 'Spring.wtfc' beside it, 'spring.wtfc' keeps its own .bak and colleague's version;
    'spring.WTFC' (the ending alone differs) would name a colleague's version alike: left."""
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="a"), path)
    save_workshop(Workshop(title="b"), path)
    (tmp_path / "Spring.wtfc").write_text("y")
    if len(list(tmp_path.glob("*.wtfc"))) < 2:
        return  # a disk that does not tell case apart
    (tmp_path / "Spring.wtfc.bak").write_text("theirs")
    (tmp_path / "Spring (changed elsewhere 10-20).wtfc").write_text("theirs")
    (tmp_path / "spring (changed elsewhere 10-20).wtfc").write_text("ours")
    assert sorted(c.path.name for c in copies_beside(path)) == [
        "spring (changed elsewhere 10-20).wtfc", "spring.wtfc", "spring.wtfc.bak"]
    (tmp_path / "spring.WTFC").write_text("z")
    assert sorted(c.path.name for c in copies_beside(path)) == ["spring.wtfc", "spring.wtfc.bak"]
