"""A backslash before r, b or f in any text (a venue "C:\\reviews\\room 2") keeps the fast open:
the check for hand-typed control characters read the file's "\\\\r" as an escaped CR, and every
open of a big workshop went the careful way, 4.5 times slower (review code-a3 #5)."""

from __future__ import annotations

import gc
import json
import time

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


def test_a_big_workshop_with_a_backslash_opens_about_as_fast(tmp_path):
    from benchmarks.bench_export import big_workshop

    workshop = big_workshop()
    plain, odd = tmp_path / "a.wtfc", tmp_path / "b.wtfc"
    save_workshop(workshop, plain)
    save_workshop(workshop.model_copy(update={"venue": "C:\\reviews\\room 2"}), odd)

    def took(path) -> float:
        # the collector off while timing: in a whole suite's worker, with millions of objects
        # alive, a full collection landing in one open cost it 0.2-0.3 s (a clean clone's CI:
        # 0.06 against 0.32 s on each of three tries) - the heap's time, not the open's way
        gc.disable()
        try:
            start = time.perf_counter()
            load_workshop(path)
            return time.perf_counter() - start
        finally:
            gc.enable()

    # Each file's best of up to three opens (a shared machine's noise), stopping once the odd
    # one is in time: the slow way is 4.5 times slower at every open, so it never is.
    fast, slow = took(plain), took(odd)
    for _ in range(2):
        if slow < 2 * fast:
            break
        fast, slow = min(fast, took(plain)), min(slow, took(odd))
    assert slow < 2 * fast, (fast, slow)  # was 0.13 s against 0.59-0.69 s
