"""The suggestions panel's own controls: the kind to group, Suggest themes, its progress and
Cancel, what the panel says, the two pages' tabs and Close. Made here, laid out by
``suggestions_layout``, wired to the panel's gestures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QProgressBar, QPushButton, QTabWidget, QToolButton

from wtfc.ui.style import kind_text
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.suggestion_message_label import PanelMessage

if TYPE_CHECKING:
    from wtfc.ui.wall.suggestions import SuggestionsPanel


def make_controls(panel: SuggestionsPanel) -> None:
    panel.kind_box = QComboBox()
    panel.kind_box.setAccessibleName("Kind of cards to group")
    panel.kind_box.setToolTip("Suggest themes for the cards of this kind not yet in a theme")
    for kind in KIND_ORDER:
        panel.kind_box.addItem(kind_text(kind), kind.value)
    panel.suggest_button = QPushButton("Suggest themes")
    panel.suggest_button.setAccessibleName("Suggest themes")
    panel.suggest_button.setToolTip("Group the cards of this kind not yet in a theme (S)")
    panel.suggest_button.clicked.connect(lambda: panel.suggest())
    panel.progress = QProgressBar()
    panel.progress.setAccessibleName("Progress of the suggestions")
    panel.progress.setToolTip("How far the suggestions have got")
    panel.progress.setTextVisible(True)
    panel.progress.hide()
    panel.cancel_button = QPushButton("Cancel")
    panel.cancel_button.setAccessibleName("Stop the suggestions")
    panel.cancel_button.setToolTip("Stop working out the suggestions; nothing changes")
    panel.cancel_button.clicked.connect(panel.stop_suggesting)
    panel.cancel_button.hide()  # in sight only while suggestions are being worked out
    panel.message = PanelMessage()  # on fewer lines on a short screen (suggestions_layout)
    # no fixed accessible name: named "What the suggestions panel says", a screen reader heard
    # that before the words (its description, whole); it reads the words shown
    # copied with the mouse; no Tab stop of its own (its "More" button has one)
    panel.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    panel.tabs = QTabWidget()
    panel.tabs.setAccessibleName("Suggestion pages")
    panel.tabs.addTab(panel.themes_page, "Suggested &themes")
    panel.tabs.addTab(panel.fit_page, "This &card")
    panel.tabs.setTabToolTip(0, "Groups of similar cards not yet in a theme (S)")
    panel.tabs.setTabToolTip(1, "Where does the chosen card go? (W); cards like it (L)")
    panel.tabs.currentChanged.connect(lambda _i: panel._rehighlight())
    panel.close_button = QToolButton()
    panel.close_button.setText("✕ Close")
    panel.close_button.setAccessibleName("Close the suggestions panel")
    panel.close_button.setToolTip("Hide the suggestions (F9); the wall is unchanged")
    panel.close_button.clicked.connect(lambda: panel.set_shown(False))
