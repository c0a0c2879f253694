"""The kinds' type colours: a kind written in white on its pill, or its symbol on a card or a
theme's tint, reads at 7:1 or better (the room view's small type, WCAG AAA)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from wtfc.model.workshop import Kind
from wtfc.ui.style import CARD_FACE, KIND_COLOURS, KIND_INKS, KIND_TINTS, contrast

WHITE = QColor("#FFFFFF")


@pytest.mark.parametrize("kind", list(Kind))
def test_white_on_a_kind_pill_and_a_kind_symbol_on_its_tint_read_at_seven_to_one(kind):
    assert contrast(WHITE, KIND_INKS[kind]) >= 7
    assert contrast(KIND_INKS[kind], CARD_FACE) >= 7
    assert contrast(KIND_INKS[kind], KIND_TINTS[kind]) >= 7


def test_the_bright_kind_colours_alone_were_too_faint_for_white_type():
    # Why KIND_INKS exist: white on the vermillion and green of the bars is under 4.5:1.
    assert contrast(WHITE, KIND_COLOURS[Kind.NOT_WORKING]) < 4.5
    assert contrast(WHITE, KIND_COLOURS[Kind.WORKING]) < 4.5


@pytest.mark.parametrize("kind", list(Kind))
def test_each_ink_still_reads_as_its_kinds_hue(kind):
    # A darker shade of the same colour, so the pill still looks green, vermillion or blue.
    assert abs(KIND_INKS[kind].hslHue() - KIND_COLOURS[kind].hslHue()) <= 3
