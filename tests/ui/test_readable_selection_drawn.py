"""The darkened selection colour wtfc starts with (``readable_selection``) is the colour a
selected row is drawn in, as the palette reports it: stored as HSL it was never == the pixels
read back, and a test counting a cell's highlight found none once any test before it in the
process had started wtfc's application (the Votes editor's, in the whole suite only)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QListWidget

from wtfc.ui.style import readable_placeholders

_G = QPalette.ColorGroup
_C = QPalette.ColorRole


def test_the_selected_rows_colour_is_the_one_the_palette_reports(qtbot, qapp):
    before = QPalette(qapp.palette())
    desktop = QPalette(before)
    for group in (_G.Active, _G.Inactive):  # Fusion's: darkened at start-up
        desktop.setColor(group, _C.Highlight, QColor("#308CC6"))
        desktop.setColor(group, _C.HighlightedText, QColor("#ffffff"))
    qapp.setPalette(desktop)
    try:
        readable_placeholders(qapp)
        rows = QListWidget()
        qtbot.addWidget(rows)
        rows.addItems(["Visits are late", "Meals on wheels"])
        rows.setCurrentRow(1)
        rows.resize(300, 120)
        spot = rows.visualItemRect(rows.item(1)).center()
        spot.setX(spot.x() + 100)  # past the words, on the row's fill
        drawn = rows.viewport().grab().toImage().pixelColor(spot)
        for group in (_G.Active, _G.Inactive):
            said = qapp.palette().color(group, _C.Highlight)
            assert said != QColor("#308CC6")  # darkened
            assert said == drawn, group  # the very colour, as QColor compares it
    finally:
        qapp.setPalette(before)
