"""The action poster is one A1 sheet whenever type no smaller than 24 pt lets it be; past that
it takes as few sheets as it must, shared evenly, and ``wtfc export --help`` says so."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import reader, squash, text_sizes

from wtfc.export.action_poster import SMALLEST, action_poster_pdf
from wtfc.export.cli import main_export
from wtfc.model.workshop import Action, Card, Kind, Priority, Role, Theme, Workshop

LONG_WHAT = ("Run a trial of a booking line for community transport so people can book a lift "
             "the day before")


def _plan(actions: int, themes: int = 1) -> Workshop:
    """``actions`` two-line actions, shared between ``themes`` priority themes."""
    cards = [Card(id=f"c{t}", kind=Kind.NOT_WORKING, text="The bus never comes")
             for t in range(themes)]
    chosen = [Theme(id=f"t{t}", kind=Kind.NOT_WORKING, name=f"I can't get out {t}",
                    card_ids=[f"c{t}"], priority=Priority(chosen=True, rank=t + 1))
              for t in range(themes)]
    plan = [Action(id=f"a{i}", theme_id=f"t{i * themes // actions}", role=Role.PROVIDERS,
                   what=f"deed{i:04d}: {LONG_WHAT}", owner="Transport Manager",
                   by_when=dt.date(2027, 3, 1)) for i in range(actions)]
    return Workshop(title="Transport", cards=cards, themes=chosen, actions=plan)


def _sheets(workshop: Workshop) -> list[str]:
    pdf = reader(action_poster_pdf(workshop, today=dt.date(2026, 11, 28)))
    for index in range(len(pdf.pages)):
        assert min(text_sizes(pdf, index)) >= SMALLEST
    return [squash(page.extract_text()) for page in pdf.pages]


def test_the_legible_floor_is_24_pt():
    assert SMALLEST == 24  # 12 pt when printed on A3, as the report's body text


def test_21_actions_in_one_role_fit_one_sheet():
    # At 28 pt they took a second A1 sheet that carried two rows and was 95% blank.
    [sheet] = _sheets(_plan(21))
    assert all(f"deed{i:04d}" in sheet for i in range(21))


@pytest.mark.parametrize(("actions", "themes"), [(30, 1), (45, 2), (90, 3)])
def test_what_cannot_fit_one_sheet_is_shared_evenly_between_the_fewest_sheets(actions,
                                                                               themes):
    sheets = _sheets(_plan(actions, themes))
    assert len(sheets) >= 2
    rows = [sheet.count("deed0") for sheet in sheets]
    assert sum(rows) == actions  # each action once
    assert min(rows) >= max(rows) * 0.6, rows  # no sheet of a few rows at the top
    for number, sheet in enumerate(sheets, start=1):
        assert squash(f"sheet {number} of {len(sheets)}") in sheet


def test_help_says_one_sheet_when_it_fits(capsys):
    assert main_export(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "on one A1 portrait sheet (PDF)" not in out
    assert "on one A1 portrait sheet when it fits at 24 pt or larger" in out
