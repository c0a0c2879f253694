"""Read-out mode and a theme named only a zero-width space (kept from a file saved before one
was refused): its wall header reads "Unnamed theme (not named yet)", but read-out's "Put this
card in a theme" list showed a blank row "Alt+2    (2)" (typing "unnamed" found only that
blank), and the laptop's card of any card in it said "in “”" (review A4, R2). Both name it as
the wall and Move to theme… do (scene.wall_theme_name)."""

from __future__ import annotations

from wtfc.model.workshop import Kind
from wtfc.ui.wall.scene import wall_theme_name

BLANK = "\u200b"
SHOWN = wall_theme_name(BLANK)  # "Unnamed theme (not named yet)"


def _readout(panel, doc):
    doc.theme("staff").name = BLANK  # as an older file loads it
    panel.set_kinds([Kind.NOT_WORKING])
    panel.toggle_readout(True)
    return panel.readout


def _rows(readout) -> list[str]:
    return [readout.matches.item(i).text() for i in range(readout.matches.count())]


def test_the_list_names_it_as_the_wall_does_and_typing_unnamed_finds_it(panel, doc, qtbot):
    readout = _readout(panel, doc)
    assert readout.card_id == "n5"
    assert f"Alt+2  {SHOWN}  (2)" in _rows(readout)
    qtbot.keyClicks(readout.theme_box, "unnamed")
    assert _rows(readout)[0] == f"Alt+2  {SHOWN}  (2)"
    qtbot.keyClick(readout.theme_box, "\r")  # Enter: into the highlighted theme
    assert "n5" in doc.theme("staff").card_ids


def test_the_card_s_foot_names_it_never_an_empty_pair_of_quotes(panel, doc):
    readout = _readout(panel, doc)
    readout.show_card("n4")  # in "staff" alone
    assert readout.card.note.endswith(f"in “{SHOWN}”")
    readout.card.grab()  # painted: the foot as drawn on the laptop
    assert f"in “{SHOWN}”" in readout.card.drawn_foot
    readout.show_card("n3")  # in "package" and "staff"
    assert readout.card.note.endswith(f"in 2 themes: “I feel like a package”, “{SHOWN}”")
