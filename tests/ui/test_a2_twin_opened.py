# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Opening 'spring.wtfc' beside 'Spring.wtfc' (a case-sensitive disk) finishes only its own
save cut short: Spring's crash-left version ('.wtfc-KKKKKKKK.prev', the key the name
casefolded) became 'spring.wtfc.bak', so Go back to an earlier version offered another
workshop and Spring lost its version before the crash."""

from __future__ import annotations

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model import temporary_files
from wtfc.model.atomic_save import backup_path
from wtfc.model.storage import load_workshop, save_workshop, workshop_to_bytes
from wtfc.model.versions import versions_to_go_back_to
from wtfc.model.workshop import Card, Kind, Person, Workshop


def _ws(title: str, card: str) -> Workshop:
    return Workshop(title=title, people=[Person(id="P01")],
                    cards=[Card(id=card, kind=Kind.WORKING, text=f"{title} words", person="P01")])


def test_opening_spring_leaves_Springs_crash_left_version_for_Spring(make_window, tmp_path):
    ours, theirs = tmp_path / "spring.wtfc", tmp_path / "Spring.wtfc"
    save_workshop(_ws("Ours", "o1"), ours, backup=False)
    save_workshop(_ws("Theirs now", "t1"), theirs, backup=False)
    if len(list(tmp_path.glob("*.wtfc"))) < 2:
        pytest.skip("a disk that does not tell letter case apart")
    aside = temporary_files.aside_beside(theirs)  # Spring's save stopped after the replace
    aside.write_bytes(workshop_to_bytes(_ws("Theirs before", "t1")))
    window = make_window(autosave=False)
    assert window.files.open_path(ours)
    assert [load_workshop(v.path).workshop.title for v in versions_to_go_back_to(ours)] == []
    other = make_window(autosave=False)
    assert other.files.open_path(theirs)
    assert load_workshop(backup_path(theirs, 1)).workshop.title == "Theirs before"
    assert not aside.exists()
