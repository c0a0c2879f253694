"""Suggestions at 16 pt on a 1024×768 laptop (window 1004×708; review 32 W1 R4): the page under
"Suggested themes" is ~180 px and a card's row ~100, so under the list's least, the name box and
the buttons not one of the suggestion's cards showed; Alt+A ("C&ards") put the keyboard in that
unseen list and ↓ / Space ticked cards nobody could see. Now, while the keyboard is in the
cards, the list gives way and they scroll into sight; the buttons stay whole; back
in the name box or the list (Shift+Tab, a click), the list comes back. A mouse user had no way
to the cards at all (a list with no height takes no click): a click on a suggestion there now
takes them into sight as Alt+A does, and "◂ Suggestions (3)" in the panel's title brings the
list back."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from no_close_themes import no_close_themes
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from renders import save_render

from tests.ui.settled import settle, until
from wtfc.model.workshop import Kind, Stage

pytestmark = pytest.mark.usefixtures("word_table")


@pytest.fixture
def sixteen_points(font_points):
    font_points(16)  # before the window is built: "Make text bigger" set on the laptop


def _on_top(window, widget, point: QPoint) -> bool:
    return window.childAt(widget.mapTo(window, point)) is widget


def _whole_cards(window, members) -> int:
    """The suggestion's cards in sight from their top to their foot, nothing over them."""
    seen = members.viewport().visibleRegion().boundingRect()
    rows = [members.visualItemRect(members.item(r)) for r in range(members.count())]
    return sum(seen.contains(row) and _on_top(window, members.viewport(), row.center())
               for row in rows)


def _suggested(window, qtbot, size=(1004, 708)):
    """The demo's not-working cards suggested, in a window of ``size``: the themes page."""
    window.resize(*size)
    window.go_to_stage(Stage.THEME)
    page = window.page(Stage.THEME)
    until(qtbot, lambda: page.isVisible() and page.splitter.sizes()[0] > 0)
    task = page.suggestions.suggest(Kind.NOT_WORKING)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    settle()
    return page.suggestions.themes_page


def _click_row(suggestions, row: int) -> None:
    rect = suggestions.visualItemRect(suggestions.item(row))
    QTest.mouseClick(suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()


def _back_button(panel) -> QToolButton:
    return next(button for button in panel.findChildren(QToolButton)
                if button.accessibleName() == "Back to the list of suggestions")


def test_alt_a_brings_a_card_into_sight_and_the_buttons_stay_whole(sixteen_points,
                                                                    grouped_window, qtbot):
    window = grouped_window
    themes = _suggested(window, qtbot)
    members = themes.members
    assert members.count() >= 2 and _whole_cards(window, members) == 0  # the short page
    themes.list.setFocus()
    QTest.keyClick(themes.list, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    settle()
    save_render(window, "suggestion_cards_16pt_alt_a")
    assert QApplication.focusWidget() is members
    assert not members.visibleRegion().isEmpty()
    assert _whole_cards(window, members) >= 1
    for button in (themes.accept_button, themes.dismiss_button):
        assert button.visibleRegion().boundingRect().size() == button.size()
        assert _on_top(window, button, button.rect().center())
    QTest.keyClick(members, Qt.Key.Key_Down)  # the next card comes into sight as it is chosen
    settle()
    assert _whole_cards(window, members) >= 1
    row = members.visualItemRect(members.item(members.currentRow()))
    assert members.viewport().visibleRegion().boundingRect().intersects(row)
    QTest.keyClick(members, Qt.Key.Key_Backtab)  # back to the name box: it shows whole
    settle()
    name = themes.name
    assert QApplication.focusWidget() is name
    assert name.visibleRegion().boundingRect().size() == name.size()
    assert themes.split.sizes()[0] > 0  # and the list is back
    QTest.keyClick(name, Qt.Key.Key_Backtab)
    settle()
    assert QApplication.focusWidget() is themes.list
    assert themes.split.sizes()[0] >= themes.list.minimumHeight() > 0  # the list is back
    assert not themes.list.visibleRegion().isEmpty()


def test_a_click_on_a_suggestion_brings_its_cards_into_sight(sixteen_points, grouped_window,
                                                             qtbot):
    window = grouped_window
    themes = _suggested(window, qtbot)
    members, panel = themes.members, themes.parentWidget()
    while not hasattr(panel, "close_button"):
        panel = panel.parentWidget()
    assert members.count() >= 2 and _whole_cards(window, members) == 0  # the short page
    _click_row(themes.list, 0)
    save_render(window, "suggestion_cards_16pt_click")
    assert not members.visibleRegion().isEmpty()
    assert _whole_cards(window, members) >= 1
    for button in (themes.accept_button, themes.dismiss_button):
        assert button.visibleRegion().boundingRect().size() == button.size()
    # the way back, where the panel's title was, says where it goes
    back = _back_button(panel)
    assert back.isVisible() and _on_top(window, back, back.rect().center())
    assert back.text() == f"◂ Suggestions ({themes.list.count()})"
    title = next(label for label in panel.findChildren(QLabel) if label.text() == "Suggestions")
    assert not title.isVisible()
    QTest.mouseClick(back, Qt.MouseButton.LeftButton)
    settle()
    assert themes.split.sizes()[0] >= themes.list.minimumHeight() > 0  # the list is back
    assert not themes.list.visibleRegion().isEmpty()
    assert title.isVisible() and not back.isVisible()
    assert QApplication.focusWidget() is themes.list  # ↓ chooses the next, as before


def test_a_click_on_a_suggestion_on_a_laptop_leaves_the_list(grouped_window, qtbot,
                                                             monkeypatch):
    """At the usual text size on 1366×768 the cards show under the list: a click only
    chooses, as before."""
    no_close_themes(monkeypatch)  # the list's height is not changed by a ranking answering
    themes = _suggested(grouped_window, qtbot, (1346, 708))
    listed = themes.split.sizes()[0]
    _click_row(themes.list, 1)
    assert themes.list.currentRow() == 1 and QApplication.focusWidget() is themes.list
    assert themes.split.sizes()[0] == listed > 0


def test_a_double_click_on_a_suggestion_leaves_its_cards_ticked(sixteen_points, grouped_window,
                                                                 qtbot, monkeypatch):
    """Its second click lands on the cards that took the list's place: on a card's box it
    would leave out a card nobody had read yet."""
    now = [1000.0]  # the page's clock, still within a double-click of the first click
    monkeypatch.setattr("wtfc.ui.wall.suggestions_layout.time",
                        SimpleNamespace(monotonic=lambda: now[0]))
    themes = _suggested(grouped_window, qtbot)
    _click_row(themes.list, 0)
    members = themes.members
    row = members.visualItemRect(members.item(0))
    box = QPoint(row.left() + 10, row.center().y())  # its tick box
    QTest.mouseClick(members.viewport(), Qt.MouseButton.LeftButton, pos=box)
    settle()
    assert members.item(0).checkState() == Qt.CheckState.Checked
    now[0] += (QApplication.doubleClickInterval() + 50) / 1000  # a click of its own, later
    QTest.mouseClick(members.viewport(), Qt.MouseButton.LeftButton, pos=box)
    settle()
    assert members.item(0).checkState() == Qt.CheckState.Unchecked
