"""``wtfc import --names`` reads a names file's text as the Names to watch for box reads a
paste (``pasted_names.parse_names``): a name in a bracket beside a name is a name of its own,
so "Grace helps every Tuesday" is held back with "Kwabena Mensah (daughter Grace)" given, as in
the app; and a comma inside a bracket splits no name, so "(Home Care, daughter Joy)" does not
make "Home Care" a watched name. Before, the command line split the text at every comma and
watched "Grace" only beside "Kwabena Mensah" (session 32's leftover)."""

from __future__ import annotations

import pytest

from wtfc.importing.cli import main_import
from wtfc.importing.pasted_names import parse_names
from wtfc.model.storage import load_workshop
from wtfc.ui.card_guard import details_in

# a names file as a facilitator keeps it, given as `--names "$(cat names.txt)"`
NAMES_FILE = ("Zebulon Quarrie (Zeb)\n"
              "Kwabena Mensah (daughter Grace)\n"
              "Hope Green (Home Care, daughter Joy)\n"
              "Patel, Priya (Adult Social Care; Riverside)\n")
HELD = {
    "Zeb rang me": True,
    "Grace helps every Tuesday": True,
    "Joy never visits": True,
    "Priya came late": True,
    "The bus is late": False,
    "Home Care visits are on time now": False,
    "I said grace before dinner": False,
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("names")
    source = folder / "s.csv"
    source.write_text("Statement,Kind\n" + "".join(f"{text},red\n" for text in HELD),
                      encoding="utf-8")
    code = main_import([str(source), "--into", str(folder / "w.wtfc"), "--names", NAMES_FILE])
    assert code == 0
    return {c.text: c.held_back for c in load_workshop(folder / "w.wtfc").workshop.cards}


@pytest.mark.parametrize(("text", "held"), HELD.items())
def test_a_names_file_with_brackets_holds_back_what_the_box_does(imported, text, held):
    assert imported[text] is held
    # the same names pasted in the box hold back the same cards
    assert bool(details_in(text, parse_names(NAMES_FILE))) is held

