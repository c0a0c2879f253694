"""The facilitator's notes on the day's plan are theirs alone: no export prints them — not the
report, the posters, the action poster, the feedback sheet or the data export (workbook and
CSV files) — and neither do the planned minutes make a note's words appear anywhere."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.data import export_csv, xlsx_bytes
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Stage, StagePlan, Workshop

TODAY = dt.date(2026, 11, 20)
SECRET = "Quokkamarmalade"  # a word nothing else in the demo holds


def _noted() -> Workshop:
    """The demo with a note on every stage, each holding the secret word."""
    agenda = [
        StagePlan(stage=s, minutes=30, notes=f"{SECRET} {s.label}: watch the time") for s in Stage
    ]
    return demo_workshop().model_copy(update={"agenda": agenda})


def test_the_demo_has_notes_to_keep_private():
    assert any(p.notes for p in demo_workshop().agenda)


@pytest.mark.parametrize(
    "pdf",
    [
        lambda w: report_pdf(w, today=TODAY, previous=demo_workshop()),
        lambda w: theme_posters_pdf(w, today=TODAY),
        lambda w: action_poster_pdf(w, today=TODAY),
        lambda w: feedback_sheet_pdf(w, today=TODAY),
    ],
    ids=["report", "theme posters", "action poster", "feedback sheet"],
)
def test_no_printed_export_holds_a_note(pdf):
    workshop = _noted()
    text = all_text(reader(pdf(workshop)))
    assert SECRET not in text
    for plan in demo_workshop().agenda:  # the demo's own notes too
        if plan.notes:
            assert squash(plan.notes)[:40] not in text
    assert "watchthetime" not in text


def test_the_data_export_holds_no_note(tmp_path):
    workshop = _noted()
    (tmp_path / "w.xlsx").write_bytes(xlsx_bytes(workshop))
    with zipfile.ZipFile(tmp_path / "w.xlsx") as book:
        sheets = "".join(book.read(n).decode("utf-8", "replace") for n in book.namelist())
    assert "Cards" in sheets or "cards" in sheets  # the workbook was read
    assert SECRET not in sheets
    files = export_csv(workshop, tmp_path / "w.csv")
    assert len(files) >= 7
    for file in files:
        assert SECRET not in file.read_text(encoding="utf-8-sig")
