"""A JSON file at OUT that wtfc did not write is a workshop when its top level holds
"schema_version" and one of "cards", "themes", "actions" (code review A22 M1, M2). Its
loader's word was asked instead: a hand-edited workshop (keys sorted) with one mistake, which
``wtfc check`` names, was written over by an export, as was a copy of one cut short; and a big
JSON file was read and parsed whole to know (150 MB: 4.6 s and 950 MB, in the window after
its Save dialog). It is read a piece at a time now, and only its top level's keys looked at."""

from __future__ import annotations

import codecs
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from wtfc.export.cli import main_export
from wtfc.export.top_level_keys import CHUNK, holds
from wtfc.export.workshop_at_out import held_by
from wtfc.model.demo import demo_path

WORKSHOP = "a wtfc workshop"


def _sorted_demo(**changes) -> bytes:
    """The demo as a tool writes it back, keys sorted: "schema_version" after the cards."""
    data = json.loads(Path(demo_path()).read_text(encoding="utf-8"))
    data["actions"][0].update(changes)
    return json.dumps(data, sort_keys=True, indent=2).encode()


def test_a_workshop_wtfc_cannot_open_yet_is_not_replaced(tmp_path, capsys):
    spring = tmp_path / "spring.pdf"
    spring.write_bytes(_sorted_demo(by_when="2026-13-01"))  # one mistake, said by wtfc check
    before = spring.read_bytes()
    assert main_export(["report", "demo", "-o", str(spring)]) == 1
    assert "'spring.pdf' holds a wtfc workshop" in capsys.readouterr().err
    assert spring.read_bytes() == before


def test_a_copy_of_one_cut_short_is_not_replaced(tmp_path):
    data = _sorted_demo()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: data.index(b'"schema_version"') + 200])  # a copy stopped there
    assert held_by(cut) == WORKSHOP


def test_a_big_json_file_at_out_is_not_read_whole(tmp_path):
    """30 MB of JSON that is no workshop (another tool's, named .pdf): 210 MB to say so."""
    out = tmp_path / "dump.pdf"
    n = 15 * 1024 * 1024
    out.write_text('{"rows": [' + "1," * (n - 1) + "1]}")
    tracemalloc.start()
    try:
        assert held_by(out) == ""
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, f"{peak / 2**20:.0f} MB to say a 30 MB file is no workshop"


def _nested_steps(out: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """What ``held_by`` says of ``out``, read a piece at a time (never whole, and at most twice
    over: once for the word, once for the keys), and how many steps it read one by one where
    nested. Counted, not timed (a loaded machine stretches seconds): a piece all nested is
    passed over whole, so most of a big file takes no step; one by one, a record takes ~11."""
    from test_export_not_over_a_workshop import _Counted

    from wtfc.export import top_level_keys

    steps, nested, real_open = [0], top_level_keys._NESTED, Path.open

    class Counted:
        def match(self, *args):
            steps[0] += 1
            return nested.match(*args)

    def counted_open(path, *args, **kwargs):
        file = real_open(path, *args, **kwargs)
        return _Counted(file, most=2 * out.stat().st_size) if path == out else file

    with monkeypatch.context() as patch:
        patch.setattr(top_level_keys, "_NESTED", Counted())
        patch.setattr(Path, "open", counted_open)
        return held_by(out), steps[0]


def test_keys_named_deeper_in_are_not_the_top_levels(tmp_path, monkeypatch):
    """Another tool's JSON naming "schema_version" and "cards" inside its records, and in
    strings holding braces, quotes and brackets: replaced, and soon said."""
    record = {"id": 1, "note": 'a "}" and a "]" and \\ {', "data": {"schema_version": 2,
                                                                    "cards": [[], {}]}}
    body = json.dumps({"name": "x", "records": [record] * 60_000, "end": "}"})
    out = tmp_path / "other.pdf"
    out.write_text(body)
    assert len(body) > 5 * CHUNK
    said, steps = _nested_steps(out, monkeypatch)
    assert said == ""
    assert steps < 100_000  # 29,000: the first piece's and the last's; one by one 660,000
    top = tmp_path / "top.pdf"  # the same, with a workshop's keys at its top level after all
    top.write_text(body[:-1] + ', "schema_version": 7, "themes": []}')
    assert held_by(top) == WORKSHOP


@pytest.mark.parametrize("cut_at", [0, 5, 16, 17])
def test_a_key_across_two_pieces_is_read_whole(cut_at):
    """A piece may end anywhere: inside a key, an escape, a long string, a nested value."""
    long = "x\\\\" * 100 + 'y\\"'
    text = '{"a": "' + long + '", "b": [{"s": "]"}], "schema_version": 6, "cards": []}'
    start = text.index('"schema_version"') - cut_at
    padded = text[:start] + " " * (CHUNK - start % CHUNK) + text[start:]  # the key at a seam

    def found(data: bytes, utf16: bool) -> bool:
        return holds(io.BytesIO(data), utf16, lambda keys: {"schema_version", "cards"} <= keys,
                     {"schema_version", "cards"})

    assert found(padded.encode(), False)
    assert found(codecs.BOM_UTF16_LE + padded.encode("utf-16-le"), True)
    assert not found(padded.replace('"cards"', '"card"').encode(), False)


def test_a_workshop_in_notepads_unicode_keys_sorted_is_refused(tmp_path):
    out = tmp_path / "spring.pdf"
    out.write_bytes(_sorted_demo().decode().encode("utf-16"))
    assert held_by(out) == WORKSHOP
