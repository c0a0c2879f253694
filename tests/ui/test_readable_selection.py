"""The facilitator's selected row (the stage list, a table's or a tree's row) is the desktop's
Highlight with its HighlightedText: Fusion's #308CC6 under white is 3.7:1, under the 4.5:1
body text needs. At start-up (``readable_placeholders``) a highlight that reads under 4.5:1 is
darkened (lightened under dark words) in its own hue just far enough; one that reads is kept."""

from __future__ import annotations

import pytest
from palette_fixtures import READABLE, contrast
from PySide6.QtGui import QColor, QPalette

from wtfc.ui.style import readable_placeholders

_C = QPalette.ColorRole
_G = QPalette.ColorGroup


def _applied(qapp, highlight: str, words: str) -> QPalette:
    """The app's palette after start-up's correction, from a desktop giving ``highlight`` and
    ``words``; the app's own palette is put back."""
    before = QPalette(qapp.palette())
    desktop = QPalette(before)
    for group in (_G.Active, _G.Inactive):
        desktop.setColor(group, _C.Highlight, QColor(highlight))
        desktop.setColor(group, _C.HighlightedText, QColor(words))
    qapp.setPalette(desktop)
    try:
        readable_placeholders(qapp)
        return QPalette(qapp.palette())
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize(("highlight", "words"), [
    ("#308CC6", "#ffffff"),  # Fusion (Linux, offscreen): 3.7:1
    ("#2a82da", "#ffffff"),  # a dark desktop's blue: 3.9:1
    ("#3daee9", "#ffffff"),  # KDE Breeze: 2.6:1
    ("#4f4fff", "#000000"),  # dark words on a deep highlight: lightened instead
])
def test_a_faint_selection_is_made_readable_in_its_own_hue(qapp, highlight, words):
    palette = _applied(qapp, highlight, words)
    for group in (_G.Active, _G.Inactive):
        fill = palette.color(group, _C.Highlight)
        # Fusion draws a selected row up to 4 % lighter at its top: that too reads
        top = fill.lighter(104) if words == "#ffffff" else fill.darker(104)
        assert contrast(QColor(words), top) >= READABLE, group
        assert palette.color(group, _C.HighlightedText) == QColor(words)  # words untouched
        assert abs(fill.hslHue() - QColor(highlight).hslHue()) <= 2  # still that blue
        assert contrast(QColor(words), fill) < 5.5  # only as far as it needed: not navy


@pytest.mark.parametrize(("highlight", "words"), [
    ("#0078D4", "#ffffff"),  # Windows 11's accent: 4.5:1
    ("#00ffff", "#000000"),  # a high-contrast desktop
])
def test_a_readable_selection_is_the_desktops_own(qapp, highlight, words):
    palette = _applied(qapp, highlight, words)
    for group in (_G.Active, _G.Inactive):
        assert palette.color(group, _C.Highlight) == QColor(highlight)
