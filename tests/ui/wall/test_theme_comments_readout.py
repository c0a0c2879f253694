"""Comment on theme… (Shift+F2) in read-out mode: the method has the room comment as the cards
are read out, and the action was greyed there (Esc first). It now opens on the theme of the card
read out, adding a comment as one undo step; on a card in no theme yet it says why under the
page, in words, where the greyed key had done nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from wall_helpers import undo_redo

from wtfc.model.workshop import Kind
from wtfc.ui.wall.theme_comments import ThemeCommentsDialog
from wtfc.ui.wall.theme_prompts import NO_THEME_READ_OUT

SAID = "This is not new, but it feels more powerful when people say it together"


def _readout(panel, qtbot):
    panel.set_kinds([Kind.NOT_WORKING])
    panel.set_current_theme("good")  # chosen on the wall, which read-out hides
    qtbot.keyClick(panel.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert panel.readout_active()
    return panel.readout


def _shift_f2(qtbot, readout) -> None:
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)


def test_shift_f2_in_read_out_adds_a_comment_on_the_card_s_theme(panel, doc, undo, qtbot,
                                                                monkeypatch):
    readout = _readout(panel, qtbot)
    readout.show_card("n4")  # in "I never know who is coming"
    comment = panel.wall_actions.comment
    assert comment.isEnabled()
    assert "“I never know who is coming”, the theme of the card read out" in comment.toolTip()
    shown: list[ThemeCommentsDialog] = []

    def said_and_added(dialog: ThemeCommentsDialog) -> int:
        """The facilitator types what was said and presses Add, then Close."""
        shown.append(dialog)
        dialog.words.setPlainText(SAID)
        dialog.add.click()
        return 0

    monkeypatch.setattr(ThemeCommentsDialog, "exec", said_and_added)
    _shift_f2(qtbot, readout)
    assert [d.theme_id for d in shown] == ["staff"]
    assert doc.theme("staff").comments == [SAID]
    assert doc.theme("good").comments == []  # not the wall's hidden choice
    assert undo.stack.undoText() == "Comment on 'I never know who is coming'"
    assert panel.readout_active() and readout.card_id == "n4"  # read-out goes on as it was
    assert readout.theme_box.hasFocus()  # where the next card's theme is typed

    def done():
        assert doc.theme("staff").comments == [SAID]

    def undone():
        assert doc.theme("staff").comments == []

    undo_redo(undo, done, undone)


def test_on_a_card_in_no_theme_it_says_why_rather_than_nothing(panel, doc, qtbot, monkeypatch):
    readout = _readout(panel, qtbot)
    assert readout.card_id == "n5"  # not yet in a theme
    comment = panel.wall_actions.comment
    assert comment.isEnabled() and NO_THEME_READ_OUT in comment.toolTip()
    opened: list[str] = []
    monkeypatch.setattr(
        "wtfc.ui.wall.theme_comments.open_theme_comments",
        lambda _parent, _doc, _undo, theme_id, **_k: opened.append(theme_id),
    )
    _shift_f2(qtbot, readout)
    assert opened == []
    notice = panel.wall_actions.notice
    assert notice.isVisible() and "Esc" in notice.text() and "not in a theme yet" in notice.text()
    # the card put in a theme (Alt+1: "I feel like a package"), then Page Up back to it
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert "n5" in doc.theme("package").card_ids
    readout.show_card("n5")
    assert "“I feel like a package”" in comment.toolTip()
    _shift_f2(qtbot, readout)
    assert opened == ["package"]


def test_leaving_read_out_goes_back_to_the_wall_s_theme(panel, qtbot, monkeypatch):
    readout = _readout(panel, qtbot)
    readout.show_card("n4")
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_Escape)
    assert not panel.readout_active()
    comment = panel.wall_actions.comment
    assert comment.isEnabled() and "the card read out" not in comment.toolTip()
    opened: list[str] = []
    monkeypatch.setattr(
        "wtfc.ui.wall.theme_comments.open_theme_comments",
        lambda _parent, _doc, _undo, theme_id, **_k: opened.append(theme_id),
    )
    comment.trigger()
    assert opened == ["good"]



def test_the_why_goes_once_the_card_read_out_is_in_a_theme(panel, doc, qtbot):
    """The line under the page went on saying the card was in no theme after it was put in
    one, over the next cards too."""
    readout = _readout(panel, qtbot)
    _shift_f2(qtbot, readout)  # n5, in no theme yet
    notice = panel.wall_actions.notice
    assert notice.isVisible() and NO_THEME_READ_OUT in notice.text()
    readout.show_card("n4")  # a card in a theme: the line would not say what is so
    assert not notice.isVisible()
    readout.show_card("n5")
    _shift_f2(qtbot, readout)
    assert notice.isVisible()
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert "n5" in doc.theme("package").card_ids
    assert not notice.isVisible()
    readout.show_card("n5")  # back to it: in a theme now
    assert not notice.isVisible()


def test_the_why_goes_with_read_out(panel, qtbot):
    """Esc back to the wall: the line stayed under the wall for the rest of the session."""
    readout = _readout(panel, qtbot)
    _shift_f2(qtbot, readout)
    notice = panel.wall_actions.notice
    assert notice.isVisible()
    qtbot.keyClick(readout.theme_box, Qt.Key.Key_Escape)
    assert not panel.readout_active()
    assert not notice.isVisible()
