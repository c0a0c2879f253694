"""Root causes' "Tree / Fishbone": the one shown is in bold, not only shaded darker (Fusion's
checked grey is 1.1-1.3:1 from the other), and the two buttons stay put as it moves."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_shape_shown_is_in_bold(causes_board, qtbot):
    buttons = causes_board.shapes.buttons
    places = {name: button.geometry() for name, button in buttons.items()}
    assert buttons["Tree"].font().bold() and not buttons["Fishbone"].font().bold()
    qtbot.mouseClick(buttons["Fishbone"], Qt.MouseButton.LeftButton)
    assert buttons["Fishbone"].font().bold() and not buttons["Tree"].font().bold()
    assert {name: button.geometry() for name, button in buttons.items()} == places
    causes_board.shapes.switch()  # F
    assert buttons["Tree"].font().bold() and not buttons["Fishbone"].font().bold()
