"""The posters on A4 sheets while they are made and after: the bar moves on through the sheets
and Cancel stops them (it sat full for the 13-21 s a long plan's 162 sheets took, and Cancel
waited for the end), a long plan's labels tell its A1 sheets from the A4 ones, and every font
is embedded (review code-a3 #3, #7)."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from export_checks import demo_workshop, reader, squash

from wtfc.export.poster_tiles import action_poster_tiled_pdf, theme_posters_tiled_pdf
from wtfc.model.workshop import Action, Card, Kind, Priority, Role, Theme, Workshop

TODAY = dt.date(2026, 11, 29)
WHAT = "Run a trial of a booking line for community transport so people can book a lift"


def _long_plan(actions: int = 40) -> Workshop:
    """A plan too long for one A1 sheet: two A1 sheets, each on nine A4 sheets."""
    cards = [Card(id="c0", kind=Kind.NOT_WORKING, text="The bus never comes")]
    theme = Theme(id="t0", kind=Kind.NOT_WORKING, name="I can't get out", card_ids=["c0"],
                  priority=Priority(chosen=True, rank=1))
    plan = [Action(id=f"a{i}", theme_id="t0", role=Role.PROVIDERS, what=f"deed{i:04d}: {WHAT}",
                   owner="Transport Manager", by_when=dt.date(2027, 3, 1))
            for i in range(actions)]
    return Workshop(title="Transport", cards=cards, themes=[theme], actions=plan)


class Stopped(Exception):
    pass


def test_the_bar_moves_on_through_the_sheets_and_ends_once_they_are_written():
    calls: list[tuple[int, int]] = []
    pdf = action_poster_tiled_pdf(_long_plan(), today=TODAY,
                                  progress=lambda done, total: calls.append((done, total)))
    sheets = len(reader(pdf).pages)
    assert sheets == 18
    shares = [done / total for done, total in calls]
    assert shares == sorted(shares) and shares[-1] == 1.0
    # the poster fills the first half, then a step for each sheet fills the second
    assert sum(share > 0.5 for share in shares) >= sheets // 2
    assert calls[-1][0] == calls[-1][1] and calls[-2][0] < calls[-2][1]


def test_cancel_stops_the_sheets_before_they_are_written():
    seen: list[float] = []

    def progress(done: int, total: int) -> None:  # as ``stoppable`` does once Cancel is set
        seen.append(done / total)
        if done / total > 0.6:
            raise Stopped

    with pytest.raises(Stopped):
        action_poster_tiled_pdf(_long_plan(), today=TODAY, progress=progress)
    assert 0.6 < seen[-1] < 1.0  # stopped among the sheets, not after the last one


def test_a_long_plans_labels_tell_its_a1_sheets_from_the_a4_sheets():
    texts = [squash(page.extract_text())
             for page in reader(action_poster_tiled_pdf(_long_plan(), today=TODAY)).pages]
    assert squash("Action plan A1 sheet 1 of 2 — A4 sheet 1 of 9 (top left)") in texts[0]
    assert squash("Action plan A1 sheet 2 of 2 — A4 sheet 5 of 9 (centre)") in texts[13]
    assert squash("lay it over sheets 2 and 4 up to their dashed lines") in texts[13]


def test_every_font_on_the_sheets_is_embedded(tmp_path):
    out = tmp_path / "t.pdf"
    out.write_bytes(theme_posters_tiled_pdf(demo_workshop(), today=TODAY))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout
    assert "Helvetica" not in fonts  # the overlay's default font: a print shop's preflight
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts
