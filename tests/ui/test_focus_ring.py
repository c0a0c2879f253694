"""A button, check box, radio button, combo box or spin box reached by Tab shows a 2-px ring
in the focus blue: Fusion's own mark was a 1-px line 2.35:1 from the unfocused look, and nobody
at arm's length could tell which button Space would press. A click shows no ring, as before."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wtfc.ui.focus_style import FocusRingStyle
from wtfc.ui.style import FOCUS


def _focus_pixels(widget: QWidget) -> int:
    """Pixels of the focus blue (or nearly: the ring's rounded corners are smoothed)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if _near(image.pixelColor(x, y), FOCUS))


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
               abs(a.blue() - b.blue())) <= 12


@pytest.fixture
def form(qtbot):
    """A line edit to start from, then one of each kind of widget, in the app's style."""
    window = QWidget()
    qtbot.addWidget(window)
    style = FocusRingStyle()
    combo = QComboBox()
    combo.addItems(["All themes", "One theme"])
    widgets = [QPushButton("Next status (Space)"), QCheckBox("Only cards held back (2)"),
               QRadioButton("Working"), combo, QSpinBox()]
    layout = QVBoxLayout(window)
    start = QLineEdit("start")
    for widget in [start, *widgets]:
        widget.setStyle(style)
        layout.addWidget(widget)
    window.resize(320, 260)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    start.setFocus()
    yield widgets  # the window is kept while the test runs


def test_tab_rings_each_widget_in_the_focus_blue(form, qtbot):
    before = [_focus_pixels(w) for w in form]
    assert before == [0] * len(form)
    for widget in form:
        qtbot.keyClick(widget.window().focusWidget(), Qt.Key.Key_Tab)
        assert widget.hasFocus()
        # a 2-px ring round the widget (a check box's: round its box and words), so at least
        # its perimeter 1.5 times over, whatever the rounded corners take
        width = min(widget.width(), widget.sizeHint().width())
        perimeter = 2 * (width + widget.height()) - 8
        assert _focus_pixels(widget) >= 1.5 * perimeter, widget
    assert _focus_pixels(form[0]) == 0  # left behind: no ring


def test_a_check_boxs_ring_passes_beside_its_box_and_round_its_words(form, qtbot):
    check = form[1]
    check.setMinimumWidth(300)  # a layout stretched it wider than its words
    qtbot.keyClick(check.window().focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(form[0], Qt.Key.Key_Tab)
    assert check.hasFocus()
    image = check.grab().toImage()
    ratio = check.devicePixelRatioF()
    middle = int(check.height() * ratio / 2)
    row = [image.pixelColor(x, middle) for x in range(image.width())]
    ring = [x for x, colour in enumerate(row) if _near(colour, FOCUS)]
    assert ring[0] <= 1  # the ring's left side, at the widget's edge…
    box = next(x for x in range(ring[0] + 1, len(row)) if not _near(row[x], FOCUS))
    assert box >= ring[0] + 2  # …2 px thick, and the box's own edge clear of it
    assert ring[-1] < image.width() * 0.8  # round the words, not the whole stretched row


def test_a_click_shows_no_ring(form, qtbot):
    button = form[0]
    button.setFocus(Qt.FocusReason.MouseFocusReason)
    assert button.hasFocus()
    assert _focus_pixels(button) == 0


def test_the_app_has_the_focus_ring_from_start_up():
    """Set once on the application, so every window and dialog has it (a subprocess: it would
    change every later test's widgets)."""
    code = ("from wtfc.ui.application import make_application\n"
            "app = make_application(); first = app.style()\n"
            "make_application()\n"
            "print(type(app.style()).__name__, app.style() is first)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.split() == ["FocusRingStyle", "True"]
