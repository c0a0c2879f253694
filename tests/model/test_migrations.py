"""Older files open in this version: each format step fills in what the older file lacks, the
workshop opens as an ordinary writable one, and the next save writes the oldest format that
holds it (format 5 unless something of format 6 is used)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from workshop_builders import sample_workshop

from wtfc.model.errors import WorkshopFileError
from wtfc.model.migrations import MIGRATIONS, OLDEST_WRITTEN, migrate
from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes
from wtfc.model.workshop import (
    SCHEMA_VERSION,
    Reflection,
    Role,
    RoleCount,
    RoomRole,
    Stage,
    StagePlan,
)


def _format_1() -> dict:
    """The sample workshop as wtfc wrote it in format 1: actions without progress or checks."""
    raw = _format_2()
    raw["schema_version"] = 1
    for action in raw["actions"]:
        del action["progress_note"], action["checked_on"]
    return raw


def _format_2() -> dict:
    """The sample workshop as wtfc wrote it in format 2: no workshop record."""
    raw = _format_3()
    raw["schema_version"] = 2
    for name in ("in_the_room", "reflection", "next_review", "teams"):
        del raw[name]
    return raw


def _format_3() -> dict:
    """The sample workshop as wtfc wrote it in format 3: no day's plan."""
    raw = _format_4()
    raw["schema_version"] = 3
    del raw["agenda"]
    return raw


def _format_4() -> dict:
    """The sample workshop as wtfc wrote it in format 4: no agreements, no action's resources."""
    raw = _format_5()
    raw["schema_version"] = 4
    del raw["agreements"]
    for action in raw["actions"]:
        del action["resources"]
    for person in raw["people"]:
        del person["former_codes"]
    return raw


def _format_5() -> dict:
    """The sample workshop as wtfc wrote it in format 5: nothing kept of what the room agreed
    for an action, and no day an action was done."""
    raw = json.loads(sample_workshop().model_dump_json())
    raw["schema_version"] = 5
    # format 6 writes these only once set, and the sample set none: the same bytes, but 5
    assert not any(key in action for action in raw["actions"]
                   for key in ("agreed_what", "agreed_by_when", "done_on", "heard_at_check"))
    return raw


def test_every_older_format_has_a_step_to_the_next():
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))


def test_a_format_1_file_opens_writable_with_no_notes_and_nothing_checked(tmp_path):
    path = tmp_path / "last spring.wtfc"
    path.write_text(json.dumps(_format_1()), encoding="utf-8")
    loaded = load_workshop(path)
    assert loaded.read_only_reason == ""
    assert [a.what for a in loaded.workshop.actions] == \
        [a.what for a in sample_workshop().actions]
    assert all(a.progress_note == "" and a.checked_on is None for a in loaded.workshop.actions)
    assert loaded.workshop == sample_workshop()


def test_the_next_save_writes_format_5_and_keeps_a_new_note(tmp_path):
    path = tmp_path / "last spring.wtfc"
    path.write_text(json.dumps(_format_1()), encoding="utf-8")
    workshop = load_workshop(path).workshop
    noted = workshop.actions[0].model_copy(update={
        "progress_note": "Two providers signed up", "checked_on": dt.date(2027, 2, 1),
        "role": Role.PEOPLE_AND_CARERS})
    save_workshop(workshop.model_copy(update={"actions": [noted, *workshop.actions[1:]]}), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == OLDEST_WRITTEN  # nothing of 6: the release before edits it
    assert raw["actions"][0]["progress_note"] == "Two providers signed up"
    assert raw["actions"][0]["checked_on"] == "2027-02-01"
    assert raw["actions"][0]["role"] == "people_and_carers"
    assert load_workshop(path).workshop.actions[0] == noted


def test_a_damaged_format_1_file_is_still_explained_in_plain_english():
    """The step leaves what it does not recognise alone: the loader's own message follows."""
    broken = _format_1()
    broken["actions"] = [*broken["actions"], "not an action"]
    assert migrate(json.loads(json.dumps(broken)))["actions"][-1] == "not an action"
    with pytest.raises(WorkshopFileError, match=r"'spring\.wtfc' has a problem: Action 3"):
        workshop_from_bytes(json.dumps(broken).encode(), name="spring.wtfc")
    no_list = {**_format_1(), "actions": {"a": 1}}
    with pytest.raises(WorkshopFileError, match="has a problem"):
        workshop_from_bytes(json.dumps(no_list).encode(), name="spring.wtfc")


def test_a_format_2_file_opens_writable_with_nothing_of_the_record_kept(tmp_path):
    path = tmp_path / "last autumn.wtfc"
    path.write_text(json.dumps(_format_2()), encoding="utf-8")
    loaded = load_workshop(path)
    assert loaded.read_only_reason == ""
    ws = loaded.workshop
    assert ws == sample_workshop()
    assert (ws.in_the_room, ws.reflection, ws.next_review, ws.teams) == \
        ([], Reflection(), None, [])
    counted = ws.model_copy(update={"in_the_room": [RoleCount(role=RoomRole.OLDER_PEOPLE,
                                                               count=6)]})
    save_workshop(counted, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == OLDEST_WRITTEN  # nothing of 6: the release before edits it
    assert raw["in_the_room"] == [{"role": "older_people", "count": 6}]
    assert load_workshop(path).workshop == counted


def test_a_format_3_file_opens_writable_with_nothing_planned_and_saves_as_current(tmp_path):
    path = tmp_path / "last autumn.wtfc"
    path.write_text(json.dumps(_format_3()), encoding="utf-8")
    loaded = load_workshop(path)
    assert loaded.read_only_reason == ""
    assert loaded.workshop == sample_workshop()
    assert loaded.workshop.agenda == []
    planned = loaded.workshop.model_copy(update={"agenda": [
        StagePlan(stage=Stage.THEME, minutes=150, notes="Start with the working cards")]})
    save_workshop(planned, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == OLDEST_WRITTEN  # nothing of 6: the release before edits it
    assert raw["agenda"] == [
        {"stage": "theme", "minutes": 150, "notes": "Start with the working cards"}]
    assert load_workshop(path).workshop == planned


def test_a_format_4_file_opens_writable_with_no_agreements_and_saves_as_current(tmp_path):
    """Format 5 adds how the room agreed to work and decide, and each action's resources and
    who else is needed: a format 4 file had neither, and keeps both once written."""
    path = tmp_path / "last autumn.wtfc"
    path.write_text(json.dumps(_format_4()), encoding="utf-8")
    loaded = load_workshop(path)
    assert loaded.read_only_reason == ""
    assert loaded.workshop == sample_workshop()
    assert loaded.workshop.agreements == ""
    assert [a.resources for a in loaded.workshop.actions] == ["", ""]
    agreed = loaded.workshop.model_copy(update={
        "agreements": "One voice at a time. Priorities by five sticky dots each.",
        "actions": [loaded.workshop.actions[0].model_copy(
            update={"resources": "Two days of the rota lead's time; bring in the GP practice"}),
            *loaded.workshop.actions[1:]]})
    save_workshop(agreed, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == OLDEST_WRITTEN  # nothing of 6: the release before edits it
    assert raw["agreements"] == "One voice at a time. Priorities by five sticky dots each."
    assert raw["actions"][0]["resources"] == \
        "Two days of the rota lead's time; bring in the GP practice"
    assert load_workshop(path).workshop == agreed


def test_a_damaged_format_4_file_is_still_explained_in_plain_english():
    broken = _format_4()
    broken["actions"] = [*broken["actions"], 7]
    assert migrate(json.loads(json.dumps(broken)))["actions"][-1] == 7
    with pytest.raises(WorkshopFileError, match=r"'spring\.wtfc' has a problem: Action 3"):
        workshop_from_bytes(json.dumps(broken).encode(), name="spring.wtfc")


def test_a_format_5_file_opens_writable_with_every_action_as_agreed(tmp_path):
    """Format 6 keeps what the room agreed once an action is changed after the day, and when
    it was done: a format 5 file knew neither, so each action reads as agreed and undated."""
    path = tmp_path / "last autumn.wtfc"
    path.write_text(json.dumps(_format_5()), encoding="utf-8")
    loaded = load_workshop(path)
    assert loaded.read_only_reason == ""
    assert loaded.written_as == 5
    assert loaded.older_format == 0  # saved as it is, it stays format 5 (format_needed)
    assert loaded.workshop == sample_workshop()
    assert all((a.agreed_what, a.agreed_by_when, a.done_on, a.heard_at_check) ==
               (None, None, None, "") for a in loaded.workshop.actions)
    slipped = loaded.workshop.actions[0].model_copy(update={
        "agreed_by_when": dt.date(2026, 10, 1), "by_when": dt.date(2027, 10, 1),
        "agreed_what": "Develop Individual Service Funds", "done_on": dt.date(2027, 4, 20),
        "heard_at_check": "Six people say their carers now ask them first"})
    changed = loaded.workshop.model_copy(update={
        "actions": [slipped, *loaded.workshop.actions[1:]]})
    save_workshop(changed, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION == 6
    assert raw["actions"][0]["agreed_by_when"] == "2026-10-01"
    assert raw["actions"][0]["agreed_what"] == "Develop Individual Service Funds"
    assert raw["actions"][0]["done_on"] == "2027-04-20"
    assert raw["actions"][0]["heard_at_check"] == \
        "Six people say their carers now ask them first"
    assert "heard_at_check" not in raw["actions"][1]  # written only once something was heard
    assert load_workshop(path).workshop == changed


def test_a_damaged_format_5_file_is_still_explained_in_plain_english():
    broken = _format_5()
    broken["actions"] = [*broken["actions"], "not an action"]
    assert migrate(json.loads(json.dumps(broken)))["actions"][-1] == "not an action"
    with pytest.raises(WorkshopFileError, match=r"'spring\.wtfc' has a problem: Action 3"):
        workshop_from_bytes(json.dumps(broken).encode(), name="spring.wtfc")
