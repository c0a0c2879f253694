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


def test_new_theme_and_move_are_on_only_while_cards_are_chosen(panel, doc, undo, qtbot,
                                                                monkeypatch):
    """They stayed on with nothing chosen, and a click or N / M did nothing at all (Rename
    greys out). Greyed, their tips say why; a key that reaches the wall says it under it."""
    actions = panel.wall_actions
    new_theme, move, copy = actions.new_theme, actions.move, actions.copy
    for action in (new_theme, move, copy):
        assert not action.isEnabled()
        assert action.toolTip().endswith(". Choose one or more cards first.")
    assert not _button(panel.toolbar, new_theme).isEnabled()
    panel.view.setFocus()
    for key in (Qt.Key.Key_N, Qt.Key.Key_M, Qt.Key.Key_C):
        actions.notice.clear()
        qtbot.keyClick(panel.view, key)
        assert actions.notice.isVisible()
        assert actions.notice.text().startswith("⚠ Choose one or more cards first")
    assert undo.stack.count() == 0

    panel.view.focus_card(panel.scene.cards[("n5", None)])
    assert all(a.isEnabled() for a in (new_theme, move, copy))
    assert new_theme.toolTip() == "Make a theme of the chosen cards (N)"
    assert actions.notice.isHidden()  # said, and done with
    monkeypatch.setattr(panel, "ask_text", lambda *a, **k: "I feel alone")
    qtbot.keyClick(panel.view, Qt.Key.Key_N)  # the action's key again
    assert [t.name for t in doc.workshop.themes if "n5" in t.card_ids] == ["I feel alone"]
    panel.scene.clearSelection()
    assert not move.isEnabled()
    panel.outline.setFocus()
    panel.outline.select_theme("staff")  # a theme's row: no card chosen
    assert not move.isEnabled() and panel.wall_actions.rename.isEnabled()


def test_new_theme_and_move_with_an_empty_workshop_say_why_they_do_nothing(qtbot, show):
    from wtfc.model.document import Document
    from wtfc.model.workshop import Workshop
    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel

    doc = Document(Workshop())
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1200, 800)
    assert not panel.wall_actions.new_theme.isEnabled()
    assert not panel.wall_actions.move.isEnabled()
    assert panel.ask_new_theme() is None and not panel.ask_move()
    assert panel.wall_actions.notice.isVisible()
    assert "Choose one or more cards first" in panel.wall_actions.notice.text()


def test_a_read_only_file_says_so_when_n_or_m_is_pressed_on_a_chosen_card(panel, undo, qtbot):
    """The line saying it appeared, shortened the wall, and the wall's relayout (cards
    chosen) cleared it at once: nothing was seen. Greyed, the tips said no reason."""
    undo.read_only = True
    panel._apply_read_only()
    panel.view.setFocus()
    panel.view.focus_card(panel.scene.cards[("n5", None)])
    actions = panel.wall_actions
    assert actions.move.toolTip().endswith("This workshop is open read-only, so it can't be "
                                           "changed.")
    for key in (Qt.Key.Key_M, Qt.Key.Key_N):
        qtbot.keyClick(panel.view, key)
        qtbot.wait(20)
        assert actions.notice.isVisible() and "read-only" in actions.notice.text()
