"""The same spreadsheet imported again adds no card, so its report no longer says how the cards
it added give their source ('Cards give their source as "import 2, row …"'): there are none."""

from __future__ import annotations

from wtfc.importing.cli import main_import
from wtfc.model.storage import load_workshop

REVIEWS = (
    "Person,Kind,Statement\n"
    "P01,Working,The lunch club is great\n"
    "P02,Not working,Buses stop at six\n"
)
SOURCE_NOTE = "Cards give their source as"


def test_the_same_spreadsheet_again_does_not_say_how_its_cards_give_their_source(tmp_path, capsys):
    source, into = tmp_path / "reviews.csv", tmp_path / "review.wtfc"
    source.write_text(REVIEWS, encoding="utf-8")
    assert main_import([str(source), "--into", str(into)]) == 0
    first = capsys.readouterr().out
    assert 'Cards give their source as "import 1, row …"' in first  # cards were added
    assert main_import([str(source), "--into", str(into)]) == 1  # nothing to add
    again = capsys.readouterr()
    assert "every statement in it is already in the workshop" in again.err
    assert "Skipped as duplicate of a card already there: 2." in again.out
    assert SOURCE_NOTE not in again.out
    assert len(load_workshop(into).workshop.cards) == 2
