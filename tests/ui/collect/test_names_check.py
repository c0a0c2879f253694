""" "Check all cards again" in a big workshop runs off the UI thread, with a progress bar and
Cancel, and stores what it finds as one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from wtfc.model.operations.cards import edit_card
from wtfc.ui.cards_held_back import WatchNamesBox


@pytest.fixture
def page(shown_page, monkeypatch):
    # the six test cards stand for a big workshop: every check goes to the background
    monkeypatch.setattr(WatchNamesBox, "background_from", 0)
    return shown_page()


def _progress(page) -> QProgressDialog | None:
    shown = [d for d in page.window().findChildren(QProgressDialog) if d.isVisible()]
    return shown[0] if shown else None


def test_a_big_check_runs_in_the_background_then_is_one_step(qtbot, page, doc, undo):
    page.names_box.setPlainText("Grimshaw")
    page.check_button.click()
    # the click returns at once: the window keeps painting while the cards are read
    assert not doc.card("c3").held_back and undo.stack.count() == 0
    assert not page.check_button.isEnabled()
    assert _progress(page) is not None and _progress(page).labelText().startswith("Checking")
    qtbot.waitUntil(lambda: undo.stack.count() == 1, timeout=10_000)
    assert doc.card("c3").held_back
    assert "3 held back now (was 2)" in page.check_result.text()
    assert page.check_button.isEnabled() and _progress(page) is None
    undo.stack.undo()
    assert not doc.card("c3").held_back
    undo.stack.redo()
    assert doc.card("c3").held_back


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_stores_nothing(qtbot, page, doc, undo, how):
    page.names_box.setPlainText("Grimshaw")
    page.check_button.click()
    if how == "button":
        _progress(page).findChild(QPushButton).click()
    else:
        qtbot.keyClick(_progress(page), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=10_000)
    assert page.check_result.text() == "Check stopped: no card was changed."
    assert undo.stack.count() == 0 and not doc.card("c3").held_back
    page.check_button.click()  # and it can be run again
    qtbot.waitUntil(lambda: undo.stack.count() == 1, timeout=10_000)
    assert doc.card("c3").held_back


def test_a_second_click_while_checking_starts_no_second_check(qtbot, page, undo):
    page.names_box.setPlainText("Grimshaw")
    page.check_button.click()
    running = page.watch_names.check
    page.watch_names.check_all_again()  # Alt+C, say, while the first runs
    assert page.watch_names.check is running
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=10_000)
    assert undo.stack.count() == 1


def test_a_card_changed_during_the_check_stores_nothing(qtbot, page, doc, undo):
    """The progress dialog keeps the window's hands off the cards; should one change anyway,
    findings for its old words are not stored on its new ones."""
    page.names_box.setPlainText("Grimshaw")
    page.check_button.click()
    undo.push(edit_card(doc, card_id="c1", text="Mr Grimshaw was late"))
    qtbot.waitUntil(lambda: page.watch_names.check is None, timeout=10_000)
    assert "nothing was stored" in page.check_result.text()
    assert undo.stack.count() == 1 and not doc.card("c3").held_back
