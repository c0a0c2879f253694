"""People… for a person who withdrew (review R6 S1, S2): "Show this person's cards" shows that
code's cards only ("P1" is not P10), and "Remove this person…" asks first (Cancel the default,
the code, the themes and priority that change, what wtfc cannot reach), then takes their cards
and row out as one step, History naming no one and the window's foot saying what still holds
them until Undo."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
from settled import until

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.cards_table import Column as CardsColumn
from wtfc.ui.people_table import Column
from wtfc.ui.remove_person import FOOT, RemoveQuestion
from wtfc.ui.undo import UndoAdapter


def _shown_people(page) -> set[str]:
    proxy = page.proxy
    return {proxy.index(row, CardsColumn.PERSON).data() for row in range(proxy.rowCount())}


def _people_of(page, code):
    page.open_people()
    dialog = page.people_dialog
    dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(code), Column.CODE))
    return dialog


@pytest.fixture
def window(show):
    """The demo's Collect page in a main window (the foot is the window's)."""
    doc = Document(load_workshop(demo_path()).workshop)
    win = QMainWindow()
    page = CardsPage(doc, UndoAdapter(doc))
    win.setCentralWidget(page)
    show(win, 1366, 720)
    return win, page


def _answer(button: str, seen: list[RemoveQuestion]) -> None:
    """Press ``button`` in the next question shown."""
    tries = [500]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, RemoveQuestion) or not box.isVisible():
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, answer)
            return
        seen.append(box)
        QTimer.singleShot(0, box.findChild(QPushButton, button).click)
    QTimer.singleShot(0, answer)


def test_show_this_persons_cards_is_that_code_only(show):
    people = [Person(id=f"P{i}") for i in (1, 10, 11)]
    cards = [Card(id=f"c{i}", kind=Kind.WORKING, text=f"Card {i}", person=people[i % 3].id)
             for i in range(9)]
    doc = Document(Workshop(people=people, cards=cards))
    page = show(CardsPage(doc, UndoAdapter(doc)), 1366, 720)
    dialog = _people_of(page, "P1")
    dialog.person_button.click()
    assert _shown_people(page) == {"P1"}
    box = page.person_tags
    assert box.count.text() == "3 cards from 1 person (P1)"
    assert box.parts[0].isVisible() and box.box.text() == "P1"
    assert box.box.accessibleName() == "Person"
    box.everyone.click()
    assert _shown_people(page) == {"P1", "P10", "P11"}


def test_the_question_cancelled_removes_no_one(window):
    _, page = window
    dialog = _people_of(page, "P05")
    seen: list[RemoveQuestion] = []
    _answer("cancel", seen)
    assert not dialog.remove_person()
    box = seen[0]
    assert box.cancel.isDefault() and not box.remove.isDefault()
    assert box.heading.text() == "Remove P05's 6 cards and details?"
    said = box.words.text()
    assert "'I am not sure who is coming or when' (Priority 2) goes from 6 people (7 cards) " \
           "to 5 people (5 cards)" in said
    assert "(Family carer, 55-64, home care, Riverside)" in said
    assert "Remove earlier versions…" in said and "PDFs and spreadsheets" in said
    assert "last cycle's file" in said
    assert len(page.doc.workshop.people) == 16 and page.undo.stack.count() == 0


def test_removed_as_one_step_history_names_no_one_and_the_foot_says_what_holds_them(window,
                                                                                 qtbot):
    win, page = window
    dialog = _people_of(page, "P05")
    _answer("remove", [])
    assert dialog.remove_person()
    doc, stack = page.doc, page.undo.stack
    assert dialog.model.row_of("P05") is None and dialog.model.rowCount() == 15
    assert len(doc.workshop.cards) == 90
    assert stack.count() == 1 and stack.undoText() == "Remove a person's cards and details"
    assert not re.search(r"P0?5", stack.undoText())
    assert win.statusBar().currentMessage() == FOOT and "P05" not in FOOT
    assert dialog.done_line.isVisible() and "P05 was removed" in dialog.done_line.text()
    stack.undo()
    until(qtbot, lambda: win.statusBar().currentMessage() != FOOT)
    assert dialog.model.row_of("P05") is not None and len(doc.workshop.cards) == 96


def test_the_buttons_are_reached_by_keys_that_do_not_clash(window):
    _, page = window
    dialog = _people_of(page, "P05")
    keys = [m[1].casefold() for b in dialog.findChildren(QPushButton)
            if (m := re.search(r"&(\w)", b.text()))]
    assert "r" in keys and "p" in keys and len(keys) == len(set(keys))
    assert dialog.remove_button.isEnabled() and dialog.person_button.isEnabled()


def test_alt_r_asks_and_alt_p_shows_the_cards(show, qtbot, monkeypatch):
    from wtfc.ui import remove_person

    doc = Document(load_workshop(demo_path()).workshop)
    page = show(CardsPage(doc, UndoAdapter(doc)), 1366, 720)
    dialog = _people_of(page, "P05")
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.table.setFocus()
    asked = []
    monkeypatch.setattr(remove_person, "ask", lambda _parent, plan, *_: asked.append(plan.code))
    qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: asked == ["P05"])  # (a mnemonic clicks after 100 ms)
    assert dialog.model.row_of("P05") is not None  # not answered yes: still there
    qtbot.keyClick(dialog.table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.people_dialog is None)
    assert _shown_people(page) == {"P05"}


def test_cards_in_no_theme_are_said_so():
    from wtfc.model.operations.withdraw import plan_remove_person
    from wtfc.ui.remove_person import question

    doc = Document(Workshop(people=[Person(id="P7")], cards=[
        Card(id="c1", kind=Kind.WORKING, text="the cook is kind", person="P7")]))
    text, more = question(plan_remove_person(doc, code="P7"))
    assert text == "Remove P7's 1 card and details?"
    assert "Their cards are in no theme: no theme or priority changes." in more
