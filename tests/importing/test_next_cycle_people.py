"""A new cycle's people (review R4 R1, M1): a sheet that names people gives them new codes,
and last time's carried rows, with no card, were kept silently cycle after cycle (16 codes by
cycle 4, 12 "no cards"). The first import says so and points to People → Take off people with
no cards, which clears them without recording anyone as withdrawn. A carried code given cards
by a sheet with no tag columns keeps last time's role and tags: the report names them."""

from __future__ import annotations

from pathlib import Path

from import_files import import_into

from wtfc.importing.cli import main_import
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.next_cycle import next_cycle
from wtfc.model.operations.cardless_people import take_off_people_without_cards
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Workshop

NAMES = """Person,Kind,Statement
Mary Ainsworth,working,I like my carer coming at the same time each day
Mary Ainsworth,not_working,I never know who is coming to help me wash
John Pickering,not_working,I never know who is coming in the morning
Ruth Okafor,future,I want to go to the lunch club on Fridays
Dev Patel,future,I want to get out to the park more often
"""
TAKE_OFF = "Collect → People → “Take off people with no cards” clears"


def _sheet(tmp_path: Path, text: str, name: str = "sheet.csv") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / name


def _people(doc: Document) -> list[str]:
    carded = {c.person for c in doc.workshop.cards}
    return [p.id + "*" * (p.id in carded) for p in doc.workshop.people]


def test_three_cycles_of_a_names_sheet_keep_four_people_with_cards(tmp_path):
    sheet = _sheet(tmp_path, NAMES)
    doc = Document(Workshop())
    first = import_into(doc, sheet)
    assert not any("Take off" in line for line in first.report.lines())  # no one carried
    for _cycle in (2, 3, 4):
        doc = Document(next_cycle(doc.workshop))
        carried = [p.id for p in doc.workshop.people]
        lines = import_into(doc, sheet).report.lines()
        said = next(line for line in lines if TAKE_OFF in line)
        assert said.startswith(f"4 people on People have no card ({', '.join(carried[:3])} "
                               f"and {carried[3]}): last time's")
        assert "This sheet gave people new codes" in said and "not as someone who withdrew" \
            in said
        take_off_people_without_cards(doc).do(doc)
        assert len(_people(doc)) == 4 and all(code.endswith("*") for code in _people(doc))
        assert doc.workshop.withdrawn_codes == []
    # said once: a second sheet into the same cycle has cards to go by already
    again = import_into(doc, _sheet(tmp_path, NAMES.replace("Dev Patel", "Ann Lee"), "b.csv"))
    assert not any(TAKE_OFF in line for line in again.report.lines())


def _autumn_with(tmp_path: Path, text: str) -> Path:
    into = tmp_path / "autumn.wtfc"
    save_workshop(next_cycle(load_workshop(demo_path()).workshop), into)
    return _sheet(tmp_path, text)


def test_a_council_code_reused_for_someone_new_is_named_to_check(tmp_path, capsys):
    sheet = _autumn_with(tmp_path, "Person,Kind,Statement\n"
                         "P07,not_working,I cannot get up the stairs to my flat any more\n"
                         "P07,future,I want to move somewhere on the ground floor\n"
                         "P99,working,My neighbour calls in\n")
    assert main_import([str(sheet), "--into", str(tmp_path / "autumn.wtfc")]) == 0
    out = capsys.readouterr().out
    assert "keep the role or tags People had, as the sheet gives none for them" in out
    assert "Check them on Collect → People: P07 (Older person, 75-84, extra care housing, " \
        "North)." in out
    assert "P99 (" not in out  # new here: nothing of last time's
    # the 15 carried codes with no review this time: pointed to, not taken off
    assert ("15 people on People have no card (P01, P02, P03, P04, P05, P06, P08, P09 and 7 "
            "more): last time's, carried by New workshop from this one (or typed on People). "
            f"If they have no review this time, {TAKE_OFF} their rows") in out
    assert len(load_workshop(tmp_path / "autumn.wtfc").workshop.people) == 17


def test_only_the_tags_the_sheet_does_not_give_are_named(tmp_path):
    sheet = _autumn_with(tmp_path, "Person,Role,Kind,Statement\n"
                         "P07,Family carer,not_working,I cannot get a break\n")
    doc = Document(load_workshop(tmp_path / "autumn.wtfc").workshop)
    lines = import_into(doc, sheet).report.lines()
    assert any(line.endswith("People: P07 (75-84, extra care housing, North).")
               for line in lines)
    # a role the sheet gives replaces last time's, as before (said by its own note)
    assert doc.get("people", "P07").voice.label == "Family carer"
