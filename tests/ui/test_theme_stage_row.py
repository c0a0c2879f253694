"""The stage list's Theme row keeps what theming has left in sight, as Collect's keeps the
held-back cards ("⚠ 2 held back"): "⚠ 2 not named" and "⚠ 54 in no theme". Moving on from
Theme with either says one sentence at the window's foot, and never stops the move (review 24
firsttime F3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.operations.themes import create_theme, rename_theme
from wtfc.model.workshop import Card, Kind, Person, Stage, Workshop
from wtfc.ui.main_window import MainWindow

NW = Kind.NOT_WORKING


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    people = [Person(id=f"P{n}") for n in range(1, 7)]
    cards = [Card(id=f"c{n}", kind=NW, text=f"Statement {n}", person=f"P{n}")
             for n in range(1, 7)]
    w = MainWindow(Document(Workshop(title="North", people=people, cards=cards,
                                     stage=Stage.THEME)))
    qtbot.addWidget(w)
    w.show()
    return w


def _theme_row(window):
    item = window.navigator.item(list(Stage).index(Stage.THEME))
    return item.text().split("\n"), item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_the_theme_row_counts_groups_not_named_and_cards_in_no_theme(window):
    doc, undo = window.doc, window.undo
    # on Theme with no theme yet: every card is in none, which is no news
    assert _theme_row(window)[0] == ["3  Theme"]
    undo.push(create_theme(doc, kind=NW, name="", card_ids=["c1", "c2"]))
    undo.push(create_theme(doc, kind=NW, name="I", card_ids=["c3"]))
    lines, spoken = _theme_row(window)
    assert lines == ["3  Theme", "   ⚠ 2 not named", "   ⚠ 3 in no theme"]
    assert spoken == "3  Theme, 2 not named, 3 in no theme"
    group = doc.workshop.themes[0]
    undo.push(rename_theme(doc, theme_id=group.id, name="I never know who is coming"))
    assert _theme_row(window)[0] == ["3  Theme", "   ⚠ 1 not named", "   ⚠ 3 in no theme"]
    undo.stack.undo()
    assert _theme_row(window)[0][1] == "   ⚠ 2 not named"
    # the row stays within the list: nothing cut, no sideways scroll
    navigator = window.navigator
    assert not navigator.horizontalScrollBar().isVisible()


def test_leaving_theme_with_work_left_says_so_and_moves_on(window, qtbot):
    doc, undo = window.doc, window.undo
    undo.push(create_theme(doc, kind=NW, name="", card_ids=["c1", "c2"]))
    window.resize(1366, 768)
    window.go_to_stage(Stage.UNDERSTAND)
    assert doc.workshop.stage == Stage.UNDERSTAND  # a reminder, never a stop
    settle()
    save_render(window, "theme_left_unnamed_1366x768")
    assert window.statusBar().currentMessage() == (
        "1 group is not named yet and 4 cards are not in a theme: Ctrl+3 goes back to Theme; "
        "F2 on Choose priorities (Ctrl+4) names the group")
    window.statusBar().clearMessage()
    window.go_to_stage(Stage.PLAN)  # said on leaving Theme only
    assert window.statusBar().currentMessage() == ""
    window.go_to_stage(Stage.THEME)
    window.go_to_stage(Stage.COLLECT)  # back to look something up: no reminder
    assert window.statusBar().currentMessage() == ""


def test_moved_on_with_no_theme_at_all_counts_every_card(window):
    window.go_to_stage(Stage.UNDERSTAND)
    assert window.statusBar().currentMessage() == (
        "6 cards are not in a theme: Ctrl+3 goes back to Theme")
    assert _theme_row(window)[0] == ["3  Theme", "   ⚠ 6 in no theme"]


def test_leaving_theme_with_everything_named_and_sorted_says_nothing(window):
    doc, undo = window.doc, window.undo
    undo.push(create_theme(doc, kind=NW, name="I never know who is coming",
                           card_ids=[c.id for c in doc.workshop.cards]))
    window.go_to_stage(Stage.UNDERSTAND)
    assert window.statusBar().currentMessage() == ""
    assert _theme_row(window)[0] == ["3  Theme"]
