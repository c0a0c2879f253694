"""A backslash before r, b or f in any text (a venue "C:\\reviews\\room 2") keeps the fast open:
the check for hand-typed control characters read the file's "\\\\r" as an escaped CR, and every
open of a big workshop went the careful way, 4.5 times slower (review code-a3 #5)."""

from __future__ import annotations

import json

from workshop_builders import sample_workshop

from wtfc.model import storage
from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes, workshop_to_bytes


def test_a_venue_with_backslashes_opens_the_fast_way(tmp_path, monkeypatch):
    path = tmp_path / "w.wtfc"
    workshop = sample_workshop().model_copy(update={"venue": "C:\\reviews\\room 2\\\\bin\\f"})
    save_workshop(workshop, path)

    def careful(*_args, **_kwargs):  # the careful path reads the JSON into dicts first
        raise AssertionError("read the careful way")

    monkeypatch.setattr(storage.json, "loads", careful)
    loaded = load_workshop(path)
    assert loaded.workshop.venue == "C:\\reviews\\room 2\\\\bin\\f" and loaded.controls == ""


def test_a_control_character_after_a_backslash_is_still_taken_out():
    raw = json.loads(workshop_to_bytes(sample_workshop()))
    raw["venue"] = "C:\\\x1b[2J"  # a backslash, then ESC: "\\\\\\u001b" in the file
    loaded = workshop_from_bytes(json.dumps(raw).encode(), name="hand.wtfc")
    assert loaded.workshop.venue == "C:\\[2J"
    assert loaded.controls.startswith("wtfc took out 1 invisible control character")


def test_a_big_workshop_with_a_backslash_opens_the_fast_way(tmp_path, monkeypatch):
    """The 10,000-card workshop too: the careful way was 4.5 times slower at every open. Which
    way it went is asserted, not its seconds: a loaded machine stretches those either way."""
    from benchmarks.bench_export import big_workshop

    odd = tmp_path / "b.wtfc"
    save_workshop(big_workshop().model_copy(update={"venue": "C:\\reviews\\room 2"}), odd)

    def careful(*_args, **_kwargs):  # the careful path reads the JSON into dicts first
        raise AssertionError("read the careful way")

    monkeypatch.setattr(storage.json, "loads", careful)
    loaded = load_workshop(odd)
    assert loaded.workshop.venue == "C:\\reviews\\room 2" and loaded.controls == ""
    assert len(loaded.workshop.cards) == 10_000
