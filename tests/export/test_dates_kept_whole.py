"""A date in running text is never parted over two lines: the large-print feedback sheet read
"By 31" at one line's end and "January 2027. Started." on the next, and a theme poster "By 30
June" / "2027". Day, month and year (and the "By" before them) are joined by no-break spaces,
which Atkinson Hyperlegible draws as a space."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import demo_workshop, reader, squash

from wtfc.export.content import ExportContent, format_date, whole_date
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import ActionStatus

TODAY = dt.date(2026, 11, 29)


def _lines(pdf: bytes) -> list[str]:
    """Every line of every page, as a PDF reader copies it, no-break spaces as spaces."""
    return [" ".join(line.replace("\xa0", " ").split())
            for page in reader(pdf).pages for line in page.extract_text().splitlines()]


@pytest.mark.parametrize("export", [feedback_sheet_pdf, theme_posters_pdf],
                         ids=["feedback_sheet", "theme_posters"])
def test_every_action_date_is_on_one_line_with_its_by(export):
    ws = demo_workshop()
    lines = _lines(export(ws, today=TODAY))
    chosen = {t.theme.id for t in ExportContent(ws, today=TODAY).priority_themes}
    text = " ".join(lines)
    shown = [a for a in ws.actions if a.by_when and a.theme_id in chosen
             and a.status != ActionStatus.DROPPED and squash(a.what[:40]) in squash(text)]
    dates = {f"By {format_date(a.by_when)}" for a in shown}
    assert len(dates) >= 8
    assert [d for d in dates if not any(d in line for line in lines)] == []
    as_of = ("Action status as of 29 November 2026.",
             "This is how things stood on 29 November 2026.")
    assert any(any(said in line for line in lines) for said in as_of)


def test_a_whole_date_reads_as_format_date_but_never_breaks():
    day = dt.date(2027, 1, 31)
    assert whole_date(day) == "31\xa0January\xa02027"
    assert whole_date(day).replace("\xa0", " ") == format_date(day) == "31 January 2027"
    assert whole_date(None) == ""
