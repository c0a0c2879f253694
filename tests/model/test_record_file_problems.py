"""A damaged workshop record (format 3: who was in the room, the reflection, the next review,
the root-cause teams) is refused in the app's words, naming the part as the Review board and
the Understand board name it, never pydantic's ('in_the_room.0.count': input should be greater
than or equal to 0)."""

from __future__ import annotations

import pytest
from storage_checks import problem, sample_json


def _with_record() -> dict:
    raw = sample_json()
    raw["in_the_room"] = [
        {"role": "older_people", "count": 6},
        {"role": "commissioners", "count": 3},
    ]
    raw["teams"] = [
        {
            "id": "team-a",
            "name": "Team A",
            "members": [{"role": "older_people", "count": 2}, {"role": "providers", "count": 1}],
        },
        {"id": "team-b", "name": "Team B", "summary": "Pay drives carers away."},
    ]
    return raw


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda r: r["in_the_room"][0].update(count=-3),
            "Who was in the room, 'Older people': the count should be 0 or more, not -3.",
        ),
        (
            lambda r: r["in_the_room"][1].update(count=20_000),
            "Who was in the room, 'Commissioners': the count should be 10,000 or less, not 20000.",
        ),
        (
            lambda r: r["in_the_room"][0].update(count=2.5),
            "Who was in the room, 'Older people': the count should be a whole number, not 2.5.",
        ),
        (
            lambda r: r["teams"][0]["members"][1].update(count=-1),
            "Team 1 ('Team A'), who was in it, 'Providers': the count should be 0 or more, not -1.",
        ),
        (
            lambda r: r["teams"][1].update(name=""),
            "The name of team 2 ('team-b'): should not be empty.",
        ),
        (
            lambda r: r["teams"][1].update(summary="x" * 5000),
            "The summary of team 2 ('Team B'): it is 5,000 characters long, but may be at most "
            "4,000 characters.",
        ),
        (
            lambda r: r["reflection"].update(went_well="word " * 1000),
            "The reflection's 'What went well': it is 5,000 characters long, but may be at most "
            "4,000 characters.",
        ),
        (
            lambda r: r["reflection"].update(do_differently="x" * 4001),
            "The reflection's 'What we would do differently next time': it is 4,001 characters "
            "long, but may be at most 4,000 characters.",
        ),
        (
            lambda r: r.update(reflection="it went well"),
            "The reflection: should be a set of named details, not 'it went well'.",
        ),
        (
            lambda r: r.update(in_the_room=[{"role": "other", "count": 1}] * 9),
            "Who was in the room: it has 9 entries, but may have at most 8.",
        ),
        (
            lambda r: r.update(in_the_room={"older_people": 3}),
            "Who was in the room: should be a list, not {'older_people': 3}.",
        ),
        (
            lambda r: r.update(next_review="12 May 2027"),
            "The next review date: should be a date written as year-month-day (for example "
            "2026-11-26), not '12 May 2027'.",
        ),
        (
            lambda r: r["teams"][0].update(colour="red"),
            "Team 1 ('Team A') has a field this version does not know ('colour').",
        ),
    ],
)
def test_a_damaged_record_is_said_in_the_apps_words(change, expected):
    raw = _with_record()
    change(raw)
    assert problem(raw) == f"'spring.wtfc' has a problem: {expected}"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (
            lambda r: r["in_the_room"].append({"role": "volunteers", "count": 1}),
            "Who was in the room, entry 3",
        ),
        (
            lambda r: r["teams"][0]["members"].append({"role": "volunteers", "count": 1}),
            "Team 1 ('Team A'), who was in it, entry 3",
        ),
    ],
)
def test_an_unknown_room_role_is_answered_with_the_rooms_roles(change, where):
    """Who was in the room is counted by the room's roles (older people, family carers …),
    not the action plan's lanes (Commissioners … People who use services and carers)."""
    raw = _with_record()
    change(raw)
    assert problem(raw) == (
        f"'spring.wtfc' has a problem: {where} has a role this version of wtfc does not know "
        f"('volunteers'); it knows Older people, Family carers, Commissioners, Providers, Care "
        f"managers, Older people's organisations, Health and Other."
    )


def test_an_actions_unknown_role_still_lists_the_action_plans_roles():
    raw = _with_record()
    raw["actions"][0]["role"] = "volunteers"
    assert "it knows Commissioners, Providers, Care managers" in problem(raw)
    assert "People who use services and carers" in problem(raw)
