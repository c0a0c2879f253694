"""Review 33 A2 R5, R1: a names list with a note on a line of its own under each name, pasted
in Names to watch for or given to ``wtfc import --names``, watched each note as a name ("I am
deaf in my left ear" held back, printed "I am [name] [name] my [name] [name]"): only a dropped
file put its notes beside their names. ``parse_names`` now reads them so, in lower case or
with a capital ("Rings after 5 pm"), while a name on a line of its own stays a name."""

from __future__ import annotations

import pytest

from wtfc.importing.cli import main_import
from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted
from wtfc.model.storage import load_workshop
from wtfc.ui.card_guard import details_in

LISTS = [
    "Zebulon Quarrie\nrings after 5 pm\nHope Green\ndeaf in left ear\n",
    "Zebulon Quarrie\nRings after 5 pm\nHope Green\nDeaf in left ear\n",
    "Zebulon Quarrie\nrings after 5\nlives alone\nkey safe 4521\nHope Green\n"
    "deaf in left ear\nuses a frame\nprefers mornings\n",
]
CLEAR = ["I am deaf in my left ear", "My carer rings after tea", "I live alone and use a frame"]


@pytest.mark.parametrize("pasted", LISTS)
def test_a_note_on_its_own_line_is_no_name(pasted):
    names = tuple(parse_names(pasted))
    assert names == ("Zebulon Quarrie", "Hope Green")
    for card in CLEAR:
        assert details_in(card, names) == []
        assert watched_redacted(card, names) == card


@pytest.mark.parametrize(("pasted", "card"), [
    ("Aisha Khan\nolive\nHope Green\nsandy\nKofi Mensah", "Olive comes on Mondays"),
    ("Zebulon Quarrie\ndaughter poppy visits\nHope Green", "Poppy visits me"),
    ("Zebulon Quarrie\nzeb\nHope Green", "Zeb rang me"),
])
def test_a_name_on_a_line_of_its_own_stays_watched(pasted, card):
    assert watched_redacted(card, tuple(parse_names(pasted))).startswith("[name]")


def test_wtfc_import_names_reads_it_as_the_box_does(tmp_path):
    source = tmp_path / "s.csv"
    source.write_text("Statement,Kind\n" + "".join(f"{t},red\n" for t in CLEAR)
                      + "Quarrie rang me,red\n", encoding="utf-8")
    code = main_import([str(source), "--into", str(tmp_path / "w.wtfc"), "--names", LISTS[1]])
    assert code == 0
    held = {c.text: c.held_back for c in load_workshop(tmp_path / "w.wtfc").workshop.cards}
    assert held == {**dict.fromkeys(CLEAR, False), "Quarrie rang me": True}
