"""The action poster's "Owner" column breaks a name between words or after a hyphen, never
inside a word.

A small plan is set in the largest type (40 pt on A1), where the column's fixed fifth of the
sheet was narrower than "Commissioning,": it read "Head of Commi" over "ssioning, Adult", and
"Dr Olumide Ad" over "ebayo-Okonkw" over "o" (review 23 code_d1 F3). The column now widens to
the widest part of an owner's name, from "What we will do", which keeps 40% of the sheet.
"""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import reader

from wtfc.export import action_poster_table as table
from wtfc.export.action_poster import MARGIN, PAGE, SIZES, action_poster_pdf
from wtfc.export.content import ExportContent
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Priority, Role, Theme, Workshop

TODAY = dt.date(2026, 11, 29)
WIDTH = PAGE[0] - 2 * MARGIN


def _plan(*owners: str) -> Workshop:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I never know who is coming",
                  card_ids=["c1"], priority=Priority(chosen=True, rank=1))
    actions = [Action(theme_id="t1", role=Role.COMMISSIONERS, owner=owner,
                      what="Write the rota into every home care contract",
                      by_when=dt.date(2027, 9, 30), status=ActionStatus.NOT_STARTED)
               for owner in owners]
    return Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.NOT_WORKING,
                                                text="Different carers every week")],
                    themes=[theme], actions=actions)


def _lines(workshop: Workshop) -> list[str]:
    pdf = reader(action_poster_pdf(workshop, today=TODAY))
    return [line.strip() for page in pdf.pages for line in page.extract_text().split("\n")]


@pytest.mark.parametrize(("owner", "whole", "cut"), [
    ("Head of Commissioning, Adult Social Care", ["Commissioning,"], ("Commi",)),
    ("Dr Olumide Adebayo-Okonkwo", ["Adebayo-", "Okonkwo"], ("Ad", "Okonkw")),
    ("Councillor Bartholomew-Fitzgerald", ["Bartholomew-", "Fitzgerald"], ("Bart", "Fitzg")),
])
def test_a_long_owner_in_the_largest_type_breaks_between_words_or_after_a_hyphen(
        owner, whole, cut):
    lines = _lines(_plan(owner, "Forum chair"))
    for part in whole:  # each at a line's start or end: the name was broken there
        assert any(line.startswith(part) or line.endswith(part) for line in lines), lines
    assert not any(line.endswith(cut) for line in lines), lines


def test_an_owner_that_fits_is_not_parted_at_its_hyphen():
    lines = _lines(_plan("Jo Smith-Jones", "Forum chair"))
    assert "Jo Smith-Jones" in lines


@pytest.mark.parametrize("size", SIZES)
def test_what_we_will_do_keeps_two_fifths_of_the_sheet_at_every_size(size):
    content = ExportContent(_plan("Supercalifragilisticexpialidocious-Commissioning,"),
                            today=TODAY)
    widths = table._widths(size, WIDTH, table.owner_parts(content))
    assert widths[1] >= WIDTH * 0.40 - 0.01
    assert widths[2] >= WIDTH * 0.20 - 0.01  # the owner never narrower than it was
    assert sum(widths) == pytest.approx(WIDTH)


def test_short_owners_keep_the_column_its_fifth():
    content = ExportContent(_plan("Forum chair", "Safeguarding lead"), today=TODAY)
    assert table._widths(40, WIDTH, table.owner_parts(content))[2] == pytest.approx(WIDTH * 0.2)
