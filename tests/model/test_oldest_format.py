"""A workshop that uses nothing of format 6 is saved as format 5, so a colleague still on the
release before (format 5) can work on it rather than only look (R1 finding 1).

``workshop_schema_5.json`` is format 5's field set, frozen (it equals the previous release's,
bd676233's, own ``Workshop`` schema) and refusing unknown fields as that release's reader does;
``format_5_by_previous_release.wtfc`` was saved by that release's own ``save_workshop``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from workshop_builders import sample_workshop

from wtfc.model.migrations import OLDEST_WRITTEN, format_needed
from wtfc.model.storage import load_workshop, save_workshop, workshop_to_bytes
from wtfc.model.workshop import SCHEMA_VERSION, Stage, StagePlan, Workshop

HERE = Path(__file__).parent
FORMAT_5 = json.loads((HERE / "workshop_schema_5.json").read_text(encoding="utf-8"))
BY_PREVIOUS_RELEASE = HERE / "format_5_by_previous_release.wtfc"
# the snapshot keeps no words, so no field of these names either: format 5 had only this one
UNNAMED_IN_SNAPSHOT = {("Workshop", "title")}

# what format 6 added (migrations.py), each set as a facilitator would set it
SIX: dict[str, Any] = {
    "agreed_what": "Develop Individual Service Funds", "agreed_by_when": dt.date(2026, 10, 1),
    "done_on": dt.date(2027, 4, 20), "added_on": dt.date(2026, 11, 13),
    "heard_at_check": "Six people say their carers now ask them first",
}


def _unknown_to_format_5(value: Any, schema: dict[str, Any], where: str = "",
                         part: str = "Workshop") -> list[str]:
    """Where ``value`` holds a field format 5's reader refuses (``extra="forbid"``)."""
    if "$ref" in schema:
        part = schema["$ref"].rsplit("/", 1)[1]
        schema = FORMAT_5["$defs"][part]
    found = []
    for option in schema.get("anyOf", []):
        found += _unknown_to_format_5(value, option, where, part)
    if isinstance(value, dict) and "properties" in schema:
        for key, item in value.items():
            if (part, key) in UNNAMED_IN_SNAPSHOT:
                continue
            if key not in schema["properties"]:
                found.append(f"{where}.{key}")
            else:
                found += _unknown_to_format_5(item, schema["properties"][key], f"{where}.{key}",
                                              part="")
    if isinstance(value, list) and "items" in schema:
        for n, item in enumerate(value):
            found += _unknown_to_format_5(item, schema["items"], f"{where}[{n}]")
    return found


def _with(workshop: Workshop, **fields: Any) -> Workshop:
    first = workshop.actions[0].model_copy(update=fields)
    return workshop.model_copy(update={"actions": [first, *workshop.actions[1:]]})


def test_only_format_6_additions_are_new_since_format_5():
    """A field added since must be in ``format_needed`` (and here), or a file saved as 5
    holding it is one the release before refuses outright."""
    now = Workshop.model_json_schema()
    added = {(part, key) for part, schema in [("Workshop", now), *now["$defs"].items()]
             for key in schema.get("properties", {}) if (part, key) not in UNNAMED_IN_SNAPSHOT
             and key not in (FORMAT_5 if part == "Workshop" else
                            FORMAT_5["$defs"].get(part, {})).get("properties", {})}
    assert added == {("Workshop", "withdrawn_codes"), ("Theme", "team"),
                     ("Workshop", "starts_at"), ("StagePlan", "break_after"),
                     *(("Action", key) for key in SIX)}
    assert SCHEMA_VERSION == 6  # a format 7 adds its own fields to format_needed


def test_a_file_the_release_before_wrote_is_saved_byte_for_byte_as_it_was(tmp_path):
    path = tmp_path / "spring.wtfc"
    path.write_bytes(BY_PREVIOUS_RELEASE.read_bytes())
    loaded = load_workshop(path)
    assert (loaded.written_as, loaded.older_format, loaded.read_only_reason) == (5, 0, "")
    assert loaded.workshop.schema_version == SCHEMA_VERSION  # in memory, as any workshop
    save_workshop(loaded.workshop, path)
    assert path.read_bytes() == BY_PREVIOUS_RELEASE.read_bytes()


def test_a_workshop_using_nothing_of_format_6_holds_only_what_format_5_reads():
    workshop = _with(sample_workshop(), progress_note="Two providers signed up",
                     checked_on=dt.date(2027, 2, 1), resources="A room")
    raw = json.loads(workshop_to_bytes(workshop))
    assert raw["schema_version"] == OLDEST_WRITTEN == 5
    assert _unknown_to_format_5(raw, FORMAT_5) == []


@pytest.mark.parametrize("field", sorted(SIX))
def test_any_format_6_addition_makes_it_a_format_6_file(field):
    workshop = _with(sample_workshop(), **{field: SIX[field]})
    raw = json.loads(workshop_to_bytes(workshop))
    assert (format_needed(workshop), raw["schema_version"]) == (6, 6)
    assert _unknown_to_format_5(raw, FORMAT_5) == [f".actions[0].{field}"]


def test_a_withdrawn_code_makes_it_a_format_6_file():
    workshop = sample_workshop().model_copy(update={"withdrawn_codes": ["P07"]})
    assert json.loads(workshop_to_bytes(workshop))["schema_version"] == 6


def test_a_tree_given_to_a_team_before_its_first_cause_makes_it_a_format_6_file():
    """``Theme.team`` (T on the theme's box of an empty why-tree, test_tree_team.py)."""
    workshop = sample_workshop()
    first = workshop.themes[0].model_copy(update={"team": "Team A"})
    workshop = workshop.model_copy(update={"themes": [first, *workshop.themes[1:]]})
    raw = json.loads(workshop_to_bytes(workshop))
    assert (format_needed(workshop), raw["schema_version"]) == (6, 6)
    assert _unknown_to_format_5(raw, FORMAT_5) == [".themes[0].team"]


def test_a_start_time_or_a_break_on_the_days_plan_makes_it_a_format_6_file():
    """``Workshop.starts_at`` and ``StagePlan.break_after`` (test_day_times.py)."""
    workshop = sample_workshop().model_copy(update={"starts_at": dt.time(10, 0)})
    raw = json.loads(workshop_to_bytes(workshop))
    assert (format_needed(workshop), raw["schema_version"]) == (6, 6)
    assert _unknown_to_format_5(raw, FORMAT_5) == [".starts_at"]
    lunch = StagePlan(stage=Stage.THEME, minutes=150, break_after=45)
    workshop = sample_workshop().model_copy(update={"agenda": [lunch]})
    raw = json.loads(workshop_to_bytes(workshop))
    assert (format_needed(workshop), raw["schema_version"]) == (6, 6)
    assert _unknown_to_format_5(raw, FORMAT_5) == [".agenda[0].break_after"]


def test_a_format_5_file_that_gains_a_format_6_addition_says_it_was_older(tmp_path):
    """``older_format``: saving it as it is would write a newer format (``wtfc check`` says so)."""
    path = tmp_path / "spring.wtfc"
    raw = json.loads(BY_PREVIOUS_RELEASE.read_bytes())
    raw["actions"][0]["heard_at_check"] = "Better now"  # by hand: the careful path's migration
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_workshop(path)
    assert (loaded.written_as, loaded.older_format) == (5, 5)


def test_a_format_4_file_saves_as_format_5(tmp_path):
    raw = json.loads(BY_PREVIOUS_RELEASE.read_bytes())
    raw["schema_version"] = 4
    for action in raw["actions"]:
        del action["resources"]
    for person in raw["people"]:
        del person["former_codes"]
    del raw["agreements"]
    path = tmp_path / "spring.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_workshop(path)
    assert (loaded.written_as, loaded.older_format) == (4, 4)
    assert json.loads(workshop_to_bytes(loaded.workshop))["schema_version"] == 5
