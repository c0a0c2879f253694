"""At the check months after the day, the officer types only "What people told us at the check":
an older file's action whose words hold two spaces after a full stop read "changed since the
workshop" (History "Edit action", Act "Changed since…", the letter "We changed this"), and the
Checked box stayed unticked, so next cycle's letter said "not checked since the workshop" just
above what people told us at it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from wtfc.export.feedback_sheet_since import since_words
from wtfc.model.agreed_words import since_agreed_words
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import ActionStatus
from wtfc.ui.boards.action_dialog import ActionDialog
from wtfc.ui.boards.plan_text import progress_text

OLD_WORDS = "Phone people when a visit will be late.  Say who is coming instead."
HEARD = "People said they now know who is coming."


def _format5_file(tmp_path: Path) -> Path:
    """The demo as a format-5 wtfc (before runs of spaces were squeezed) wrote it."""
    raw = json.loads(demo_path().read_text(encoding="utf-8"))
    raw["schema_version"] = 5
    for action in raw["actions"]:
        for key in ("agreed_what", "agreed_by_when", "done_on", "heard_at_check"):
            action.pop(key, None)
    raw["actions"][1]["what"] = OLD_WORDS
    path = tmp_path / "older.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _ok(doc: Document, dialog: ActionDialog, action_id: str):
    values = dialog.values()
    today = values.pop("today")
    step = edit_action(doc, action_id=action_id, today=today, **values)
    step.do(doc)
    return step, next(a for a in doc.workshop.actions if a.id == action_id)


def test_heard_only_on_an_older_files_double_space_is_no_reword(qtbot, tmp_path):
    doc = Document(load_workshop(_format5_file(tmp_path)).workshop)
    later = doc.workshop.date + dt.timedelta(days=180)
    action = doc.workshop.actions[1]
    dialog = ActionDialog(doc, action=action, today=later)
    qtbot.addWidget(dialog)
    dialog.heard_at_check.setText(HEARD)
    step, after = _ok(doc, dialog, action.id)
    assert after.agreed_what is None
    assert step.label.startswith("Record progress on")
    assert "Changed since the workshop" not in progress_text(after, later)
    assert not since_agreed_words(after)
    assert after.heard_at_check == HEARD
    step.undo(doc)
    assert not doc.workshop.actions[1].heard_at_check
    step.do(doc)  # redo
    assert doc.workshop.actions[1].heard_at_check == HEARD


def test_a_real_reword_of_the_older_words_is_still_kept(qtbot, tmp_path):
    doc = Document(load_workshop(_format5_file(tmp_path)).workshop)
    later = doc.workshop.date + dt.timedelta(days=180)
    action = doc.workshop.actions[1]
    dialog = ActionDialog(doc, action=action, today=later)
    qtbot.addWidget(dialog)
    dialog.what.setText("Phone people when a visit will be late.")
    _, after = _ok(doc, dialog, action.id)
    assert after.agreed_what == OLD_WORDS


def test_heard_only_ticks_checked_today_and_the_letter_agrees(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    later = doc.workshop.date + dt.timedelta(days=180)
    action = next(a for a in doc.workshop.actions
                  if a.checked_on is None and a.status != ActionStatus.DONE)
    dialog = ActionDialog(doc, action=action, today=later, start_in_note=True)
    qtbot.addWidget(dialog)
    dialog.heard_at_check.setText(HEARD)
    assert dialog.has_checked.isChecked()
    assert dialog.values()["checked_on"] == later
    _, after = _ok(doc, dialog, action.id)
    assert "Not checked yet" not in progress_text(after, later)
    said = [was for _, theme in since_words(doc.workshop, later + dt.timedelta(days=30)).themes
            for was in theme if was.what.startswith(after.what[:25])]
    assert said and all("not checked since the workshop" not in was.happened for was in said)


def test_heard_put_back_as_loaded_leaves_the_check_as_it_was(qtbot):
    doc = Document(load_workshop(demo_path()).workshop)
    later = doc.workshop.date + dt.timedelta(days=180)
    action = next(a for a in doc.workshop.actions
                  if a.checked_on is None and a.status != ActionStatus.DONE)
    dialog = ActionDialog(doc, action=action, today=later)
    qtbot.addWidget(dialog)
    dialog.heard_at_check.setText(HEARD)
    dialog.heard_at_check.setText("")
    assert not dialog.has_checked.isChecked()
