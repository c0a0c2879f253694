"""Bare initials before a surname no list knows are still a name (review 25 code B F1, F2).

From c718edea two capitals or a letter that is a word ("AJ", "A", "W", "Z", "O") counted as
initials only before a person verb or one of ~130 listed surnames, so "AJ Okoro was late
again" or "A Nguyen from the agency" reached the wall, the projector and the PDFs whole; and
"J. Okoro" no longer held back "Okoro never stays…". Most carers' and older people's surnames
in a diverse borough are on no list: the guard must not need one.
"""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document


@pytest.mark.parametrize("text", [
    "AJ Okoro was late again", "MK Obi helps me wash on Tuesdays", "DK Brown is kind but rushed",
    "Ask AJ Okoro about it", "Thanks to MJ Achebe for the lift", "KP Ferreira helps me wash",
    "A Nguyen from the agency was late", "W Zawadzki is my carer and she is lovely",
    "Z Kaczmarek does my shopping", "Ask O Neill about the rota",
])
def test_bare_initials_and_an_unlisted_surname_are_still_held_back(text):
    assert "[name]" in redact(text, find_personal_details(text))


def _held(statements: list[str]) -> list[bool]:
    table = SourceTable(rows=[("Person", "Kind", "Statement"),
        *((f"P{n:02d}", "Not working", t) for n, t in enumerate(statements, 1))],
        source_name="r.csv")
    doc = Document()
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    return [c.held_back for c in doc.workshop.cards]


def test_a_surname_after_an_initial_with_a_full_stop_still_holds_back_other_cards():
    assert _held(["J. Okoro comes at 9 and has time for a chat",
                  "Okoro never stays the full half hour"]) == [True, True]
    assert _held(["K. Brightwater is my carer", "Brightwater was rude to my wife"]) == [True, True]
