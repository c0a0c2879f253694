"""Saving and opening ``.wtfc`` files: exact round trips, and any bytes at all end in our error.

Every way a file can be wrong must end in ``WorkshopFileError`` with a message a facilitator can
read (``test_storage_messages``), and neither loading nor a failed save may change what is on
disk (``test_storage_saving``).
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_checks import json_bytes, only_our_error, problem, sample_json
from workshop_builders import sample_workshop
from workshop_strategies import JSON_VALUES, workshops

from wtfc.model.migrations import format_needed
from wtfc.model.priority_numbers import number_priorities
from wtfc.model.storage import (
    load_workshop,
    save_workshop,
    workshop_from_bytes,
    workshop_to_bytes,
)
from wtfc.model.workshop import Workshop

# -- round trips --------------------------------------------------------------------------------


def _as_opened(workshop: Workshop) -> Workshop:
    """The workshop as a file of it opens: its priorities numbered 1..n, as the app keeps them
    (a file edited by hand may not, ``priority_numbers``); nothing else changed."""
    opened = workshop.model_copy(deep=True)
    number_priorities(opened)
    return opened


@settings(max_examples=60, deadline=None)
@given(workshop=workshops())
def test_any_workshop_comes_back_exactly_from_its_bytes(workshop):
    loaded = workshop_from_bytes(workshop_to_bytes(workshop))
    assert loaded.workshop == _as_opened(workshop)
    assert bool(loaded.renumbered) == (loaded.workshop != workshop)  # said whenever renumbered
    assert loaded.read_only_reason == ""


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(workshop=workshops())
def test_any_workshop_saved_to_disk_opens_the_same(workshop, tmp_path):
    path = tmp_path / "round trip.wtfc"
    save_workshop(workshop, path)
    assert load_workshop(path).workshop == _as_opened(workshop)


def test_the_file_is_utf8_json_with_its_format_version(tmp_path):
    path = tmp_path / "spring.wtfc"
    workshop = sample_workshop().model_copy(update={"title": "Réunion — café ☕"})
    save_workshop(workshop, path)
    raw = json.loads(path.read_bytes().decode("utf-8"))
    assert raw["schema_version"] == format_needed(workshop) == 5  # nothing of 6 in the sample
    assert raw["title"] == "Réunion — café ☕"


# -- hostile bytes ------------------------------------------------------------------------------



@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300))
def test_any_bytes_give_only_our_error(data):
    only_our_error(data)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_damaged_workshop_file_gives_only_our_error(data):
    good = workshop_to_bytes(sample_workshop())
    at = data.draw(st.integers(0, len(good) - 1), label="at")
    damage = data.draw(st.sampled_from(["cut", "flip", "insert", "delete"]), label="damage")
    if damage == "cut":
        bad = good[:at]
    elif damage == "flip":
        bad = good[:at] + bytes([good[at] ^ data.draw(st.integers(1, 255))]) + good[at + 1:]
    elif damage == "insert":
        bad = good[:at] + data.draw(st.binary(min_size=1, max_size=8)) + good[at:]
    else:
        bad = good[:at] + good[at + data.draw(st.integers(1, 40)):]
    only_our_error(bad)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_any_wrong_value_anywhere_gives_only_our_error(data):
    raw = sample_json()
    node = raw
    path = []
    while isinstance(node, dict | list) and node:  # walk to a random place in the file
        key = data.draw(st.sampled_from(list(node) if isinstance(node, dict)
                                        else range(len(node))))
        path.append(key)
        if not data.draw(st.booleans()):
            break
        node = node[key]
    parent = raw
    for key in path[:-1]:
        parent = parent[key]
    if path:
        parent[path[-1]] = data.draw(JSON_VALUES, label="value")
    if isinstance(parent, dict) and data.draw(st.booleans()):
        parent[data.draw(st.text(max_size=8), label="extra key")] = 1
    only_our_error(json_bytes(raw))


def test_a_number_too_long_to_read_gives_our_error():
    assert "not a wtfc workshop" in problem(b'{"schema_version": 1, "title": ' +
                                            b"9" * 5000 + b"}")


def test_nesting_too_deep_gives_our_error():
    message = problem(b'{"schema_version": 1, "title": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    assert "'spring.wtfc'" in message
