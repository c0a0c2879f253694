"""A damaged day's plan (format 4) is refused in the app's words, naming the stage as Prepare
names it, never pydantic's ('agenda.0.minutes': input should be less than or equal to 480);
the facilitator's notes are never quoted."""

from __future__ import annotations

import pytest
from storage_checks import problem, sample_json


def _with_agenda() -> dict:
    raw = sample_json()
    raw["agenda"] = [
        {"stage": "prepare", "minutes": 30, "notes": ""},
        {"stage": "theme", "minutes": 150, "notes": "Ask Mrs Jones to read the first card"},
    ]
    return raw


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda r: r["agenda"][1].update(minutes=900),
            "The day's plan, 'Theme': the minutes should be between 1 and 480, not 900.",
        ),
        (
            lambda r: r["agenda"][0].update(minutes=0),
            "The day's plan, 'Prepare': the minutes should be between 1 and 480, not 0.",
        ),
        (
            lambda r: r["agenda"][1].update(minutes=2.5),
            "The day's plan, 'Theme': the minutes should be a whole number, not 2.5.",
        ),
        (
            lambda r: r["agenda"][1].update(notes="Ask Mrs Jones " * 400),
            "The day's plan, 'Theme', your notes: it is 5,600 characters long, but may be at "
            "most 4,000 characters.",
        ),
        (
            lambda r: r["agenda"].append({"stage": "theme", "minutes": 45}),
            "The day's plan lists 'Theme' twice.",
        ),
        (
            lambda r: r.update(agenda=[{"stage": "plan"}] * 9),
            "The day's plan: it has 9 entries, but may have at most 8.",
        ),
        (
            lambda r: r.update(agenda={"theme": 150}),
            "The day's plan: should be a list, not {'theme': 150}.",
        ),
        (
            lambda r: r["agenda"][0].pop("stage"),
            "The day's plan, entry 1 is missing its 'stage'.",
        ),
        (
            lambda r: r["agenda"][1].update(colour="red"),
            "The day's plan, 'Theme' has a field this version does not know ('colour').",
        ),
    ],
)
def test_a_damaged_plan_is_said_in_the_apps_words(change, expected):
    raw = _with_agenda()
    change(raw)
    assert problem(raw) == f"'spring.wtfc' has a problem: {expected}"


def test_an_unknown_stage_is_answered_with_the_stages_names():
    raw = _with_agenda()
    raw["agenda"].append({"stage": "lunch", "minutes": 45})
    assert problem(raw) == (
        "'spring.wtfc' has a problem: The day's plan, entry 3 has a stage this version of wtfc "
        "does not know ('lunch'); it knows Prepare, Collect, Theme, Understand, Identify "
        "success, Plan, Act and Review."
    )
