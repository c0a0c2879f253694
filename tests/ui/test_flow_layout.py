"""A row of widgets that wraps onto more rows when too narrow for one."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from wtfc.ui.flow_layout import FlowLayout, group


def test_widgets_keep_their_width_and_wrap_and_a_box_takes_what_is_left(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=10, row_spacing=4)
    buttons = [QPushButton(f"A button called {n}") for n in range(3)]
    box = QLineEdit()
    for widget in (*buttons, group(box)):
        flow.addWidget(widget)
    wide = flow.sizeHint().width()
    assert flow.heightForWidth(wide) == flow.sizeHint().height()  # one row where it fits
    narrow = buttons[0].sizeHint().width() * 2 + 10
    assert flow.heightForWidth(narrow) > 2 * buttons[0].sizeHint().height()  # three rows
    holder.resize(narrow, flow.heightForWidth(narrow))
    holder.show()
    qtbot.waitExposed(holder)
    for button in buttons:
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() < narrow
    assert buttons[2].y() > buttons[0].y()             # wrapped onto the next row
    assert box.parentWidget().geometry().right() == narrow - 1  # the box grows to the edge
