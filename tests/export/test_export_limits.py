"""Workshops at the edges of what the model allows: every export still comes out, whole.

Long text (up to the model's 4,000 characters), many themes, deep why-trees, long titles and
control characters pasted in with a card: nothing raises, nothing is lost, nothing overlaps.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil

import openpyxl
import pytest
from export_checks import all_text, footer_words, page_width, reader, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.data import export_data
from wtfc.export.report import export_report, report_pdf
from wtfc.export.theme_poster import export_theme_posters
from wtfc.model.workshop import Action, Card, Cause, Kind, Priority, Role, Theme, Workshop

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils not installed")


def numbered(prefix: str, characters: int) -> str:
    """Text of at most ``characters`` made of numbered words, so each can be found again."""
    count = (characters + 1) // (len(prefix) + 5)  # each word and its space
    return " ".join(f"{prefix}{n:04d}" for n in range(count))


def all_found(text: str, pdf_text: str) -> bool:
    """Whether every numbered word of ``text`` is somewhere in the PDF's text."""
    return all(word in pdf_text for word in text.split())


def one_theme(*, reason: str = "", actions: list[Action] = (), causes: list[Cause] = (),
              title: str = "Edge workshop") -> Workshop:
    theme = Theme(id="t1", kind=Kind.WORKING, name="I like my day centre", card_ids=["c1"],
                  priority=Priority(chosen=True, rank=1, reason=reason))
    return Workshop(title=title, date=dt.date(2025, 3, 3), themes=[theme],
                    cards=[Card(id="c1", kind=Kind.WORKING, text="The day centre is lovely.")],
                    actions=list(actions), causes=list(causes))


def action(**fields) -> Action:
    return Action(**{"id": "a1", "theme_id": "t1", "role": Role.COMMISSIONERS, "what": "Do it",
                     **fields})


def test_xlsx_drops_control_characters_and_still_guards_formulas(tmp_path):
    ws = Workshop(
        cards=[Card(id="c1", kind=Kind.WORKING, text="A bell\x07 and a NUL\x00 here"),
               Card(id="c2", kind=Kind.WORKING, text="\x07=SUM(A1:A9)")],
        themes=[Theme(id="t1", kind=Kind.WORKING, name="I like\x01 it", card_ids=["c1", "c2"],
                      priority=Priority(chosen=True, rank=1))],
        actions=[action(what="Ring\x07 round")])
    [path] = export_data(ws, tmp_path / "data.xlsx")
    book = openpyxl.load_workbook(path)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    assert {"A bell and a NUL here", "I like it", "Ring round"} <= {c.value for c in cells}
    assert "=SUM(A1:A9)" in {c.value for c in cells if c.quotePrefix and c.data_type == "s"}


def test_a_kind_with_45_themes_gets_its_chart_over_two_pages():
    cards = [Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=f"card {i}") for i in range(45)]
    themes = [Theme(id=f"t{i}", kind=Kind.NOT_WORKING, name=f"I theme{i:04d}",
                    card_ids=[f"c{i}"]) for i in range(45)]
    pdf = reader(report_pdf(Workshop(cards=cards, themes=themes)))
    charts = squash("".join(pdf.pages[i].extract_text() for i in (1, 2)))
    assert all_found(" ".join(f"theme{i:04d}" for i in range(45)), charts)
    assert squash("Not working (45 themes) (continued)") in charts


@pytest.mark.parametrize("make", [
    lambda: one_theme(reason=numbered("reason", 1500)),
    lambda: one_theme(actions=[action(first_step=numbered("first", 1200),
                                      how_we_know=numbered("know", 1200))]),
    lambda: one_theme(actions=[action(what=numbered("what", 2500))]),
    lambda: one_theme(actions=[action(what=numbered("what", 4000))]),
], ids=["reason-1500", "step-and-measure-1200", "what-2500", "what-4000"])
def test_long_table_text_carries_on_to_the_next_page_of_the_report(make):
    ws = make()
    text = all_text(reader(report_pdf(ws)))
    long = [ws.themes[0].priority.reason] + [
        x for a in ws.actions for x in (a.what, a.first_step, a.how_we_know)]
    assert all(all_found(x, text) for x in long if len(x) > 100)


def test_a_long_action_carries_on_to_the_next_action_poster_sheet():
    what = numbered("what", 3300)
    pdf = reader(action_poster_pdf(one_theme(actions=[action(what=what)])))
    assert all_found(what, all_text(pdf))


def test_action_poster_flows_from_sheet_one_and_says_what_each_sheet_continues():
    cards = [Card(id="c1", kind=Kind.NOT_WORKING, text="x"),
             Card(id="c2", kind=Kind.WORKING, text="y")]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name="I never know who is coming",
                    card_ids=["c1"], priority=Priority(chosen=True, rank=1)),
              Theme(id="t2", kind=Kind.WORKING, name="I like my day centre", card_ids=["c2"],
                    priority=Priority(chosen=True, rank=2))]
    actions = [Action(id=f"a{i}", theme_id="t1" if i < 30 else "t2", role=Role.PROVIDERS,
                      what=f"action{i:04d} agree a named small team for each neighbourhood",
                      owner="Jo") for i in range(32)]
    pdf = reader(action_poster_pdf(Workshop(cards=cards, themes=themes, actions=actions)))
    sheets = [squash(page.extract_text()) for page in pdf.pages]
    assert len(sheets) >= 2
    assert "action0000" in sheets[0]  # the first theme starts under the title, not a sheet on
    first_theme = [f"action{i:04d}" for i in range(30)]  # all one role: sheets split it
    for sheet in sheets[1:]:
        if any(a in sheet for a in first_theme):
            # "(continued)", as the report and the feedback sheet write it
            assert squash("Not working · Priority 1 (continued)") in sheet
            assert squash("“I never know who is coming” (continued)") in sheet
            assert squash("Providers (continued)") in sheet
    assert all_found(" ".join(f"action{i:04d}" for i in range(32)), "".join(sheets))


@needs_poppler
def test_a_long_workshop_title_is_shortened_in_running_footers(tmp_path):
    title = ("Working Together for Change workshop for the North East Lincolnshire older "
             "people's services review " * 3)[:300].strip()
    ws = one_theme(title=title)
    report = export_report(ws, tmp_path / "report.pdf")
    posters = export_theme_posters(ws, tmp_path / "posters.pdf")
    pages = len(reader(report.read_bytes()).pages)
    assert squash(title) in squash(reader(report.read_bytes()).pages[0].extract_text())
    for pdf, page in ((report, pages), (posters, 1)):
        words = footer_words(pdf, page)
        assert any(w.endswith("…") for _, _, w in words)
        assert words[-1][1] <= page_width(pdf)  # nothing runs off the page
        for (_, right, _), (left, _, _) in itertools.pairwise(words):
            assert right <= left  # no word drawn over the next ("Page 3", "Poster 1 of 1")


def test_every_level_of_a_deep_why_tree_is_in_the_report():
    causes = [Cause(id=f"k{i}", theme_id="t1", parent_id=f"k{i - 1}" if i else None,
                    text=f"Because of cause{i:04d}", root_cause=i == 39) for i in range(40)]
    text = all_text(reader(report_pdf(one_theme(causes=causes))))
    assert all_found(" ".join(f"cause{i:04d}" for i in range(40)), text)
    assert squash("Level 40 · Why? Because of cause0039") in text


def test_a_report_page_that_starts_mid_role_says_whose_actions_they_are():
    actions = [action(id=f"a{i}", role=Role.PROVIDERS,
                      what=f"deed{i:04d} " + numbered("w", 600)) for i in range(12)]
    pages = [squash(page.extract_text()) for page in reader(report_pdf(one_theme(
        actions=actions))).pages]
    continued = [page for page in pages if "deed0011" in page or "deed0008" in page]
    assert any(squash("Providers (continued)") in page for page in continued)
    assert any(squash("Actions for “I like my day centre” (continued)") in page
               for page in continued)
    assert all_found(" ".join(f"deed{i:04d}" for i in range(12)), "".join(pages))


def test_a_card_that_meets_the_foot_of_a_page_carries_on_to_the_next():
    # A quote's bar drew the space below it too, so its first part could not fit: LayoutError.
    ws = one_theme()
    long_card = Card(id="c2", kind=Kind.WORKING, text=numbered("card", 1900))
    fillers = [Card(id=f"f{i}", kind=Kind.WORKING, text=numbered(f"f{i}x", 300))
               for i in range(8)]
    theme = ws.themes[0].model_copy(update={"card_ids": ["c1", *(c.id for c in fillers),
                                                         "c2"]})
    ws = ws.model_copy(update={"cards": [*ws.cards, *fillers, long_card], "themes": [theme]})
    assert all_found(long_card.text, all_text(reader(report_pdf(ws))))
