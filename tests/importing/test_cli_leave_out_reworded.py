"""``wtfc import --leave-out-reworded``: the rows that sit where an earlier import made a card
now in other words (reworded on the wall since) are left out, as the app's "Leave them out"
does; without it they are added, as before, and the output says how to choose otherwise."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wtfc.importing.cli import main_import
from wtfc.model.storage import load_workshop, save_workshop

ROWS = [("Person", "Kind", "Statement"),
        ("P01", "Working", "My carer comes on time"),
        ("P01", "Not working", "The bus stopped running"),
        ("P02", "Working", "The day centre is friendly"),
        *((f"P0{n}", "Future", f"A trip to the sea {n}") for n in range(3, 9))]
REWORDED = "The day centre staff are friendly and kind"  # P02's card, as the room put it
KEPT = ["My carer comes on time", "The bus stopped running", REWORDED,
        *(f"A trip to the sea {n}" for n in range(3, 9))]


def _csv(tmp_path: Path, rows, name="reviews.csv") -> Path:
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


@pytest.fixture
def reworded(tmp_path, capsys):
    """A workshop file with the sheet imported, P02's card then reworded on the wall."""
    into = tmp_path / "review.wtfc"
    assert main_import([str(_csv(tmp_path, ROWS)), "--into", str(into)]) == 0
    workshop = load_workshop(into).workshop
    workshop.cards = [c.model_copy(update={"text": REWORDED}) if c.person == "P02" else c
                      for c in workshop.cards]
    save_workshop(workshop, into)
    capsys.readouterr()
    return into


def _texts(into: Path) -> list[str]:
    return [c.text for c in load_workshop(into).workshop.cards]


def test_the_reworded_row_is_left_out_and_the_new_one_added(tmp_path, capsys, reworded):
    longer = _csv(tmp_path, [*ROWS, ("P09", "Future", "More trips out")], "longer.csv")
    assert main_import([str(longer), "--into", str(reworded), "--leave-out-reworded"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert _texts(reworded) == [*KEPT, "More trips out"]
    assert "1 statement was left out, as chosen: row 4, where an earlier import made the " \
        "card in other words." in out
    assert "--leave-out-reworded" not in out


def test_without_it_the_row_is_added_and_the_option_is_said(tmp_path, capsys, reworded):
    assert main_import([str(tmp_path / "reviews.csv"), "--into", str(reworded)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert _texts(reworded) == [*KEPT, "The day centre is friendly"]
    assert "1 statement was added from row 4, where an earlier import made the card in " \
        "other words" in out
    assert "To keep the wall's words instead, go back to 'review.wtfc.bak' (in wtfc, File → " \
        "Go back to an earlier version, the newest, and save), then import again with " \
        "--leave-out-reworded." in out


def test_all_of_them_left_out_adds_nothing_and_says_so(tmp_path, capsys, reworded):
    before = reworded.read_bytes()
    assert main_import([str(tmp_path / "reviews.csv"), "--into", str(reworded),
                        "--leave-out-reworded"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert err.startswith("Nothing was added: every statement in it is already in the "
                          "workshop. 1 statement was left out, as chosen: row 4,")
    assert reworded.read_bytes() == before


def test_help_says_what_it_does(capsys):
    with pytest.raises(SystemExit) as done:
        main_import(["--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "--leave-out-reworded leave out the rows that sit where an earlier import made a " \
        "card that now has other words (reworded on the wall since); by default they are " \
        "added" in out
