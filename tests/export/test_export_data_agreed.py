"""The data export's Actions sheet says what the room agreed where it was changed since, when an
action was done, what people told us at the check and when an action was added after the day
(format 6), and the personal-detail question reads those words before the export prints them."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl

from wtfc.export.data import export_data
from wtfc.importing.typed_details import typed_details
from wtfc.model.document import Document
from wtfc.model.operations.actions import add_action, edit_action
from wtfc.model.workshop import (
    Action,
    ActionStatus,
    Card,
    Kind,
    Priority,
    Role,
    Theme,
    Workshop,
)

DAY = dt.date(2026, 11, 12)  # the workshop
LATER = dt.date(2027, 5, 12)  # the check, six months on
COLUMNS = ["Agreed at the workshop", "Date agreed", "Done on",
           "What people told us at the check", "Added after the workshop on"]


def _workshop() -> Workshop:
    doc = Document(Workshop(
        title="Spring", date=DAY, cards=[Card(id="c1", kind=Kind.NOT_WORKING, text="Late")],
        themes=[Theme(id="t1", kind=Kind.NOT_WORKING, name="Visits are late", card_ids=["c1"])],
        actions=[Action(id="a1", theme_id="t1", role=Role.PROVIDERS, what="Ring Mrs Patel first",
                        by_when=dt.date(2027, 3, 1)),
                 Action(id="a2", theme_id="t1", role=Role.PROVIDERS, what="Post the rota")]))
    edit_action(doc, action_id="a1", what="Ring each person first", by_when=dt.date(2027, 9, 1),
                status=ActionStatus.DONE, heard_at_check="Call 07700 900123 said it works",
                today=LATER).do(doc)
    add_action(doc, theme_id="t1", role=Role.PROVIDERS, what="Send the rota by text",
               today=DAY + dt.timedelta(days=1)).do(doc)
    return doc.workshop


def _rows(tmp_path) -> list[dict]:
    export_data(_workshop(), tmp_path / "spring.csv")
    text = (tmp_path / "spring-actions.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_actions_sheet_says_what_was_agreed_done_heard_and_added_later(tmp_path):
    changed, kept, typed_up = ({k: row[k] for k in COLUMNS} for row in _rows(tmp_path))
    assert changed == {"Agreed at the workshop": "Ring Mrs Patel first",
                       "Date agreed": "2027-03-01", "Done on": "2027-05-12",
                       "What people told us at the check": "Call 07700 900123 said it works",
                       "Added after the workshop on": ""}
    assert kept == dict.fromkeys(COLUMNS, "")  # as the room agreed it: nothing to say
    assert typed_up == {**dict.fromkeys(COLUMNS, ""), "Added after the workshop on": "2026-11-13"}


def test_the_workbook_has_the_columns_at_the_end_with_dates_as_dates(tmp_path):
    [path] = export_data(_workshop(), tmp_path / "spring.xlsx")
    rows = list(openpyxl.load_workbook(path)["Actions"].iter_rows(values_only=True))
    assert list(rows[0][-5:]) == COLUMNS and rows[0][17] == "Success statement id"
    assert (rows[1][-4].date(), rows[1][-3].date()) == (dt.date(2027, 3, 1), LATER)  # dates
    about = openpyxl.load_workbook(path)["About this data"]
    assert any("Agreed at the workshop and Date agreed are blank unless" in str(c.value)
               for row in about.iter_rows() for c in row)


def test_the_personal_detail_question_reads_the_agreed_words_and_what_people_told_us():
    wheres = [d.where for d in typed_details(_workshop(), "data")]
    assert "An action in the theme “Visits are late”: “Ring [name] first”" in wheres
    assert any("Call [phone] said it works" in where for where in wheres)
    # the report made at the check prints them too (d4adbc5e): it asks about them as well
    assert any("[phone]" in d.where for d in typed_details(_workshop(), "report"))
    # the letter made at the check lists the words the room agreed (a0197947): it asks too
    ws = _workshop()
    chosen = ws.themes[0].model_copy(update={"priority": Priority(chosen=True, rank=1)})
    letter = typed_details(ws.model_copy(update={"themes": [chosen]}), "feedback")
    assert any("Ring [name] first" in d.where for d in letter)
