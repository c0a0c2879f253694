"""File ▸ Export's Save dialog answered with the open workshop's own file (its "Replace?"
answered Yes, taken for last week's export): the workshop became a PDF, "Export saved" was said,
and next morning it would not open (review W2 S1). Such an answer is refused in plain words and
the dialog asked again; the command line's ending rule holds in the window too."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from wtfc.export.cli import main_export
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Priority, Theme, Workshop
from wtfc.ui.export_actions import EXPORTS, ExportController

KINDS = {(kind.key, kind.tiles): kind for kind in EXPORTS}
REPORT = KINDS[("report", False)]


def workshop() -> Workshop:
    return Workshop(title="North reviews",
                    cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="Carers are always late")],
                    themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I am kept waiting",
                                  card_ids=["c1"], priority=Priority(chosen=True, rank=1))])


def exporting(qtbot, monkeypatch, answers: list[str], workshop_file: Path | None):
    """A controller whose window has ``workshop_file`` open, its Save dialog answered with
    ``answers`` in turn ("" for Cancel); returns it, the dialog's openings, and the exports
    started (key, path) — none is run."""
    asked: list[str] = []
    started: list[tuple[str, Path]] = []

    def dialog(_parent, _title, start, _filter):
        asked.append(start)
        return (answers.pop(0) if answers else ""), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.files = SimpleNamespace(path=workshop_file)  # type: ignore[attr-defined]
    exports = ExportController(Document(workshop()), parent)
    monkeypatch.setattr(exports, "export",
                        lambda key, path, tiles=False: started.append((key, path)))
    return exports, asked, started


def warnings(message_boxes) -> list[str]:
    return [text for kind, text in message_boxes if kind == "warning"]


@pytest.mark.parametrize("kind", EXPORTS, ids=lambda k: k.name)
def test_the_open_workshops_own_file_is_refused_and_asked_again(qtbot, tmp_path, monkeypatch,
                                                                message_boxes, kind):
    day = tmp_path / "North reviews.wtfc"
    save_workshop(workshop(), day)
    exports, asked, started = exporting(qtbot, monkeypatch, [str(day), ""], day)
    exports.ask_and_export(kind)
    assert started == []  # nothing exported
    assert len(asked) == 2  # asked again, then cancelled
    assert warnings(message_boxes) == [
        "Choose another name: 'North reviews.wtfc' is this workshop's own file. An export "
        "saved there would replace the workshop, and the day's work would be lost. Choose "
        "another name for the export."]
    assert [card.text for card in load_workshop(day).workshop.cards] == ["Carers are always late"]


def test_a_workshop_saved_with_a_pdf_ending_is_refused_too(qtbot, tmp_path, monkeypatch,
                                                          message_boxes):
    """Whatever its ending, and typed with no ending ("day" → "day.pdf"), or by another way
    to the same file."""
    day = tmp_path / "day.pdf"
    save_workshop(workshop(), day)
    answers = [str(day), str(tmp_path / "day"), str(tmp_path / "sub" / ".." / "day.pdf"), ""]
    exports, asked, started = exporting(qtbot, monkeypatch, answers, day)
    exports.ask_and_export(REPORT)
    assert started == [] and len(asked) == 4
    assert len(warnings(message_boxes)) == 3
    assert all("'day.pdf' is this workshop's own file" in said for said in warnings(message_boxes))
    assert load_workshop(day).workshop.cards


@pytest.mark.parametrize("name", ["last week.wtfc", "North reviews.wtfc.bak",
                                  "North reviews.wtfc.bak2", "North reviews.wtfc.lock",
                                  "snapshot.wtfc-recovery"])
def test_any_workshop_file_or_what_wtfc_keeps_beside_one_is_refused(qtbot, tmp_path, monkeypatch,
                                                                    message_boxes, name):
    exports, asked, started = exporting(qtbot, monkeypatch, [str(tmp_path / name), ""], None)
    exports.ask_and_export(KINDS[("data", False)])
    assert started == [] and len(asked) == 2
    assert warnings(message_boxes) == [
        f"Choose another name: '{name}' is a workshop file (or one wtfc keeps beside a "
        f"workshop). An export saved there would replace it. Choose another name for the "
        f"export."]


def test_the_command_lines_ending_rule_holds_in_the_window(qtbot, tmp_path, monkeypatch,
                                                          message_boxes):
    answers = [str(tmp_path / "report.docx"), str(tmp_path / "report")]
    exports, asked, started = exporting(qtbot, monkeypatch, answers, tmp_path / "day.wtfc")
    exports.ask_and_export(REPORT)
    assert warnings(message_boxes) == [
        "Choose another name: 'report.docx' does not end in .pdf, but the report export is a "
        "PDF file. Name it report.pdf (or leave the ending off and wtfc adds it)."]
    assert started == [("report", tmp_path / "report.pdf")] and len(asked) == 2  # .pdf added
    data = KINDS[("data", False)]
    for typed, written in (("d.txt", None), ("d", "d.xlsx"), ("d.CSV", "d.CSV"),
                           ("Spring. Final", "Spring. Final.xlsx")):
        message_boxes.clear()
        exports, _asked, started = exporting(qtbot, monkeypatch, [str(tmp_path / typed)], None)
        exports.ask_and_export(data)
        if written is None:
            assert started == [] and warnings(message_boxes)[0].startswith(
                "Choose another name: 'd.txt' does not end in .xlsx or .csv.")
        else:
            assert started == [("data", tmp_path / written)] and not message_boxes


def test_a_name_given_its_ending_asks_before_replacing_that_file(qtbot, tmp_path, monkeypatch,
                                                                 message_boxes):
    """The dialog asked "Replace?" about "report", not "report.pdf" which is there."""
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 last week's")
    exports, _asked, started = exporting(qtbot, monkeypatch, [str(tmp_path / "report")], None)
    exports.ask_and_export(REPORT)
    assert started == []  # the fixture answers "Replace?" with No
    assert [kind for kind, _ in message_boxes] == ["question"]


def test_the_command_line_still_refuses_a_workshop_file_as_the_output(tmp_path, capsys):
    spring = tmp_path / "spring.wtfc"
    save_workshop(workshop(), spring)
    assert main_export(["report", str(spring), "-o", str(spring)]) == 2
    assert "'spring.wtfc' does not end in .pdf" in capsys.readouterr().err
    assert load_workshop(spring).workshop.cards
