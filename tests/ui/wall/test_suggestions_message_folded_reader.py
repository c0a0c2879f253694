"""What the suggestions panel says, folded to fit a short screen, for a screen reader: it heard
the words cut to "…" (the label's name), then the whole as its description, most of it twice.
Folded, the whole is its name and it has no description (the whole is still shown to a mouse
resting on it); unfolded, it reads its own words, the whole its description, as before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QAccessible, QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from tests.ui.shown_words import as_shown
from wtfc.ui.wall.suggestion_message_label import PanelMessage

WORDS = "Grouping the cards not yet in a theme, and " * 6


def heard(label) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(label)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def tip_on_resting(label) -> str:
    """The tip a mouse resting on ``label`` is shown."""
    spot = QPoint(10, 5)
    rest = QHelpEvent(QEvent.Type.ToolTip, spot, label.mapToGlobal(spot))
    QApplication.sendEvent(label, rest)
    shown = as_shown(QToolTip.text()) if rest.isAccepted() and QToolTip.isVisible() else ""
    QToolTip.hideText()
    return shown


def test_folded_the_whole_is_its_name_and_nothing_is_heard_twice(qtbot):
    label = PanelMessage()
    qtbot.addWidget(label)
    label.setFixedWidth(200)
    label.setText(WORDS)
    label.show()
    label.set_max_lines(2)
    QApplication.processEvents()
    assert QLabel.text(label).endswith("…")  # folded on screen
    assert heard(label) == (WORDS, "")
    assert tip_on_resting(label) == WORDS  # a mouse resting on it is shown the whole
    label.more.click()  # "More": the whole on screen, read as its own words
    assert QLabel.text(label) == WORDS and heard(label) == (WORDS, WORDS)
    assert tip_on_resting(label) == ""
    label.setText("Stopping…")  # short: never folded
    assert heard(label) == ("Stopping…", "Stopping…")
