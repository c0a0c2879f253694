"""The chart's scale: its numbers a digit apart, measured on the numbers it prints. The step
once measured the biggest theme's own number ("511", "1,715": 1s are narrow in the report's
font), so "300 400 500" and "1,000 1,500" came 2-5 pt apart."""

from __future__ import annotations

import itertools

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from test_report_chart_scale import TODAY, _scale, _workshop

from wtfc.export import fonts as f
from wtfc.export.chart import LABEL_SIZE
from wtfc.export.report import report_pdf


@pytest.mark.parametrize("most", [67, 111, 241, 511, 1715])
def test_the_scales_numbers_stand_apart_with_narrow_ones(most):
    numbers = _scale(report_pdf(_workshop(most), today=TODAY))
    digit = stringWidth("0", f.REGULAR, LABEL_SIZE)
    for (x, text), (next_x, _) in itertools.pairwise(numbers):
        gap = next_x - (x + stringWidth(text, f.REGULAR, LABEL_SIZE))
        assert gap >= digit * 0.9, (most, [t for _, t in numbers], round(gap, 1))
