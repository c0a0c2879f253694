"""At a big borough's scale, last year's ~30 success statements of a theme sat in the narrow
Theme cell of the report's "Since last time" table: a priority's yardsticks ran over a page with
the Change, Kind and People cells empty beside them, and 60 themes took 14 pages. They are now a
row across the table under the theme's row, as the Review board's italic row spans its table."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
from pathlib import Path

import pytest

from tests.model.reviewed_workshops import NW, W, reviewed
from wtfc.export.report import report_pdf
from wtfc.model.workshop import Perspective, SuccessStatement, Workshop

TODAY = dt.date(2026, 11, 30)
THEMES = 8
SAID = ["I know who is coming and when, and someone rings if they are late",
        "Information reaches me before I need it, in plain words",
        "We have time to do our job properly and we are valued",
        "Our contracts reward providers who keep the same carers with the same people",
        "I get out to the places I enjoy at least once a week"]


def _theme(i: int) -> str:
    return f"Theme {i} about carers coming late"


def _big_review() -> tuple[Workshop, Workshop]:
    """Last time: 8 themes, each said by 3 of 40 people, each with 32 success statements
    (8 of each voice); this time each is said by 9 of 40, so every one is in the table."""
    last = reviewed({_theme(i): (NW if i % 2 else W, f"words {i}", 3) for i in range(THEMES)}, 40)
    now = reviewed({_theme(i): (NW if i % 2 else W, f"words {i}", 9) for i in range(THEMES)}, 40)
    success = [SuccessStatement(theme_id=t.id, perspective=whose,
                                text=f"{SAID[(n + j) % len(SAID)]} ({n}).")
               for t in last.themes if t.name.startswith("Theme")
               for j, whose in enumerate(Perspective) for n in range(8)]
    return last.model_copy(update={"success": success}), now


@pytest.fixture(scope="module")
def pdf(tmp_path_factory) -> Path:
    last, now = _big_review()
    path = tmp_path_factory.mktemp("since") / "report.pdf"
    path.write_bytes(report_pdf(now, today=TODAY, previous=last))
    return path


def _pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    return out.split("\f")


def _words(path: Path, page: int) -> list[tuple[float, float, str]]:
    """(left, right, word) of each word on a page (1-based), as pdftotext places it."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path),
                          "-"], check=True, capture_output=True, text=True, timeout=60).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">'
                       r"(.*?)</word>", out)
    return [(float(x0), float(x1), html.unescape(w)) for x0, x1, w in words]


def test_last_time_s_success_statements_run_across_the_table_under_their_theme(pdf):
    pages = _pages(pdf)
    first = next(i for i, t in enumerate(pages) if t.startswith("Since last time")) + 1
    words = _words(pdf, first)
    theme_left = next(x0 for x0, _, w in words if w == "Theme")
    people_left = next(x0 for x0, _, w in words if w == "People")
    said = [(x0, x1) for x0, x1, w in words if w in ("“Information", "“I", "“We", "“Our")]
    assert said
    # set in under the theme's row from the left of the table, and on past the Theme column
    assert min(x0 for x0, _ in said) < theme_left
    assert max(x1 for _, x1 in said) > people_left
    head = next(x0 for x0, _, w in words if w == "What")  # "What we said success would…"
    assert head < theme_left


def test_the_chapter_s_themes_take_few_pages_and_no_theme_row_ends_a_page_alone(pdf):
    pages = _pages(pdf)
    first = next(i for i, t in enumerate(pages) if t.startswith("Since last time"))
    actions = next(i for i, t in enumerate(pages) if "Last time's actions" in t and i > first)
    # 8 themes of 32 statements, to the actions' heading: 11 pages in the Theme cell, 5 across
    # at 10.5 pt (7 at 12 pt, which this allows)
    assert actions - first + 1 <= 7
    # up to the actions' heading: the themes' chapter may start on that page now, its titles
    # the same words as the table's themes
    for text in [*pages[first:actions], pages[actions].split("Last time's actions")[0]]:
        # a theme's row at a page's foot has the first of its yardsticks under it, never
        # all of them overleaf where they would read as the next theme's
        if (last := text.rfind("about carers coming late")) >= 0:
            assert "What we said success would look like" in text[last:]


def test_a_page_never_ends_on_a_theme_s_row_with_all_its_yardsticks_overleaf():
    """Wherever the page's foot falls in the table, the page ends inside or after a theme's
    yardsticks: the first of them go with the theme's row, or the row goes over with them."""
    from types import SimpleNamespace

    from wtfc.export.report_review import Across, _theme_table
    from wtfc.export.report_sections import TEXT_WIDTH, Styles
    from wtfc.model.compare import compare_workshops
    from wtfc.model.last_time_yardsticks import yardsticks

    last, now = _big_review()
    changed = [t for t in compare_workshops(last, now, today=TODAY).themes
               if t.name.startswith("Theme")]
    content = SimpleNamespace(priority_themes=[])
    # one table tried at every height, as a page's frame tries what comes to it: a split
    # makes new tables of its parts and leaves this one as it was (a new table each height,
    # the same parts, took 13x as long to lay out the same 256 statements again)
    table = _theme_table(changed, content, Styles(), yardsticks(last))
    ends = set()
    for height in range(120, 760, 7):
        table.wrap(TEXT_WIDTH, height)
        parts = [x for x in table.split(TEXT_WIDTH, height) if hasattr(x, "_cellvalues")]
        if len(parts) == 2 and len(parts[0]._cellvalues) > 1:
            cell = parts[0]._cellvalues[-1][0]
            ends.add(type(cell[0] if isinstance(cell, list | tuple) else cell).__name__)
    assert ends == {Across.__name__}
