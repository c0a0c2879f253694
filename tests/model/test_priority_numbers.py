"""A file whose priorities are numbered oddly (by hand, or by another tool: two at rank 1, a
chosen theme with no rank, a gap) opens with them numbered 1, 2, 3…, in rank order and then
file order, as the app's own edits keep them; the file is not written until it is saved, and
``wtfc check`` says what was renumbered, as a note (exit 0). Review agree F4."""

from __future__ import annotations

import json

import pytest

from wtfc.app import main
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import Kind, Priority, Theme, Workshop


def _workshop(*ranks: int | None) -> Workshop:
    """Themes A, B, C… in that file order, each chosen with the rank given, and one theme
    not chosen at all."""
    themes = [Theme(id=f"t{n}", kind=Kind.NOT_WORKING, name=f"Theme {letter}",
                    priority=Priority(chosen=True, rank=rank))
              for n, (letter, rank) in enumerate(zip("ABCDE", ranks, strict=False))]
    themes.append(Theme(id="tx", kind=Kind.WORKING, name="Not chosen"))
    return Workshop(title="Odd numbers", themes=themes)


def _ranks(ws: Workshop) -> dict[str, int | None]:
    return {t.name: t.priority.rank for t in ws.themes}


@pytest.mark.parametrize(("ranks", "numbered", "said"), [
    ((1, 1, 2, 2), [1, 2, 3, 4], "2 shared number 1; 2 shared number 2"),
    ((3, None, 1, None), [2, 3, 1, 4], "2 priorities had no number; there was no Priority 2"),
    ((5, 2, 9), [2, 1, 3], "there were no Priorities 1, 3, 4 and 3 more"),
    ((3,), [1], "there were no Priorities 1 and 2"),
    ((1, 3), [1, 2], "there was no Priority 2"),
])
def test_opening_numbers_the_priorities_in_rank_then_file_order(tmp_path, ranks, numbered,
                                                                 said):
    path = tmp_path / "odd.wtfc"
    save_workshop(_workshop(*ranks), path)
    on_disk = path.read_bytes()
    loaded = load_workshop(path)
    got = _ranks(loaded.workshop)
    assert [got[f"Theme {x}"] for x in "ABCDE"[:len(ranks)]] == numbered
    assert got["Not chosen"] is None  # a theme not chosen is left as it was
    assert said in loaded.renumbered
    assert "The file keeps its old numbers until the workshop is saved." in loaded.renumbered
    assert path.read_bytes() == on_disk  # opening never writes


def test_the_note_names_each_theme_whose_number_changed():
    ws = _workshop(1, None, 2, None)
    note = workshop_from_bytes(ws.model_dump_json().encode()).renumbered
    assert ("'Theme B' is Priority 3 and 'Theme D' is Priority 4." in note)
    assert "'Theme A'" not in note and "'Theme C'" not in note  # kept their numbers


def test_a_file_written_another_way_is_numbered_too():
    """Pretty-printed JSON (a hand edit) takes the careful path through loading."""
    raw = json.loads(_workshop(2, 2).model_dump_json())
    loaded = workshop_from_bytes(json.dumps(raw, indent=2).encode())
    assert _ranks(loaded.workshop) == {"Theme A": 1, "Theme B": 2, "Not chosen": None}
    assert "2 shared number 2" in loaded.renumbered


def test_saved_after_opening_it_opens_the_same_with_nothing_to_say(tmp_path):
    path = tmp_path / "odd.wtfc"
    save_workshop(_workshop(None, 4, 4), path)
    first = load_workshop(path)
    save_workshop(first.workshop, path)
    again = load_workshop(path)
    assert _ranks(again.workshop) == _ranks(first.workshop)
    assert again.renumbered == ""


def test_a_well_numbered_file_and_the_demo_open_unchanged(tmp_path):
    assert load_workshop(demo_path()).renumbered == ""
    path = tmp_path / "fine.wtfc"
    save_workshop(_workshop(2, 1, 3), path)
    loaded = load_workshop(path)
    assert loaded.renumbered == ""
    assert workshop_to_bytes(loaded.workshop) == path.read_bytes()  # in the format it needs


def test_many_renumbered_are_counted_after_the_first_few():
    note = workshop_from_bytes(_workshop(*[None] * 5).model_dump_json().encode()).renumbered
    assert "5 priorities had no number" in note
    assert "'Theme E' is Priority 5" in note
    many = Workshop(themes=[Theme(kind=Kind.FUTURE, name=f"T{n}", priority=Priority(chosen=True))
                            for n in range(9)])
    note = workshop_from_bytes(many.model_dump_json().encode()).renumbered
    assert "'T4' is Priority 5 and 4 more are numbered on from there." in note


def test_wtfc_check_says_what_it_renumbered_as_a_note(tmp_path, capsys):
    path = tmp_path / "odd.wtfc"
    save_workshop(_workshop(1, None, None), path)
    on_disk = path.read_bytes()
    assert main(["check", str(path)]) == 0  # put right as it opens, as merge memory is
    out = capsys.readouterr().out
    assert out.startswith("Note: The priorities' numbers did not run 1, 2, 3… (2 priorities "
                          "had no number), so wtfc numbers them in order, as the app does: "
                          "'Theme B' is Priority 2 and 'Theme C' is Priority 3.")
    assert "OK: 'Odd numbers'" in out
    assert path.read_bytes() == on_disk
