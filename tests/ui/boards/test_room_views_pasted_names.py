"""Names pasted to watch for ("Grace Lee", "Bill Jones") and a note "Grace and Bill met the
provider…": Act's room view drew "So far: Grace and [name] met…" and Review's drew last time's
"Grace and her daughter met…" as typed, while the check's list and History read both as names.
The room views now read a pasted name wherever it stands capitalised (code review A1 S2)."""

from __future__ import annotations

from tests.ui.boards.test_plan_room_names_to_watch import _doc, _drawn
from tests.ui.boards.test_review_last_words import _board, _notes, _room
from wtfc.ui.boards.review_last_words import flagged_words

NAMES = ("Grace Lee", "Bill Jones")
NOTE = "Grace and Bill met the provider; the new rota starts in June."


def test_acts_room_view_draws_neither_pasted_name(qtbot):
    doc = _doc(NOTE)
    doc.names_to_watch = NAMES
    text = _drawn(qtbot, doc, "act_room_pasted_sentence_start")
    assert "So far: [name] and [name] met the provider" in " ".join(text.split())
    assert "Grace" not in text and "Bill" not in text


def test_reviews_room_view_draws_last_times_note_with_the_name_as_its_kind(
        qtbot, doc, undo, tmp_path, monkeypatch):
    note = "Grace and her daughter met the provider."
    monkeypatch.setattr("tests.ui.boards.test_review_last_words.NOTE", note)
    doc.names_to_watch = NAMES
    board = _board(qtbot, doc, undo, tmp_path)
    assert set(_notes(_room(qtbot, doc, board.previous))) == {
        "[name] and her daughter met the provider."}
    assert "“[name] and her daughter met the provider.”" in board.words_hint.text.text()
    assert flagged_words(board.previous.workshop, doc.workshop) == {}  # nothing pasted
