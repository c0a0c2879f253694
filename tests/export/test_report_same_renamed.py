"""A theme renamed this time that stayed about the same sat in the report's "About the same as
last time" line under its new name alone, so a reader of last time's report could not find it.
It carries its row's note now, as a theme that changed does in the table: was “…”."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, all_text_of, demo_report_pdf, demo_workshop, reader, squash

from wtfc.export.report import report_pdf
from wtfc.model.compare import Change, compare_workshops
from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop

TODAY = dt.date(2026, 11, 28)
OLD = "I have family, friends and neighbours who look out for me"
NEW = "Family, friends and neighbours look out for me"


def test_a_renamed_theme_about_the_same_says_last_time_s_name():
    previous = load_workshop(demo_previous_path()).workshop
    current = demo_workshop()
    current = current.model_copy(update={"themes": [
        t.model_copy(update={"name": NEW}) if t.name == OLD else t for t in current.themes]})
    same = [t for t in compare_workshops(previous, current, today=TODAY).themes
            if t.change is Change.SAME]
    assert [t.renamed for t in same if t.name == NEW] == [True]  # (the case: paired, renamed)
    text = all_text(reader(report_pdf(current, today=TODAY, previous=previous)))
    line = text[text.find(squash("About the same as last time")):]
    assert line.startswith(squash("About the same as last time (= 3 themes):"))
    assert squash(f"“{NEW}” (was “{OLD}”)") in line.split(squash("Last time's actions"))[0]


def test_a_theme_about_the_same_not_renamed_has_no_note():
    text = all_text_of(demo_report_pdf(TODAY, previous=True))
    line = text[text.find(squash("About the same as last time")):]
    line = line.split(squash("Last time's actions"))[0]
    assert squash(f"“{OLD}”,") in line and squash("(was “") not in line
