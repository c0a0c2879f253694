"""How many actions a priority has reads the same in every output: every action agreed,
dropped ones too, with how many were dropped. The report said "4 (1 dropped)" where the data
export said 5, and its column added up to one fewer than the cover's "13 actions agreed"."""

from __future__ import annotations

import datetime as dt

from every_pdf import demo_pdf
from export_checks import all_text_of, demo_report_pdf, demo_workshop, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.data import data_tables
from wtfc.export.data_counts import by_group
from wtfc.model.workshop import ActionStatus

TODAY = dt.date(2026, 11, 29)


def test_the_report_the_data_and_the_posters_count_a_prioritys_actions_alike():
    ws = demo_workshop()
    content = ExportContent(ws, today=TODAY)
    report = all_text_of(demo_report_pdf(TODAY))  # ws is the demo
    table = report[report.index("Priorities"):report.index(squash("Every theme, in people's"))]
    header, rows = data_tables(ws, today=TODAY)["themes"]
    sheet = {row[0]: row for row in rows}
    posters = reader(demo_pdf("posters")).pages
    dropped_somewhere = False
    for poster, t in zip(posters, content.priority_themes, strict=True):
        every = [a for r in t.actions.values() for a in r]
        dropped = sum(a.status == ActionStatus.DROPPED for a in every)
        dropped_somewhere = dropped_somewhere or bool(dropped)
        said = f"{len(every)} ({dropped} dropped)" if dropped else f"{len(every)}"
        assert squash(f"{t.theme.priority.reason} {said}") in table, said
        row = sheet[t.theme.id]
        assert (row[header.index("Actions")], row[header.index("Actions dropped")]) == (
            len(every), dropped)
        if dropped:
            assert squash(f"{dropped} action that was dropped is not shown") in squash(
                poster.extract_text())
    assert dropped_somewhere, "the demo has a dropped action on a priority"
    # the column adds up to the cover's total when every action is on a priority
    assert all(a.theme_id in {t.theme.id for t in content.priority_themes} for a in ws.actions)
    total = sum(row[header.index("Actions")] for row in rows)
    assert total == len(ws.actions)
    assert squash(f"{total} actions agreed.") in report
    assert by_group(data_tables(ws, today=TODAY)["counts"][1])["Actions", "All"] == total
