"""The report's words a commissioner stumbled on: the cards not yet in a theme counted once (34
on the cover, 36 under "Since last time", which counted the 2 held-back cards the report leaves
out) and named once, in the wall's words; a cover that says which themes the room chose, never
"0 themes, of which 0 priorities"; whose a theme's comment is; "How to read this report" in
sentences short enough to follow; and no "cards are left out" line on the action poster, which
prints no cards."""

from __future__ import annotations

import datetime as dt
import re

from export_checks import all_text, all_text_of, demo_report_pdf, demo_workshop, reader, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.content import ExportContent
from wtfc.export.report import cover_summary
from wtfc.export.report_people import how_to_read_line
from wtfc.model.compare_people import unsorted_cards
from wtfc.model.workshop import Card, Kind, Workshop

TODAY = dt.date(2026, 11, 28)


def test_the_cards_not_yet_in_a_theme_are_one_count_in_one_phrase():
    demo = demo_workshop()
    content = ExportContent(demo, today=TODAY)
    shown = len(content.unsorted_cards)
    assert shown < unsorted_cards(demo)  # some of those are held back
    text = all_text_of(demo_report_pdf(TODAY, previous=True))
    counts = {int(n) for n in re.findall(r"(\d+)cards?(?:is|are)notyetinatheme", text)}
    assert counts == {shown}  # the cover, "Since last time" and the appendix
    for other in ("innotheme", "didnotgointoatheme", "stillunsorted", "notsortedyet"):
        assert other not in text, other
    assert squash("3 of 12 → not yet in a theme") in text  # the themes-that-changed table


def test_the_cover_says_which_themes_were_chosen_and_no_zero_counts():
    content = ExportContent(demo_workshop(), today=TODAY)
    assert cover_summary(content).startswith("10 themes; the room chose 3 as priorities. ")
    empty = Workshop(cards=[Card(id=f"c{i}", kind=Kind.WORKING, text=f"Card {i}")
                            for i in range(6)])
    said = cover_summary(ExportContent(empty, today=TODAY))
    assert said == "No themes yet. 6 cards are not yet in a theme: they are in the appendix."
    assert not re.search(r"\b0\b", said)


def test_a_themes_comment_says_whose_it_is():
    demo = demo_workshop()
    comment = next(c for t in demo.themes for c in t.comments)
    text = all_text_of(demo_report_pdf(TODAY))
    assert squash(f"The room said: {comment}")[:60] in text
    assert "Comment:" not in text


def test_how_to_read_says_the_small_groups_rule_in_short_sentences():
    said = how_to_read_line(ExportContent(demo_workshop(), today=TODAY))
    assert "fewer than 5 people" in said
    longest = max(len(sentence.split()) for sentence in re.split(r"(?<=[.”])\s+", said))
    assert longest <= 30  # one sentence of 62 words before


def test_the_action_poster_says_no_cards_are_left_out():
    demo = demo_workshop()
    assert ExportContent(demo).held_back_note()  # the demo holds cards back
    text = all_text(reader(action_poster_pdf(demo, today=TODAY)))
    assert "leftout" not in text
