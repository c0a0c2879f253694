"""``wtfc check`` on a file of another format: an older one is said to be updated by the next
save here (after which an earlier wtfc opens it read-only); this format's file gets no note."""

from __future__ import annotations

import json

from wtfc.app import main
from wtfc.model.demo import demo_path
from wtfc.model.workshop import SCHEMA_VERSION


def _older(tmp_path, version: int):
    """The demo as an earlier wtfc wrote it: the format number is what check goes by, and
    the fields that format lacked are filled in by the migrations."""
    raw = json.loads(demo_path().read_bytes())
    raw["schema_version"] = version
    path = tmp_path / "spring.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_check_says_saving_an_older_file_here_updates_its_format(tmp_path, capsys):
    path = _older(tmp_path, SCHEMA_VERSION - 1)
    before = path.read_bytes()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert (f"Note: 'spring.wtfc' was written by an earlier wtfc (format {SCHEMA_VERSION - 1}). "
            f"Saving it in this version updates it to format {SCHEMA_VERSION}, keeping the "
            f"format-{SCHEMA_VERSION - 1} file beside it as 'spring.wtfc.bak' (then .bak2, "
            f".bak3) only until three more saves replace it, as wtfc keeps the last three "
            f"versions: copy it elsewhere to keep it. An earlier wtfc opens the saved file "
            f"read-only.") in out
    assert "OK: " in out
    assert path.read_bytes() == before  # said, not done: check writes nothing
    assert not (tmp_path / "spring.wtfc.bak").exists()


def test_the_older_format_file_is_kept_for_as_many_saves_as_check_says(tmp_path):
    """The note was "kept beside it as .bak", true for one save: the app's saves (three kept
    versions) push it to .bak2 and .bak3, and the fourth save drops it."""
    from wtfc.model.storage import load_workshop, save_workshop
    from wtfc.ui.file_controller import KEPT_VERSIONS

    assert KEPT_VERSIONS == 3  # the note says "three": change both together
    path = _older(tmp_path, SCHEMA_VERSION - 1)
    workshop = load_workshop(path).workshop

    def formats() -> list[int]:
        return [json.loads(kept.read_bytes())["schema_version"]
                for kept in sorted(tmp_path.glob("spring.wtfc.bak*"))]

    save_workshop(workshop, path, versions=KEPT_VERSIONS)  # the save that updates it
    assert formats() == [SCHEMA_VERSION - 1]
    for _ in range(2):
        save_workshop(workshop, path, versions=KEPT_VERSIONS)
        assert SCHEMA_VERSION - 1 in formats()  # still there: .bak2, then .bak3
    save_workshop(workshop, path, versions=KEPT_VERSIONS)  # the third save after it
    assert SCHEMA_VERSION - 1 not in formats()


def test_check_says_nothing_of_formats_for_a_file_of_this_version(capsys):
    assert main(["check", "demo"]) == 0
    assert "earlier wtfc" not in capsys.readouterr().out


def test_check_names_what_of_a_newer_file_this_version_leaves_out(tmp_path, capsys):
    raw = json.loads(demo_path().read_bytes())
    raw["schema_version"] = SCHEMA_VERSION + 1
    raw["mood_board"] = {"colours": ["red"]}
    raw["actions"][0]["cost_estimate"] = 1200
    path = tmp_path / "spring.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert (f"(format {SCHEMA_VERSION + 1}; this one reads format {SCHEMA_VERSION}). Not shown: "
            f"a part called 'mood_board'; 'cost_estimate' on 1 action. The counts below") in out
    assert "Save As" not in out  # the app's advice means nothing here
