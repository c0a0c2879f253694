# ruff: noqa: F811
"""A recovery copy whose only unsaved change is an order (themes dragged on the wall, success
statements moved up or down) is offered after a crash: the check that the file already holds the
copy's workshop compares every part and its order, not only which parts there are (it compared
by id, and the new order was deleted at start-up without a word)."""
from __future__ import annotations

from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.themes import reorder_theme
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Kind, Theme, Workshop
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import Choice, offer_recovery


def test_a_theme_order_change_is_offered_after_a_crash(make_window, tmp_path, recovery_folder):
    path = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring", themes=[
        Theme(id="t1", kind=Kind.WORKING, name="I feel safe"),
        Theme(id="t2", kind=Kind.WORKING, name="I see my friends")]), path)
    first = make_window()
    first.files.open_path(path)
    first.undo.push(reorder_theme(first.doc, theme_id="t2", index=0))  # dragged on the wall
    assert [t.id for t in first.doc.workshop.themes] == ["t2", "t1"]
    assert first.files.autosaver.snapshot_now()
    first.files.autosaver.wait()
    first.files.autosaver._lock.unlock()  # the laptop dies
    first.files.lock.release()
    [crashed] = crashed_sessions(recovery_folder)
    assert [t.id for t in crashed.snapshot.workshop.themes] == ["t2", "t1"]  # the copy has it
    crashed.keep()
    asked = []
    again = make_window()
    again.files.open_path(path)
    offer_recovery(again, ask=lambda d: asked.append(d.text.text()) or Choice.LATER)
    left = crashed_sessions(recovery_folder, own=again.files.autosaver.instance_id)
    print("asked:", asked, "copies left:", len(left),
          "file order:", [t.id for t in load_workshop(path).workshop.themes])
    assert asked, "the wall's new order was dropped without a word"
    # and the offer says what the copy holds: "the same as the saved file" is read as nothing
    # to lose, and the facilitator chooses Discard
    [words] = asked
    assert "the same as the saved file" not in words
    assert "but with <b>the themes on the wall in another order (1 moved)</b>: only Restore " \
        "keeps that order" in words
