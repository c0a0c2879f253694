"""The Review board and its room view on the first day of a new cycle: the workshop has no
themes yet, so none of last time's is listed as "gone" (every one of the demo's was, with
"0 new, 10 gone"); both say what to do, and last time's actions are still there."""

from __future__ import annotations

from tests.ui.boards.board_workshops import TODAY
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.demo import demo_previous_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Workshop
from wtfc.ui.boards import review_room, review_room_actions
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_room import ReviewRoomView

LAST_TIME = load_workshop(demo_previous_path()).workshop
UNTHEMED = Workshop(title="Spring 2027", cards=[
    Card(id="c1", kind=Kind.NOT_WORKING, text="Different carers every day")])


def _board(qtbot, workshop: Workshop) -> ReviewBoard:
    from wtfc.ui.undo import UndoAdapter

    doc = Document(workshop)
    board = ReviewBoard(doc, UndoAdapter(doc), today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    assert board.load_previous(demo_previous_path())
    return board


def test_an_empty_workshop_lists_no_theme_as_gone_and_says_what_to_do(qtbot):
    assert LAST_TIME.themes and LAST_TIME.actions  # there is something to be "gone"
    board = _board(qtbot, Workshop(title="Spring 2027"))
    summary = board.summary.text()
    assert board.themes.topLevelItemCount() == 0
    assert "gone" not in summary.lower()
    assert "No themes yet this time: bring in the cards on 2 Collect and theme them on " \
           "3 Theme" in summary
    assert f"Last time's {len(LAST_TIME.actions)} actions: " in summary
    rows = [board.action_tree.topLevelItem(r) for r in range(board.action_tree.topLevelItemCount())]
    assert len(rows) == len(LAST_TIME.actions)
    assert all(r.text(5).startswith("No themes yet this time · “") for r in rows)
    assert not any("Gone" in r.text(5) for r in rows)
    settle()  # the summary takes its two lines
    save_render(board, "review_no_themes_yet")


def test_cards_not_yet_themed_are_told_to_theme_them(qtbot):
    board = _board(qtbot, UNTHEMED)
    assert "No themes yet this time: theme the cards on 3 Theme, then this compares them" \
        in board.summary.text()
    assert board.themes.topLevelItemCount() == 0


def test_the_room_view_lists_no_theme_as_gone_and_shows_last_times_actions(qtbot,
                                                                           monkeypatch):
    drawn: list[str] = []
    real = review_room.draw_text
    def spy(p, rect, text, *a, **k):
        drawn.append(text)
        return real(p, rect, text, *a, **k)

    for module in (review_room, review_room_actions):  # (the actions are drawn there)
        monkeypatch.setattr(module, "draw_text", spy)
    view = ReviewRoomView(Document(UNTHEMED), Document(LAST_TIME), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    assert view.page_themes(0) == []
    assert not any("Gone" in text for text in drawn)
    assert any(text.startswith("No themes yet this time: theme the cards on 3 Theme")
               for text in drawn)
    assert LAST_TIME.actions[0].what in drawn
    save_render(view, "room_review_no_themes_yet")


def test_the_summary_names_the_demos_last_time_as_the_facilitator_knows_it(qtbot):
    """The demo and its last time open as copies, so "demo-previous.wtfc" is a file name the
    facilitator never saw: the board says "the demo's last time", as New workshop from this one
    does."""
    summary = _board(qtbot, Workshop(title="Spring 2027")).summary.text()
    assert "(the demo's last time)" in summary and ".wtfc" not in summary
