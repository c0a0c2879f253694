"""A workshop whose merge memory no longer holds opens, and says what it let go of.

An import before merged codes were kept taken could give a merged code (P001, merged into P002)
to someone new, and save. The file then said both "P001 means P002" and "P001 is a person of
its own", and wtfc refused the whole workshop. The person and their cards are what counts; the
memory is only a shortcut for later imports, so it is the memory that gives way: the workshop
opens without that merge, and the app, ``wtfc check`` and ``wtfc import`` say so."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import ValidationError
from storage_checks import json_bytes, problem, sample_json

from wtfc.app import main
from wtfc.model.operations.people import merged_codes
from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes
from wtfc.model.workshop import Workshop

FORGOTTEN = (
    "P01 was merged into P02 earlier, but P01 is also a person of their own in this workshop "
    "(an import may have given the code to someone new). The workshop no longer remembers that "
    "merge: P01's cards stay P01's, and a spreadsheet that says P01 now gives its rows to P01. "
    "If P01's cards are P02's, merge them again with Rename person code… on Collect."
)


def _stale(raw: dict, *pairs: tuple[str, str]) -> dict:
    """``raw`` with each (old, into) merge remembered, though old is still a person."""
    for old, into in pairs:
        person = next(p for p in raw["people"] if p["id"] == into)
        person["former_codes"] = [*person.get("former_codes", []), old]
    return raw


def stale_file(tmp_path, *pairs: tuple[str, str]):
    path = tmp_path / "spring.wtfc"
    path.write_bytes(json_bytes(_stale(sample_json(), *pairs)))
    return path


def test_the_workshop_opens_without_the_merge_and_says_so(tmp_path):
    path = stale_file(tmp_path, ("P01", "P02"))
    before = json.loads(path.read_bytes())
    loaded = load_workshop(path)
    assert loaded.forgotten == FORGOTTEN
    assert not loaded.read_only_reason  # it opens as any file does, to be saved put right
    workshop = loaded.workshop
    assert merged_codes(workshop) == {}
    # nothing else changed: every person and card is as the file has them
    assert [p.id for p in workshop.people] == [p["id"] for p in before["people"]]
    assert [(c.id, c.person) for c in workshop.cards] == [
        (c["id"], c["person"]) for c in before["cards"]
    ]
    save_workshop(workshop, path, backup=False)
    assert load_workshop(path).forgotten == ""  # saved, it opens with nothing to say


def test_several_are_counted_and_named(tmp_path):
    raw = _stale(sample_json(), ("P01", "P02"), ("P03", "P02"))
    raw["people"][0]["former_codes"] = ["P7", "P03"]  # P7 still holds: it stays
    loaded = workshop_from_bytes(json_bytes(raw))
    assert merged_codes(loaded.workshop) == {"P7": "P01"}
    assert loaded.forgotten.startswith(
        "3 codes merged into others earlier (P03 into P01, P01 into P02, P03 into P02) are "
        "also people of their own in this workshop"
    )


def test_what_cannot_be_let_go_of_is_still_refused():
    """A merged code listed for two people: which person a file's P7 means is not known."""
    raw = sample_json()
    raw["people"][0]["former_codes"] = ["P7"]
    raw["people"][1]["former_codes"] = ["P7"]
    assert "The merged code P7 is listed for both P01 and P02." in problem(raw)


def test_wtfc_check_says_it_and_passes(tmp_path, capsys):
    path = stale_file(tmp_path, ("P01", "P02"))
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Note: {FORGOTTEN}\n" in out and out.splitlines()[-1].startswith("OK: ")


def test_the_workshop_itself_still_never_holds_both():
    """Only opening lets the memory go: a workshop in memory that held both is refused."""
    raw = _stale(sample_json(), ("P01", "P02"))
    with pytest.raises(
        ValidationError,
        match=re.escape(
            "Person P02 lists P01 as a code merged into it, but P01 is a person of its own."
        ),
    ):
        Workshop.model_validate(raw)
