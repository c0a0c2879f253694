
"""R1b (review 33): two of c5997858's read-out fixes no test held. Put in tests/ui/wall/.

1. The link is drawn broken over lines, not only measured so: draw_in laid out with words-only
   wrapping drew a 300-letter link as one line, clipped at the card's right edge with no '…'
   (the existing test measures the lines itself, with the right wrapping).
2. The foot grows to the height its words need: at the wall's 1366×768 share a card in two
   themes reads both names whole, not cut to '…' in a foot of the old fixed height."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from test_readout_never_sliced import COMING, TREATED, _painted

from wtfc.ui.style import pixel_font
from wtfc.ui.wall.readout_fit import draw_in

LINK = "https://forms.office.com/Pages/ResponsePage.aspx?id=" + "DQSIkWdsW0yxEjajBLZtrQ" * 12


def _ink_rows(image: QImage) -> list[int]:
    return [y for y in range(image.height())
            if any(image.pixelColor(x, y).lightness() < 128 for x in range(image.width()))]


def test_a_link_is_drawn_over_several_lines_inside_its_box(qapp):
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    font = pixel_font(28)
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    box = QRectF(0, 0, 600, 400)
    drawn = draw_in(painter, box, f"Fill in {LINK}", font)
    painter.end()
    assert drawn == f"Fill in {LINK}"  # all of it fits, broken
    rows = _ink_rows(image)
    lines = (rows[-1] - rows[0]) / QFontMetricsF(font).lineSpacing()
    assert lines > 3  # ~300 letters at 28 px in 600 px: five lines or so, not one


@pytest.mark.parametrize("size", [(1100, 620), (700, 700)])  # 1366×768's share; a narrow wall
def test_a_card_in_two_themes_shows_both_names_whole(show, doc, undo, size):
    from wtfc.model.workshop import Kind
    from wtfc.ui.wall import WallPanel

    doc.theme("package").name, doc.theme("staff").name = TREATED, COMING
    panel = show(WallPanel(doc, undo), *size)
    panel.set_kinds([Kind.NOT_WORKING])
    panel.toggle_readout(True)
    panel.readout.show_card("n3")  # in both themes
    card = _painted(panel.readout.card)
    assert card.drawn_foot.endswith(f"“{COMING}”")  # the second name whole, no '…'
    assert "“I am not treated with" in card.drawn_foot
