"""The rules between table rows are dark and thick enough to print.

They were 28% grey (#B8B8B8) at 0.5 pt in the report and 0.75 pt on the A1 action poster, which
is 0.27 pt once the poster is printed on A4: a laser printer screens so light a grey into dots,
so the line came out dotted or not at all. Now no line in the report is under 1 pt, none on the
action poster under 2 pt (0.7 pt on A4), and the rule's grey is dark enough to print whole while
still lighter than the muted text, so a table still reads as words, not a grid."""

from __future__ import annotations

import pytest
from every_pdf import demo_pdfs
from export_checks import reader
from pypdf.generic import ContentStream

from wtfc.export.look import MUTED, RULE


def strokes(data: bytes) -> list[tuple[tuple[float, ...], float]]:
    """Every line stroked in a PDF, as (its stroke colour, its width in points)."""
    found = []
    pdf = reader(data)
    for page in pdf.pages:
        colour, width, saved = (0.0, 0.0, 0.0), 1.0, []
        for operands, operator in ContentStream(page.get_contents(), pdf).operations:
            if operator == b"RG":
                colour = tuple(round(float(x), 3) for x in operands)
            elif operator == b"w":
                width = float(operands[0])
            elif operator == b"q":
                saved.append((colour, width))
            elif operator == b"Q" and saved:
                colour, width = saved.pop()
            elif operator in (b"S", b"s", b"B", b"b"):
                found.append((colour, width))
    return found


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    return demo_pdfs()


def rule_colour() -> tuple[float, ...]:
    return tuple(round(x, 3) for x in RULE.rgb())


@pytest.mark.parametrize(("which", "thinnest"), [("report", 1.0), ("action poster", 2.0)])
def test_every_line_and_every_row_rule_is_thick_enough_to_print(pdfs, which, thinnest):
    lines = strokes(pdfs[which])
    rows = [width for colour, width in lines if colour == rule_colour()]
    assert rows, "the tables have rules between their rows"
    assert min(width for _, width in lines) >= thinnest


def test_the_rule_is_dark_enough_to_print_but_lighter_than_muted_text():
    grey = sum(RULE.rgb()) / 3
    assert grey <= 0.6  # was 0.72: screened into dots by a laser printer
    assert grey > sum(MUTED.rgb()) / 3 + 0.2  # quiet beside the words
