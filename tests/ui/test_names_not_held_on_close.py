"""Names pasted the evening before and "⚠ 1 card to check again" never pressed (review 37 R2
S1): the room views hid the card (they read the names as they draw), but names are never saved,
so next morning it went up on the projector and into the exports. Save and Close said nothing.
Now Save says so at the foot, and closing or opening another workshop asks, even with nothing
unsaved: "Check them and save" (the default) holds them back, one undoable step, then saves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.settled import settle
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind, Stage
from wtfc.ui import unsaved_changes
from wtfc.ui.wall.room_card_guard import room_shows

OKAFOR = "okafor from the agency never stays the full half hour"  # the guard alone lets it go
LATE = "the late shift always has time for a chat"  # an unsaved change


@pytest.fixture
def evening(demo_window, tmp_path):
    """walk6: a card naming Okafor added, "Okafor" pasted, saved to the USB stick."""
    window = demo_window
    window.undo.push(add_card(window.doc, kind=Kind.NOT_WORKING, text=OKAFOR, person="P03"))
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    page.names_box.setPlainText("Okafor")
    page.watch_names.end_editing()
    settle()
    assert not _card(window.doc.workshop).held_back
    assert page.watch_names.offer.count == 1
    return window


def _card(workshop):
    return next(c for c in workshop.cards if c.text == OKAFOR)


def _in_the_morning(path: Path):
    """The file reopened with no names pasted: the card, and whether the room sees it."""
    card = _card(load_workshop(path).workshop)
    return card, room_shows(())(card)


def _answer(monkeypatch, *choices: str) -> list[QMessageBox]:
    """wtfc's own questions answered by a button's words (no '&'), in turn; Discard after."""
    asked: list[QMessageBox] = []
    left = list(choices)

    def click(box: QMessageBox):
        asked.append(box)
        box.setProperty("said", box.text())
        box.setProperty("buttons", [b.text().replace("&", "") for b in box.buttons()])
        box.setProperty("default", box.defaultButton().text().replace("&", "")
                        if box.defaultButton() else "")
        if left:
            wanted = left.pop(0)
            return next(b for b in box.buttons() if b.text().replace("&", "") == wanted)
        return box.button(QMessageBox.StandardButton.Discard)

    monkeypatch.setattr(unsaved_changes, "_clicked", click)
    return asked


def test_save_says_the_card_is_not_held_back_in_the_file(evening, tmp_path):
    evening.files.save_to(tmp_path / "day.wtfc")
    said = evening.statusBar().currentMessage()
    assert said.startswith("Saved.")
    assert "1 card names someone you pasted and is not held back in the file" in said
    assert "names are never saved" in said
    assert "“⚠ 1 card to check again”, then save again" in said


def test_a_second_ctrl_s_says_it_too(evening, tmp_path):
    evening.files.save_to(tmp_path / "day.wtfc")
    evening.statusBar().clearMessage()
    evening.files.save()
    said = evening.statusBar().currentMessage()
    assert said.startswith("Already saved") and "is not held back in the file" in said


def test_saved_with_the_card_checked_says_only_saved(evening, tmp_path):
    evening.page(Stage.COLLECT).watch_names.offer.button.click()
    settle()
    evening.files.save_to(tmp_path / "day.wtfc")
    assert evening.statusBar().currentMessage() == "Saved."


def test_closing_a_saved_workshop_asks_and_check_them_and_save_holds_the_card(
        evening, tmp_path, monkeypatch):
    path = tmp_path / "day.wtfc"
    evening.files.save_to(path)
    assert evening.undo.stack.isClean()
    asked = _answer(monkeypatch, "Check them and save")
    assert evening.close()
    assert len(asked) == 1  # one question
    box = asked[0]
    assert box.windowTitle() == "Cards not held back in the file"
    assert "1 card names someone you pasted and is not held back in the file" in box.property(
        "said")
    assert "tomorrow this card would show on the projector" in box.property("said")
    assert sorted(box.property("buttons")) == ["Cancel", "Check them and save", "Close anyway"]
    assert box.property("default") == "Check them and save"
    card, shown = _in_the_morning(path)
    assert card.held_back and not shown


def test_close_anyway_closes_and_the_file_is_as_saved(evening, tmp_path, monkeypatch):
    path = tmp_path / "day.wtfc"
    evening.files.save_to(path)
    asked = _answer(monkeypatch, "Close anyway")
    assert evening.close()
    assert asked
    card, shown = _in_the_morning(path)
    assert not card.held_back and shown  # what was said would happen


def test_cancel_keeps_the_window_open(evening, tmp_path, monkeypatch):
    evening.files.save_to(tmp_path / "day.wtfc")
    _answer(monkeypatch, "Cancel")
    assert not evening.close()
    assert evening.isVisible()


def test_the_check_is_one_undoable_step_when_opening_another(evening, tmp_path, monkeypatch):
    path = tmp_path / "day.wtfc"
    evening.files.save_to(path)
    _answer(monkeypatch, "Check them and save")
    assert evening.files.confirm_discard("opening another workshop")
    assert _card(evening.doc.workshop).held_back and evening.undo.stack.isClean()
    assert _in_the_morning(path)[0].held_back
    evening.undo.stack.undo()  # the check, as the button's
    assert not _card(evening.doc.workshop).held_back
    evening.undo.stack.redo()
    assert _card(evening.doc.workshop).held_back


def test_unsaved_changes_and_cards_not_held_back_are_one_question(evening, tmp_path, monkeypatch):
    path = tmp_path / "day.wtfc"
    evening.files.save_to(path)
    evening.undo.push(add_card(evening.doc, kind=Kind.WORKING, text=LATE))
    asked = _answer(monkeypatch, "Check them and save")
    assert evening.close()
    assert len(asked) == 1
    box = asked[0]
    assert box.windowTitle() == "Unsaved changes"
    said = box.property("said")
    assert "changes that are not saved" in said and "is not held back in the file" in said
    assert sorted(box.property("buttons")) == [
        "Cancel", "Check them and save", "Discard", "Save only"]
    workshop = load_workshop(path).workshop
    assert LATE in {c.text for c in workshop.cards} and _card(workshop).held_back


def test_save_only_saves_without_the_check(evening, tmp_path, monkeypatch):
    path = tmp_path / "day.wtfc"
    evening.files.save_to(path)
    evening.undo.push(add_card(evening.doc, kind=Kind.WORKING, text=LATE))
    _answer(monkeypatch, "Save only")
    assert evening.close()
    workshop = load_workshop(path).workshop
    assert LATE in {c.text for c in workshop.cards} and not _card(workshop).held_back


def test_a_read_only_workshop_says_it_and_offers_no_save(evening, tmp_path, monkeypatch):
    evening.files.save_to(tmp_path / "day.wtfc")
    evening.undo.read_only = True  # as another copy of wtfc has it
    asked = _answer(monkeypatch, "Cancel")
    assert not evening.close()
    box = asked[0]
    assert sorted(box.property("buttons")) == ["Cancel", "Close anyway"]
    assert "open read-only" in box.property("said")
    _answer(monkeypatch)
    assert evening.close()


def test_checked_with_the_button_closing_asks_only_about_unsaved_changes(
        evening, tmp_path, monkeypatch):
    evening.files.save_to(tmp_path / "day.wtfc")
    evening.page(Stage.COLLECT).watch_names.offer.button.click()
    settle()
    titles = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, *a, **k: titles.append(
        title) or QMessageBox.StandardButton.Discard)
    asked = _answer(monkeypatch)
    assert evening.close()
    assert titles == ["Unsaved changes"] and not asked


def test_no_names_pasted_closing_a_saved_workshop_asks_nothing(demo_window, tmp_path,
                                                                 monkeypatch):
    demo_window.files.save_to(tmp_path / "day.wtfc")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    asked = _answer(monkeypatch)
    assert demo_window.close() and not asked


def test_in_a_big_workshop_the_save_waits_for_the_check(evening, tmp_path, monkeypatch):
    """Checked off the UI thread from 2,000 cards: the save comes once the check is stored."""
    from wtfc.ui.cards_held_back import WatchNamesBox

    monkeypatch.setattr(WatchNamesBox, "background_from", 1)
    path = tmp_path / "day.wtfc"
    evening.files.save_to(path)
    _answer(monkeypatch, "Check them and save")
    assert evening.close()
    assert _in_the_morning(path)[0].held_back
