"""File ▸ Export's Save dialog refused the open workshop's own file whatever its ending, but
any other workshop only by its ending: last spring's workshop saved as "spring.pdf" ("Replace?"
answered Yes, taken for last spring's report) became the report. A file holding a workshop or a
recovery copy is now refused, as ``wtfc export`` refuses it, and the dialog asked again; and the
action poster's "Export saved" says an action dated before the workshop, which it prints late."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.export.test_export_early_actions_said import EARLY, TODAY, _demo
from tests.ui.test_export_not_over_workshop import KINDS, REPORT, exporting, warnings, workshop
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.ui.export_notes import record_note


@pytest.mark.parametrize("open_file", [False, True], ids=["never saved", "another file open"])
def test_another_workshop_whatever_its_ending_is_refused(qtbot, tmp_path, monkeypatch,
                                                         message_boxes, open_file):
    spring = tmp_path / "spring.pdf"
    save_workshop(workshop(), spring)
    answers = [str(spring), str(tmp_path / "spring"), ""]  # "spring" → "spring.pdf"
    exports, asked, started = exporting(qtbot, monkeypatch, answers,
                                        tmp_path / "autumn.wtfc" if open_file else None)
    exports.ask_and_export(REPORT)
    assert started == [] and len(asked) == 3
    assert warnings(message_boxes) == 2 * [
        "Choose another name: 'spring.pdf' holds a wtfc workshop, whatever its name ends in. "
        "An export saved there would replace it, and the work in it would be lost. Choose "
        "another name for the export."]
    assert load_workshop(spring).workshop.cards


def test_a_workshop_named_as_one_of_the_data_csv_files_is_refused(qtbot, tmp_path, monkeypatch,
                                                                   message_boxes):
    """The data as "spring.csv" writes spring-cards.csv, … spring-people.csv (never
    spring.csv): a workshop saved as "spring-people.csv" was replaced unasked-about (A20 R2)."""
    people = tmp_path / "spring-people.csv"
    save_workshop(workshop(), people)
    spring = tmp_path / "spring.csv"
    exports, asked, started = exporting(qtbot, monkeypatch, [str(spring), ""], None)
    exports.ask_and_export(KINDS[("data", False)])
    assert started == [] and len(asked) == 2
    assert warnings(message_boxes) == [
        "Choose another name: 'spring-people.csv', one of the CSV files the data export as "
        "'spring.csv' writes (one per table), holds a wtfc workshop, whatever its name ends in. "
        "An export saved there would replace it, and the work in it would be lost. Choose "
        "another name for the export."]
    people.rename(spring)  # where the CSV export writes nothing: not refused
    message_boxes.clear()
    exports, _asked, started = exporting(qtbot, monkeypatch, [str(spring)], None)
    exports.ask_and_export(KINDS[("data", False)])
    assert started == [("data", spring)] and not warnings(message_boxes)


def test_a_recovery_copy_by_another_name_is_refused(qtbot, tmp_path, monkeypatch,
                                                    message_boxes):
    copy = tmp_path / "copy.xlsx"
    copy.write_bytes(SnapshotSerializer().snapshot_bytes(workshop(), SnapshotHeader("", "N")))
    exports, _asked, started = exporting(qtbot, monkeypatch, [str(copy), ""], None)
    exports.ask_and_export(KINDS[("data", False)])
    assert started == []
    assert warnings(message_boxes)[0].startswith(
        "Choose another name: 'copy.xlsx' is a recovery copy wtfc keeps of a workshop.")


def test_any_other_file_may_still_be_replaced(qtbot, tmp_path, monkeypatch, message_boxes):
    last = tmp_path / "last.pdf"
    last.write_bytes(b"%PDF-1.4 last week's")
    exports, _asked, started = exporting(qtbot, monkeypatch, [str(last)], None)
    exports.ask_and_export(REPORT)
    assert started == [("report", last)] and not message_boxes


@pytest.mark.parametrize("key", ["action-poster", "posters"])
def test_a_posters_export_saved_says_an_action_dated_before_the_workshop(key):
    note = record_note(key, _demo(next_review=dt.date(2026, 1, 1)), today=TODAY)
    assert f"\n\nPlease check: {EARLY}" in note
    assert "next review" not in note  # the posters print no review date
