"""The Theme page's row of buttons, which wraps onto a second row rather than hide any.

A QToolBar puts the buttons that do not fit behind a "»" menu: with a 16 pt system font on a
1366-wide laptop, Zoom to theme, Read-out mode, Suggest themes and Suggestions panel went there,
out of sight. Here the buttons keep their groups (the kind filter, the theme commands, looking
round the wall, suggestions) and a group that does not fit starts the next row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from wtfc.ui.checked_cue import bold_extra, bold_when_checked
from wtfc.ui.flow_layout import FlowLayout, group

# A toolbar's item spacing and margin as Qt's Fusion style gives them. Asked of the style, they
# cost ~25 ms at start-up: PySide makes every one of QStyle's enums (566 members) on first use.
TOOLBAR_SPACING, TOOLBAR_MARGIN = 1, 2


class WallToolbar(QWidget):
    """A button for each action of ``groups``, flat as on a toolbar; ``actions()`` lists them.

    A thin line follows the first group (the filter, which decides what the projector shows).
    As on a toolbar the buttons take no keyboard focus: every action has its key."""

    def __init__(self, groups: Sequence[Sequence[QAction]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Wall tools")
        spacing, margin = TOOLBAR_SPACING, TOOLBAR_MARGIN
        flow = FlowLayout(self, spacing=spacing, row_spacing=spacing)
        # a QToolBar's margin at the sides: the 4 px more it had were the width the bold
        # toggles' room takes at 1366 px (one row there, whichever toggles are on)
        flow.setContentsMargins(QMargins(margin, margin + 2, margin, margin + 2))
        for number, actions in enumerate(groups):
            buttons = [self._button(action) for action in actions]
            widgets: list[QWidget] = list(buttons)
            if number == 0 and len(groups) > 1:
                widgets.append(_separator())
            holder = group(*widgets)
            row = holder.layout()
            assert isinstance(row, QHBoxLayout)  # made by ``group``
            row.setSpacing(spacing)
            _bold_without_rewrapping(holder, row, buttons, actions)
            flow.addWidget(holder)
    def _button(self, action: QAction) -> QToolButton:
        self.addAction(action)  # actions() lists what the buttons do, as a QToolBar's does
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # "&Fit all" was read "and Fit all": the mnemonic's & goes, "&&" stays one "&"
        button.setAccessibleName(action.text().rstrip("…").replace("&&", "\0").replace(
            "&", "").replace("\0", "&"))
        return button


def _bold_without_rewrapping(holder: QWidget, row: QHBoxLayout, buttons: list[QToolButton],
                             actions: Sequence[QAction]) -> None:
    """The toggles (the kind filter, Read-out, Suggestions, Outline) say they are on in bold,
    with their bold words' width kept whether on or off: a button that grew as it was checked
    wrapped the toolbar onto another row at some widths, and the wall jumped down under the
    pointer as the filter was clicked. The kind filter, one on at a time, keeps one width for
    the group, its widest button's bold width (a width for each did not fit 1366 px); what is
    spare goes before the line after it."""
    one_at_a_time = all(action.isCheckable() for action in actions) and all(
        (choices := action.actionGroup()) is not None and choices.isExclusive()
        for action in actions)
    if one_at_a_time:  # measured plain, before any is bold
        holder.setMinimumWidth(holder.sizeHint().width()
                               + max(bold_extra(button) for button in buttons))
        row.insertStretch(len(buttons))
    for button in buttons:
        if button.isCheckable():
            bold_when_checked(button, keep_width=not one_at_a_time)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
