"""The report's "Since last time" and the Review board's row for a theme that two of last
time's went into ("I feel rushed" merged into "I don't know who is coming"): compared with both
then, "▼ A smaller share … 4 of 5 → 4 of 9, 80% → 44%", and said so on the row. Before, it was
compared with one of them: "▲ A bigger share … 2 of 5 → 4 of 9, 40% → 44%"."""

from __future__ import annotations

from export_checks import all_text, reader, squash

from tests.model.test_compare_merged_then import COMING, TODAY, last_time, merged_now
from wtfc.export.report import report_pdf
from wtfc.model.compare import compare_workshops
from wtfc.ui.boards.review_rows import theme_text

NOTE = "counted with “I feel rushed”, merged into it"


def test_the_report_row_compares_the_merged_theme_with_both():
    text = all_text(reader(report_pdf(merged_now(), today=TODAY, previous=last_time())))
    table = text.split(squash("Themes that changed"))[1]
    row = table[:table.index(squash(f"“{COMING}”"))]  # the change cell comes before the name
    assert row.endswith(squash("▼ A smaller share of people said this Not working")), row
    after = table[table.index(squash(f"“{COMING}”")):]
    assert after.startswith(squash(f"“{COMING}” {NOTE} 4 of 5 → 4 of 9 80% → 44%")), after
    assert squash("1 a bigger share of people (▲), 1 a smaller share (▼)") in text  # the garden


def test_the_board_row_says_it():
    result = compare_workshops(last_time(), merged_now(), today=TODAY)
    coming = next(t for t in result.themes if t.current_id and t.name == COMING)
    assert theme_text(coming) == f"{COMING}  ({NOTE})"
