"""Held-back details on the facilitator's own screen, which many rooms mirror on the projector:
hidden (as [name], [phone]…) until the facilitator chooses to show them, and said at the
window's foot while they show. The demo holds back c45 ("Mrs Patel…") and c52 (a phone number).
"""

from __future__ import annotations

from tests.ui.settled import settle
from wtfc.model.operations.cards import clear_card_details
from wtfc.model.workshop import Stage
from wtfc.ui.cards_table import Column
from wtfc.ui.held_back_words import SHOWING_WARNING
from wtfc.ui.wall.card_item import held_back_foot
from wtfc.ui.wall.outline import CARD_ROLE

PATEL = "Mrs Patel"


def wall_items(window, card_id: str):
    panel = window.page(Stage.THEME)
    return [item for key, item in panel.scene.cards.items() if key[0] == card_id]


def outline_rows(window, card_id: str) -> list[str]:
    outline = window.page(Stage.THEME).outline
    rows = []
    model = outline.model_
    for r in range(model.rowCount()):
        parent = model.item(r)
        for c in range(parent.rowCount()):
            if parent.child(c).data(CARD_ROLE) == card_id:
                rows.append(parent.child(c).text())
    return rows


def collect_words(window, card_id: str) -> str:
    page = window.page(Stage.COLLECT)
    return page.model.index(page.model.row_of(card_id), Column.WORDS).data()


def test_the_wall_and_the_outline_hide_held_back_details_at_first(demo_window):
    window = demo_window
    window.go_to_stage(Stage.THEME)
    (item,) = wall_items(window, "c45")
    assert item.words().startswith("[name] from the agency")
    assert PATEL not in item.toolTip() and "hidden on this screen" in item.toolTip()
    assert held_back_foot(item.card, item.held_back_shown) == "⚠ Personal details? [name]"
    rows = outline_rows(window, "c45")
    assert rows and all(PATEL not in row for row in rows)
    (phone,) = wall_items(window, "c52")
    assert "01632" not in phone.words() and "[phone]" in phone.words()
    assert not window.show_held_back_action.isChecked()


def test_showing_them_reaches_every_page_and_says_so_until_hidden_again(demo_window, qtbot):
    window = demo_window
    window.go_to_stage(Stage.THEME)
    window.show_held_back_action.trigger()  # Room view → Show held-back details on this screen
    (item,) = wall_items(window, "c45")
    assert item.words().startswith(PATEL) and PATEL in item.toolTip()
    assert all(PATEL in row for row in outline_rows(window, "c45"))
    assert window.held_back_warning.isVisible()
    assert window.held_back_warning.text() == SHOWING_WARNING
    window.go_to_stage(Stage.COLLECT)  # a page built later starts as the window's choice says
    page = window.page(Stage.COLLECT)
    assert page.show_held_back.isChecked() and collect_words(window, "c45").startswith(PATEL)

    page.show_held_back.setChecked(False)  # hidden again from the Collect page
    assert not window.show_held_back_action.isChecked()
    assert not window.held_back_warning.isVisible()
    assert collect_words(window, "c45").startswith("[name]")
    window.go_to_stage(Stage.THEME)
    assert wall_items(window, "c45")[0].words().startswith("[name]")
    assert all(PATEL not in row for row in outline_rows(window, "c45"))


def test_a_card_marked_fine_shows_its_words_whatever_the_choice(demo_window):
    window = demo_window
    window.go_to_stage(Stage.THEME)
    window.undo.push(clear_card_details(window.doc, card_ids=["c45"]))
    (item,) = wall_items(window, "c45")
    assert item.words().startswith(PATEL)
    window.undo.stack.undo()
    (item,) = wall_items(window, "c45")
    assert item.words().startswith("[name]")
    window.undo.stack.redo()
    assert wall_items(window, "c45")[0].words().startswith(PATEL)


def test_every_window_starts_with_them_hidden(demo_window, qtbot):
    """The choice is the screen's for this session: never saved, never carried over."""
    from wtfc.ui.main_window import MainWindow

    demo_window.show_held_back_action.trigger()
    other = MainWindow(demo_window.doc)
    qtbot.addWidget(other)
    assert not other.show_held_back_action.isChecked() and not other.held_back.shown
    assert "shown" not in demo_window.doc.workshop.model_dump_json()


def test_find_on_the_wall_searches_only_what_the_wall_shows(demo_window):
    window = demo_window
    window.go_to_stage(Stage.THEME)
    panel = window.page(Stage.THEME)
    bar = panel.find_bar
    bar.open_bar()
    bar.box.setText("Patel")
    assert bar.matches == []
    window.show_held_back_action.trigger()
    bar.box.setText("Patel agency")
    assert [item.card.id for item in bar.matches] == ["c45"]


def test_the_wall_menu_of_a_held_back_card_can_show_them(demo_window):
    """Right-click a held-back card: beside Redact and Mark as fine, the facilitator can show
    what was found on this screen before deciding, and hide it again."""
    from PySide6.QtWidgets import QMenu

    window = demo_window
    window.go_to_stage(Stage.THEME)
    panel = window.page(Stage.THEME)
    menu = QMenu()
    panel.wall_actions.add_card_actions(menu, [("c45", None)])
    show = panel.wall_actions.show_held_back
    assert show in menu.actions() and not show.isChecked()
    show.trigger()
    assert window.held_back.shown and window.show_held_back_action.isChecked()
    assert wall_items(window, "c45")[0].words().startswith(PATEL)
    show.trigger()
    assert not window.held_back.shown
    assert wall_items(window, "c45")[0].words().startswith("[name]")
    menu = QMenu()
    panel.wall_actions.add_card_actions(menu, [("c01", None)])  # not held back: not offered
    assert show not in menu.actions()


def test_a_status_message_still_shows_beside_the_warning(demo_window, qtbot):
    """An autosave failure is said in the status bar: the warning must not take it all."""
    window = demo_window
    window.show_held_back_action.trigger()
    bar = window.statusBar()
    bar.showMessage("Autosave could not write a copy: the disk is full")
    settle()
    room = window.held_back_warning.x() - 8
    assert room >= bar.fontMetrics().horizontalAdvance(bar.currentMessage())


def test_hiding_them_again_takes_a_found_name_off_the_wall(demo_window):
    """Found with the details shown, a name must not stay ringed (and counted) once hidden."""
    window = demo_window
    window.go_to_stage(Stage.THEME)
    panel = window.page(Stage.THEME)
    window.show_held_back_action.trigger()
    bar = panel.find_bar
    bar.open_bar()
    bar.box.setText("Patel")
    assert [item.card.id for item in bar.matches] == ["c45"]
    window.show_held_back_action.trigger()
    assert bar.matches == [] and not panel.scene.highlighted
    assert bar.status.text() == "No card has these words"
