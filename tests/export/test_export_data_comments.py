"""A theme's comments (Comment on theme…, what the room said when it was read out) reach the
data export, as they reach the report, and are asked about before it is made."""

from __future__ import annotations

import csv
import io

import openpyxl

from wtfc.export.data import export_data
from wtfc.importing.typed_details import typed_details
from wtfc.model.workshop import Card, Kind, Theme, Workshop

COMMENTS = ["Spread this practice.", "=Ask the rota team"]  # short: no wrap for length


def _workshop(comments: list[str]) -> Workshop:
    return Workshop(
        title="Spring",
        cards=[Card(id="c1", kind=Kind.WORKING, text="Kind staff")],
        themes=[
            Theme(
                id="t1",
                kind=Kind.WORKING,
                name="I am treated kindly",
                card_ids=["c1"],
                comments=comments,
            )
        ],
    )


def test_the_themes_sheet_has_the_comments_one_cell_a_theme_then_the_dropped_actions(tmp_path):
    [path] = export_data(_workshop(COMMENTS), tmp_path / "data.xlsx")
    sheet = openpyxl.load_workbook(path)["Themes"]
    header, row = ([c.value for c in r] for r in sheet.iter_rows(max_row=2))
    # the columns of an earlier export keep their places
    assert header[:14] == [
        "Theme id",
        "Kind",
        "Theme",
        "Cards",
        "People",
        "Priority",
        "Rank",
        "Votes",
        "Why it was chosen",
        "Root causes",
        "Success statements",
        "Actions",
        "Cards held back",
        "Cards with no person recorded",
    ]
    # then the comments, and the dropped actions after them (added later)
    assert header[14:] == ["Comments", "Actions dropped"]
    comments = header.index("Comments")
    assert row[comments] == "Spread this practice.\n=Ask the rota team"
    # one line a comment, so the cell wraps to show them as lines, not run together
    assert sheet.cell(row=2, column=comments + 1).alignment.wrap_text


def test_a_comment_that_could_start_a_formula_is_made_words(tmp_path):
    written = export_data(_workshop(list(reversed(COMMENTS))), tmp_path / "data.csv")
    themes = next(p for p in written if p.name == "data-themes.csv")
    header, row = csv.reader(io.StringIO(themes.read_text(encoding="utf-8-sig")))
    assert row[header.index("Comments")] == "'=Ask the rota team\nSpread this practice."
    [path] = export_data(_workshop(list(reversed(COMMENTS))), tmp_path / "data.xlsx")
    cells = [c for row in openpyxl.load_workbook(path)["Themes"].iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)


def test_a_theme_with_no_comments_has_an_empty_cell(tmp_path):
    written = export_data(_workshop([]), tmp_path / "data.csv")
    themes = next(p for p in written if p.name == "data-themes.csv")
    header, row = csv.reader(io.StringIO(themes.read_text(encoding="utf-8-sig")))
    assert row[header.index("Comments")] == ""


def test_the_personal_detail_question_reads_the_comments_before_a_data_export():
    ws = _workshop(["Ring Mrs Patel on 07700 900123 about the rota"])
    wheres = [d.where for d in typed_details(ws, "data")]
    assert wheres == [
        "A comment on the theme “I am treated kindly”: “Ring [name] on [phone] about the rota”"
    ]
