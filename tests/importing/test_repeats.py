"""Which rows are repeats of a card already made: how many people said a thing counts towards
the priorities, so only the same person's same words are a repeat; importing the same file
again adds nothing."""

from import_files import write_xlsx

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.report import SkipReason
from wtfc.importing.sources import read_source
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop


def _import(doc, path):
    table = read_source(path)
    plan = build_import(table, guess_mapping(table), workshop=doc.workshop)
    if plan.cards:
        import_edit(doc, plan).do(doc)
    return plan


def test_the_same_words_on_rows_with_no_person_are_each_a_card(tmp_path):
    path = write_xlsx(tmp_path / "anonymised.xlsx", [
        ["Kind", "Statement", "Locality"],
        ["Not working", "I feel lonely", "North"],
        ["Not working", "I feel lonely", "South"],
        ["Not working", "I feel lonely.", "East"],
        ["Working", "My carer is kind", "North"],
        ["Working", "my carer is kind", "West"],
    ])
    doc = Document(Workshop())
    plan = _import(doc, path)
    assert [c.tags for c in plan.cards] == [["North"], ["South"], ["East"], ["North"], ["West"]]
    assert plan.report.skipped == []
    assert plan.report.summary() == "5 cards added from 5 rows."
