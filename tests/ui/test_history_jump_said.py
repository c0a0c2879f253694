"""A row clicked in Edit > History jumps many steps at once: the window's foot says where to
("Went back to: …", "Went forward to: …") for five seconds, as Undo says its one step, then
gives back the news meant to stay there. Before, the jump said nothing at all."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.cards import edit_card
from wtfc.ui import undo as undo_module
from wtfc.ui.undo import show_lasting

SAID_MS = 300  # the test's "five seconds"


def _click_row(qtbot, view, row: int, heard: list[str] | None = None) -> str | None:
    """A click on ``row``; given ``heard`` (the bar's messages), what the foot said first after
    it. Read from what was shown rather than from the bar afterwards: on a loaded 2-core machine
    the click and its jump took longer than the test's 300 ms, and the bar had already given
    back the lasting news. (test_history_typing_said clicks with the real 5 s.)"""
    if heard is not None:
        heard.clear()
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if heard is None:
        settle()
        return None
    qtbot.waitUntil(lambda: bool(heard), timeout=2000)
    return heard[0]


def test_a_jump_in_the_history_list_is_said_and_the_lasting_news_comes_back(
        qtbot, demo_window, monkeypatch):
    monkeypatch.setattr(undo_module, "SAID_MS", 60_000)  # the picture shows the words said
    w = demo_window
    card = w.doc.workshop.cards[0]
    before = card.text
    for n in range(3):
        w.undo.push(edit_card(w.doc, card_id=card.id, text=f"Words changed {n}"))
    labels = [w.undo.stack.text(i) for i in range(w.undo.stack.count())]
    show_lasting(w, "◷ Theme: time is up (20 min planned)")
    qtbot.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # Edit > History
    view = w.history_dock.widget()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    bar = w.statusBar()
    heard: list[str] = []
    bar.messageChanged.connect(heard.append)

    said = _click_row(qtbot, view, 1, heard)  # after the first of the three: two steps back
    assert w.doc.get("cards", card.id).text == "Words changed 0"
    assert said == f"Went back to: {labels[0]}"
    save_render(w, "history_jump_said")
    said = _click_row(qtbot, view, 0, heard)  # "Opened": as the file was
    assert w.doc.get("cards", card.id).text == before
    assert said == "Went back to: Opened"
    monkeypatch.setattr(undo_module, "SAID_MS", SAID_MS)  # this one's time runs out
    said = _click_row(qtbot, view, 3, heard)  # the last step again
    assert w.doc.get("cards", card.id).text == "Words changed 2"
    assert said == f"Went forward to: {labels[2]}"
    qtbot.waitUntil(lambda: bar.currentMessage().startswith("◷ Theme"), timeout=2000)


def test_an_edit_or_undo_moving_the_list_is_not_said_as_a_jump(qtbot, demo_window):
    w = demo_window
    w.history_dock.show()
    card = w.doc.workshop.cards[0]
    w.undo.push(edit_card(w.doc, card_id=card.id, text="Words changed"))
    assert w.statusBar().currentMessage() == ""  # the list followed the edit: nothing said
    label = w.undo.stack.undoText()
    w.undo_action.trigger()
    assert w.statusBar().currentMessage() == f"Undone: {label}"  # not "Went back to"
