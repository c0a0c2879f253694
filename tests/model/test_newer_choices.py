"""A file from a newer wtfc with a choice this version does not know (a new role, a new kind
of card) opens read-only: the choice is shown as its nearest known one, or the part is left
out with what hangs off it, and the note says which. A file of this version with such a
choice is refused as before: there it is a problem, not a newer wtfc's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from storage_checks import json_bytes, problem, sample_json

from wtfc.model.cause_category import CauseCategory
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import LoadedWorkshop, workshop_from_bytes
from wtfc.model.workshop import (
    SCHEMA_VERSION,
    ActionStatus,
    Role,
    RoleCount,
    RoomRole,
    Stage,
    StagePlan,
    Team,
    Voice,
)


def _newer(raw: dict) -> LoadedWorkshop:
    raw["schema_version"] = SCHEMA_VERSION + 1
    return workshop_from_bytes(json_bytes(raw), name="spring.wtfc")


def test_new_choices_are_shown_as_their_nearest_and_said():
    raw = sample_json()
    raw["actions"][0]["role"] = "volunteers"
    raw["actions"][1]["role"] = "volunteers"
    raw["actions"][1]["status"] = "blocked"
    raw["causes"][0]["category"] = "legal"
    raw["people"][0]["voice"] = "friend"
    raw["stage"] = "celebrate"
    loaded = _newer(raw)
    ws = loaded.workshop
    assert [a.role for a in ws.actions] == [Role.OTHER, Role.OTHER]
    assert ws.actions[1].status == ActionStatus.NOT_STARTED
    assert ws.causes[0].category is None
    assert ws.people[0].voice is None
    assert ws.stage == Stage.PREPARE
    assert "open to look at, not to change" in loaded.read_only_reason
    assert ("This version shows the role 'volunteers' on 2 actions as Other; the status "
            "'blocked' on 1 action as Not started; the cause category 'legal' on 1 cause as none "
            "chosen, and 2 more. To work on it, update wtfc on this computer (or use the "
            "computer it was made on). Save As keeps a copy with those values.") \
        in loaded.read_only_reason
    assert loaded.not_shown.startswith("Shown as the nearest this version knows: the role")


def test_a_new_role_in_the_room_is_counted_with_other():
    raw = sample_json()
    raw["in_the_room"] = [RoleCount(role=RoomRole.OTHER, count=2).model_dump(mode="json"),
                          {"role": "volunteers", "count": 3}]
    raw["teams"] = [Team(id="t", name="Team A").model_dump(mode="json")]
    raw["teams"][0]["members"] = [{"role": "volunteers", "count": 4}]
    loaded = _newer(raw)
    assert loaded.workshop.in_the_room == [RoleCount(role=RoomRole.OTHER, count=5)]
    assert loaded.workshop.teams[0].members == [RoleCount(role=RoomRole.OTHER, count=4)]
    assert ("the role 'volunteers' in who was in the room as Other (counted with it); the role "
            "'volunteers' in team 'Team A' as Other (counted with it).") in \
        loaded.read_only_reason


def test_a_card_of_a_new_kind_is_left_out_with_its_place_in_themes():
    raw = sample_json()
    raw["cards"][0]["kind"] = "question"  # n1, in the package theme
    loaded = _newer(raw)
    ws = loaded.workshop
    assert "n1" not in [c.id for c in ws.cards]
    assert ws.themes[0].card_ids == ["n2", "n3"]
    assert ("This version can't show 1 card of a new kind ('question'). To work on it, update "
            "wtfc on this computer") in loaded.read_only_reason
    assert "Save As keeps a copy without those parts." in loaded.read_only_reason


def test_a_theme_of_a_new_kind_is_left_out_with_its_causes_success_and_actions():
    raw = sample_json()
    raw["themes"][0]["kind"] = "question"  # package: causes a-d, statement sp, action ap
    raw["actions"][1]["cause_id"] = "b"  # another theme's action linked to one of its causes
    loaded = _newer(raw)
    ws = loaded.workshop
    assert [t.id for t in ws.themes] == ["staff", "good"]
    assert [c.id for c in ws.causes] == ["s1"]
    assert [s.id for s in ws.success] == ["ss"]
    assert [(a.id, a.cause_id) for a in ws.actions] == [("as", None)]  # kept, link let go
    assert len(ws.cards) == len(raw["cards"])  # its cards stay, unsorted
    assert ("1 theme of a new kind ('question'), with 4 causes, 1 "
            "success statement and 1 action.") in loaded.read_only_reason


def test_a_success_statement_from_a_new_perspective_is_left_out_and_its_action_kept():
    raw = sample_json()
    raw["success"][0]["perspective"] = "volunteers"
    ws = _newer(raw).workshop
    assert [s.id for s in ws.success] == ["ss"]
    assert ws.actions[0].success_id is None and ws.actions[0].id == "ap"


def test_a_new_stage_on_the_days_plan_is_left_out():
    raw = sample_json()
    raw["agenda"] = [StagePlan(stage=Stage.PREPARE, minutes=30).model_dump(mode="json"),
                     {"stage": "celebrate", "minutes": 20, "notes": ""}]
    loaded = _newer(raw)
    assert loaded.workshop.agenda == [StagePlan(stage=Stage.PREPARE, minutes=30)]
    assert "the day's plan for the stage 'celebrate'" in loaded.read_only_reason


@pytest.mark.parametrize(("part", "field", "value"), [
    ("actions", "role", "volunteers"), ("actions", "status", "blocked"),
    ("causes", "category", "legal"), ("people", "voice", "friend"),
    ("cards", "kind", "question"), ("themes", "kind", "question"),
    ("success", "perspective", "volunteers")])
def test_in_a_file_of_this_version_a_new_choice_is_still_a_problem(part, field, value):
    raw = sample_json()
    raw[part][0][field] = value
    assert "this version of wtfc does not know" in problem(raw)
    raw["schema_version"] = SCHEMA_VERSION - 1
    assert "this version of wtfc does not know" in problem(raw)


def test_a_choice_that_is_no_choice_at_all_is_still_said_as_damage():
    raw = sample_json()
    raw["actions"][0]["role"] = 7
    raw["schema_version"] = SCHEMA_VERSION + 1
    assert "has a problem: Action 1" in problem(raw)


_CHOICE_FIELDS = [("actions", "role"), ("actions", "status"), ("causes", "category"),
                  ("people", "voice"), ("cards", "kind"), ("themes", "kind"),
                  ("success", "perspective")]


@settings(max_examples=60, deadline=None)
@given(changes=st.lists(st.tuples(st.sampled_from(_CHOICE_FIELDS), st.integers(0, 10),
                                  st.sampled_from(["volunteers", "question", "x", ""])),
                        max_size=8))
def test_any_new_choices_in_a_newer_file_open_read_only(changes):
    """Whatever mix of new choices: it opens (read-only), never refused for one of them."""
    raw = sample_json()
    for (part, field), index, value in changes:
        raw[part][index % len(raw[part])][field] = value
    try:
        loaded = _newer(raw)
    except WorkshopFileError as exc:  # pragma: no cover - said, so a failure shows why
        pytest.fail(str(exc))
    assert loaded.read_only_reason
    known = {c.value for c in CauseCategory}
    assert all(c.category is None or c.category in known for c in loaded.workshop.causes)
    assert all(p.voice is None or p.voice in set(Voice) for p in loaded.workshop.people)
