"""--own-codes / "Give this sheet's people codes of their own" (session 35, 6054b83f; mutation
check M1): a code merged into a person is given a new one (a later file's P7 is that person), a
new code is never one the sheet itself uses for someone else, and the report lists eight old →
new pairs and counts the rest. (A withdrawn person's code is never given another since F15, and a
code typed another way, "p02", is a code of its own, named in the report: their own tests.)"""

from __future__ import annotations

from wtfc.importing.own_codes import own_code_map, own_codes_note
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop


def _demo():
    return load_workshop(demo_path()).workshop  # people P01 … P16


def test_a_code_merged_into_a_person_is_given_a_new_one():
    ws = _demo()
    first = ws.people[0].model_copy(update={"former_codes": ["X5"]})
    ws = ws.model_copy(update={"people": [first, *ws.people[1:]]})
    assert "X5" in own_code_map(ws, ["X5"])


def test_a_new_code_is_never_one_the_sheet_uses_for_someone_else():
    given = own_code_map(_demo(), ["P01", "P17"])  # P17 is new to the workshop: kept
    assert given == {"P01": "P18"}


def test_the_report_lists_eight_and_counts_the_rest():
    note = own_codes_note({f"P{n:02d}": f"P{n + 20:02d}" for n in range(1, 11)})
    assert "P08 → P28 and 2 more." in note and "P09" not in note
    assert "none of this sheet's codes was in the workshop already" in own_codes_note({})
