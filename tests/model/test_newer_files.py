"""A file from a newer wtfc opens read-only with a note that names what this version does not
show, and says a copy saved here will not have it (so it is not thought lost later)."""

from __future__ import annotations

import json

from storage_checks import json_bytes, sample_json
from workshop_builders import sample_workshop

from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes
from wtfc.model.workshop import SCHEMA_VERSION

NEWER = SCHEMA_VERSION + 1
FROM = ("'spring.wtfc' was made with a newer wtfc than this one. It is open to look at, not to "
        "change.")
UPDATE = ("To work on it, update wtfc on this computer (or use the computer it was made on).")


def _newer(**parts) -> dict:
    raw = sample_json()
    raw["schema_version"] = NEWER
    raw.update(parts)
    return raw


def _reason(raw: dict) -> str:
    return workshop_from_bytes(json_bytes(raw), name="spring.wtfc").read_only_reason


def test_the_note_names_what_is_not_shown_and_that_a_copy_will_not_have_it(tmp_path):
    raw = _newer(mood_board={"colours": ["red"]})
    raw["actions"][0]["cost_estimate"] = 1200
    raw["people"][1]["pronouns"] = "she/her"
    path = tmp_path / "spring.wtfc"
    path.write_bytes(json_bytes(raw))
    loaded = load_workshop(path)
    assert loaded.read_only_reason == (
        f"{FROM} This version can't show a part called 'mood_board'; 'pronouns' on 1 person; "
        f"'cost_estimate' on 1 action. {UPDATE} Save As keeps a copy without those parts.")
    assert "format" not in loaded.read_only_reason  # the numbers are wtfc check's
    assert loaded.workshop == sample_workshop()  # everything it knows is there
    copy = tmp_path / "spring (copy).wtfc"  # what Save As writes: as the note says
    save_workshop(loaded.workshop, copy)
    saved = json.loads(copy.read_bytes())
    assert "mood_board" not in saved and "cost_estimate" not in saved["actions"][0]


def test_a_field_on_many_parts_is_counted_and_past_three_the_rest_are_counted_too():
    raw = _newer(mood_board=[], seating={}, reflection={**sample_json()["reflection"],
                                                           "photos": []})
    for card in raw["cards"]:
        card["photo"] = "p.jpg"
    raw["themes"][0]["priority"]["stars"] = 3
    reason = _reason(raw)
    n = len(raw["cards"])
    assert (f"This version can't show a part called 'mood_board'; a part called 'seating'; "
            f"'photo' on {n} cards, and 2 more. To work on it") in reason


def test_nested_parts_are_said_in_the_apps_words():
    raw = _newer(reflection={**sample_json()["reflection"], "photos": []})
    raw["themes"][0]["priority"]["stars"] = 3
    assert "'stars' on 1 theme's priority; 'photos' on the reflection." in _reason(raw)


def test_a_newer_file_holding_nothing_new_says_so():
    reason = _reason(_newer())
    assert reason == (f"{FROM} This version can show everything in it. {UPDATE} Save As keeps "
                      f"a copy this version can change.")


def test_a_file_of_this_format_never_gets_the_note():
    raw = sample_json()
    assert _reason(raw) == ""
