"""A theme's name box left open while an Undo takes the theme away (the random facilitator,
seed 15): typing into the box and pressing Enter raised a KeyError traceback from the wall.
The box closes with nothing saved; a theme still there is renamed as typed."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt


def _a_new_theme(panel, monkeypatch) -> str:
    panel.scene.cards[("n5", None)].setSelected(True)
    monkeypatch.setattr(panel, "ask_text", lambda *a, **k: "I feel alone")
    return panel.ask_new_theme()


def test_an_undo_that_takes_the_theme_away_closes_its_name_box(panel, doc, undo, qtbot,
                                                               monkeypatch):
    theme_id = _a_new_theme(panel, monkeypatch)
    editor = panel.view.start_rename(theme_id)
    qtbot.keyClicks(editor, "Lonely")
    undo.stack.undo()  # the theme is gone: its box was left open, and Enter in it a traceback
    assert doc.get("themes", theme_id) is None
    assert panel.view._editor is None and not editor.isVisible()
    assert panel.view.name_hint is None
    assert undo.stack.count() == 1 and undo.stack.index() == 0  # nothing pushed; redo kept
    undo.stack.redo()
    assert doc.theme(theme_id).name == "I feel alone"


def test_enter_in_a_box_whose_theme_is_gone_saves_nothing(panel, doc, undo, qtbot, monkeypatch):
    """The wall laid out later (its page not on screen): the box is still open when its theme
    goes, and Enter (or leaving the box) closes it without a traceback."""
    theme_id = _a_new_theme(panel, monkeypatch)
    editor = panel.view.start_rename(theme_id)
    with QSignalBlocker(panel.scene):  # no relayout heard: the box stays
        undo.stack.undo()
    assert doc.get("themes", theme_id) is None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Lonely at night")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # was: KeyError from doc.theme()
    assert panel.view._editor is None and not editor.isVisible()
    assert undo.stack.count() == 1 and doc.get("themes", theme_id) is None


def test_a_theme_still_there_is_renamed_as_typed(panel, doc, undo, qtbot, monkeypatch):
    theme_id = _a_new_theme(panel, monkeypatch)
    editor = panel.view.start_rename(theme_id)
    editor.selectAll()
    qtbot.keyClicks(editor, "Lonely at night")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.theme(theme_id).name == "Lonely at night"
    undo.stack.undo()
    assert doc.theme(theme_id).name == "I feel alone"
    undo.stack.redo()
    assert doc.theme(theme_id).name == "Lonely at night"
