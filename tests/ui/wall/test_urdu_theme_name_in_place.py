"""An Urdu theme name no longer drags the number or count around it out of place (review 32
R4 F10): the wall's header read "… مجھے نہیں معلوم کہ .5" (the "5." Alt+5 goes by at the far
right, reversed) and the boards' theme box "Priority 2: 7 ✗ · <name> cards". The name is set
apart, as the Outline and the room's read-out already do."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout, QTextLine

from wtfc.model.workshop import Priority
from wtfc.ui.boards.common import theme_choice_text

URDU = "مجھے نہیں معلوم کہ کون آ رہا ہے"


_KEPT: list[QTextLayout] = []  # a line lives as long as its layout


def _line(text: str) -> QTextLine:
    """``text`` laid out on one line as Qt draws it, in the direction its letters give it."""
    layout = QTextLayout(text, QFont())
    _KEPT.append(layout)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5_000)
    layout.endLayout()
    return line


def _name_xs(text: str, line: QTextLine) -> list[float]:
    start = text.index(URDU[0])
    return [line.cursorToX(i)[0] for i in range(start, start + len(URDU) + 1)]


def test_the_walls_header_keeps_its_number_first(show, doc, undo):
    from wtfc.ui.wall import WallPanel

    doc.theme("package").name = URDU
    panel = show(WallPanel(doc, undo), 1400, 900)
    block = next(b for b in panel.scene.blocks.values() if b.theme_id == "package")
    title = block.title
    assert title[0].isdigit() and title[1:3] == ". " and URDU in title
    line = _line(title)
    assert line.cursorToX(0)[0] < min(_name_xs(title, line))  # "2." at the left, before it


def test_the_theme_box_keeps_the_count_after_the_name(doc):
    theme = doc.theme("package")
    theme.name, theme.priority = URDU, Priority(chosen=True, rank=2)
    text = theme_choice_text(theme)
    assert text.startswith("Priority 2: ") and text.endswith(" · ✗ 3 cards")
    line = _line(text)
    count = line.cursorToX(text.rindex("3"))[0]
    assert count > max(_name_xs(text, line))  # the count to the right of the whole name
    assert line.cursorToX(text.index("cards"))[0] > count
