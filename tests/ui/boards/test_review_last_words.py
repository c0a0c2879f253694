"""Last time's words on Review: a possible personal detail in them (an action's note naming the
person it was about) is said on the board by kind, and the room view draws it as its kind until
the facilitator ticks that the words are fine. Before, opening last time's file put the note
on the projector word for word with nothing said, while the report asked about it."""

from __future__ import annotations

from tests.ui.boards.board_workshops import TODAY, previous_file
from tests.ui.renders import save_render
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Theme
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_last_words import as_kinds
from wtfc.ui.boards.review_room import ReviewRoomView

NOTE = "Mrs Patel at 14 Elm Grove, LS6 2AB still waits: ring her on 01632 960418"
SHOWN = "[name] at [address], [postcode] still waits: ring her on [phone]"


def _previous_file(tmp_path, *, gone_theme: str = ""):
    ws = load_workshop(previous_file(tmp_path)).workshop  # last year's: some themes differ
    actions = [a.model_copy(update={"progress_note": NOTE}) for a in ws.actions]
    themes = list(ws.themes)
    if gone_theme:
        themes.append(Theme(id="gone", kind=themes[0].kind, name=gone_theme))
    previous = ws.model_copy(update={"title": "Spring review 2024", "actions": actions,
                                     "themes": themes})
    save_workshop(previous, tmp_path / "last.wtfc", backup=False)
    return tmp_path / "last.wtfc"


def _board(qtbot, doc, undo, tmp_path, **previous) -> ReviewBoard:
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    assert board.load_previous(_previous_file(tmp_path, **previous))
    return board


def _room(qtbot, doc, previous) -> ReviewRoomView:
    view = ReviewRoomView(doc, previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    return view


def _notes(view) -> list[str]:
    return [a.progress_note for page in range(view.page_count())
            for a in view.page_actions(page)]


def test_the_board_says_where_and_the_room_shows_kinds_until_ticked(qtbot, doc, undo,
                                                                    tmp_path):
    board = _board(qtbot, doc, undo, tmp_path)
    said = board.words_hint.text.text()
    assert board.words_hint.isVisible()
    assert said.startswith("⚠ Possible personal details in last time's words (shown here as "
                           "[name], [phone]…): What had happened to last time's action in the "
                           "theme")
    assert f"“{SHOWN}”" in said  # the phone too: every detail found is quoted (a0bb46bf)
    assert "Patel" not in said and "01632" not in said
    assert "only be changed in that workshop's own file" in said
    save_render(board.words_hint, "review_last_words_hint")  # looked at: the words wrap whole
    room = _room(qtbot, doc, board.previous)
    assert set(_notes(room)) == {SHOWN}
    save_render(room, "review_room_last_words_as_kinds")

    emitted = []
    board.previous_changed.connect(lambda: emitted.append(1))
    board.words_hint.show_as_typed.click()  # the facilitator has looked: fine to show
    assert emitted == [1]
    assert set(_notes(_room(qtbot, doc, board.previous))) == {NOTE}  # the room, redrawn
    board.words_hint.show_as_typed.click()
    assert set(_notes(_room(qtbot, doc, board.previous))) == {SHOWN}

    board.words_hint.show_as_typed.click()
    board.load_previous(_previous_file(tmp_path))  # opened again: hidden again, not ticked
    assert not board.words_hint.show_as_typed.isChecked()
    assert set(_notes(_room(qtbot, doc, board.previous))) == {SHOWN}


def test_a_gone_theme_and_the_title_follow_and_matching_is_unchanged(qtbot, doc, undo,
                                                                     tmp_path):
    board = _board(qtbot, doc, undo, tmp_path, gone_theme="Visits from Bernadette Okafor")
    doc.names_to_watch = ("Bernadette Okafor",)  # pasted on Collect
    board.refresh()
    assert "Last time's theme “Visits from [name]”" in board.words_hint.text.text()
    board_matches = [(t.change, t.matched_by) for t in board.comparison().themes]
    room = _room(qtbot, doc, board.previous)
    names = [t.name for t in room.comparison().themes]
    assert "Visits from [name]" in names and not any("Okafor" in n for n in names)
    assert [(t.change, t.matched_by) for t in room.comparison().themes] == board_matches


def test_nothing_found_shows_no_hint_and_the_words_as_typed(qtbot, doc, undo, tmp_path):
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    assert board.load_previous(previous_file(tmp_path))
    assert board.words_hint.isHidden()
    room = _room(qtbot, doc, board.previous)
    assert [a.what for a in room.page_actions(0)] == \
        [a.what for a in board.previous.workshop.actions][: len(room.page_actions(0))]


def test_wtfc_render_s_previous_is_drawn_as_typed(qtbot, doc, tmp_path):
    """The command line warns of them instead (tests/ui/test_render_warning.py)."""
    previous = Document(load_workshop(_previous_file(tmp_path)).workshop)
    assert set(_notes(_room(qtbot, doc, previous))) == {NOTE}


def test_a_flagged_word_is_replaced_only_where_it_stands_whole():
    flagged = {"Sam": "[name]", "Sam Smith": "[name]"}
    assert as_kinds("Sam Smith and Sam tested Samples", flagged) == \
        "[name] and [name] tested Samples"
