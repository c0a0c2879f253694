"""Format 5 in the exports: how the room agreed to work and decide is printed with the
purpose and scope, and "How to read this report" takes the priorities as chosen that way
rather than assuming everyone voted; an action's resources and who else is needed are in its
row of the report and at the end of the data export's Actions sheet."""

from __future__ import annotations

import csv
import datetime as dt
import os

import openpyxl
import pytest
from export_checks import (
    all_text,
    all_text_of,
    demo_report_pdf,
    demo_workshop,
    reader,
    render_png,
    squash,
)

from wtfc.export.data import export_data
from wtfc.export.report import report_pdf
from wtfc.export.unshowable import unshowable_parts, warning
from wtfc.importing.typed_details import quote_as_kinds, typed_details

TODAY = dt.date(2026, 11, 28)
RULES = (
    "Everyone gets heard; no names of people who are not here. Priorities were chosen "
    "with five dots each, then agreed by the whole room."
)
NEEDS = "£4,000 for cover while carers train; bring in the GP practices"
VOTED = "when everyone at the workshop voted"
# pictures of the report for a person to look at; ``make test`` (WTFC_TEST_RENDERS=0) reads none
KEEP_PICTURES = os.environ.get("WTFC_TEST_RENDERS", "1") != "0"


def _bare():
    """The demo with no agreements and no resources said, as a workshop that skipped them."""
    demo = demo_workshop()
    actions = [a.model_copy(update={"resources": ""}) for a in demo.actions]
    return demo.model_copy(update={"agreements": "", "actions": actions})


def _agreed():
    demo = _bare()
    action = demo.actions[0].model_copy(update={"resources": NEEDS})
    return demo.model_copy(update={"agreements": RULES, "actions": [action, *demo.actions[1:]]})


@pytest.fixture(scope="module")
def agreed_pdf() -> bytes:
    """The report of ``_agreed()``, written once for the tests that read it."""
    return report_pdf(_agreed(), today=TODAY)


@pytest.fixture(scope="module")
def agreed_text(agreed_pdf) -> str:
    """Its words, read once."""
    return all_text(reader(agreed_pdf))


def _how_to_read(text: str) -> str:
    start = text.index(squash("How to read this report"))
    return text[start : text.index(squash("Themes at a glance"), start)]


def test_the_report_prints_the_agreements_with_the_purpose_and_scope(agreed_pdf, agreed_text,
                                                                     tmp_path):
    text = agreed_text
    heading = squash("How we agreed to work and decide")
    assert text.index(squash("Scope")) < text.index(heading) < text.index(squash(RULES))
    assert text.index(squash(RULES)) < text.index(squash("How to read this report"))
    if not KEEP_PICTURES:
        return
    path = tmp_path / "report.pdf"
    path.write_bytes(agreed_pdf)
    render_png(path, tmp_path / "cover")
    render_png(path, tmp_path / "second", page=2)


def test_how_to_read_points_to_the_agreements_rather_than_assuming_a_vote(agreed_text):
    agreed = _how_to_read(agreed_text)
    assert squash(VOTED) not in agreed
    assert (
        squash(
            "in the way it agreed to decide (see “How we agreed to work and decide” at "
            "the start of this report); the votes are how many each theme got."
        )
        in agreed
    )
    bare = all_text(reader(report_pdf(_bare(), today=TODAY)))
    unsaid = _how_to_read(bare)
    assert squash(VOTED) in unsaid and squash("agreed to decide") not in unsaid
    assert squash("How we agreed") not in bare


def test_the_demo_report_prints_its_agreements_and_resources():
    """The bundled demo says how its room agreed to decide, and what five actions need."""
    text = all_text_of(demo_report_pdf(TODAY))
    assert squash("We choose priorities by dots, then agree together.") in text
    assert squash(VOTED) not in text
    assert text.count(squash("Resources and who else is needed")) == 5
    assert squash("Two facilitators from Age UK") in text


def test_an_actions_resources_are_in_its_row_of_the_report(agreed_text):
    text = agreed_text
    assert squash(f"Resources and who else is needed: {NEEDS}") in text
    assert text.count(squash("Resources and who else is needed")) == 1  # none said, none printed


def test_the_data_exports_actions_end_with_the_resources(tmp_path):
    ws = _agreed()
    [book] = export_data(ws, tmp_path / "data.xlsx")
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(book)["Actions"].iter_rows()]
    # in the places they had: the ids of the theme, cause and success statement, and then
    # format 6's words and dates, came later and follow them
    assert rows[0][12:15] == [
        "Cause it tackles",
        "Success it aims at",
        "Resources and who else is needed",
    ]
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id[ws.actions[0].id][14] == NEEDS
    assert by_id[ws.actions[1].id][14] in (None, "")
    files = export_data(ws, tmp_path / "data.csv")
    actions = next(f for f in files if f.name == "data-actions.csv")
    with actions.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][14] == "Resources and who else is needed"
    assert {row[0]: row[14] for row in table[1:]}[ws.actions[0].id] == NEEDS


def test_the_new_words_are_read_for_personal_details_and_for_writing_the_fonts_lack():
    """Printed, so the guard asks about them and the export says when its fonts cannot draw
    them, as for the purpose and an action's first step."""
    ws = _agreed().model_copy(update={"agreements": "Ask Winifred on 07700 900123 first"})
    action = ws.actions[0].model_copy(update={"resources": "Ring 07700 900124"})
    ws = ws.model_copy(update={"actions": [action, *ws.actions[1:]]})
    asked = [d.where for d in typed_details(ws, "report")]
    assert any(
        "How the room agreed to work and decide" in where and "[phone]" in where for where in asked
    )
    assert any("Ring [phone]" in where for where in asked)
    assert any("Ring [phone]" in d.where for d in typed_details(ws, "data"))
    ethiopic = ws.model_copy(update={"agreements": "ሰላም እንዴት ነህ"})
    said = warning(unshowable_parts(ethiopic, "report", quote=quote_as_kinds))
    assert "The workshop's “How we agreed to work and decide”" in said
    assert "purpose, scope and how we agreed to work and decide) are changed on the Prepare" in said
