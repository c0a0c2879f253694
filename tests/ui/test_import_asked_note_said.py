"""The mapping step's note that each answer's question is taken off ("Each answer starts
with its question; …") was never said to a screen reader, a label Tab never reaches: now it is
said as it appears, as the offers are (review 34 R6-7)."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog

from tests.importing.test_asked_answers import E12
from tests.ui.spoken_checks import catch_announcements


@pytest.fixture
def doc():
    return collect_document()


def test_the_asked_note_is_said_as_it_appears(qtbot, doc, undo, tmp_path, monkeypatch):
    path = tmp_path / "E12.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(E12)
    said = catch_announcements(monkeypatch)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage == "mapping", timeout=10_000)
    step = dialog.mapping_step
    assert step.asked.isVisible() and step.asked.text().startswith("Each answer starts with")
    assert [words for words in said if words.startswith("Each answer starts with")] == [
        step.asked.text()]
    # said once: a correction that leaves the note as it was does not say it again
    step.set_header_row(0)
    assert len([words for words in said if words.startswith("Each answer starts")]) == 1
