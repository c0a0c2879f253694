"""A theme poster whose causes fill its middle column: "What success looks like" is printed
only with a perspective and a statement under it (else the note says the statements are in the
report), and the causes' categories give way only to keep a success statement, not a cause."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import reader, squash

from wtfc.export.content import SUCCESS_HEADING
from wtfc.export.theme_poster import MORE_IN_REPORT, SUCCESS_IN_REPORT, theme_posters_pdf
from wtfc.model.cause_category import CauseCategory
from wtfc.model.workshop import (
    Card,
    Cause,
    Kind,
    Perspective,
    Priority,
    SuccessStatement,
    Theme,
    Workshop,
)

TODAY = dt.date(2025, 1, 1)
LONG = (
    "Contracts pay for minutes of task, so a longer visit loses the provider money and "
    "nobody wants to pay for travel time between visits in rural areas."
)
FIRST_STATEMENT = "We know who is coming and when, and they speak our language."


def _workshop(causes: int, *, categories: bool = True) -> Workshop:
    """One priority with ``causes`` root causes (every other one long), each with a
    category, and a success statement from each perspective."""
    bones = list(CauseCategory)
    theme = Theme(
        id="t1",
        kind=Kind.WORKING,
        name="I want to be listened to",
        card_ids=["c1"],
        priority=Priority(chosen=True, rank=1),
    )
    return Workshop(
        title="Full middle",
        themes=[theme],
        cards=[Card(id="c1", kind=Kind.WORKING, text="Nobody asks me.")],
        causes=[
            Cause(
                id=f"k{i}",
                theme_id="t1",
                root_cause=True,
                agreed=i % 2 == 0,
                text=f"Cause {i}: " + (LONG if i % 2 else "Rotas change at short notice."),
                category=bones[i % len(bones)] if categories else None,
            )
            for i in range(causes)
        ],
        success=[
            SuccessStatement(
                id=f"s{n}",
                theme_id="t1",
                perspective=p,
                text=FIRST_STATEMENT if n == 0 else f"Statement {n}.",
            )
            for n, p in enumerate(Perspective)
        ],
    )


def _text(workshop: Workshop) -> str:
    pdf = reader(theme_posters_pdf(workshop, today=TODAY))
    assert len(pdf.pages) == 1  # one sheet, however full
    return squash(pdf.pages[0].extract_text())


@pytest.mark.parametrize("causes", range(4, 20))
def test_what_success_looks_like_never_stands_alone(causes):
    text = _text(_workshop(causes))
    heading = squash(SUCCESS_HEADING)
    if heading in text:
        after = text[text.index(heading) + len(heading) :]
        assert after.startswith(squash(Perspective.OLDER_PEOPLE.label))
        assert squash(f"“{FIRST_STATEMENT}”") in after
    else:
        assert squash(SUCCESS_IN_REPORT) in text
        assert squash(MORE_IN_REPORT) not in text


@pytest.mark.parametrize("causes", [8, 16])
def test_categories_stay_when_no_success_statement_is_at_stake(causes):
    """Causes enough that no statement fits with or without the categories (big.wtfc's
    posters): leaving the categories off would only show a cause more."""
    text = _text(_workshop(causes))
    assert squash(FIRST_STATEMENT) not in text
    assert "(Peopleandstaff)" in text and "(Policyandcontracts)" in text
