"""``wtfc check`` on a file of another format: an older one is said to be updated by the next
save here (after which an earlier wtfc opens it read-only); this format's file gets no note, nor
does a format 5 one using nothing of format 6 (it is saved as format 5)."""

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
    path = _older(tmp_path, 4)  # the demo uses nothing of format 6: saved as format 5
    before = path.read_bytes()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert ("Note: 'spring.wtfc' was written by an earlier wtfc (format 4). "
            "Saving it in this version updates it to format 5, keeping the "
            "format-4 file beside it as 'spring.wtfc.bak' (then .bak2, "
            ".bak3) only until three more saves replace it, as wtfc keeps the last three "
            "versions: copy it elsewhere to keep it. An earlier wtfc opens the saved file "
            "read-only.") in out
    assert "OK: " in out
    assert path.read_bytes() == before  # said, not done: check writes nothing
    assert not (tmp_path / "spring.wtfc.bak").exists()


def test_check_says_nothing_of_formats_for_a_format_5_file_saved_as_format_5(tmp_path, capsys):
    """The release before works on it as saved here, so there is nothing to warn of."""
    assert main(["check", str(_older(tmp_path, 5))]) == 0
    assert "earlier wtfc" not in capsys.readouterr().out


def test_check_says_a_format_5_file_using_format_6_is_updated_to_it(tmp_path, capsys):
    """Only by hand: a format 5 wtfc never wrote what format 6 added."""
    path = _older(tmp_path, 5)
    raw = json.loads(path.read_bytes())
    raw["actions"][0]["heard_at_check"] = "Better now"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["check", str(path)]) == 0
    assert "(format 5). Saving it in this version updates it to format 6," in \
        capsys.readouterr().out


def test_the_older_format_file_is_kept_for_as_many_saves_as_check_says(tmp_path):
    """The note was "kept beside it as .bak", true for one save: the app's saves (three kept
    versions) push it to .bak2 and .bak3, and the fourth save drops it."""
    from wtfc.model.storage import load_workshop, save_workshop
    from wtfc.ui.file_controller import KEPT_VERSIONS

    assert KEPT_VERSIONS == 3  # the note says "three": change both together
    path = _older(tmp_path, 4)  # saved as format 5 (the demo uses nothing of 6)
    workshop = load_workshop(path).workshop

    def formats() -> list[int]:
        return [json.loads(kept.read_bytes())["schema_version"]
                for kept in sorted(tmp_path.glob("spring.wtfc.bak*"))]

    save_workshop(workshop, path, versions=KEPT_VERSIONS)  # the save that updates it
    assert formats() == [4]
    for _ in range(2):
        save_workshop(workshop, path, versions=KEPT_VERSIONS)
        assert 4 in formats()  # still there: .bak2, then .bak3
    save_workshop(workshop, path, versions=KEPT_VERSIONS)  # the third save after it
    assert 4 not in formats()


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
