"""``wtfc import --into`` a file whose priorities ran 1, 4, 2 saves them as 1, 3, 2: it says so
("Note: …"), as the app's open and ``wtfc check`` do, since once saved neither ever will again
(review 23 code B F3). Nothing imported, nothing saved: no note."""

from __future__ import annotations

import json

from wtfc.importing.cli import main_import
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Kind, Priority, Theme, Workshop


def _odd(path):
    save_workshop(Workshop(title="Odd", themes=[
        Theme(id="a", kind=Kind.NOT_WORKING, name="I feel lonely",
              priority=Priority(chosen=True, rank=1)),
        Theme(id="b", kind=Kind.NOT_WORKING, name="I cannot get out",
              priority=Priority(chosen=True, rank=4)),
        Theme(id="c", kind=Kind.FUTURE, name="I want to stay at home",
              priority=Priority(chosen=True, rank=2)),
    ]), path, backup=False)
    return path


def _ranks(path) -> dict[str, int]:
    themes = json.loads(path.read_text(encoding="utf-8"))["themes"]
    return {t["name"]: t["priority"]["rank"] for t in themes}


def test_import_into_an_oddly_numbered_file_says_it_saved_new_numbers(tmp_path, capsys):
    into = _odd(tmp_path / "spring.wtfc")
    source = tmp_path / "s.csv"
    source.write_text("Statement,Kind\nI like my carer,Working\n", encoding="utf-8")
    capsys.readouterr()
    assert main_import([str(source), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Note: The priorities' numbers did not run 1, 2, 3… (there was no "
                          "Priority 3), so wtfc numbers them in order, as the app does: "
                          "'I cannot get out' is Priority 3. This import saved the file with "
                          "the new numbers.\n")
    assert "until the workshop is saved" not in out
    assert f"Saved to {into}." in out
    assert _ranks(into) == {"I feel lonely": 1, "I cannot get out": 3,
                            "I want to stay at home": 2}


def test_nothing_imported_leaves_the_numbers_and_says_nothing_of_them(tmp_path, capsys):
    into = _odd(tmp_path / "spring.wtfc")
    before = into.read_bytes()
    source = tmp_path / "s.csv"
    source.write_text("Statement,Kind\n", encoding="utf-8")
    capsys.readouterr()
    assert main_import([str(source), "--into", str(into)]) == 1
    captured = capsys.readouterr()
    assert "priorities' numbers" not in captured.out + captured.err
    assert into.read_bytes() == before
