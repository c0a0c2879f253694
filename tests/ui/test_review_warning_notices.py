# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A next review before the workshop is said by the app's own open and export, as ``wtfc check``
and ``wtfc export`` say it: in the notice opening already gives and in "Export saved", never a
question of its own before the export. The export says a next review that has passed by its day
too, which the report and the feedback sheet no longer print as a promise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QWidget
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.dates import long_date
from wtfc.model.document import Document
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.export_actions import ExportController
from wtfc.ui.export_notes import record_note

WARNING = (
    "The next review (1 January 2020) is before the workshop itself (12 November 2026), so "
    "the report and the feedback sheet would say the group will look again on 1 January 2020. "
    "Set the right date on the Review board (Next review)."
)
# exported after 1 January 2020 (always, by the clock), the sheet gives no date for it
EXPORT_WARNING = WARNING.replace(
    "the report and the feedback sheet would say the group will look again on 1 January 2020",
    "the report says it has passed and the feedback sheet gives no date for looking again",
)
# a read-only copy cannot take the date: it is put right in a copy saved with Save As
READ_ONLY_WARNING = EXPORT_WARNING.replace(
    "Set the right date on the Review board",
    "Once you have saved a copy with Save As, set the right date on its Review board",
)


def _workshop() -> Workshop:
    return Workshop(
        title="Spring workshop",
        date=dt.date(2026, 11, 12),
        next_review=dt.date(2020, 1, 1),
        cards=[Card(id="c1", kind=Kind.WORKING, text="My carer is kind")],
    )


@pytest.fixture
def early_review_file(tmp_path) -> Path:
    path = tmp_path / "spring.wtfc"
    save_workshop(_workshop(), path)
    return path


def _export(qtbot, key: str, path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    exports = ExportController(Document(_workshop()), parent)
    task = exports.export(key, path)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    # "Export saved" comes a moment after the worker ends when the progress window was up (a
    # loaded machine's slower export): it is said after that window's own processEvents
    qtbot.waitUntil(lambda: exports.run is None or exports.run.over, timeout=5000)


def test_the_data_export_says_so_after_saved_and_asks_nothing_more(qtbot, tmp_path, message_boxes):
    _export(qtbot, "data", tmp_path / "d.xlsx")
    assert (tmp_path / "d.xlsx").exists()
    assert message_boxes == [
        (
            "information",
            f"Export saved: Saved:\n{tmp_path / 'd.xlsx'}\n\nPlease check: {EXPORT_WARNING}",
        )
    ]


def test_an_export_from_a_read_only_copy_says_to_save_a_copy_first(qtbot, tmp_path,
                                                                   message_boxes):
    """A read-only workshop's own Review board cannot take the new date."""
    parent = QWidget()
    parent.undo = SimpleNamespace(read_only=True)  # as the main window's undo says
    qtbot.addWidget(parent)
    task = ExportController(Document(_workshop()), parent).export("report", tmp_path / "r.pdf")
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    # "Export saved" comes a moment after the worker ends when the progress window was up (a
    # loaded machine's slower export): it is said after that window's own processEvents
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    [(_kind, text)] = message_boxes
    assert "Once you have saved a copy with Save As, set the right date on its Review board" in text


def test_the_posters_print_no_review_date_and_say_nothing_of_it():
    assert record_note("posters", _workshop()) == ""
    assert record_note("feedback", _workshop()) == f"\n\nPlease check: {EXPORT_WARNING}"
    before = dt.date(2019, 12, 1)  # on a day before it, the sheet would still print it
    # years before the workshop's own date, the clock is said first (review 34 R3-4)
    clock, review = record_note("feedback", _workshop(), today=before).split("\n\n")[1:]
    assert clock.startswith("Please check: This computer's date is 1 December 2019, more than")
    assert review == f"Please check: {WARNING}"
    assert record_note("report", _workshop().model_copy(update={"next_review": None})) == ""


def test_opening_the_file_says_so_once(shown_window, early_review_file, message_boxes):
    assert shown_window.files.open_path(early_review_file)
    assert not shown_window.undo.read_only  # it opens as any file does, to be put right
    # opened after 1 January 2020, it says what the exports would now print for that date
    assert message_boxes == [
        ("information", f"Something to check in this workshop: {EXPORT_WARNING}")
    ]


def test_a_review_that_has_only_passed_is_not_said_on_opening(
    shown_window, tmp_path, message_boxes
):
    """An old workshop's next review has passed, as it should: opening it says nothing."""
    path = tmp_path / "old.wtfc"
    save_workshop(_workshop().model_copy(update={"date": dt.date(2019, 11, 12)}), path)
    assert shown_window.files.open_path(path)
    assert message_boxes == []


def test_a_read_only_file_says_both_in_one_notice(
    shown_window, early_review_file, monkeypatch, message_boxes
):
    import wtfc.ui.open_checks as checks

    monkeypatch.setattr(checks, "marked_read_only", lambda path: path == early_review_file)
    assert shown_window.files.open_path(early_review_file)
    ((kind, text),) = message_boxes
    assert kind == "information" and text.startswith("Opened read-only: 'spring.wtfc' is marked")
    assert text.endswith(f"Save As.\n\n{READ_ONLY_WARNING}")
    assert "Set the right date on the Review board" not in text  # which this copy cannot do


def test_a_file_open_in_another_copy_says_to_put_it_right_in_a_copy(
    shown_window, early_review_file, monkeypatch, message_boxes
):
    """Opened read-only because another wtfc has it: the date is put right after Save As too."""
    import wtfc.ui.file_controller as files

    class Holder:
        def describe(self, name: str) -> str:
            return f"'{name}' is open in wtfc on another computer."

    from wtfc.ui.file_lock import FileLock  # found before "Save them…?" (open_checks)

    monkeypatch.setattr(FileLock, "acquire", lambda _lock, path: Holder())
    from wtfc.ui.file_lock import READ_ONLY  # open_lock reads the choice since 72092d19

    monkeypatch.setattr(files, "ask_about_locked_file", lambda *args: READ_ONLY)
    assert shown_window.files.open_path(early_review_file)
    assert shown_window.undo.read_only
    assert message_boxes == [
        ("information", f"Something to check in this workshop: {READ_ONLY_WARNING}")
    ]


def test_an_export_after_the_next_review_says_it_has_passed(qtbot, tmp_path, message_boxes):
    """The workshop was on 12 November, the next review set for the day before the export:
    the feedback sheet says the group will look again "at the next reviews", and "Export
    saved" says why and where to set the next one."""
    yesterday = dt.date.today() - dt.timedelta(days=1)
    ws = _workshop().model_copy(
        update={"date": yesterday - dt.timedelta(days=8), "next_review": yesterday}
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    task = ExportController(Document(ws), parent).export("feedback", tmp_path / "f.pdf")
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    # "Export saved" comes a moment after the worker ends when the progress window was up (a
    # loaded machine's slower export): it is said after that window's own processEvents
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)
    day = long_date(yesterday)
    assert message_boxes == [
        (
            "information",
            f"Export saved: Saved:\n{tmp_path / 'f.pdf'}\n\nPlease check: The next review "
            f"({day}) has passed, so the report says it has passed and the feedback sheet "
            f"gives no date for looking again. Set the date of the next one on the Review "
            f"board (Next review).",
        )
    ]


def test_a_next_review_on_the_day_of_the_export_is_not_yet_passed():
    ws = _workshop().model_copy(update={"next_review": dt.date(2026, 11, 20)})
    assert record_note("report", ws, today=dt.date(2026, 11, 20)) == ""
    assert "has passed" in record_note("report", ws, today=dt.date(2026, 11, 21))
    assert "has passed" not in record_note("posters", ws, today=dt.date(2026, 11, 21))
