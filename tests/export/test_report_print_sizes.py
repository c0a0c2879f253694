"""No words in the report are smaller than 11 pt: its action tables (most of a report) were
10.5 pt, the charts' labels 9.5 pt and their scale 9 pt, and the page foot's "Page 6 of 16"
9.5 pt, below clear-print guidance for a report sent to older people's organisations, whose
chair may be named as an action's owner."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import demo_report_pdf, reader, text_sizes

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize("previous", [False, True], ids=["demo", "since last time"])
def test_no_text_in_the_report_is_under_11_pt(previous):
    pdf = reader(demo_report_pdf(TODAY, previous=previous))
    sizes = {n + 1: text_sizes(pdf, n) for n in range(len(pdf.pages))}
    assert min(min(s) for s in sizes.values()) >= 11, sizes
    assert 12 in sizes[6]  # page 6's action table, its cells at the body's size


def test_every_page_foot_is_11_pt():
    pdf = reader(demo_report_pdf(TODAY))
    for page in pdf.pages[1:]:
        found: list[float] = []

        def visit(text, cm, tm, font, size, found=found):
            if text.startswith("Page "):
                found.append(round(size * tm[0] * cm[0], 1))

        page.extract_text(visitor_text=visit)
        assert found == [11.0]
