"""The Import dialog reads the kind from each answer's question where no column gives it
("Person ID | Response | Form status", each Response "What is working? - …"), says so on the
mapping step, and takes the question off the cards, as ``wtfc import`` does (review 34 R4 R7)."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog

from tests.importing.test_asked_answers import E12, KINDS
from tests.ui.renders import save_render
from tests.ui.settled import settle


@pytest.fixture
def doc():
    return collect_document()


def test_the_mapping_step_says_it_and_the_import_takes_the_questions_off(qtbot, doc, undo,
                                                                          tmp_path):
    path = tmp_path / "E12.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(E12)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    settle()
    step = dialog.mapping_step
    save_render(dialog, "import_asked_answers")
    assert dialog.stage == "mapping" and step.problems_now() == []
    assert step.asked.isVisible() and step.asked.text().startswith(
        "Each answer starts with its question; the question is taken off")
    assert dialog.import_button.isEnabled()
    before = {card.id for card in doc.workshop.cards}
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    cards = [c for c in doc.workshop.cards if c.id not in before]
    assert len(cards) == 30 and [c.kind for c in cards] == KINDS * 10
    assert not any(c.text.startswith("What is") for c in cards)
