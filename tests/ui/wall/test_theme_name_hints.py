"""The Theme page's name dialogs and the boxes where typing names a new theme ("Move to theme…",
read-out mode): the typed-detail line says when the name may hold a personal detail, shown only
as its kind ("[name]"), since it goes on the projector as typed. It never stops the name, and
the dialog answers as ``QInputDialog.getText`` did: the words on OK, None on Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from wtfc.model.workshop import Kind

SAID = "“The theme's name”: “[name] said so”"
NEW_SAID = "“The new theme's name”: “[name] said so”"


# -- the Theme page's name dialog (New theme, Rename theme, Split theme) ----------------------
def _answer(then):
    """Run ``then(dialog)`` on the modal dialog once it is open; it is closed after anyway."""
    def act():
        dialog = QApplication.activeModalWidget()
        try:
            then(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, act)


def test_the_name_dialog_says_so_and_ok_returns_the_words(panel, qtbot):
    seen = {}

    def type_and_ok(dialog):
        seen["chosen"] = dialog.name.selectedText()
        seen["hidden at first"] = dialog.detail_hint.isHidden()
        qtbot.keyClicks(dialog.name, "Mrs Patel said so")  # typing replaces the chosen name
        seen["hint"] = dialog.detail_hint.text() if dialog.detail_hint.isVisible() else ""
        hint, name = dialog.detail_hint.geometry(), dialog.name.geometry()
        seen["below"] = name.bottom() < hint.top() and hint.bottom() < dialog.height()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    _answer(type_and_ok)
    assert panel.ask_text("Rename theme", "The theme's new name:",
                          "I feel like a package") == "Mrs Patel said so"
    assert seen["chosen"] == "I feel like a package" and seen["hidden at first"]
    assert SAID in seen["hint"] and "Patel" not in seen["hint"]
    assert seen["below"]


def test_the_name_dialog_plain_words_cancel_and_empty(panel, qtbot):
    seen = {}

    def plain_words(dialog):
        qtbot.keyClicks(dialog.name, "I feel lonely")
        seen["hint shown"] = dialog.detail_hint.isVisible()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    _answer(plain_words)
    assert panel.ask_text("New theme", "Name the theme as an \"I\" statement:", "I ") == \
        "I feel lonely"
    assert seen["hint shown"] is False

    _answer(lambda dialog: qtbot.keyClick(dialog.name, Qt.Key.Key_Escape))
    assert panel.ask_text("Split theme", "Name the new theme:", "I ") is None

    def emptied(dialog):
        dialog.name.clear()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    _answer(emptied)
    assert panel.ask_text("New theme", "Name the theme:", "I ") == ""  # the caller decides


# -- "Move to theme…" and read-out mode: a new theme named by what is typed -------------------
def test_move_to_theme_says_so_when_the_words_would_name_a_new_theme(panel, doc, qtbot):
    doc.names_to_watch = ("Winifred Okafor",)
    panel.scene.cards[("n5", None)].setSelected(True)
    seen = {}

    def type_and_look(dialog):
        hint = dialog.detail_hint
        qtbot.keyClicks(dialog.filter, "Mrs Patel said so")
        seen["new"] = hint.text() if hint.isVisible() else ""
        dialog.filter.setText("never know")  # an existing theme: no new name is typed
        seen["existing"] = hint.isVisible()
        dialog.filter.setText("I feel lonely")  # a new theme, plain words
        seen["plain"] = hint.isVisible()
        dialog.filter.setText("I miss Winifred Okafor")
        seen["watched"] = hint.text() if hint.isVisible() else ""
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    _answer(type_and_look)
    assert panel.ask_move()
    assert NEW_SAID in seen["new"] and "Patel" not in seen["new"]
    assert seen["existing"] is False and seen["plain"] is False
    assert "“I miss [name]”" in seen["watched"] and "Winifred" not in seen["watched"]
    assert any(t.name == "I miss Winifred Okafor" for t in doc.workshop.themes)


def test_read_out_says_so_when_the_words_would_name_a_new_theme(panel, doc, qtbot):
    panel.set_kinds([Kind.NOT_WORKING])
    panel.toggle_readout(True)
    readout = panel.readout
    hint = readout.detail_hint
    qtbot.keyClicks(readout.theme_box, "never know")
    assert hint.isHidden()  # Enter would put the card in an existing theme
    readout.theme_box.clear()
    qtbot.keyClicks(readout.theme_box, "Mrs Patel said so")
    assert hint.isVisible()
    assert NEW_SAID in hint.text() and "Patel" not in hint.text()
    assert hint.geometry().top() > readout.theme_box.geometry().bottom()
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_Return)  # never blocked
    assert any(t.name == "Mrs Patel said so" for t in doc.workshop.themes)
    assert hint.isHidden()  # the box is empty for the next card
    qtbot.keyClicks(readout.theme_box, "I feel alone at night")
    assert hint.isHidden()
