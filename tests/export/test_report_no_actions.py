"""A priority with no actions yet: the report says so in its chapter, as the posters do, and
its priorities table shows each priority's actions, so a gap in the plan is seen at once."""

from __future__ import annotations

import datetime as dt

from export_checks import reader, squash
from writing_samples import needs_poppler, words_by_line

from wtfc.export.content import NO_ACTIONS_AGREED
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import ActionStatus, Workshop

TODAY = dt.date(2025, 1, 1)


def chapters(workshop: Workshop) -> str:
    """The report's theme chapters, from the first chapter's heading on."""
    pdf = reader(report_pdf(workshop, today=TODAY))
    text = squash("".join(page.extract_text() for page in pdf.pages))
    return text[text.index(squash("Every theme, in people's own words")):]


def priorities(workshop: Workshop) -> str:
    pdf = reader(report_pdf(workshop, today=TODAY))
    text = squash("".join(page.extract_text() for page in pdf.pages))
    start = text.index("Priorities")
    return text[start:text.index(squash("Every theme, in people's own words"))]


def test_a_priority_with_no_actions_says_so_in_its_chapter(workshop):
    """t2 is a priority: its only action gone, the chapter ended at its success statements
    while its poster said "No actions have been agreed yet."."""
    ws = workshop.model_copy(update={"actions": [a for a in workshop.actions
                                                 if a.theme_id != "t2"]})
    text = chapters(ws)
    t2 = text.index(squash("I want to stay in my own home"))
    t3 = text.index(squash("I have people who know me"))  # no priority: no note
    assert text[t2:t3].count(squash(f"What we will do {NO_ACTIONS_AGREED}")) == 1
    assert text.count(squash(NO_ACTIONS_AGREED)) == 1
    poster = squash(reader(theme_posters_pdf(ws, theme_ids=["t2"])).pages[0].extract_text())
    assert squash(NO_ACTIONS_AGREED) in poster  # the same words


def test_the_priorities_table_shows_each_prioritys_actions(workshop):
    ws = workshop.model_copy(update={"actions": [a for a in workshop.actions
                                                 if a.theme_id != "t2"]})
    text = priorities(ws)
    assert squash("Why it was chosen Actions") in text
    first, second = text.index(squash("I don't know who is coming")), text.index(
        squash("I want to stay in my own home"))
    assert squash("Most cards 2") in text[first:second]  # t1's reason, then its 2 actions
    assert squash("Not recorded None yet") in text[second:]  # t2 has no reason recorded


def test_a_priority_whose_actions_were_all_dropped_says_so(workshop):
    """Counted with the dropped ones, as the cover's total and the data export count them."""
    actions = [a.model_copy(update={"status": ActionStatus.DROPPED}) if a.theme_id == "t1"
               else a for a in workshop.actions]
    text = priorities(workshop.model_copy(update={"actions": actions}))
    assert squash("Most cards 2 (all dropped)") in text


def test_a_prioritys_actions_count_its_dropped_ones_so_the_column_adds_up(workshop):
    """"4 (1 dropped)" read as 4 of which 1 was dropped, so the column fell one short of the
    cover's "13 actions agreed"; it now says "3 (1 dropped)" for 2 planned and 1 dropped."""
    actions = [*workshop.actions, workshop.actions[0].model_copy(
        update={"id": "gone", "status": ActionStatus.DROPPED})]
    text = priorities(workshop.model_copy(update={"actions": actions}))
    first, second = text.index(squash("I don't know who is coming")), text.index(
        squash("I want to stay in my own home"))
    assert squash("Most cards 3 (1 dropped)") in text[first:second]


@needs_poppler
def test_a_count_with_dropped_actions_stays_on_one_line(workshop, tmp_path):
    """"5 (1 dropped)" wrapped to "5 (1" over "dropped)" in the narrow Actions column; the
    column is now as wide as its widest count, "12 (all dropped)" in bold too."""
    t1 = next(a for a in workshop.actions if a.theme_id == "t1")
    more = [t1.model_copy(update={"id": f"more{i}", "status": ActionStatus.DROPPED if i == 0
                                  else t1.status}) for i in range(3)]
    t2 = next(a for a in workshop.actions if a.theme_id == "t2")
    gone = [t2.model_copy(update={"id": f"gone{i}", "status": ActionStatus.DROPPED})
            for i in range(12)]
    actions = [*[a for a in workshop.actions if a.theme_id != "t2"], *more, *gone]
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(workshop.model_copy(update={"actions": actions}), today=TODAY))
    page = next(n for n in range(1, 5)
                if any(w == "Why" for line in words_by_line(path, n) for _, w in line))
    lines = [" ".join(w for _, w in line) for line in words_by_line(path, page)]
    assert any(line.endswith("5 (1 dropped)") for line in lines), lines
    assert any(line.endswith("12 (all dropped)") for line in lines), lines
    assert not any(line.strip() == "dropped)" for line in lines)
