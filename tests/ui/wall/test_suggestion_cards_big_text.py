"""Suggestions at 16 pt on a 1024×768 laptop (window 1004×708; review 32 W1 R4): the page under
"Suggested themes" is ~180 px and a card's row ~100, so under the list's least, the name box and
the buttons not one of the suggestion's cards showed; Alt+A ("C&ards") put the keyboard in that
unseen list and ↓ / Space ticked cards nobody could see. Now, while the keyboard is in the
cards, the list gives way and they scroll into sight; the buttons stay whole; back
in the name box or the list (Shift+Tab, a click), the list comes back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
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


def test_alt_a_brings_a_card_into_sight_and_the_buttons_stay_whole(sixteen_points,
                                                                    grouped_window, qtbot):
    window = grouped_window
    window.resize(1004, 708)
    window.go_to_stage(Stage.THEME)
    page = window.page(Stage.THEME)
    until(qtbot, lambda: page.isVisible() and page.splitter.sizes()[0] > 0)
    task = page.suggestions.suggest(Kind.NOT_WORKING)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    themes = page.suggestions.themes_page
    settle()
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
