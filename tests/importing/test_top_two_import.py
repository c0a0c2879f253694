"""An import says who now has more than the method's top two cards of a kind (TLAP step 2:
"the two top things that are working and not working for each person"), in the app's report
and ``wtfc import``'s: a CSV with six 'not working' rows for P1 was "8 cards added" and no
more. Every row is still imported: the facilitator may have good reason."""

from __future__ import annotations

from import_files import write_xlsx

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop

P1_SIX = "P1 has 6 'not working' cards; the method takes each person's top two."
CSV = (
    "Person,Kind,Statement\n"
    + "".join(f"P1,Not working,Problem number {n}\n" for n in range(1, 7))
    + "P2,Working,The lunch club\nP2,Future,Stay at home\n"
)


def _plan(workshop, path):
    table = read_source(path)
    return build_import(table, guess_mapping(table), workshop=workshop)


def test_the_report_names_a_person_with_six_not_working_cards(tmp_path):
    (tmp_path / "six.csv").write_text(CSV, encoding="utf-8")
    plan = _plan(Workshop(), tmp_path / "six.csv")
    assert plan.report.summary() == "8 cards added from 8 rows."  # every row kept
    assert P1_SIX in plan.report.lines(with_summary=False)  # what the app's dialog shows


def test_wtfc_import_prints_it(tmp_path, capsys):
    (tmp_path / "six.csv").write_text(CSV, encoding="utf-8")
    into = tmp_path / "w.wtfc"
    assert main_import([str(tmp_path / "six.csv"), "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert "8 cards added from 8 rows." in out and P1_SIX in out
    assert len(load_workshop(into).workshop.cards) == 8


def test_cards_already_there_count_towards_the_person(tmp_path):
    """Two 'not working' cards typed in before; a sheet with one more makes the third."""
    before = [Card(kind=Kind.NOT_WORKING, text=f"Typed {n}", person="P1") for n in (1, 2)]
    doc = Document(Workshop(people=[Person(id="P1")], cards=before))
    path = write_xlsx(
        tmp_path / "one.xlsx",
        [
            ["Person", "Kind", "Statement"],
            ["P1", "Not working", "Buses stop at six"],
            ["P2", "Working", "My neighbour helps"],
        ],
    )
    plan = _plan(doc.workshop, path)
    assert "P1 has 3 'not working' cards; the method takes each person's top two." in (
        plan.report.lines()
    )
    import_edit(doc, plan).do(doc)
    assert len(doc.workshop.cards) == 4


def test_a_person_over_before_the_import_is_not_said_again(tmp_path):
    """P1's six cards were said by the import that brought them; this one adds a 'working'
    card for P1 and says nothing of the 'not working' six."""
    before = [Card(kind=Kind.NOT_WORKING, text=f"Typed {n}", person="P1") for n in range(6)]
    path = write_xlsx(
        tmp_path / "w.xlsx", [["Person", "Kind", "Statement"], ["P1", "Working", "The day centre"]]
    )
    plan = _plan(Workshop(people=[Person(id="P1")], cards=before), path)
    assert not any("top two" in line for line in plan.report.lines())


def test_two_of_each_kind_say_nothing(tmp_path):
    rows = [["Person", "Kind", "Statement"]] + [
        ["P1", kind, f"{kind} {n}"] for kind in ("Working", "Not working", "Future") for n in (1, 2)
    ]
    plan = _plan(Workshop(), write_xlsx(tmp_path / "two.xlsx", rows))
    assert len(plan.cards) == 6
    assert not any("top two" in line for line in plan.report.lines())
