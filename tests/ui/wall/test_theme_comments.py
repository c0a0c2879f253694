"""Comment on theme… (Shift+F2, the wall's and the outline's theme menus): the room's comments
on a theme, added, changed and deleted in the Theme page's dialog, each an undo step. Before,
the report printed theme comments that nothing on screen could add or show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMenuBar
from wall_helpers import undo_redo

from wtfc.model.operations.themes import add_theme_comment
from wtfc.ui.shortcut_help import shortcut_groups
from wtfc.ui.wall.theme_comments import ThemeCommentsDialog

SAID = "This is not new, but it feels more powerful when people say it together"


@pytest.fixture
def opened(monkeypatch):
    """The theme ids Comment on theme… opened the dialog for (instead of showing it)."""
    seen: list[str] = []
    monkeypatch.setattr(
        "wtfc.ui.wall.theme_comments.open_theme_comments",
        lambda _parent, _doc, _undo, theme_id, **_k: seen.append(theme_id),
    )
    return seen


def _dialog(qtbot, panel, theme_id="package"):
    dialog = ThemeCommentsDialog(panel.doc, panel.undo, theme_id, parent=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _listed(dialog):
    return [dialog.comments.item(i).text() for i in range(dialog.comments.count())]


def _lists(dialog, *expected):
    """A check for ``undo_redo``: the dialog (following the document) lists ``expected``."""

    def check():
        assert _listed(dialog) == list(expected)

    return check


def test_the_wall_and_outline_menus_and_shift_f2_offer_comment_on_theme(panel, qtbot, opened):
    menu = QMenu()
    panel.set_current_theme("staff")
    panel.wall_actions.add_theme_actions(menu)
    assert "Comment on theme…" in [a.text() for a in menu.actions()]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert opened == ["staff"]
    panel.outline.setFocus()  # the outline's own F2 renames; Shift+F2 still comments
    panel.set_current_theme("good")
    qtbot.keyClick(panel.outline, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    assert opened == ["staff", "good"]


def test_f1_lists_shift_f2(panel):
    rows = shortcut_groups(QMenuBar(), panel, "On this page")[0].rows
    assert ("Shift+F2", "Comment on theme…") in rows


def test_no_theme_chosen_greys_it_out(panel, opened):
    panel.set_current_theme(None)
    assert not panel.wall_actions.comment.isEnabled()
    panel.wall_actions.comment.trigger()
    assert opened == []


def test_add_a_comment_then_undo_and_redo(panel, doc, undo, qtbot):
    dialog = _dialog(qtbot, panel)
    assert dialog.empty.isVisible() and not dialog.add.isEnabled()
    dialog.words.setPlainText(SAID)
    dialog.add.click()
    assert doc.theme("package").comments == [SAID]
    assert _listed(dialog) == [SAID] and dialog.words.toPlainText() == ""
    assert undo.stack.undoText() == "Comment on 'I feel like a package'"
    # the dialog follows the undo too
    undo_redo(undo, _lists(dialog, SAID), _lists(dialog))
    assert not dialog.empty.isVisible()


def test_change_a_chosen_comment_then_undo_and_redo(panel, doc, undo, qtbot):
    add_theme_comment(doc, theme_id="package", comment="Inform market development").do(doc)
    add_theme_comment(doc, theme_id="package", comment="Spread this practice").do(doc)
    dialog = _dialog(qtbot, panel)
    assert not dialog.save.isEnabled() and not dialog.delete.isEnabled()
    dialog.comments.setCurrentRow(1)
    assert dialog.words.toPlainText() == "Spread this practice"
    assert not dialog.save.isEnabled()  # the same words: nothing to save
    dialog.words.setPlainText("Spread this practice to every area")
    dialog.save.click()
    assert undo.stack.undoText() == "Edit a comment on 'I feel like a package'"
    undo_redo(
        undo,
        _lists(dialog, "Inform market development", "Spread this practice to every area"),
        _lists(dialog, "Inform market development", "Spread this practice"),
    )
    assert doc.theme("package").comments[1] == "Spread this practice to every area"


def test_delete_a_chosen_comment_then_undo_and_redo(panel, doc, undo, qtbot):
    add_theme_comment(doc, theme_id="good", comment="Inform market development").do(doc)
    add_theme_comment(doc, theme_id="good", comment="Spread this practice").do(doc)
    dialog = _dialog(qtbot, panel, "good")
    dialog.comments.setCurrentRow(0)
    dialog.delete.click()
    assert doc.theme("good").comments == ["Spread this practice"]
    assert undo.stack.undoText() == "Delete a comment on 'I like my day centre'"
    assert dialog.comments.currentRow() == -1 and not dialog.delete.isEnabled()
    undo_redo(
        undo,
        _lists(dialog, "Spread this practice"),
        _lists(dialog, "Inform market development", "Spread this practice"),
    )


def test_a_personal_detail_in_a_comment_is_pointed_out_and_not_stopped(panel, doc, qtbot):
    dialog = _dialog(qtbot, panel)
    dialog.words.setPlainText("Ring me on 07700 900123 about it")
    assert dialog.detail_hint.isVisible()
    assert "07700" not in dialog.detail_hint.text()  # quoted as its kind
    assert dialog.add.isEnabled()


def test_a_read_only_file_shows_the_comments_but_cannot_change_them(panel, doc, undo, qtbot):
    add_theme_comment(doc, theme_id="package", comment=SAID).do(doc)
    undo.read_only = True
    panel._apply_read_only()
    panel.set_current_theme("package")
    assert panel.wall_actions.comment.isEnabled()
    dialog = _dialog(qtbot, panel)
    dialog.comments.setCurrentRow(0)
    assert _listed(dialog) == [SAID] and dialog.read_only.isVisible()
    assert not any(b.isEnabled() for b in (dialog.add, dialog.save, dialog.delete))


def test_it_opens_ready_for_a_new_comment_and_the_list_is_chosen_from_by_keys(
    panel, doc, undo, qtbot, message_boxes
):
    """It opened with the list focused and Qt's first comment chosen, its words in the box:
    typing went to the list, and typing in the box then Save changes overwrote comment 1."""
    add_theme_comment(doc, theme_id="package", comment="Inform market development").do(doc)
    add_theme_comment(doc, theme_id="package", comment="Spread this practice").do(doc)
    dialog = _dialog(qtbot, panel)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.words)
    assert dialog.comments.currentRow() == -1 and dialog.words.toPlainText() == ""
    qtbot.keyClicks(dialog.focusWidget(), "Transport")
    assert dialog.words.toPlainText() == "Transport"
    assert dialog.add.isEnabled() and dialog.add.isDefault() and not dialog.save.isEnabled()
    # Shift+Tab to the list neither chooses a comment nor puts its words over the typing
    qtbot.keyClick(dialog.words, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.comments
    assert dialog.comments.currentRow() == -1 and dialog.words.toPlainText() == "Transport"
    # an arrow would put a comment's words over the typing: asked first (Keep editing here)
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Down)
    assert message_boxes == [("asked", "Discard this new comment?")]
    assert dialog.comments.currentRow() == -1 and dialog.words.toPlainText() == "Transport"
    assert dialog.focusWidget() is dialog.words
    dialog.words.clear()
    qtbot.keyClick(dialog.words, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Down)  # nothing typed: the arrows choose one
    assert dialog.words.toPlainText() == "Inform market development"
    assert dialog.save.isEnabled() is False and dialog.delete.isEnabled()
    dialog.add.click()  # not offered: the chosen comment's own words
    assert doc.theme("package").comments == ["Inform market development", "Spread this practice"]


def test_tab_goes_list_box_buttons_then_close(panel, qtbot):
    dialog = _dialog(qtbot, panel)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    wanted = [dialog.comments, dialog.words, dialog.add, dialog.save, dialog.delete, close]
    chain, widget = [], dialog.comments
    for _ in range(50):
        if widget in wanted and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == wanted
