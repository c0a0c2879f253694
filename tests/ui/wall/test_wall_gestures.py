"""Each wall operation through the function its gesture calls: do, then undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from wall_helpers import undo_redo

from tests.ui.settled import settle
from wtfc.model.workshop import Kind
from wtfc.ui.wall.theme_picker import ThemeChoice


def _themes_of(doc, card_id):
    return doc.themes_of_card().get(card_id, [])


def test_dragging_a_card_onto_a_theme_moves_it_and_counts_update(panel, doc, undo):
    view, scene = panel.view, panel.scene
    item = scene.cards[("n1", "package")]
    item.setPos(item.pos().x() + 400, item.pos().y())  # the mouse moved it…
    done = view.drop_cards([item.key], scene.blocks["staff"])  # …and let go over "staff"
    assert done
    assert ("n1", "staff") in scene.cards and ("n1", "package") not in scene.cards
    assert scene.blocks["staff"].count == 3 and scene.blocks["package"].count == 2
    assert undo.stack.count() == 1
    undo_redo(undo, lambda: _themes_of(doc, "n1") == ["staff"],
              lambda: _themes_of(doc, "n1") == ["package"])
    assert scene.blocks["package"].count == 2


def test_dropping_on_empty_wall_snaps_the_card_back(panel, undo):
    scene = panel.scene
    item = scene.cards[("n1", "package")]
    home = item.pos()
    item.setPos(home.x() + 5000, home.y())
    assert not panel.view.drop_cards([item.key], None)
    assert scene.cards[("n1", "package")].pos() == home
    assert undo.stack.count() == 0


def test_a_selection_from_two_themes_moves_as_one_undo_step(panel, doc, undo):
    scene = panel.scene
    for key in (("n1", "package"), ("n4", "staff"), ("n5", None)):
        scene.cards[key].setSelected(True)
    assert panel.gestures.drop(panel.selected_placements(), "staff")
    assert undo.stack.count() == 1
    assert set(doc.theme("staff").card_ids) == {"n1", "n3", "n4", "n5"}
    undo.stack.undo()
    assert doc.theme("staff").card_ids == ["n3", "n4"]
    assert doc.theme("package").card_ids == ["n1", "n2", "n3"]
    undo.stack.redo()
    assert set(doc.theme("staff").card_ids) == {"n1", "n3", "n4", "n5"}


def test_dragging_out_to_unsorted_takes_the_card_out(panel, doc, undo):
    scene = panel.scene
    unsorted = scene.blocks["unsorted:not_working"]
    assert panel.view.drop_cards([("n4", "staff")], unsorted)
    assert ("n4", None) in scene.cards
    assert "n4" in {c.id for c in doc.unsorted_cards()}
    undo_redo(undo, lambda: None, lambda: None)
    assert ("n4", None) in scene.cards


def test_ctrl_drag_copies_into_a_second_theme(panel, doc, undo):
    assert panel.view.drop_cards([("n1", "package")], panel.scene.blocks["staff"], copy=True)
    assert ("n1", "package") in panel.scene.cards and ("n1", "staff") in panel.scene.cards
    assert panel.scene.cards[("n1", "staff")].themes_count == 2
    undo.stack.undo()
    assert ("n1", "staff") not in panel.scene.cards


def test_a_card_of_another_kind_is_refused_and_nothing_changes(panel, doc, undo, monkeypatch):
    told = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda parent, title, text: told.append(text))
    assert not panel.view.drop_cards([("w2", None)], panel.scene.blocks["package"])
    assert told and "can only hold" in told[0]
    assert undo.stack.count() == 0 and ("w2", None) in panel.scene.cards


def test_new_theme_from_selection(panel, doc, undo, monkeypatch):
    panel.scene.cards[("n5", None)].setSelected(True)
    panel.scene.cards[("n4", "staff")].setSelected(True)
    monkeypatch.setattr(panel, "ask_text", lambda *a, **k: "I feel alone")
    theme_id = panel.ask_new_theme()
    assert doc.theme(theme_id).name == "I feel alone"
    assert set(doc.theme(theme_id).card_ids) == {"n4", "n5"}
    assert doc.theme("staff").card_ids == ["n3"]
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.get("themes", theme_id) is None and doc.theme("staff").card_ids == ["n3", "n4"]
    undo.stack.redo()
    assert theme_id in panel.scene.blocks


def test_a_new_theme_is_listed_and_numbered_with_its_kind(show, monkeypatch):
    """A new "What's working" theme showed on the wall under What's working, but the outline
    put it after the future themes, unnumbered: Alt+number and the list disagreed with it."""
    from wall_fixtures import demo_sized_document

    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel

    doc = demo_sized_document()  # 3 working themes, 5 not working, 3 future
    undo = UndoAdapter(doc)
    panel = show(WallPanel(doc, undo), 1366, 700)
    unsorted = [c for c in doc.unsorted_cards() if c.kind == Kind.WORKING]
    panel.view.focus_card(panel.scene.cards[(unsorted[0].id, None)])
    monkeypatch.setattr(panel, "ask_text", lambda *a, **k: "I like the lunch club")
    theme_id = panel.ask_new_theme()

    def rows():
        model = panel.outline.model_
        return [model.item(r).text() for r in range(model.rowCount())]

    assert rows()[3].startswith("4. ✓ I like the lunch club (1)"), rows()  # after the ✓ three
    assert rows()[4].startswith("5. ✗ ")
    assert panel.scene.blocks[theme_id].title == "4. I like the lunch club"
    assert panel.numbered_themes()[3] == theme_id
    assert [t.kind for t in doc.workshop.themes][:4] == [Kind.WORKING] * 4  # the file too
    undo.stack.undo()
    assert rows()[3].startswith("4. ✗ ")


def test_rename_in_place_with_the_temporary_editor(panel, doc, undo, qtbot):
    editor = panel.view.start_rename("package")
    assert editor is not None and editor.text() == "I feel like a package"
    editor.setText("I feel like a parcel")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.theme("package").name == "I feel like a parcel"
    # Alt+2 reaches it: "I like my day centre" is 1, first on the wall (What's working)
    assert panel.scene.blocks["package"].title == "2. I feel like a parcel"
    undo_redo(undo, lambda: None, lambda: None)
    assert doc.theme("package").name == "I feel like a parcel"


def test_escape_cancels_the_rename(panel, doc, undo, qtbot):
    editor = panel.view.start_rename("package")
    editor.setText("Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert doc.theme("package").name == "I feel like a package" and undo.stack.count() == 0


def test_merge_two_themes(panel, doc, undo, monkeypatch):
    panel.set_current_theme("staff")
    monkeypatch.setattr(panel, "pick_theme", lambda *a, **k: ThemeChoice("package"))
    assert panel.theme_prompts.ask_merge()
    assert doc.get("themes", "staff") is None
    assert doc.theme("package").card_ids == ["n1", "n2", "n3", "n4"]
    assert "staff" not in panel.scene.blocks
    undo.stack.undo()
    assert doc.theme("staff").card_ids == ["n3", "n4"] and "staff" in panel.scene.blocks


def test_split_chosen_cards_off_a_theme(panel, doc, undo, monkeypatch):
    panel.scene.cards[("n1", "package")].setSelected(True)
    panel.set_current_theme("package")
    monkeypatch.setattr(panel, "ask_text", lambda *a, **k: "Carers keep changing")
    assert panel.theme_prompts.ask_split()
    new = next(t for t in doc.workshop.themes if t.name == "Carers keep changing")
    assert new.card_ids == ["n1"] and doc.theme("package").card_ids == ["n2", "n3"]
    undo_redo(undo, lambda: None, lambda: None)
    assert doc.theme("package").card_ids == ["n2", "n3"]


def test_delete_theme_returns_its_cards_to_unsorted(panel, doc, undo):
    panel.set_current_theme("package")
    assert panel.theme_prompts.delete_current_theme()
    assert {"n1", "n2"} <= {c.id for c in doc.unsorted_cards()}
    assert ("n1", None) in panel.scene.cards and "package" not in panel.scene.blocks
    undo.stack.undo()
    assert doc.theme("package").card_ids == ["n1", "n2", "n3"]


def test_move_to_theme_dialog_path_and_new_theme_by_typing(panel, doc, undo, monkeypatch):
    panel.scene.cards[("n5", None)].setSelected(True)
    monkeypatch.setattr(panel, "pick_theme", lambda *a, **k: ThemeChoice("package"))
    assert panel.ask_move()
    assert "n5" in doc.theme("package").card_ids
    panel.scene.clearSelection()
    panel.scene.cards[("w2", None)].setSelected(True)
    monkeypatch.setattr(panel, "pick_theme", lambda *a, **k: ThemeChoice(None, "I have help"))
    assert panel.ask_move()
    assert [t.card_ids for t in doc.workshop.themes if t.name == "I have help"] == [["w2"]]
    assert undo.stack.count() == 2


def test_alt_number_moves_the_selection_to_the_numbered_theme(panel, doc, undo):
    panel.scene.cards[("n5", None)].setSelected(True)
    assert panel.numbered_themes() == ["good", "package", "staff"]  # the wall's lanes' order
    assert panel.move_selection_to_numbered(3)
    assert "n5" in doc.theme("staff").card_ids


def test_held_back_card_actions(panel, doc, undo, monkeypatch):
    item = panel.scene.cards[("n6", None)]
    assert item.card.held_back
    item.setSelected(True)
    assert panel.redact_selection()
    assert doc.card("n6").text == "[name] told me the bus is gone"
    assert not doc.card("n6").held_back
    undo.stack.undo()
    assert doc.card("n6").held_back
    assert panel.mark_selection_fine()
    assert not doc.card("n6").held_back and doc.card("n6").text.startswith("Dennis")
    undo.stack.undo()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Cancel)
    assert not panel.ask_edit_card()  # its words would show: only if the facilitator says so
    assert panel.card_editor.dialog is None
    assert "([name])" in asked[0] and "Dennis" not in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert panel.ask_edit_card()  # the card dialog (test_wall_card_editor.py)
    panel.card_editor.dialog.words.setPlainText("My friend told me the bus is gone")
    panel.card_editor.dialog.accept()
    assert doc.card("n6").text == "My friend told me the bus is gone"
    undo_redo(undo, lambda: None, lambda: None)


def test_edited_words_are_checked_for_personal_details_again(panel, doc):
    assert panel.gestures.edit_text("n5", "Mrs Patel is lonely in the evenings")
    assert doc.card("n5").held_back


def test_kind_filter_shows_only_that_kind(panel):
    panel.set_kinds([panel.doc.card("w1").kind])
    kinds = {item.card.kind for item in panel.scene.cards.values()}
    assert kinds == {panel.doc.card("w1").kind}
    assert "package" not in panel.scene.blocks
    panel.filter_actions["all"].trigger()
    assert "package" in panel.scene.blocks


def test_arrow_keys_move_focus_and_delete_takes_out(panel, doc, undo, qtbot):
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)
    first = panel.scene.focusItem()
    assert first is not None
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    second = panel.scene.focusItem()
    assert second is not first and second.isSelected()
    if second.theme_id is None:
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
        second = panel.scene.focusItem()
    card_id, theme_id = second.key
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    if theme_id is not None:
        assert theme_id not in doc.themes_of_card().get(card_id, [])
        assert undo.stack.count() == 1


def test_outline_does_the_same_operations(panel, doc, undo, qtbot):
    outline = panel.outline
    assert outline.select_card("n1", "package")
    assert panel.selected_placements() == [("n1", "package")]
    assert panel.move_selection_to_numbered(3)
    assert doc.theme("staff").card_ids[-1] == "n1"
    labels = [outline.model_.item(r).text() for r in range(outline.model_.rowCount())]
    assert labels[0].startswith("1. ✓ I like my day centre (1)")  # as on the wall
    assert labels[1].startswith("2. ✗ I feel like a package (2)")
    assert labels[-1].startswith("Not yet in a theme")
    outline.setFocus()
    assert outline.select_card("n4", "staff")
    qtbot.keyClick(outline, Qt.Key.Key_Delete)
    assert "n4" not in doc.theme("staff").card_ids


def test_every_control_has_an_accessible_name(panel):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QTreeView

    for kind in (QAbstractButton, QLineEdit, QListWidget, QTreeView):
        for widget in panel.findChildren(kind):
            assert widget.accessibleName(), widget
    assert panel.view.accessibleName() and panel.outline.accessibleName()


def _whole_wall_in_view(panel) -> bool:
    view = panel.view
    shown = view.mapFromScene(panel.scene.sceneRect()).boundingRect()
    return view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)


def test_after_fit_all_the_whole_wall_stays_in_view_when_the_view_changes_shape(panel, qtbot):
    """Opening the suggestions panel or moving to another screen keeps "Fit all" true (while
    the words stay readable: tests/ui/wall/test_wall_zoom.py); after zooming in, a change of
    shape leaves the zoom alone."""
    panel.view.fit_all()
    panel.wall_actions.show_suggestions.trigger()  # the view gets narrower
    settle()
    assert _whole_wall_in_view(panel)
    panel.resize(1500, 800)  # another shape
    settle()
    assert _whole_wall_in_view(panel)

    panel.view.zoom_by(3.0)
    zoom = panel.view.scale_factor()
    panel.resize(1300, 800)
    settle()
    assert panel.view.scale_factor() == zoom and not _whole_wall_in_view(panel)


def test_a_wall_opens_whole_when_its_words_show_that_way(panel, qtbot):
    settle()  # the opening view is set once the panel is up
    assert _whole_wall_in_view(panel)


def test_a_wall_too_big_to_read_whole_opens_readable_from_the_top_left(show, qtbot):
    """A 96-card wall on a small laptop would open as grey bars: it opens at 10 px words from
    the top left instead (What's working, where the method starts); Ctrl+0 still fits it."""
    from wall_fixtures import demo_sized_document

    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel

    doc = demo_sized_document()
    small = show(WallPanel(doc, UndoAdapter(doc)), 900, 600)
    settle()
    view = small.view
    assert view.scale_factor() * 17 >= 9.9  # card words, in pixels on screen
    corner = view.mapFromScene(small.scene.sceneRect().topLeft())
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(corner)
    assert not _whole_wall_in_view(small)
    small.wall_actions.fit.trigger()  # Ctrl+0
    settle()  # the scroll bars go, and the fit follows the larger view
    assert _whole_wall_in_view(small)


def _readable_from_the_top_left(panel) -> bool:
    view = panel.view
    corner = view.mapFromScene(panel.scene.sceneRect().topLeft())
    return view.scale_factor() * 17 >= 9.9 and \
        view.viewport().rect().adjusted(-2, -2, 2, 2).contains(corner)


def test_a_wall_filled_while_its_page_was_hidden_opens_readable_when_first_shown(qtbot):
    """The window builds the Theme page at once (the room view needs it); a file opened on
    Collect fills it while hidden. It opened as coloured bars (the whole wall fitted, and kept
    fitted) instead of readable words from the top left, as opening it on Theme gives."""
    from wall_fixtures import demo_sized_document

    from wtfc.model.document import Document
    from wtfc.model.workshop import Workshop
    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel

    doc = Document(Workshop())
    panel = WallPanel(doc, UndoAdapter(doc))
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    settle()  # the empty wall's opening, while hidden
    doc.replace_workshop(demo_sized_document().workshop)  # a file opened on another page
    settle()
    panel.show()
    qtbot.waitExposed(panel)
    settle()
    assert _readable_from_the_top_left(panel)
    panel.resize(920, 620)  # laid out again: the opening view stays (it is not "Fit all")
    settle()
    assert _readable_from_the_top_left(panel)


def test_going_from_collect_to_theme_shows_the_wall_readable(qtbot, tmp_path, monkeypatch):
    """As the review did it: a window at 1366×768 opens a workshop on Collect, then Ctrl+3."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox
    from wall_fixtures import demo_sized_document

    from wtfc.model.storage import save_workshop
    from wtfc.model.workshop import Stage
    from wtfc.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    path = tmp_path / "collect.wtfc"
    workshop = demo_sized_document().workshop.model_copy(update={"stage": Stage.COLLECT})
    save_workshop(workshop, path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(path, as_copy=True, confirmed=True)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    settle()  # on Collect a while
    window.go_to_stage(Stage.THEME)
    settle()
    assert _readable_from_the_top_left(window.page(Stage.THEME))
