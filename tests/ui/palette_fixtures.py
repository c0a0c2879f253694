"""A dark (or high-contrast) desktop palette for one test, and what the eye gets under it.

wtfc sets no palette, so a laptop in Windows 11's or Linux's dark mode gives it light text on
dark ground. ``dark_palette`` gives the shared QApplication such a palette for one test and puts
the one it had back afterwards. ``cell_contrasts`` reads an item view's colours as its delegate
paints them; ``label_contrast`` measures a label's words against what is behind them on screen.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

READABLE = 4.5  # WCAG AA for body text

_C = QPalette.ColorRole
DARK = {_C.Window: "#2b2b2b", _C.WindowText: "#ffffff", _C.Base: "#1e1e1e",
        _C.AlternateBase: "#2b2b2b", _C.Text: "#ffffff", _C.Button: "#3a3a3a",
        _C.ButtonText: "#ffffff", _C.Highlight: "#2a82da", _C.HighlightedText: "#ffffff",
        _C.ToolTipBase: "#3a3a3a", _C.ToolTipText: "#ffffff", _C.PlaceholderText: "#9a9a9a",
        _C.BrightText: "#ff5555", _C.Link: "#4aa3ff", _C.Light: "#505050",
        _C.Midlight: "#404040", _C.Mid: "#303030", _C.Dark: "#191919", _C.Shadow: "#000000"}
HIGH_CONTRAST = {_C.Window: "#000000", _C.WindowText: "#ffffff", _C.Base: "#000000",
                 _C.AlternateBase: "#000000", _C.Text: "#ffffff", _C.Button: "#000000",
                 _C.ButtonText: "#ffff00", _C.Highlight: "#00ffff",
                 _C.HighlightedText: "#000000", _C.ToolTipBase: "#000000",
                 _C.ToolTipText: "#ffff00", _C.PlaceholderText: "#ffff00", _C.Link: "#ffff00",
                 _C.Light: "#ffffff", _C.Midlight: "#ffffff", _C.Mid: "#ffffff",
                 _C.Dark: "#ffffff", _C.Shadow: "#ffffff"}


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, written here apart from wtfc's own so a slip there shows."""
    def luminance(colour: QColor) -> float:
        channels = [colour.red() / 255, colour.green() / 255, colour.blue() / 255]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (_C.Text, _C.WindowText, _C.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    return palette


@pytest.fixture(params=["dark", "high contrast"])
def dark_palette(qapp, request):
    """The app under a dark desktop's palette (and a high-contrast one) for this test only."""
    before = QPalette(qapp.palette())
    qapp.setPalette(_palette(DARK if request.param == "dark" else HIGH_CONTRAST))
    yield qapp.palette()
    qapp.setPalette(before)
    QApplication.processEvents()
    assert qapp.palette() == before, "the shared QApplication's palette was not put back"


def _colour(value) -> QColor | None:
    if value is None:
        return None
    return QBrush(value).color() if not isinstance(value, QColor) else value


def cell_contrasts(view: QAbstractItemView) -> list[tuple[str, float]]:
    """Each cell's words against their ground as the delegate paints them: a fixed background
    (BackgroundRole) with its ForegroundRole ink or else the view's palette text; a fixed ink
    with no background against the view's own ground (both row colours when they alternate)."""
    model, palette = view.model(), view.palette()
    grounds = [palette.color(_C.Base)]
    if view.alternatingRowColors():
        grounds.append(palette.color(_C.AlternateBase))
    found: list[tuple[str, float]] = []

    def walk(parent: QModelIndex) -> None:
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list widget's model keeps it private: one column
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                words = index.data(Qt.ItemDataRole.DisplayRole)
                back = _colour(index.data(Qt.ItemDataRole.BackgroundRole))
                ink = _colour(index.data(Qt.ItemDataRole.ForegroundRole))
                if words and (back is not None or ink is not None):
                    inks = ink or palette.color(_C.Text)
                    ratio = min(contrast(inks, ground) for ground in
                                ([back] if back is not None else grounds))
                    found.append((f"row {row}, column {column}: {words!r}", ratio))
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return found


def unreadable_cells(view: QAbstractItemView) -> list[str]:
    return [f"{where} at {ratio:.2f}:1" for where, ratio in cell_contrasts(view)
            if ratio < READABLE]


def label_contrast(widget: QWidget) -> float:
    """A shown widget's words against what is behind them, as its window draws them: the ground
    is the colour most of it shows, the ink the colour that stands out most from it."""
    window = widget.window()
    image = window.grab().toImage()
    scale = image.width() / max(1, window.width())
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left * scale, widget.size() * scale).adjusted(5, 5, -5, -5)
    counts: Counter[int] = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right())
                                   for y in range(rect.top(), rect.bottom()))
    assert counts, "the widget shows nothing"
    ground = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(pixel), ground) for pixel in counts)
