"""A workshop file with a blank title (written before the Prepare page refused one, or by
another program) still has a title in every export: "Untitled workshop", as a new one is
called. The report had no title, its footers were empty, the action poster's subtitle read
"· 4 March 2019" and the PDFs' title "Workshop report:  (4 March 2019)"."""

from __future__ import annotations

import datetime as dt

from export_checks import reader, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.report import report_pdf
from wtfc.model.workshop import Card, Kind, Priority, Theme, Workshop

DAY = dt.date(2019, 3, 4)


def _blank_title() -> Workshop:
    return Workshop(title=" ", date=DAY, cards=[
        Card(id="c1", kind=Kind.NOT_WORKING, text="Different carers every day")],
        themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="I never know who is coming",
                      card_ids=["c1"], priority=Priority(chosen=True, rank=1))])


def test_the_report_calls_a_blank_title_untitled_workshop():
    pdf = reader(report_pdf(_blank_title()))
    assert pdf.metadata.title == "Workshop report: Untitled workshop (4 March 2019)"
    assert squash("Working Together for Change Untitled workshop 4 March 2019") in squash(
        pdf.pages[0].extract_text())
    for page in pdf.pages[1:]:  # the footers
        assert "Untitled workshop" in page.extract_text()


def test_the_action_poster_calls_a_blank_title_untitled_workshop():
    pdf = reader(action_poster_pdf(_blank_title()))
    assert pdf.metadata.title == "Action plan: Untitled workshop (4 March 2019)"
    assert squash("Untitled workshop · 4 March 2019") in squash(pdf.pages[0].extract_text())


def test_the_theme_posters_call_a_blank_title_untitled_workshop():
    """Their footer read "· 4 March 2019" with nothing before it."""
    from wtfc.export.theme_poster import theme_posters_pdf

    pdf = reader(theme_posters_pdf(_blank_title()))
    assert pdf.metadata.title.startswith("Theme posters: Untitled workshop")
    assert squash("Untitled workshop · 4 March 2019") in squash(pdf.pages[0].extract_text())
