# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The save after a person withdrew says its earlier version still holds what was taken off,
and where to remove earlier versions, even when their cards had no name-like word (review R6
S3: the save said only "Saved.")."""

from __future__ import annotations

from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import backup_path, save_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop

NOTE = ("Its earlier version 'spring.wtfc.bak' still holds words taken off that may name "
        "someone. To delete earlier versions: File → Go back to an earlier version → Remove "
        "earlier versions…")


def test_the_save_after_a_plain_worded_person_is_removed_points_to_the_earlier_versions(
        make_window, tmp_path):
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring", people=[Person(id="P99"), Person(id="P01")], cards=[
        Card(id="c1", kind=Kind.NOT_WORKING, text="the carers are always rushed",
             person="P99"),
        Card(id="c2", kind=Kind.WORKING, text="I like my garden", person="P01")]),
        path, backup=False)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    window.undo.push(remove_person(window.doc, code="P99"))
    assert window.files.save()
    # the file was format 5 (nothing of 6 used): a withdrawn code makes it 6, said once
    assert window.statusBar().currentMessage() == (
        f"Saved. A colleague whose wtfc is older than this one can now only read "
        f"'spring.wtfc', not change it. {NOTE}")
    assert "P99" in backup_path(path, 1).read_text(encoding="utf-8")  # as it says
    assert "always rushed" not in path.read_text(encoding="utf-8")  # their code only is kept
