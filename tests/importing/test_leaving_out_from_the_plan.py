"""Leave them out, on the confirm page, after Import found rows in other words than the cards
made from them: the plan without them is finished from the work the first plan's build did
(the file read, the guard's finds, the repeats judged), not built again, which took 5 s more
on 100,000 statements. It is the plan a build with them left out makes, and the first plan
is as it was (its people's codes too), so Add them still adds what the page showed."""

from __future__ import annotations

import pytest
from import_files import SIX_ONE_ROW_REVIEWS, template_sheet

from wtfc.importing import building
from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.repeats import Repeats
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop

LONGER = [*SIX_ONE_ROW_REVIEWS, ["P07", "Older person", "", "", "", "The library", None,
                                 "Stairs", None, "A stairlift", None]]
# people known by name, not code: the same file again lines its names up with the codes
# given then, and a newcomer's fresh code closes the gap (``PersonCodes.close_gaps``)
NAMED = ["Person,Kind,Statement", "Anne Smith,green,The garden is lovely",
         "Anne Smith,red,The house is cold", "Bob Jones,green,The lunch club",
         "Bob Jones,blue,A trip to the sea", "Carol White,red,No bus on Sundays"]


@pytest.fixture
def work_done(monkeypatch):
    """How many times the file's rows were read and judged against the workshop."""
    done = {"read": 0, "judged": 0}
    read, judge = building.read_statements, Repeats.judge

    def counted_read(*args, **kwargs):
        done["read"] += 1
        return read(*args, **kwargs)

    def counted_judge(self, *args, **kwargs):
        done["judged"] += 1
        return judge(self, *args, **kwargs)

    monkeypatch.setattr(building, "read_statements", counted_read)
    monkeypatch.setattr(Repeats, "judge", counted_judge)
    return done


def _reworded(doc, *texts):
    for text in texts:
        card = next(c for c in doc.workshop.cards if c.text == text)
        edit_card(doc, card_id=card.id, text=f"{text} (as the room put it)").do(doc)


def _seen(plan):
    return ([(c.person, c.text, c.kind, c.source, c.personal_details) for c in plan.cards],
            plan.people, plan.report.lines(), plan.person_codes, plan.person_updates,
            plan.number)


def _template_case(tmp_path):
    doc = Document(Workshop())
    table = read_source(template_sheet(tmp_path, "north.xlsx", SIX_ONE_ROW_REVIEWS))
    first = build_import(table, guess_mapping(table), workshop=doc.workshop)
    import_edit(doc, first).do(doc)
    _reworded(doc, "The garden 1", "Cold house 1", "Warm home 1")
    return doc, read_source(template_sheet(tmp_path, "longer.xlsx", LONGER)), first.person_codes


def _named_case(tmp_path):
    doc = Document(Workshop())
    path = tmp_path / "named.csv"
    path.write_text("\n".join(NAMED), encoding="utf-8")
    table = read_source(path)
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    _reworded(doc, "The house is cold")
    path.write_text("\n".join([*NAMED, "Dan Brown,red,Stairs at home"]), encoding="utf-8")
    return doc, read_source(path), None  # the command line's way: no names carried over


@pytest.mark.parametrize("case", [_template_case, _named_case])
def test_leaving_them_out_reads_the_file_once_and_is_the_plan_a_build_makes(
        tmp_path, work_done, case):
    doc, table, codes = case(tmp_path)
    mapping = guess_mapping(table)
    work_done.update(read=0, judged=0)
    added = build_import(table, mapping, workshop=doc.workshop, person_codes=codes)
    assert added.report.in_other_words
    as_built = _seen(added)
    left = added.leaving_out()
    assert work_done == {"read": 1, "judged": 1}  # nothing read or judged again
    assert left is not None and not left.report.in_other_words
    assert _seen(added) == as_built  # the plan shown is as it was: Add them adds it
    built = build_import(table, mapping, workshop=doc.workshop, person_codes=codes,
                         leave_out_other_words=True)
    assert _seen(left) == _seen(built)
    assert len(left.cards) == len(added.cards) - len(added.report.in_other_words)


def test_the_rows_left_out_are_one_undo_step(tmp_path):
    doc, table, codes = _template_case(tmp_path)
    added = build_import(table, guess_mapping(table), workshop=doc.workshop, person_codes=codes)
    left = added.leaving_out()
    edit = import_edit(doc, left)
    edit.do(doc)
    assert [c.text for c in doc.workshop.cards][-3:] == ["The library", "Stairs", "A stairlift"]
    assert len(doc.workshop.cards) == 21 and "P07" in {p.id for p in doc.workshop.people}
    edit.undo(doc)
    assert len(doc.workshop.cards) == 18 and "P07" not in {p.id for p in doc.workshop.people}
    edit.do(doc)
    assert len(doc.workshop.cards) == 21


def test_the_work_is_kept_only_until_the_choice_is_made(tmp_path):
    """Once used, or once Add them is chosen, the plan lets go of the rows it read (the
    person cells may be names); a plan with no rows in other words keeps nothing."""
    doc, table, codes = _template_case(tmp_path)
    mapping = guess_mapping(table)
    added = build_import(table, mapping, workshop=doc.workshop, person_codes=codes)
    assert added.leaving_out() is not None
    assert added.leaving_out() is None
    added = build_import(table, mapping, workshop=doc.workshop, person_codes=codes)
    added.added_as_chosen()
    assert added.leaving_out() is None
    assert build_import(table, mapping, workshop=doc.workshop, person_codes=codes,
                        leave_out_other_words=True).leaving_out() is None
    fresh = Document(Workshop())
    assert build_import(table, mapping, workshop=fresh.workshop).leaving_out() is None
