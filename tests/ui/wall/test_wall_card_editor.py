"""The wall's "Edit card…" is the Collect page's card dialog: the words in a box of several
lines, the guard's verdict as they are typed, and Save as one undoable edit.

Small workshop (wall_fixtures): n5 "I am lonely in the evenings" is unsorted, n1 is in the
"package" theme.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from wtfc.model.workshop import Kind
from wtfc.ui.card_dialog import KIND_KEPT, CardDialog


def _open_on(panel, key):
    panel.view.focus_card(panel.scene.cards[key])
    panel.wall_actions.edit.trigger()  # right-click → Edit card…
    dialog = panel.card_editor.dialog
    assert isinstance(dialog, CardDialog) and dialog.isVisible()
    return dialog


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_edit_card_shows_the_words_in_a_box_of_several_lines_and_the_guard_as_one_types(
        panel, doc, undo, qtbot):
    dialog = _open_on(panel, ("n5", None))
    assert isinstance(dialog.words, QPlainTextEdit) and dialog.focusWidget() is dialog.words
    assert dialog.words.toPlainText() == "I am lonely in the evenings"
    assert dialog.words.height() > 2 * dialog.fontMetrics().lineSpacing()  # not one line
    assert dialog.verdict.text() == "No personal details found."
    dialog.words.selectAll()
    qtbot.keyClicks(dialog.words, "Mrs Patel is lonely in the evenings")
    assert dialog.verdict.text().startswith("⚠ Possible personal details: Mrs Patel")
    _save(dialog)
    assert doc.card("n5").text == "Mrs Patel is lonely in the evenings"
    assert doc.card("n5").held_back  # the same verdict the dialog gave
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.card("n5").text == "I am lonely in the evenings" and not doc.card("n5").held_back
    undo.stack.redo()
    assert doc.card("n5").held_back
    assert panel.card_editor.dialog is None


def test_cancel_and_unchanged_words_make_no_undo_step(panel, undo):
    _open_on(panel, ("n5", None)).reject()
    _save(_open_on(panel, ("n5", None)))
    assert undo.stack.count() == 0


def test_a_card_in_a_theme_keeps_its_kind_an_unsorted_card_may_change_it(panel, doc, undo):
    dialog = _open_on(panel, ("n1", "package"))
    assert not dialog.kind_box.isEnabled() and dialog.kind_box.toolTip() == KIND_KEPT
    assert dialog.kind_box.accessibleDescription() == KIND_KEPT  # a screen reader hears why
    dialog.reject()
    dialog = _open_on(panel, ("n5", None))
    assert dialog.kind_box.isEnabled()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.FUTURE.value))
    _save(dialog)
    assert doc.card("n5").kind == Kind.FUTURE and undo.stack.count() == 1
    assert ("n5", None) in panel.scene.cards  # on the wall, in the future lane now


def test_each_edit_dialog_is_freed_once_saved_or_cancelled(panel, doc):
    """One dialog is made for every Edit card…: kept, a day's edits left each behind."""
    dialog = _open_on(panel, ("n5", None))
    dialog.words.setPlainText("I am lonely at weekends")
    _save(dialog)
    _open_on(panel, ("n5", None)).reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert panel.findChildren(CardDialog) == [] and panel.card_editor.dialog is None
    assert doc.card("n5").text == "I am lonely at weekends"  # what Save read still counts


def test_a_kind_changed_past_the_top_two_is_said_as_on_collect(panel, doc, undo):
    """P03 has two 'not working' cards (n5, n6): their 'working' w2 made 'not working' is said,
    a warning only, as Collect's Edit card… says it."""
    dialog = _open_on(panel, ("w2", None))
    assert dialog.hint.text() == ""  # P03's one 'working' card: nothing to say
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.NOT_WORKING.value))
    assert dialog.hint.text() == (
        "⚠ P03 already has 2 'not working' cards; the method takes each person's top two.")
    assert dialog.hint.label.isVisibleTo(dialog)
    _save(dialog)
    assert doc.card("w2").kind == Kind.NOT_WORKING and undo.stack.count() == 1
