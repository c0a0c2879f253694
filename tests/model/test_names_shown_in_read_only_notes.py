"""The two read-only notes the model words name the file as the window's title does
(``name_shown``), not raw: a 'Spring[U+202E]gpj.wtfc' turned the rest of the sentence around
and a line break split it, in "'…' is marked read-only" (at open, and Save's refusal) and in a
kept earlier version's note. A kept version with a line break in its name was not known as one
at all, so it opened for editing."""

from __future__ import annotations

import pytest

from wtfc.model import atomic_save
from wtfc.model.kept_names import kept_version_note, version_of

# a name as it is on disk, and as the title shows it
NAMES = [pytest.param("Spring\u202egpj", "Spring\\u202egpj", id="bidi-override"),
         pytest.param("two\nlines", "two lines", id="line-break")]


@pytest.mark.parametrize("name,shown", NAMES)
def test_marked_read_only_names_the_file_as_the_title_does(tmp_path, monkeypatch, name, shown):
    path = tmp_path / f"{name}.wtfc"
    assert atomic_save.read_only_said(path) == f"'{shown}.wtfc' is marked read-only"
    monkeypatch.setattr(atomic_save, "in_read_only_place", lambda _path: True)
    assert atomic_save.read_only_said(path) == (
        f"'{shown}.wtfc' is on a drive or in a folder wtfc may not write to")


@pytest.mark.parametrize("name,shown", NAMES)
def test_a_kept_versions_note_names_both_files_as_the_title_does(tmp_path, name, shown):
    path = tmp_path / f"{name}.wtfc.bak2"
    assert version_of(path) == tmp_path / f"{name}.wtfc"
    note = kept_version_note(path)
    assert note.startswith(f"'{shown}.wtfc.bak2' is an earlier version of '{shown}.wtfc', ")
    assert f"each save of '{shown}.wtfc' replaces its earlier versions" in note
    assert "\u202e" not in note and "\n" not in note
