# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""File → Export suggests a file named after the workshop (its title and date, as every export
prints them) beside the workshop's file, or in the folder last exported to: every workshop's
report was suggested as /root/workshop-report.pdf, and one export wrote over another's."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from window_fixtures import isolated_settings, shown_window  # noqa: F401

from wtfc.model.storage import save_workshop
from wtfc.model.temporary_files import temporary_beside
from wtfc.model.workshop import Action, Card, Kind, Priority, Role, Theme, Workshop
from wtfc.ui.documents_folder import documents_or_home
from wtfc.ui.file_names import safe_name

NAMES = {
    "posters": "theme posters.pdf",
    "action-poster": "action poster.pdf",
    "report": "workshop report.pdf",
    "data": "workshop data.xlsx",
}


def _workshop(title: str, date: dt.date | None) -> Workshop:
    """Enough for every export to ask for a file: a priority theme with an action."""
    return Workshop(
        title=title,
        date=date,
        venue="Riverside Hall",
        facilitator="Jane Smith",
        cards=[Card(id="c1", kind=Kind.WORKING, text="My carer is kind")],
        themes=[
            Theme(
                id="t1",
                kind=Kind.WORKING,
                name="I like my carer",
                card_ids=["c1"],
                priority=Priority(chosen=True, rank=1),
            )
        ],
        actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what="Keep the same carer")],
    )


class SaveDialog:
    """Stands in for the Save dialog: notes where it started and answers ``answer`` ("" is
    Cancel)."""

    def __init__(self) -> None:
        self.starts: list[str] = []
        self.answer = ""

    def __call__(self, _parent, _title, start, _filter, *args, **kwargs) -> tuple[str, str]:
        self.starts.append(start)
        return self.answer, ""


@pytest.fixture
def asked(monkeypatch) -> SaveDialog:
    dialog = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return dialog


def _export(window, key: str) -> None:
    window.findChild(QAction, f"export_{key}").trigger()


def _open(window, folder: Path, ws: Workshop) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "spring.wtfc"
    save_workshop(ws, path)
    assert window.files.open_path(path, confirmed=True)
    return path


def test_each_export_is_named_after_the_workshop_beside_its_file(shown_window, asked, tmp_path):
    folder = tmp_path / "Workshops"
    _open(shown_window, folder, _workshop("Spring workshop", dt.date(2026, 11, 12)))
    for key in NAMES:
        _export(shown_window, key)
    assert asked.starts == [
        str(folder / f"Spring workshop 12 November 2026 – {name}") for name in NAMES.values()
    ]


def test_the_folder_last_exported_to_is_suggested_next(shown_window, asked, tmp_path, monkeypatch):
    _open(shown_window, tmp_path / "Workshops", _workshop("Spring workshop", None))
    written: list[tuple[str, Path]] = []
    monkeypatch.setattr(
        shown_window.exports, "export", lambda key, path, **_: written.append((key, path))
    )
    asked.answer = str(tmp_path / "For commissioners" / "report.pdf")
    _export(shown_window, "report")
    asked.answer = ""
    _export(shown_window, "posters")
    assert written == [("report", tmp_path / "For commissioners" / "report.pdf")]
    assert asked.starts[1] == str(
        tmp_path / "For commissioners" / "Spring workshop – theme posters.pdf"
    )


def test_a_title_is_made_safe_for_a_file_name_and_nothing_else_is_added(
    shown_window, asked, tmp_path
):
    folder = tmp_path / "Workshops"
    _open(
        shown_window,
        folder,
        _workshop("Older people's services — Riverside/North: what next?", dt.date(2026, 11, 12)),
    )
    _export(shown_window, "report")
    [start] = asked.starts
    assert Path(start).parent == folder  # a "/" in the title makes no folder of its own
    assert Path(start).name == (
        "Older peoples services Riverside North what next 12 November 2026 – workshop report.pdf"
    )
    assert "Jane" not in start and "Riverside Hall" not in start  # only the printed title


def test_an_untitled_unsaved_workshop_gets_the_exports_own_name(shown_window, asked):
    _export(shown_window, "report")
    assert asked.starts == [str(documents_or_home() / "workshop report.pdf")]


def test_a_very_long_title_is_cut_at_a_word():
    name = safe_name(
        "Older people's services in Riverside, North, Old Town, Hillside and "
        "East Moor — Working Together for Change, autumn 2026 cycle"
    )
    assert len(name) <= 50 and not name.endswith(" ")
    assert name == "Older peoples services in Riverside North Old Town"
    assert safe_name("x" * 300) == "x" * 50


def test_every_export_named_after_a_long_title_fits_a_deep_onedrive_folder():
    """80 characters of the title put the A4-sheet exports at 247 characters in a
    146-character OneDrive for Business folder, near Windows' 259."""
    import ntpath

    from wtfc.ui.export_actions import EXPORTS, suggested_name

    folder = (r"C:\Users\samantha.richardson-clarke\OneDrive - Northshire County Council"
              r"\Documents\Adult Social Care\Working Together for Change\2026 Spring cycle")
    title = ("Older people's services in Northshire — Working Together for Change, spring "
             "cycle")
    workshop = _workshop(title, dt.date(2026, 9, 30))
    longest = max(len(ntpath.join(folder, suggested_name(workshop, kind))) for kind in EXPORTS)
    assert longest <= 250  # room for a subfolder's name besides


def test_a_title_still_being_typed_names_the_export(shown_window, asked, tmp_path, monkeypatch):
    """A name taken out of the title on Prepare, the box not yet left, stays out of the name
    the export suggests (the name was made before the typing was recorded)."""
    from wtfc.model.workshop import Stage

    folder = tmp_path / "Workshops"
    _open(shown_window, folder, _workshop("Review of Mrs Patel's care", dt.date(2026, 11, 12)))
    shown_window.go_to_stage(Stage.PREPARE)
    shown_window.page(Stage.PREPARE).title.setText("Northfield home care review")
    _export(shown_window, "report")
    assert asked.starts == [
        str(folder / "Northfield home care review 12 November 2026 – workshop report.pdf")
    ]
    assert shown_window.doc.workshop.title == "Northfield home care review"


@pytest.mark.parametrize(
    "title, names",
    [("Review of Mrs Patel's care", ()), ("Tuesday group with Joan Carter", ("Joan Carter",))],
)
def test_a_title_the_guard_flags_never_names_an_export(
    shown_window, asked, tmp_path, message_boxes, monkeypatch, title, names
):
    """Each export is offered by date only when the guard finds a possible personal detail in
    the title (a name to watch too): the data export, which never prints the title, wrote
    'Review of Mrs Patels care … – workshop data.xlsx' without a question, and the PDFs' name
    was offered before the question about their title."""
    folder = tmp_path / "Workshops"
    _open(shown_window, folder, _workshop(title, dt.date(2026, 11, 12)))
    shown_window.doc.names_to_watch = names
    for key in NAMES:
        _export(shown_window, key)
    assert asked.starts == [str(folder / f"12 November 2026 – {name}") for name in NAMES.values()]

    asked.answer = asked.starts[-1]  # the data export, taken as offered
    # it prints the title on its About sheet, so it asks first (cd023947): "Export anyway"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    _export(shown_window, "data")
    task = shown_window.exports.task
    assert task is not None and task.wait(20_000)
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".xlsx") == [
        "12 November 2026 – workshop data.xlsx"
    ]
    assert not [m for m in message_boxes if m[0] == "question"]  # nothing was asked


@pytest.mark.parametrize(
    "title",
    [
        "আমি জানি না কে আসবে",  # Bengali: vowel signs
        "नमस्ते दुनिया",  # Hindi: a virama in स्ते
        "ਪੰਜਾਬੀ ਸਭਾ",  # Punjabi: a tippi
        "क्\u200dष",  # a zero-width joiner, asking for a half form
        "می\u200cخواهم",  # a zero-width non-joiner keeping two letters apart
        "Cafe\u0301 cre\u0300me",  # accents typed as their own characters
    ],
)
def test_a_title_keeps_its_vowel_signs_accents_and_joiners(title):
    """Vowel signs, viramas, accents and joiners became spaces: 'আম জ ন ন ক আসব'."""
    assert safe_name(title) == title


def test_a_title_in_bengali_names_the_export_and_the_saved_workshop(shown_window, asked, tmp_path):
    from wtfc.model.workshop import Stage

    folder = tmp_path / "Workshops"
    _open(shown_window, folder, _workshop("আমি জানি না কে আসবে", dt.date(2026, 11, 12)))
    _export(shown_window, "report")
    assert asked.starts == [
        str(folder / "আমি জানি না কে আসবে 12 November 2026 – workshop report.pdf")
    ]

    shown_window.files.path = None  # an unsaved workshop, named on Prepare
    shown_window.go_to_stage(Stage.PREPARE)
    shown_window.page(Stage.PREPARE).title.setText("नमस्ते दुनिया")
    shown_window.files.save_as_dialog()
    assert asked.starts[-1] == str(documents_or_home() / "नमस्ते दुनिया.wtfc")


def test_a_long_title_in_an_indian_script_still_gives_a_name_that_can_be_saved(tmp_path):
    """80 Tamil characters are up to 240 bytes: with the date and the export's name, past the
    255 a file name may have, so the export could not be written."""
    from wtfc.ui.export_actions import EXPORTS, suggested_name

    title = " ".join(["ஒருங்கிணைந்த சமூகப் பராமரிப்பு சேவைகள் மறுஆய்வுக் கூட்டம்"] * 6)[:300]
    for kind in EXPORTS:
        name = suggested_name(_workshop(title, dt.date(2026, 11, 12)), kind)
        assert name.startswith("ஒருங்கிணைந்த சமூகப் பராமரிப்பு சேவைகள்")
        assert name.endswith(f"12 November 2026 – {kind.default_name}")
        (tmp_path / name).write_bytes(b"")  # the system takes the name
        os.close(temporary_beside(tmp_path / name)[0])  # and the temporary file's


def test_save_as_never_offers_a_name_from_a_title_the_guard_flags(shown_window, asked):
    """A new workshop's Save As offered 'Review of Mrs Patels care.wtfc': the file's name shows
    in the title bar (often on the projector) and in Open recent, and goes wherever it is sent."""
    from wtfc.model.workshop import Stage

    shown_window.go_to_stage(Stage.PREPARE)
    shown_window.page(Stage.PREPARE).title.setText("Review of Mrs Patel's care")
    shown_window.files.save_as_dialog()
    assert asked.starts[-1] == str(documents_or_home() / "workshop.wtfc")

    shown_window.page(Stage.PREPARE).title.setText("Northfield care review")
    shown_window.files.save_as_dialog()
    assert asked.starts[-1] == str(documents_or_home() / "Northfield care review.wtfc")
