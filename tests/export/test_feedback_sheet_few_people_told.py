"""A letter from one or two people's reviews does not count them aloud (it would point at them):
"We looked at what was said in reviews: what is working in people's lives…", never "their
lives" with no one named for "their" (A25 R3's told_of keeps ``counted``)."""

from __future__ import annotations

import datetime as dt

from export_checks import demo_workshop

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet_words import feedback_words


def test_two_peoples_letter_says_peoples_lives():
    ws = demo_workshop()
    two = {c.person for c in ws.cards if c.person}
    two = set(sorted(two)[:2])
    cards = [c for c in ws.cards if c.person in two]
    ids = {c.id for c in cards}
    themes = [t.model_copy(update={"card_ids": [i for i in t.card_ids if i in ids]})
              for t in ws.themes]
    people = [p for p in ws.people if p.id in two]
    ws = ws.model_copy(update={"cards": cards, "themes": themes, "people": people})
    opening = feedback_words(ExportContent(ws, today=dt.date(2026, 11, 29))).intro[1]
    assert "We looked at what was said in reviews" in opening
    assert "in people's lives" in opening and "their lives" not in opening
