"""A workshop whose merge memory no longer holds opens, and says what it let go of.

An import before merged codes were kept taken could give a merged code (P001, merged into P002)
to someone new, and save. The file then said both "P001 means P002" and "P001 is a person of
its own", and wtfc refused the whole workshop. The person and their cards are what counts; the
memory is only a shortcut for later imports, so it is the memory that gives way: the workshop
opens without that merge, and the app, ``wtfc check`` and ``wtfc import`` say so. So does a
workshop where that P001 was merged away again: into P002 again (listed twice: kept once, with
nothing to say), or into P003 (listed for two people: dropped from both, and said)."""

from __future__ import annotations

import json
import re

import pytest
from pydantic import ValidationError
from storage_checks import json_bytes, sample_json

from wtfc.app import main
from wtfc.importing.cli import main_import
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
        "2 codes merged into others earlier (P03 into P01 and P02, P01 into P02) are "
        "also people of their own in this workshop"
    )


def test_one_code_merged_into_two_people_is_one_code():
    """It read '2 codes merged into others earlier (P01 into P02, P01 into P03)'."""
    raw = _stale(sample_json(), ("P01", "P02"), ("P01", "P03"))
    loaded = workshop_from_bytes(json_bytes(raw))
    assert merged_codes(loaded.workshop) == {}
    assert loaded.forgotten == FORGOTTEN.replace(
        "merged into P02 earlier", "merged into P02 and P03 earlier"
    ).replace("are P02's,", "are P02's or P03's,")


def test_a_person_listing_their_own_code_is_dropped_with_nothing_to_say():
    """It read 'P02 was merged into P02 earlier, but P02 is also a person of their own'."""
    raw = _stale(sample_json(), ("P02", "P02"))
    loaded = workshop_from_bytes(json_bytes(raw))
    assert loaded.forgotten == "" and merged_codes(loaded.workshop) == {}
    raw = _stale(sample_json(), ("P02", "P02"), ("P01", "P02"))
    assert workshop_from_bytes(json_bytes(raw)).forgotten == FORGOTTEN


SHARED = (
    "P09 was merged into both P02 and P03 earlier (an import may have given the code to "
    "someone new in between), so which of them P09 stands for is not known. The workshop no "
    "longer remembers that merge: everyone keeps their cards, and a spreadsheet that says P09 "
    "now gives its rows to a person P09 of their own, not to either of them."
)


def _merged_again(tmp_path, *intos: str):
    """The workshop as a facilitator left it who put the morning's import right: P09 merged
    into P02, the import gave P09 to someone new, and that P09 was merged into each of
    ``intos`` again (P02 again, or P03)."""
    raw = sample_json()
    for into in ("P02", *intos):
        person = next(p for p in raw["people"] if p["id"] == into)
        person["former_codes"] = [*person.get("former_codes", []), "P09"]
    path = tmp_path / "spring.wtfc"
    path.write_bytes(json_bytes(raw))
    return path


def test_a_code_merged_into_the_same_person_again_opens_with_nothing_to_say(tmp_path):
    """It was refused: "Person P02 lists the merged code P09 twice." It is one merge."""
    loaded = load_workshop(_merged_again(tmp_path, "P02"))
    assert loaded.forgotten == "" and not loaded.read_only_reason
    assert merged_codes(loaded.workshop) == {"P09": "P02"}  # still remembered, once


def test_a_code_merged_into_two_people_opens_without_the_merge_and_says_so(tmp_path, capsys):
    """It was refused: "The merged code P09 is listed for both P02 and P03." Which person a
    later spreadsheet's P09 means is not known, so neither merge is kept."""
    path = _merged_again(tmp_path, "P03")
    before = json.loads(path.read_bytes())
    loaded = load_workshop(path)
    assert loaded.forgotten == SHARED and not loaded.read_only_reason
    assert merged_codes(loaded.workshop) == {}
    assert [(c.id, c.person) for c in loaded.workshop.cards] == [
        (c["id"], c["person"]) for c in before["cards"]
    ]
    save_workshop(loaded.workshop, path, backup=False)
    assert load_workshop(path).forgotten == ""
    # as the note says: a spreadsheet's P09 is now a person of their own
    sheet = tmp_path / "later.csv"
    sheet.write_text("Person,Kind,Statement\nP09,Working,The library van\n", encoding="utf-8")
    assert main_import([str(sheet), "--into", str(path)]) == 0
    cards = load_workshop(path).workshop.cards
    assert [c.person for c in cards if c.text == "The library van"] == ["P09"]


def test_both_kinds_are_said_one_after_the_other():
    raw = _stale(sample_json(), ("P01", "P02"))
    for person in raw["people"][1:]:
        person["former_codes"] = [*person.get("former_codes", []), "P09", "P09"]
    loaded = workshop_from_bytes(json_bytes(raw))
    assert merged_codes(loaded.workshop) == {}
    first, second = loaded.forgotten.split("\n\n")
    assert first.startswith("P01 was merged into P02 earlier, but P01 is also a person")
    assert second.startswith("P09 was merged into both P02 and P03 earlier")


def test_several_codes_merged_into_more_than_one_person_are_counted_and_named():
    raw = sample_json()
    raw["people"][0]["former_codes"] = ["P8", "P9"]
    raw["people"][1]["former_codes"] = ["P8", "P7"]
    raw["people"][2]["former_codes"] = ["P8", "P9"]
    loaded = workshop_from_bytes(json_bytes(raw))
    assert merged_codes(loaded.workshop) == {"P7": "P02"}  # P7 still holds: it stays
    assert loaded.forgotten.startswith(
        "2 codes were each merged into more than one person earlier (P8 into P01, P02 and "
        "P03, P9 into P01 and P03; an import may"
    )


def test_wtfc_check_says_it_and_passes(tmp_path, capsys):
    path = stale_file(tmp_path, ("P01", "P02"))
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Note: {FORGOTTEN}\n" in out and out.splitlines()[-1].startswith("OK: ")


@pytest.mark.parametrize(
    ("formers", "refused"),
    [
        ({"P02": ["P01"]}, "Person P02 lists P01 as a code merged into it, but P01 is a person"),
        ({"P02": ["P9", "P9"]}, "Person P02 lists the merged code P9 twice."),
        ({"P02": ["P9"], "P03": ["P9"]}, "The merged code P9 is listed for both P02 and P03."),
    ],
)
def test_the_workshop_itself_still_never_holds_them(formers, refused):
    """Only opening lets the memory go: a workshop in memory that held one is refused."""
    raw = sample_json()
    for person in raw["people"]:
        person["former_codes"] = formers.get(person["id"], [])
    with pytest.raises(ValidationError, match=re.escape(refused)):
        Workshop.model_validate(raw)


def test_a_code_merged_into_three_people_is_not_said_to_be_both():
    """It read "P001 was merged into both P02, P03 and P04 earlier"."""
    from wtfc.model.stale_merges import forget_stale_merges

    people = [{"id": p, "former_codes": ["P001"]} for p in ("P02", "P03", "P04")]
    note = forget_stale_merges({"people": people})
    assert "merged into P02, P03 and P04 earlier" in note
    assert "both" not in note
