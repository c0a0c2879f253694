"""Someone whose only cards are held back is counted among the people (as Collect, the report
and ``wtfc check`` count them) but, having no card in the export, is not on the People sheet:
the Counts sheet says so in a row of its own, so "People" and the sheet's rows add up, and the
report's cover says it beside its count (review agree F3). With no such person neither is said."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.content import ExportContent
from wtfc.export.data import data_tables
from wtfc.export.data_counts import by_group
from wtfc.export.report import report_pdf

ROW = ("People", "Only cards held back (not on the People sheet)")
ALL = ("People", "All")
TODAY = dt.date(2026, 11, 28)


def _counts_and_people(ws):
    tables = data_tables(ws, today=TODAY)
    counts = by_group(tables["counts"][1])
    return counts, tables["people"][1]


def test_the_counts_say_who_is_counted_but_not_listed():
    ws = make_workshop()  # P10's one card is held back
    counts, people = _counts_and_people(ws)
    assert counts[ROW] == 1
    assert counts[ALL] == len(people) + counts[ROW]
    assert "P10" not in {row[0] for row in people}
    cover = all_text(reader(report_pdf(ws, today=TODAY)))
    assert squash(f"{counts[ALL]} people whose reviews the cards come from (no names are "
                  "recorded; 1 of them only on cards left out of this report):") in cover


def test_with_everyone_on_a_shown_card_nothing_more_is_said():
    ws = make_workshop()
    held = next(c for c in ws.cards if c.held_back)
    held.details_cleared = True
    counts, people = _counts_and_people(ws)
    assert counts[ROW] == 0  # a row that is always there, so a lookup finds it
    assert counts[ALL] == len(people) == ExportContent(ws).people_count
    cover = all_text(reader(report_pdf(ws, today=TODAY)))
    assert squash("(no names are recorded):") in cover
