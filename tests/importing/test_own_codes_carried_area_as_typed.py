"""Next cycle's imports (f71ecd6f): South's sheet given codes of their own reaches last time's
South people whatever case the Area is typed in ('south', as People counts a tag), not new
codes P09-P12 past everyone. The commit's tests type 'South' exactly as People has it.
Place: tests/importing/ (beside test_own_codes_carried_area.py, whose helpers it imports)."""

from __future__ import annotations

from tests.importing.test_own_codes_carried_area import NORTH, SOUTH, _carried, _imported, _whose


def test_an_area_typed_in_small_letters_still_finds_last_times_people_of_that_area():
    doc = _carried()
    _imported(doc, NORTH, "North")
    plan, _ = _imported(doc, SOUTH, "south", own_codes=True)
    assert "P01 → P05, P02 → P06, P03 → P07, P04 → P08" in " ".join(plan.report.lines())
    whose = _whose(doc)
    assert [whose[f"P{n:02d}"][1] for n in range(5, 9)] == [[row[2]] for row in SOUTH[1:]]
    assert not any(p.id == "P09" for p in doc.workshop.people)
