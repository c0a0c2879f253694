"""The suggestions panel's message shows a theme name or a card as typed: words that look like
markup ("I get <b>no</b> help") are never drawn as bold or hidden as tags."""

from PySide6.QtCore import Qt

from wtfc.ui.wall.suggestion_message_label import PanelMessage


def test_markup_in_a_message_is_shown_as_typed(qtbot):
    message = PanelMessage()
    qtbot.addWidget(message)
    message.resize(400, 100)
    message.setText("Made the theme “I get <b>no</b> help”")
    # drawn as plain text: the tags are shown, the words not made bold (Qt's AutoText guess)
    assert message.textFormat() == Qt.TextFormat.PlainText
