"""Edit → Copy (Ctrl+C): what is chosen goes on the clipboard as words, to paste into an e-mail,
Word minutes, an Excel sheet or Teams, with only what that screen shows. The demo holds back
c45 ("Mrs Patel from the agency…", shown as "[name] from the agency…") and c52 (a phone number).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from wtfc.model.workshop import Stage
from wtfc.ui.boards.why_tree_view import WhyTreeView

PATEL = "Mrs Patel"


def press_copy(window, widget, qtbot) -> str:
    """Ctrl+C with ``widget`` holding the keyboard; the clipboard's text."""
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    QGuiApplication.clipboard().setText("(before)")
    QTest.keySequence(widget, QKeySequence.StandardKey.Copy)
    return QGuiApplication.clipboard().text()


def menu_offers_copy(window) -> bool:
    """Whether Copy is shown enabled in the Edit menu as it opens."""
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    edit.aboutToShow.emit()
    enabled = window.copy_action.isEnabled()
    edit.aboutToHide.emit()
    return enabled


def wall(window):
    window.go_to_stage(Stage.THEME)
    return window.page(Stage.THEME)


def test_chosen_wall_cards_copy_one_a_line_with_their_kind_and_no_held_back_words(
        demo_window, qtbot):
    panel = wall(demo_window)
    chosen = [item for (card_id, _), item in panel.scene.cards.items()
              if card_id in ("c45", "c01", "c02")]
    assert len(chosen) == 3
    panel.view.setFocus()
    for item in chosen:
        item.setSelected(True)
    assert menu_offers_copy(demo_window)
    text = press_copy(demo_window, panel.view, qtbot)
    lines = text.splitlines()
    assert len(lines) == 3
    assert "Not working: [name] from the agency is the only one who remembers I can't manage " \
           "buttons." in lines
    assert PATEL not in text
    assert all(line.split(": ", 1)[0] in ("Working", "Not working", "Future") for line in lines)
    html = QGuiApplication.clipboard().mimeData().html()
    assert html.count("<li>") == 3 and "can&#x27;t" in html  # escaped for Word
    assert demo_window.statusBar().currentMessage() == "Copied 3 cards"
    assert demo_window.undo.stack.count() == 0  # copying is no edit


def test_the_current_theme_copies_its_name_then_its_cards_indented(demo_window, qtbot):
    panel = wall(demo_window)
    theme = demo_window.doc.workshop.themes[0]
    panel.view.wall.clearSelection()
    panel.set_current_theme(theme.id)
    text = press_copy(demo_window, panel.view, qtbot)
    first, *cards = text.splitlines()
    assert first == theme.name
    assert len(cards) == len(theme.card_ids)
    assert all(line.startswith("    " + theme.kind.label + ": ") for line in cards)
    assert demo_window.statusBar().currentMessage() == \
        f"Copied 1 theme and its {len(theme.card_ids)} cards"


def test_the_outline_copies_chosen_themes_each_in_turn(demo_window, qtbot):
    panel = wall(demo_window)
    outline = panel.outline
    model = outline.model_
    outline.show()
    selection = outline.selectionModel()
    for row in (0, 1):
        selection.select(model.item(row).index(), selection.SelectionFlag.Select)
    text = press_copy(demo_window, outline, qtbot)
    one, two = demo_window.doc.workshop.themes[:2]  # the outline lists them as the wall does
    names = [line for line in text.splitlines() if not line.startswith("    ")]
    assert names == [one.name, two.name]
    assert len(text.splitlines()) == 2 + len(one.card_ids) + len(two.card_ids)


def test_a_held_back_card_copies_with_its_placeholders_even_while_shown_on_screen(
        demo_window, qtbot):
    """Showing held-back details on this screen is for checking them, not for sending them
    on: Copy is an export (to an e-mail, a chat), so it keeps the placeholders."""
    panel = wall(demo_window)
    outline = panel.outline
    model = outline.model_
    rows = [(r, c) for r in range(model.rowCount()) for c in range(model.item(r).rowCount())
            if model.item(r).child(c).data(outline_card_role()) == "c45"]
    r, c = rows[0]
    outline.selectionModel().select(model.item(r).child(c).index(),
                                    outline.selectionModel().SelectionFlag.Select)
    assert press_copy(demo_window, outline, qtbot).startswith("Not working: [name] from")
    demo_window.show_held_back_action.trigger()  # the facilitator shows them on this screen
    assert PATEL in model.item(r).child(c).text()  # shown on the outline...
    assert press_copy(demo_window, outline, qtbot).startswith("Not working: [name] from")
    item = next(i for (card_id, _), i in panel.scene.cards.items() if card_id == "c45")
    panel.view.wall.clearSelection()
    item.setSelected(True)  # ...and on the wall, which copies it the same way
    assert press_copy(demo_window, panel.view, qtbot).startswith("Not working: [name] from")
    demo_window.go_to_stage(Stage.COLLECT)
    page = demo_window.page(Stage.COLLECT)
    page.selection.select(["c45"])
    text = press_copy(demo_window, page.table, qtbot)
    assert PATEL not in text and "[name] from the agency" in text and "⚠ [name]" in text


def outline_card_role():
    from wtfc.ui.wall.outline import CARD_ROLE

    return CARD_ROLE


def test_collect_copies_chosen_rows_as_a_table_for_excel(demo_window, qtbot):
    demo_window.go_to_stage(Stage.COLLECT)
    page = demo_window.page(Stage.COLLECT)
    table = page.table
    table.setFocus()
    page.selection.select(["c45", "c01"])
    text = press_copy(demo_window, table, qtbot)
    heading, *rows = text.splitlines()
    assert heading.split("\t")[:3] == ["Kind", "Words", "Person"]
    assert len(rows) == 2 and all(len(row.split("\t")) == len(heading.split("\t"))
                                  for row in rows)
    assert PATEL not in text and "[name] from the agency" in text
    assert "<table" in QGuiApplication.clipboard().mimeData().html()
    assert demo_window.statusBar().currentMessage() == "Copied 2 cards"


def test_plan_and_act_copy_the_chosen_action_with_the_boards_headings(demo_window, qtbot):
    for stage in (Stage.PLAN, Stage.ACT):
        demo_window.go_to_stage(stage)
        tree = demo_window.page(stage).tree
        action_row = tree.topLevelItem(0).child(0)
        tree.setCurrentItem(action_row)
        heading, row = press_copy(demo_window, tree, qtbot).splitlines()
        cells = dict(zip(heading.split("\t"), row.split("\t"), strict=True))
        assert cells["Lane"] == "Commissioners"
        assert cells["What"] == action_row.text(0)
        assert cells["By when"] == "20 Nov 2026"  # as the board writes it
        assert ("What has happened so far" in cells) == (stage == Stage.ACT)  # hidden on Plan
        tree.setCurrentItem(tree.topLevelItem(0))  # the lane: every action in it
        lane = press_copy(demo_window, tree, qtbot).splitlines()
        assert len(lane) == 1 + tree.topLevelItem(0).childCount()


def test_the_why_tree_copies_a_cause_and_the_causes_under_it(demo_window, qtbot):
    demo_window.go_to_stage(Stage.UNDERSTAND)
    (view,) = demo_window.page(Stage.UNDERSTAND).findChildren(WhyTreeView)
    view.select("why01")
    lines = press_copy(demo_window, view, qtbot).splitlines()
    assert lines[0] == "Why? Paid carers are too task focused and not outcome focused."
    assert lines[1].startswith("    Why? ") and lines[2].startswith("        Why? ")
    assert lines[2].endswith("(root cause, agreed)")
    assert demo_window.statusBar().currentMessage() == f"Copied {len(lines)} causes"


def test_read_out_mode_copies_nothing_new(demo_window, qtbot):
    panel = wall(demo_window)
    for item in panel.scene.cards.values():
        item.setSelected(True)
    panel.toggle_readout(True)  # the wall's choice is hidden while cards are read out
    assert press_copy(demo_window, panel.view, qtbot) == "(before)"


def test_nothing_chosen_greys_the_menu_item_and_says_so(demo_window, qtbot):
    panel = wall(demo_window)
    panel.view.wall.clearSelection()
    panel.set_current_theme(None)
    panel.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.view)
    assert not menu_offers_copy(demo_window)
    assert demo_window.copy_action.isEnabled()  # Ctrl+C still answers, in the status bar
    assert press_copy(demo_window, panel.view, qtbot) == "(before)"
    assert demo_window.statusBar().currentMessage().startswith("Nothing chosen to copy")


def test_a_text_box_keeps_its_own_copy(demo_window, qtbot):
    demo_window.go_to_stage(Stage.COLLECT)
    page = demo_window.page(Stage.COLLECT)
    page.selection.select(["c01", "c02"])  # cards chosen too: the box's words win
    box = next(b for b in page.findChildren(QLineEdit) if b.isVisible())  # the filter's words
    box.setText("carers")
    box.selectAll()
    assert press_copy(demo_window, box, qtbot) == "carers"
    assert menu_offers_copy(demo_window)  # the menu's Copy copies the box's words too
    QGuiApplication.clipboard().setText("(before)")
    demo_window.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "carers"
    assert demo_window.statusBar().currentMessage() != "Copied 2 cards"


def test_the_fishbone_copies_the_chosen_cause_as_the_why_tree_does(demo_window, qtbot):
    from wtfc.ui.boards.fishbone_switch import FishboneSwitch

    demo_window.go_to_stage(Stage.UNDERSTAND)
    page = demo_window.page(Stage.UNDERSTAND)
    (tree,) = page.findChildren(WhyTreeView)
    tree.select("why01")
    from_tree = press_copy(demo_window, tree, qtbot)
    (switch,) = page.findChildren(FishboneSwitch)
    switch.show_shape(fishbone=True)  # F: the same box stays chosen
    fishbone = switch.current_view()
    assert fishbone.selected_id() == "why01"
    assert menu_offers_copy(demo_window)
    assert press_copy(demo_window, fishbone, qtbot) == from_tree
    assert from_tree.startswith("Why? Paid carers are too task focused")
    assert demo_window.statusBar().currentMessage().startswith("Copied ")


def test_any_other_list_copies_its_chosen_rows_as_shown(demo_window, qtbot):
    """Identify success's statements, the votes table and Review's lists: Ctrl+C copied
    their current row before Copy was made, and still does."""
    from PySide6.QtWidgets import QAbstractItemView, QListView

    copied = {}
    for stage in (Stage.IDENTIFY_SUCCESS, Stage.UNDERSTAND, Stage.REVIEW):
        demo_window.go_to_stage(stage)
        for view in demo_window.page(stage).findChildren(QAbstractItemView):
            if not view.isVisible() or view.model() is None or not view.model().rowCount():
                continue
            if type(view).__name__ in ("OutlineTree", "CardsTableView", "PlanTree",
                                       "QHeaderView"):
                continue
            view.clearSelection()
            index = view.model().index(0, 0)
            view.setCurrentIndex(index)
            text = press_copy(demo_window, view, qtbot)
            assert text != "(before)", (stage, view.accessibleName())
            assert demo_window.statusBar().currentMessage().startswith("Copied ")
            if not isinstance(view, QListView):  # a table: every row as many cells
                assert len({line.count("\t") for line in text.splitlines()}) == 1
            else:
                assert text == " ".join(str(index.data() or "").split())  # as typed, one line
            copied[(stage, type(view).__name__)] = text
    assert any(stage == Stage.IDENTIFY_SUCCESS for stage, _ in copied)
    assert any(stage == Stage.REVIEW for stage, _ in copied)
    votes = [t for (stage, kind), t in copied.items() if kind == "VotesTable"]
    assert votes and all("\t" in t.splitlines()[0] for t in votes)  # a table: its headings


def test_a_list_with_nothing_current_still_says_nothing_is_chosen(demo_window, qtbot):
    from PySide6.QtWidgets import QListView

    demo_window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    view = next(v for v in demo_window.page(Stage.IDENTIFY_SUCCESS).findChildren(QListView)
                if v.isVisible() and v.model() is not None)
    view.clearSelection()
    view.setCurrentIndex(view.model().index(-1, -1))
    assert press_copy(demo_window, view, qtbot) == "(before)"
    assert demo_window.statusBar().currentMessage().startswith("Nothing chosen to copy")


def test_the_outline_copies_the_row_its_focus_frame_is_on_and_a_screen_reader_hears_it(
        demo_window, qtbot, monkeypatch):
    """Tab into the outline: the focus frame sits on a theme with nothing chosen, and Ctrl+C
    copies that theme, as every other list copies its current row; what the status bar says
    is announced too (review R2 #3, #4)."""
    import wtfc.ui.announce as announce_module

    said: list[str] = []
    monkeypatch.setattr(announce_module, "announce", lambda w, text, **k: said.append(text))
    panel = wall(demo_window)
    outline = panel.outline
    outline.show()
    outline.selectionModel().clearSelection()
    outline.setCurrentIndex(outline.model_.item(0).index())
    outline.selectionModel().clearSelection()  # the frame on it, nothing chosen
    text = press_copy(demo_window, outline, qtbot)
    assert text.splitlines()[0] == demo_window.doc.workshop.themes[0].name
    assert said and said[-1] == demo_window.statusBar().currentMessage()
