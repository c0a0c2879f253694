"""The wall's toolbar: Rename beside New theme and Move (F2 and the menus already had it), on
only while there is a theme to rename, and every button still shown on a 1366-wide laptop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from wtfc.model.workshop import Kind, Stage
from wtfc.ui.wall.theme_picker import ThemeChoice


def _button(toolbar, action) -> QToolButton:
    return next(b for b in toolbar.findChildren(QToolButton) if b.defaultAction() is action)


def test_the_rename_button_renames_the_chosen_cards_theme_in_place_as_one_undo_step(
        panel, doc, undo, qtbot):
    rename = panel.wall_actions.rename
    button = _button(panel.toolbar, rename)
    assert button.text() == "Rename" and button.isVisible()
    assert "F2" in button.toolTip()
    panel.view.setFocus()
    panel.view.focus_card(panel.scene.cards[("n4", "staff")])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = panel.view._editor  # the same editor F2 opens over the theme's name
    assert editor is not None and editor.text() == "I never know who is coming"
    editor.setText("I never know who is coming today")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.theme("staff").name == "I never know who is coming today"
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.theme("staff").name == "I never know who is coming"


def test_rename_is_on_only_while_there_is_a_theme_to_rename(panel, doc, undo, monkeypatch):
    rename = panel.wall_actions.rename
    assert not rename.isEnabled()  # nothing chosen yet
    panel.view.focus_card(panel.scene.cards[("n1", "package")])
    assert rename.isEnabled()
    panel.view.focus_card(panel.scene.cards[("n5", None)])  # an unsorted card: no theme
    assert not rename.isEnabled()
    panel.outline.setFocus()
    panel.outline.select_theme("staff")
    assert rename.isEnabled()
    monkeypatch.setattr(panel, "pick_theme", lambda *a, **k: ThemeChoice("package"))
    assert panel.theme_prompts.ask_merge()  # "staff" is gone into "package"
    assert not rename.isEnabled()
    undo.stack.undo()  # and back
    assert rename.isEnabled()
    panel.toggle_readout(True)  # the wall, and the theme chosen on it, are out of sight
    assert not rename.isEnabled()
    panel.toggle_readout(False)
    assert rename.isEnabled()
    undo.read_only = True
    panel._apply_read_only()
    assert not rename.isEnabled()


def test_zoom_to_theme_is_on_only_while_there_is_a_theme_to_zoom_to(panel, undo):
    zoom = panel.wall_actions.zoom_theme
    assert not zoom.isEnabled()  # before: a button that did nothing
    panel.view.focus_card(panel.scene.cards[("n1", "package")])
    assert zoom.isEnabled()
    undo.read_only = True  # looking is not editing: a read-only file can still zoom
    panel._apply_read_only()
    assert zoom.isEnabled()
    panel.view.focus_card(panel.scene.cards[("n5", None)])
    assert not zoom.isEnabled()


def test_renaming_a_theme_the_wall_filters_out_asks_in_a_dialog(panel, doc, monkeypatch):
    panel.view.focus_card(panel.scene.cards[("w1", "good")])
    panel.set_kinds([doc.theme("package").kind])  # F7: the working theme is not drawn
    monkeypatch.setattr(panel, "ask_text", lambda *a, **k: "I love my day centre")
    panel.wall_actions.rename.trigger()
    assert doc.theme("good").name == "I love my day centre"


def test_at_1366_by_768_every_wall_tool_shows_without_the_overflow(demo_window, qtbot):
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.THEME)
    page = demo_window.page(Stage.THEME)
    qtbot.waitUntil(lambda: page.toolbar.width() > 0 and page.isVisible())
    buttons = page.toolbar.findChildren(QToolButton)
    overflow = [b for b in buttons if b.objectName() == "qt_toolbar_ext_button"]
    assert not any(b.isVisible() for b in overflow)
    shown = [b for b in buttons if b.defaultAction() is not None]
    assert len(shown) == len([a for a in page.toolbar.actions() if not a.isSeparator()])
    assert all(b.isVisible() and b.geometry().right() < page.toolbar.width() for b in shown)


def test_zoom_to_theme_greys_out_when_the_filter_hides_the_theme(panel):
    zoom = panel.wall_actions.zoom_theme
    panel.view.focus_card(panel.scene.cards[("n1", "package")])  # a not-working theme
    assert zoom.isEnabled()
    panel.set_kinds((Kind.WORKING,))
    assert not zoom.isEnabled()
    panel.set_kinds((Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE))
    assert zoom.isEnabled() and panel.zoom_to_current_theme()


def test_rename_on_a_theme_off_screen_brings_it_into_view_with_its_editor(demo_window, qtbot):
    """The editor was put where the theme is, off the visible wall: typing renamed the theme
    unseen."""
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.THEME)
    page = demo_window.page(Stage.THEME)
    qtbot.waitUntil(lambda: page.isVisible() and page.splitter.sizes()[0] > 0)
    page.set_current_theme(demo_window.doc.workshop.themes[-1].id)
    page.view.setFocus()
    qtbot.mouseClick(_button(page.toolbar, page.wall_actions.rename), Qt.MouseButton.LeftButton)
    editor = page.view._editor
    assert editor is not None
    assert page.view.viewport().rect().contains(editor.geometry())
