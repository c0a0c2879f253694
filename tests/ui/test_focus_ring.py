"""A button, check box, radio button, combo box or spin box reached by Tab shows a 2-px ring
in the focus blue just outside it: Fusion's own mark was a 1-px line 2.35:1 from the unfocused
look, and nobody at arm's length could tell which button Space would press. A click shows no
ring. The ring is drawn outside the widget, so these tests look at the window's picture."""

from __future__ import annotations

import subprocess
import sys

import pytest
from palette_fixtures import contrast, dark_palette  # noqa: F401  (dark_palette: a fixture)
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tests.child_env import child_env
from wtfc.ui.focus_frame import MARGIN_PX
from wtfc.ui.focus_ring import FocusRing
from wtfc.ui.style import FOCUS


def _picture(window: QWidget) -> QImage:
    return window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _around(widget: QWidget) -> QRect:
    """The widget's place in its window, with room for the ring all round."""
    corner = widget.mapTo(widget.window(), widget.rect().topLeft())
    return QRect(corner, widget.size()).adjusted(-MARGIN_PX, -MARGIN_PX, MARGIN_PX, MARGIN_PX)


def _ring_pixels(widget: QWidget, colour: QColor = FOCUS) -> int:
    """Pixels of the ring's colour (or nearly: its rounded corners are smoothed) in and round
    the widget, as its window shows them."""
    image, area = _picture(widget.window()), _around(widget)
    return sum(1 for y in range(area.top(), area.bottom() + 1)
               for x in range(area.left(), area.right() + 1)
               if _near(image.pixelColor(x, y), colour))


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
               abs(a.blue() - b.blue())) <= 12


@pytest.fixture
def form(qtbot):
    """A line edit to start from, then one of each kind of widget, with the ring."""
    window = QWidget()
    qtbot.addWidget(window)
    FocusRing(window)
    combo = QComboBox()
    combo.addItems(["All themes", "One theme"])
    widgets = [QPushButton("Next status (Space)"), QCheckBox("Only cards held back (2)"),
               QRadioButton("Working"), combo, QSpinBox()]
    layout = QVBoxLayout(window)
    start = QLineEdit("start")
    for widget in [start, *widgets]:
        layout.addWidget(widget)
    window.resize(320, 260)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus()
    yield widgets  # the window is kept while the test runs


def _tab(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget.window().focusWidget(), Qt.Key.Key_Tab)
    assert widget.hasFocus()


def test_tab_rings_each_widget_in_the_focus_blue(form, qtbot):
    assert [_ring_pixels(w) for w in form] == [0] * len(form)
    for widget in form:
        _tab(qtbot, widget)
        # a 2-px ring round the widget (a check box's: round its box and words), so at least
        # its perimeter 1.5 times over, whatever the rounded corners take
        width = min(widget.width(), widget.sizeHint().width())
        perimeter = 2 * (width + widget.height()) - 8
        assert _ring_pixels(widget) >= 1.5 * perimeter, widget
    assert _ring_pixels(form[0]) == 0  # left behind: no ring


def test_the_ring_goes_round_the_widget_clear_of_its_edge(form, qtbot):
    """Outside the widget, so it covers no part of the button's border or the check box's box,
    and the check box needs no room of its own for it."""
    check = form[1]
    check.setMinimumWidth(300)  # a layout stretched it wider than its words
    _tab(qtbot, form[0])
    _tab(qtbot, check)
    assert check.sizeHint() == QCheckBox(check.text()).sizeHint()
    image, area = _picture(check.window()), _around(check)
    middle = area.center().y()
    row = [x for x in range(area.left(), area.right() + 1)
           if _near(image.pixelColor(x, middle), FOCUS)]
    left = check.mapTo(check.window(), check.rect().topLeft()).x()
    assert row[:2] == [left - 3, left - 2]  # the ring's left side: 2 px, then 1 px clear
    assert all(x >= left or x < left - 1 for x in row)  # nothing of it on the box's edge
    assert row[-1] < left + check.width() * 0.8  # round the words, not the whole stretched row


def test_the_ring_is_whole_where_a_container_has_no_margins(qtbot):
    """A row of buttons with no margins round it (as on the boards): the ring lies over the
    row's edge, not cut off by it."""
    window = QWidget()
    qtbot.addWidget(window)
    FocusRing(window)
    start, row = QLineEdit("start"), QWidget()
    button = QPushButton("Plan")
    buttons = QHBoxLayout(row)
    buttons.setContentsMargins(0, 0, 0, 0)
    buttons.addWidget(button)
    layout = QVBoxLayout(window)
    layout.addWidget(start)
    layout.addWidget(row)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus()
    _tab(qtbot, button)
    image, area = _picture(window), _around(button)
    for x, y in [(area.left(), area.center().y()), (area.right(), area.center().y()),
                 (area.center().x(), area.top()), (area.center().x(), area.bottom())]:
        assert _near(image.pixelColor(x, y), FOCUS), (x, y)


def test_a_click_shows_no_ring(form, qtbot):
    button, spin = form[0], form[4]
    button.setFocus(Qt.FocusReason.MouseFocusReason)
    assert _ring_pixels(button) == 0
    _tab(qtbot, form[1])  # the keyboard rings the check box…
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)  # …and a click moves focus on
    assert spin.hasFocus()
    assert sum(_ring_pixels(w) for w in form) == 0


def test_the_ring_follows_the_widget_as_the_window_is_resized(form, qtbot):
    button = form[0]
    _tab(qtbot, button)
    before = _ring_pixels(button)
    button.window().resize(500, 400)
    qtbot.waitUntil(lambda: _ring_pixels(button) > before)  # wider button, longer ring


@pytest.mark.usefixtures("dark_palette")  # and a high-contrast one
def test_on_a_dark_desktop_the_ring_is_the_palettes_text_colour(form, qtbot):
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    assert contrast(text, palette.color(QPalette.ColorRole.Window)) >= 3
    _tab(qtbot, form[0])
    assert _ring_pixels(form[0], FOCUS) == 0
    assert _ring_pixels(form[0], text) >= 2 * (form[0].width() + form[0].height())


def test_the_app_has_the_focus_ring_from_start_up():
    """Set once on the application, so every window and dialog has it, with no Python in any
    widget's drawing: the platform's style is Qt's own (a subprocess, so no other test's
    widgets get a ring)."""
    code = ("from PySide6.QtCore import Qt\n"
            "from PySide6.QtTest import QTest\n"
            "from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget\n"
            "from wtfc.ui.application import make_application\n"
            "from wtfc.ui.focus_ring import FocusRing\n"
            "app = make_application(); make_application()\n"
            "window = QWidget(); layout = QVBoxLayout(window); start = QLineEdit()\n"
            "button = QPushButton('Start'); layout.addWidget(start); layout.addWidget(button)\n"
            "window.show(); window.activateWindow(); QTest.qWaitForWindowActive(window)\n"
            "start.setFocus()\n"
            "QTest.keyClick(start, Qt.Key.Key_Tab)\n"
            "rings = app.findChildren(FocusRing)\n"
            "frame = rings[0].frame()\n"
            "print(len(rings), frame.isVisible(), frame.widget() is button,\n"
            "      type(app.style()).__module__.startswith('PySide6'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=child_env({"QT_QPA_PLATFORM": "offscreen", "PATH": ""}))
    assert out.stdout.split() == ["1", "True", "True", "True"]
