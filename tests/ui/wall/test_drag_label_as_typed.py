"""The label beside the pointer while cards are dragged over a theme quotes the theme's name
as typed (review R4 #1): a theme "Tea & biscuits: I get <b>no</b> help" read "Into 'Tea &
biscuits: I get no help'" with a bold "no", the tags gone."""

from __future__ import annotations

from mouse import at, move, press, release
from PySide6.QtCore import QPointF
from PySide6.QtGui import Qt

from wtfc.model.operations.themes import rename_theme

BOLD = "Tea & biscuits: I get <b>no</b> help"


def test_the_drag_label_quotes_the_theme_name_as_typed(panel, doc, undo):
    undo.push(rename_theme(doc, theme_id="staff", name=BOLD))
    view, scene = panel.view, panel.scene
    start = at(view, scene.cards[("n1", "package")])
    target = at(view, scene.cards[("n4", "staff")])
    press(view, start)
    for i in range(1, 9):
        move(view, QPointF(start + (target - start) * (i / 8)))
    label = view.drag.label
    assert label is not None and label.isVisible()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert f"'{BOLD}'" in label.text()
    release(view, target)
