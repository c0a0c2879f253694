"""The Theme stage's suggestions on a small screen: at 911×512 (a 1366×768 laptop at 150%)
no card of the suggestion showed under "Cards (untick any that do not belong):", at 1024×768
a strip of the first; what the panel said took seven lines above the tabs. Now what it says
folds to the lines the panel can spare (its tooltip says it whole) and the cards come before
the list's third row: a whole card in sight at every size, the name box and buttons whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from renders import save_render

from tests.ui.settled import settle, until
from wtfc.model.workshop import Kind, Stage


@pytest.fixture
def window(grouped_window):
    return grouped_window  # the demo and nine grouped cards: tests/ui/wall/conftest.py


def _suggested(window, qtbot, size, kind):
    window.resize(*size)
    window.go_to_stage(Stage.THEME)
    page = window.page(Stage.THEME)
    until(qtbot, lambda: page.isVisible() and page.splitter.sizes()[0] > 0)
    task = page.suggestions.suggest(kind)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    themes = page.suggestions.themes_page
    if kind is Kind.FUTURE:  # the first is close to a theme: "Add to that theme" shows too
        until(qtbot, lambda: any(s.close for s in themes.shown), timeout=10_000)
        until(qtbot, themes.add_button.isVisible)
    settle()
    return page, themes


def _on_top(window, widget, point: QPoint) -> bool:
    """A click at ``point`` of ``widget`` lands on it: nothing drawn over it there."""
    return window.childAt(widget.mapTo(window, point)) is widget


def _whole_cards(window, themes) -> int:
    """The suggestion's cards in sight from their top to their foot, nothing over them."""
    members, seen = themes.members, themes.members.viewport().visibleRegion().boundingRect()
    rows = [members.visualItemRect(members.item(r)) for r in range(members.count())]
    return sum(seen.contains(row) and _on_top(window, members.viewport(), row.bottomLeft()
                                              + QPoint(row.width() // 2, -2))
               for row in rows)


def _whole_rows(listing) -> int:
    seen = listing.viewport().rect()
    return sum(seen.contains(listing.visualItemRect(listing.item(r)))
               for r in range(listing.count()))


@pytest.mark.parametrize(("size", "kind", "cards"), [
    ((911, 512), Kind.NOT_WORKING, 1), ((911, 512), Kind.FUTURE, 1),
    ((1024, 768), Kind.NOT_WORKING, 2), ((1024, 768), Kind.FUTURE, 1),
    ((1366, 768), Kind.NOT_WORKING, 2), ((1366, 768), Kind.FUTURE, 2),
    ((1920, 1080), Kind.NOT_WORKING, 3), ((1920, 1080), Kind.FUTURE, 4)])
def test_a_card_of_the_suggestion_is_in_sight_and_the_rest_whole(window, qtbot, size, kind,
                                                                  cards):
    """``cards``: whole card rows at least (1024×768's ★ Future has two suggestions of five
    lines together; both stay whole, so one card: two would make the list scroll; 1920×1080's
    first ✗ suggestion has three cards, all of them)."""
    _page, themes = _suggested(window, qtbot, size, kind)
    save_render(window, f"suggestions_{size[0]}x{size[1]}_{kind.name.lower()}")
    assert _whole_cards(window, themes) >= cards
    name = themes.name
    assert name.visibleRegion().boundingRect().size() == name.size()
    assert _on_top(window, name, name.rect().center())
    buttons = [themes.accept_button, themes.dismiss_button]
    if kind is Kind.FUTURE:
        buttons.append(themes.add_button)
    for button in buttons:
        assert button.visibleRegion().boundingRect().size() == button.size()
        assert _on_top(window, button, button.rect().center())
        assert _on_top(window, button, button.rect().bottomRight() - QPoint(3, 3))
    listing = themes.list
    assert _whole_rows(listing) >= 2 or listing.verticalScrollBar().isVisible()
    assert listing.verticalScrollBar().isVisible() or _whole_rows(listing) == listing.count()


def test_on_911x512_what_the_panel_says_takes_one_line_and_its_tooltip_says_it_whole(
        window, qtbot):
    page, _themes = _suggested(window, qtbot, (911, 512), Kind.NOT_WORKING)
    message = page.suggestions.message
    said = message.text()
    assert said.startswith("3 suggested themes") and "held-back" in said  # the whole of it
    assert message.height() < 2 * message.fontMetrics().lineSpacing()
    assert message.tip() == said  # shown to a mouse resting on it
    face = QAccessible.queryAccessibleInterface(message)  # heard whole, once: no description
    assert face.text(QAccessible.Text.Name) == said
    assert face.text(QAccessible.Text.Description) == ""
    window.resize(1920, 1080)  # a larger screen: said whole, no tooltip needed
    until(qtbot, lambda: message.height() > 3 * message.fontMetrics().lineSpacing())
    assert message.tip() == "" and message.text() == said


def test_a_folded_message_ends_in_an_ellipsis_on_the_lines_it_has(qtbot):
    from wtfc.ui.wall.suggestion_message_label import PanelMessage

    label = PanelMessage()
    qtbot.addWidget(label)
    label.setFixedWidth(200)
    words = "Grouping the cards not yet in a theme, and " * 6
    label.setText(words)
    label.show()
    QApplication.processEvents()
    line = label.fontMetrics().lineSpacing()
    assert label.heightForWidth(200) > 4 * line and label.tip() == ""
    label.set_max_lines(2)
    QApplication.processEvents()
    assert label.heightForWidth(200) < 3 * line
    assert label.tip() == words and label.text() == words
    label.setText("Stopping…")  # short: whole, nothing in the tooltip
    assert label.tip() == "" and label.heightForWidth(200) < 2 * line


def test_a_folded_message_has_a_more_button_that_shows_it_whole_and_less_folds_it(window,
                                                                                  qtbot):
    """The tooltip said the rest only to a mouse: at 1366×768 the last sentences ("…The wall
    shows ★ Future only (F5: all).") were out of a sighted keyboard user's reach. One Tab from
    Suggest themes reaches "More"; Enter (or Space) shows the whole message and the focus
    stays on the button, now "Less", which folds it again; a new message starts folded, so
    the cards keep their room. A screen reader hears the whole message, folded or not."""
    page, _themes = _suggested(window, qtbot, (1366, 768), Kind.FUTURE)
    message = page.suggestions.message
    shown = message.height()
    assert QLabel.text(message).endswith("…") and message.more.isVisible()
    assert message.more.text() == "More" and message.tip() == message.text()
    assert not message.more.visibleRegion().isEmpty()
    page.suggestions.suggest_button.setFocus()
    QTest.keyClick(page.suggestions.suggest_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is message.more
    QTest.keyClick(message.more, Qt.Key.Key_Return)  # as the README says; Space works too
    until(qtbot, lambda: message.height() > shown)
    assert QLabel.text(message) == message.text() and "F5: all" in message.text()
    assert QApplication.focusWidget() is message.more and message.more.text() == "Less"
    assert message.tip() == ""  # nothing more to say there
    heard = QAccessible.queryAccessibleInterface(message).text(QAccessible.Text.Description)
    assert "F5: all" in heard
    QTest.keyClick(message.more, Qt.Key.Key_Space)
    until(qtbot, lambda: message.more.text() == "More")
    message.more.click()
    message.setText("1 suggested theme for 3 ★ Future cards. " * 6)  # a new message: folded
    assert message.more.text() == "More" and QLabel.text(message).endswith("…")
