"""Next time's Review lists last time's actions as the room agreed them: the words agreed with
"Now: …" under them when reworded since, a moved date with the date agreed, done after that date
said so, on the board, as a reader hears it, and on the room view's cards (R5 S2)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action, move_status
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import ActionStatus
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_room_rows import notes
from wtfc.ui.undo import UndoAdapter

LATER = dt.date(2026, 10, 20)  # the officer, six months after the spring workshop
TODAY = dt.date(2026, 11, 12)
NARROWER = "Pilot outcome-based home care contracts with one provider first"
HEARD = "Most people now get the letter on Fridays"


def _previous(tmp_path):
    doc = Document(load_workshop(demo_previous_path()).workshop)
    pilot = doc.get("actions", "p1")
    edit_action(doc, action_id="p1", what=NARROWER, by_when=dt.date(2027, 3, 31),
                today=LATER).do(doc)
    move_status(doc, action_id="p3", status=ActionStatus.DONE, today=LATER).do(doc)
    edit_action(doc, action_id="p3", heard_at_check=HEARD, today=LATER).do(doc)
    path = tmp_path / "spring.wtfc"
    save_workshop(doc.workshop, path)
    return path, pilot.what


def test_review_lists_the_words_agreed_the_date_agreed_and_done_late(qtbot, tmp_path):
    path, agreed = _previous(tmp_path)
    doc = Document(load_workshop(demo_path()).workshop)
    board = ReviewBoard(doc, UndoAdapter(doc), today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1500, 800)
    board.show()
    assert board.load_previous(path)
    rows = {board.action_tree.topLevelItem(r).text(0).split("\n")[0]:
            board.action_tree.topLevelItem(r)
            for r in range(board.action_tree.topLevelItemCount())}
    pilot = rows[agreed]
    assert pilot.text(0).split("\n")[1] == f"Now: '{NARROWER}'"
    assert pilot.text(2) == "31 Mar 2027 (agreed: 30 Sep 2026)"
    said = pilot.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith(f"{agreed}: Now: '{NARROWER}'.")
    assert "by 31 March 2027 (the date agreed was 30 September 2026)" in said
    letter = next(item for words, item in rows.items() if words.startswith("Send each person"))
    assert letter.text(3) == "Done, 4 months after the date agreed"  # due 30 June
    assert letter.text(4).endswith(f"\nPeople told us: {HEARD}")
    save_render(board, "review_agreed")
    cards = {a.what: notes(a) for a in board.comparison().actions}
    assert cards[NARROWER][:2] == [f"Changed since the workshop: was '{agreed}'",
                                   "By 31 Mar 2027 (agreed: 30 Sep 2026)"]
    letter_card = next(n for what, n in cards.items() if what.startswith("Send each person"))
    assert f"What people told us at the check: {HEARD}" in letter_card
