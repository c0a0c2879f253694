"""Going through the held-back cards with the keyboard: after Redact (Alt+D) or Mark as fine
(Alt+M) the next card is chosen, so the next decision needs no mouse and skips no card."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_workshop
from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, PersonalDetail

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def doc():
    workshop = collect_workshop()
    extra = Card(
        id="c7",
        kind=Kind.WORKING,
        text="Dr Patel is very good",
        person="P03",
        personal_details=[PersonalDetail(start=0, end=8, category="name", text="Dr Patel")],
    )
    return Document(workshop.model_copy(update={"cards": [*workshop.cards, extra]}))


@pytest.fixture
def page(page):
    page.activateWindow()
    return page


def held_back(doc) -> list[str]:
    return [c.id for c in doc.workshop.cards if c.held_back]


def test_each_decision_chooses_the_next_held_back_card(qtbot, page, doc, undo):
    page.held_back_only.setChecked(True)
    page.select_cards(["c2"])
    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_D, ALT)  # Redact
    qtbot.waitUntil(lambda: held_back(doc) == ["c5", "c7"])
    assert page.selected_ids() == ["c5"]  # moved up into the row: chosen, not just the focus
    assert page.redact_button.isEnabled() and page.table.hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_M, ALT)  # Mark as fine: the next one again
    qtbot.waitUntil(lambda: held_back(doc) == ["c7"])
    assert page.selected_ids() == ["c7"]
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # nothing skipped: c7 was the last
    assert page.selected_ids() == ["c7"]
    qtbot.keyClick(page, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: held_back(doc) == [])
    assert page.proxy.rowCount() == 0 and page.selected_ids() == []
    undo.stack.undo()  # c7 held back again: back in the table
    assert page.proxy.rowCount() == 1


def test_a_decision_on_the_last_row_chooses_the_card_above(qtbot, page, doc):
    page.held_back_only.setChecked(True)
    page.select_cards(["c7"])
    page.mark_selected_fine()
    assert page.selected_ids() == ["c5"]


def test_with_every_card_shown_the_decided_card_stays_chosen(qtbot, page, doc):
    page.select_cards(["c2"])
    page.redact_selected()
    assert page.selected_ids() == ["c2"] and not page.redact_button.isEnabled()
