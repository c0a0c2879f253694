"""The "Themes at a glance" scale: its numbers (11 pt, as all the report's text) stand apart
at any size of consultation. With the step chosen only as "at most 8 steps", a biggest theme
of 77-80 or 120-160 people printed "0 20406080100120140160" under the bars: the step now
also leaves at least a digit's width between numbers, at the width they print."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from export_checks import reader
from reportlab.pdfbase.pdfmetrics import stringWidth

from wtfc.export import fonts as f
from wtfc.export.chart import LABEL_SIZE
from wtfc.export.report import report_pdf
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

TODAY = dt.date(2026, 11, 29)
NUMBER = re.compile(r"^\d[\d,]*$")


def _workshop(most: int) -> Workshop:
    """A "Not working" theme from ``most`` people, one card each, and a smaller one."""
    people = [Person(id=f"P{i:04}") for i in range(most)]
    cards = [Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=f"card {i}", person=p.id)
             for i, p in enumerate(people)]
    small = [Card(id="s0", kind=Kind.NOT_WORKING, text="a lonely card", person="P0000")]
    themes = [Theme(id="big", kind=Kind.NOT_WORKING, name="I am not listened to",
                    card_ids=[c.id for c in cards]),
              Theme(id="small", kind=Kind.NOT_WORKING, name="I feel lonely", card_ids=["s0"])]
    return Workshop(title="Scale", date=dt.date(2026, 11, 12), people=people,
                    cards=cards + small, themes=themes)


def _scale(pdf: bytes) -> list[tuple[float, str]]:
    """The scale's numbers on page 2, left to right: (left edge, text)."""
    rows: dict[float, list[tuple[float, str]]] = {}

    def visit(text, cm, tm, font, size):
        if NUMBER.match(text.strip()):
            y = round(tm[5] * cm[3] + cm[5], 1)
            rows.setdefault(y, []).append((tm[4] * cm[0] + cm[4], text.strip()))

    reader(pdf).pages[1].extract_text(visitor_text=visit)
    scale = max(rows.values(), key=len)  # the one row of many numbers
    return sorted(scale)


@pytest.mark.parametrize("most", [10, 40, 77, 80, 125, 160, 300, 999])
def test_the_scales_numbers_stand_apart(most):
    numbers = _scale(report_pdf(_workshop(most), today=TODAY))
    assert numbers[0][1] == "0" and len(numbers) >= 2  # 999: "0  500", the bar to 999
    digit = stringWidth("0", f.REGULAR, LABEL_SIZE)
    for (x, text), (next_x, _) in itertools.pairwise(numbers):
        gap = next_x - (x + stringWidth(text, f.REGULAR, LABEL_SIZE))
        assert gap >= digit * 0.9, (most, [t for _, t in numbers])
