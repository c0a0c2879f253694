"""A care system's rich-text fields export with web (HTML) or Word (RTF) formatting in the cell:
"Rang 07700&nbsp;900123", "<p>To get out</p>", "{\\rtf1… Nobody rings back\\par }". It went on
the wall as typed, and "&nbsp;" between a number's digits hid it from the guard (review 34 R4
S2, R1, M2). Now it is taken off before the guard reads the words, and said; a card that only
looks like markup ("I <3 my cat") stays as typed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.markup_cells import without_markup
from wtfc.importing.preview import make_preview
from wtfc.importing.report import ImportReport
from wtfc.importing.statements import read_statements
from wtfc.importing.table import SourceTable
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop

RTF = r"{\rtf1\ansi\deff0 {\fonttbl {\f0 Arial;}}\f0\fs20 Nobody rings back\par }"

# R4's E8: answers from a rich-text field, each a detail the guard holds when typed plainly
E8 = [("Person ID", "Question", "Answer"),
      ("P01", "What is not working?", "Rang 07700&nbsp;900123 and nobody answered"),
      ("P02", "What is not working?", "Lives at LS6&nbsp;2AB near the shop"),
      ("P03", "What is not working?", "NHS no 943&nbsp;476&nbsp;5919 was wrong on the letter"),
      ("P04", "What is not working?", "Post to 14&nbsp;Cardigan&nbsp;Road please"),
      ("P05", "What is not working?", "Mrs O&#39;Neill never rang back")]

# R4's E1 shapes: what a Mosaic export's answers look like, and a tag cell with an entity
E1 = [("Review ID", "Team", "Question", "Answer"),
      ("RV01", "Older People North", "What is working?",
       "My daughter helps with shopping &amp; I&#39;m happy"),
      ("RV02", "Older People North", "What is important to you for the future?",
       "<p>To get out to the shops on my own</p>"),
      ("RV03", "Older People North", "What is working?",
       '<span style="font-family:Arial">I can get to the day centre</span>'),
      ("RV04", "Older People North", "What is not working?", RTF),
      ("RV05", "Older People North", "What is working?", "The bath<br>The day centre"),
      ("RV06", "Older&nbsp;People North", "What is working?", "I <3 my cat"),
      ("RV07", "Older People North", "What is working?", "5 < 6 & 7 > 3, AT&T; <grin>")]


def _table(rows) -> SourceTable:
    return SourceTable(rows=list(rows), source_name="export.csv")


@pytest.mark.parametrize(("cell", "words"), [
    ("Rang 07700&nbsp;900123", "Rang 07700 900123"),
    ("Mrs O&#39;Neill", "Mrs O'Neill"), ("Mrs Quarrie&#x27;s", "Mrs Quarrie's"),
    ("Fish &amp;amp; chips", "Fish & chips"),  # exported twice over
    ("<p>One</p><p>Two</p>", "One\nTwo\n"), ("a<br/>b", "a\nb"), ("<b>Zebulon</b>", "Zebulon"),
    (RTF, "Nobody rings back"),
    (r"{\rtf1\ansi Mrs Quarrie\'92s carers\par}", "Mrs Quarrie’s carers"),
    (r"{\rtf1 caf\u233?s\par}", "cafés"),
    ("<o:p></o:p>Text<!--[if gte mso 9]>x<![endif]-->", "Text"),  # Word's own HTML
])
def test_formatting_is_taken_off(cell, words):
    assert without_markup(cell) == words


@pytest.mark.parametrize("cell", ["I <3 my cat", "5 < 6 and 7 > 3", "Fish & chips", "AT&T;",
                                  "My <grin> day", "&copy2 is no entity", "{rtf} is not RTF"])
def test_words_that_only_look_like_markup_stay_as_typed(cell):
    assert without_markup(cell) is cell


def test_details_hidden_by_entities_are_held_back_and_no_card_holds_markup():
    plan = build_import(_table(E8), guess_mapping(_table(E8)), workshop=Workshop())
    found = {c.text: [(d.category, d.text) for d in c.personal_details] for c in plan.cards}
    assert found == {
        "Rang 07700 900123 and nobody answered": [("phone", "07700 900123")],
        "Lives at LS6 2AB near the shop": [("postcode", "LS6 2AB")],
        "NHS no 943 476 5919 was wrong on the letter": [("nhs_number", "943 476 5919")],
        "Post to 14 Cardigan Road please": [("address", "14 Cardigan Road")],
        "Mrs O'Neill never rang back": [("name", "Mrs O'Neill")],  # whole: Redact leaves none
    }


def test_e1_cards_read_as_typed_and_the_forecast_says_the_formatting_goes():
    table = _table(E1)
    mapping = guess_mapping(table)
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.text for c in plan.cards] == [
        "My daughter helps with shopping & I'm happy", "To get out to the shops on my own",
        "I can get to the day centre", "Nobody rings back", "The bath The day centre",
        "I <3 my cat", "5 < 6 & 7 > 3, AT&T; <grin>"]
    assert {tag for c in plan.cards for tag in c.tags} == {"Older People North"}
    assert read_statements(table, mapping).markup_cells == 6  # five answers and a tag
    assert make_preview(table, mapping).skips.describe() == (
        "6 cells hold web or Word formatting (such as “&nbsp;”, “<p>” or “{\\rtf1”): Import "
        "takes it off, so the cards read as typed.")


def test_the_report_says_how_many_cells_held_formatting():
    lines = ImportReport("export.csv", markup_cells=12).lines()
    assert ("12 cells held web or Word formatting (such as “&nbsp;”, “<p>” or “{\\rtf1”): it "
            "was taken off, so the cards read as typed.") in lines
    assert not any("formatting" in line for line in ImportReport("export.csv").lines())


def test_a_cell_longer_than_a_card_only_for_its_rtf_is_a_card():
    words = "I like the lunch club. " * 85  # 1,955 characters; RTF takes it past 2,000
    rows = [("Person", "Kind", "Statement"), ("P01", "Working", RTF.replace("Nobody rings back",
                                                                            words.strip()))]
    table = _table(rows)
    mapping = guess_mapping(table)
    assert len(rows[1][2]) > 2000 and make_preview(table, mapping).skips.total == 0
    assert len(build_import(table, mapping, workshop=Workshop()).cards) == 1


def test_wtfc_import_takes_it_off_and_holds_the_details(tmp_path: Path):
    source = tmp_path / "E8.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(E8)
    into = tmp_path / "e8.wtfc"
    assert main_import([str(source), "--into", str(into)]) == 0
    cards = load_workshop(into).workshop.cards
    assert len(cards) == 5 and all(c.personal_details for c in cards)
    assert not any(mark in c.text for c in cards for mark in ("&nbsp;", "&#39;", "<p>", "{\\rtf"))


def test_wtfc_import_says_the_formatting_was_taken_off(tmp_path: Path, capsys):
    source = tmp_path / "E1.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(E1)
    assert main_import([str(source), "--into", str(tmp_path / "e1.wtfc")]) == 0
    assert ("6 cells held web or Word formatting (such as “&nbsp;”, “<p>” or “{\\rtf1”): it "
            "was taken off, so the cards read as typed.") in capsys.readouterr().out
