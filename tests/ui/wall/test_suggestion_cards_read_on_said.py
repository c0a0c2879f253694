"""↓ on a suggestion's card taller than what shows reads on through it (477a1e71) with nothing
said: a screen reader, which read the whole card as it was chosen, heard nothing for several
presses, as if ↓ did nothing. Now "More of this card" is said as the reading on starts and "End
of this card" at its foot (↑: "Back up this card", "Top of this card"), once each, nothing in
between (review 34 A12 M3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.spoken_checks import catch_announcements
from tests.ui.wall.test_suggestion_cards_read_on import _press, _seen, on_the_long_card

pytestmark = pytest.mark.usefixtures("word_table")
WORDS = {"More of this card", "End of this card", "Back up this card", "Top of this card"}


def test_reading_on_through_a_long_card_is_said_as_it_starts_and_ends(
        font_points, grouped_window, qtbot, monkeypatch):
    font_points(16)
    members, long = on_the_long_card(grouped_window, qtbot, (1004, 580))  # shortest: 3 presses
    heard = catch_announcements(monkeypatch)

    def said() -> list[str]:
        words = [w for w in heard if w in WORDS]
        heard.clear()
        return words

    _press(members, Qt.Key.Key_Down)
    assert said() == ["More of this card"]
    presses = 1
    while not _seen(members, long)[1]:
        _press(members, Qt.Key.Key_Down)
        presses += 1
        assert members.currentRow() == long and presses < 5
        assert said() == ([] if not _seen(members, long)[1] else ["End of this card"])
    assert presses > 1  # the card took more than one press: nothing said in between
    _press(members, Qt.Key.Key_Up)
    assert said() == ["Back up this card"]
    for _ in range(presses):
        if _seen(members, long)[0]:
            break
        _press(members, Qt.Key.Key_Up)
        assert said() == ([] if not _seen(members, long)[0] else ["Top of this card"])
    for _ in range(presses):
        _press(members, Qt.Key.Key_Down)
    assert _seen(members, long)[1] and said() == ["More of this card", "End of this card"]
    _press(members, Qt.Key.Key_Down)  # the next card, chosen: read as chosen, as before
    _press(members, Qt.Key.Key_Up)  # the long card again, chosen from its top
    assert members.currentRow() == long and said() == []
    _press(members, Qt.Key.Key_Down)  # its reading on afresh
    assert said() == ["More of this card"]
