"""Read-out at 16 pt on a 1024×768 laptop with cards held back (the usual case after an
import; review 32 W1 R3): the "⚠ N cards held back…" note shared the row of ◀ Previous / Next ▶
/ Next card not yet in a theme ▶▶, wrapped a word a line (184 px tall), and the card above lost
that height: one line of its words, then "…", and its "in 2 themes" foot cut. The note now
stands on a line of its own under the buttons when it does not fit beside them, and beside
them (taking no height) when it does."""

from __future__ import annotations

import pytest
from renders import save_render

from tests.ui.settled import settle
from wtfc.model.workshop import Kind

TREATED = "I am not treated with respect or as an individual by my paid carers"
COMING = "I am not sure who is coming or when"
CARD = "Different carer every time, so I have to explain everything again, even how I like my tea"


def _readout(show, doc, undo, size):
    from wtfc.ui.wall import WallPanel

    doc.theme("package").name, doc.theme("staff").name = TREATED, COMING
    doc.get("cards", "n3").text = CARD  # in both themes, as the demo's card 36
    panel = show(WallPanel(doc, undo), *size)
    panel.set_kinds([Kind.NOT_WORKING])
    panel.toggle_readout(True)
    readout = panel.readout
    readout.show_card("n3")
    settle()
    readout.card.grab()  # painted: what it drew is kept
    return panel, readout


@pytest.mark.parametrize(("points", "size"), [
    (16, (700, 640)),  # the wall's share of a 1004×708 window at 16 pt on 1024×768
    (9, (1100, 620))])  # and of a 1366×768 window at 9 pt
def test_the_card_and_its_foot_are_whole_and_the_note_is_a_line(show, doc, undo, font_points,
                                                                 points, size):
    font_points(points)
    panel, readout = _readout(show, doc, undo, size)
    save_render(panel, f"readout_held_note_{points}pt")
    card, note = readout.card, readout.held_note
    assert "n6" not in [c.id for c in readout.sequence()]  # held back: the note shows
    assert note.isVisible() and note.text().endswith("check them on the wall")
    assert note.height() <= 2 * note.fontMetrics().lineSpacing()  # was 184 px: a word a line
    assert note.heightForWidth(note.width()) <= note.height()  # and whole
    assert not card.drawn_words.endswith("…") and card.drawn_words.startswith(CARD[:40])
    assert "in 2 themes" in card.drawn_foot and card.drawn_foot.endswith(f"“{COMING}”")
    seen = note.visibleRegion().boundingRect()
    assert seen.size() == note.size()  # not cut by the panel's foot


def test_where_it_fits_the_note_stands_beside_the_buttons_and_the_card_keeps_its_height(
        show, doc, undo, font_points):
    font_points(9)
    _panel, readout = _readout(show, doc, undo, (1100, 620))
    note, button = readout.held_note, readout.next_unsorted_button
    assert abs(note.geometry().center().y() - button.geometry().center().y()) < 4
    assert note.geometry().left() > button.geometry().right()
    with_note = readout.card.height()
    readout.gestures.mark_fine(["n6"])  # none held back: the note goes
    settle()
    assert note.text() == "" and readout.card.height() == with_note


def test_made_bigger_while_reading_out_the_note_goes_under_the_buttons(show, doc, undo,
                                                                       font_points):
    """"Make text bigger" with read-out open: the buttons grow and the note leaves their row."""
    font_points(9)
    _panel, readout = _readout(show, doc, undo, (1100, 620))
    note, button = readout.held_note, readout.next_unsorted_button
    assert note.geometry().left() > button.geometry().right()
    font_points(16)
    settle()
    assert note.geometry().top() >= button.geometry().bottom()
    assert note.height() <= 2 * note.fontMetrics().lineSpacing()
