"""The Review board: a previous workshop file opened and compared; bad files explained."""

from __future__ import annotations

import datetime as dt

from tests.ui.boards.conftest import TODAY, sample_workshop, save_render
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import ActionStatus, Card, Theme
from wtfc.ui.boards.review import ReviewBoard


def _previous_file(tmp_path):
    """Last year's workshop: the 'who' theme was smaller, 'meals' did not exist, 'transport' did."""
    ws = sample_workshop()
    who = next(t for t in ws.themes if t.id == "who")
    cards = [c for c in ws.cards if c.id not in who.card_ids[2:] and c.id != "c14"]
    bus = Card(id="bus", kind=who.kind, text="There is no bus on Sundays", person="P01")
    themes = [t.model_copy(update={"card_ids": t.card_ids[:2]}) if t.id == "who" else t
              for t in ws.themes if t.id != "meals"]
    themes.append(Theme(id="transport", kind=who.kind, name="I can't get out", card_ids=["bus"]))
    actions = [a.model_copy(update={"by_when": dt.date(2024, 10, 1)}) if a.id == "x1" else a
               for a in ws.actions]
    previous = ws.model_copy(update={"title": "Spring review 2024", "cards": [*cards, bus],
                                     "themes": themes, "actions": actions})
    path = tmp_path / "spring-2024.wtfc"
    save_workshop(type(ws).model_validate(previous.model_dump()), path)
    return path


def _board(qtbot, doc, undo) -> ReviewBoard:
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1500, 800)
    board.show()
    return board


def _rows(tree):
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]


def test_before_opening_it_says_what_to_do(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    assert "Open last time's workshop" in board.summary.text()
    assert board.themes.topLevelItemCount() == 0


def test_compares_with_a_previous_file(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    assert board.load_previous(_previous_file(tmp_path))
    rows = _rows(board.themes)
    grew = [r for r in rows if r[0] == "▲ Grew"]
    assert [(r[2], r[3]) for r in grew] == [("I never know who is coming or when", "2 → 4")]
    assert ["✚ New this time", "✗ Not working", "My meals are not how I like them", "0 → 1",
            "0 → 1", "—"] in rows
    assert any(r[0] == "– Gone this time" and r[2] == "I can't get out" for r in rows)
    assert "1 grew" in board.summary.text() and "1 new" in board.summary.text()


def test_last_times_actions_show_status_and_overdue(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    board.load_previous(_previous_file(tmp_path))
    rows = {r[0]: r for r in _rows(board.actions)}
    pilot = rows["Pilot outcome-based home care contracts"]
    assert pilot[4] == "⚠ Overdue · Not started"
    assert pilot[5] == "I feel like a package, not a person: = About the same"
    assert rows["Send a weekly rota letter to each person"][4] == ActionStatus.DONE.label


def test_follows_edits_to_the_current_workshop(qtbot, doc, undo, tmp_path):
    from wtfc.model.operations.themes import delete_theme

    board = _board(qtbot, doc, undo)
    board.load_previous(_previous_file(tmp_path))
    undo.push(delete_theme(doc, theme_id="meals"))
    assert not any(r[2] == "My meals are not how I like them" for r in _rows(board.themes))
    undo.stack.undo()
    assert any(r[2] == "My meals are not how I like them" for r in _rows(board.themes))


def test_a_bad_file_is_explained_and_nothing_changes(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    bad = tmp_path / "notes.wtfc"
    bad.write_text("this is not a workshop", encoding="utf-8")
    assert not board.load_previous(bad)
    assert board.notice.text().startswith("⚠ Couldn't compare with that file.")
    assert "Traceback" not in board.notice.text()
    assert board.previous is None
    assert not board.load_previous(tmp_path / "missing.wtfc")


def test_render(qtbot, doc, undo, tmp_path):
    board = _board(qtbot, doc, undo)
    board.load_previous(_previous_file(tmp_path))
    qtbot.wait(20)
    save_render(board, "review_board")
