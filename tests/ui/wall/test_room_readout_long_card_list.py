"""A long card on the room's read-out keeps its words when the themes' list could grow (review
33 A7 S3): the list grew a line at a time while the card's type stayed 24 px or more, but the
type stays at that floor however much of the card is cut, so with ten themes a 400-character
card at 800x600 showed 164 characters (382 with the list at its first share) and a 700-character
card at 1024x768, whole at the share, was cut to 413. The list now grows only while the card
stays as whole as at the share; a short card still gets nine themes
(test_room_readout_more_themes)."""

from __future__ import annotations

import pytest

from tests.ui.wall.test_room_readout_more_themes import _doc, _shown
from wtfc.ui.wall.room_readout import HEADING_LINES, LIST_SHARE

SAID = ("I can still get myself dressed in the morning if I take my time, and my neighbour "
        "pops round with the paper. ")


def _share_lines(view) -> int:
    """The list's lines at its first share of the height, as ``RoomReadOut.plan`` starts."""
    return max(1, int(view.height() * LIST_SHARE / view._line() - HEADING_LINES))


@pytest.mark.parametrize(("chars", "size"), [(400, (800, 600)), (700, (800, 600)),
                                             (400, (1024, 768)), (700, (1024, 768))],
                         ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else str(v))
def test_the_list_takes_no_lines_from_a_long_cards_words(qtbot, chars, size):
    doc, card = _doc("Extra theme {}: transport", (SAID * 10)[:chars].strip())
    view = _shown(qtbot, doc, card, size)
    assert len(view.rows()) == 10
    assert view.plan().lines <= _share_lines(view)  # no more list than at the share
    shown = view.drawn_words.rstrip("…").rstrip()
    if size == (1024, 768):
        assert view.drawn_words == card.text  # whole at the share, so whole now
    else:
        assert len(shown) > len(card.text) * 0.5  # 164 of 400 (41%) before the fix


def test_a_card_that_fits_whole_with_room_to_spare_still_grows_the_list(qtbot):
    """A 300-character card at 800x600 is whole with more list lines than the share's: the
    list takes them (more themes) and the words stay whole."""
    doc, card = _doc("Extra theme {}: transport", (SAID * 10)[:300].strip())
    view = _shown(qtbot, doc, card, (800, 600))
    assert view.drawn_words == card.text
    assert view.plan().lines > _share_lines(view)
