"""The Review room view kept last visit's pages when this time's priorities changed: the room
copy of the comparison was reused (this time's ranks are not part of it), so a theme chosen only
this time was missing from the projector and a theme re-ranked to 3 still read "Priority 1",
while the board said the right thing. Its pages are laid out again for this time's ranks, at
each step, its undo and its redo. And the board's warning about possible personal details in
last time's words follows names pasted into Names to watch (no edit, no event) when shown."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ui.renders import save_render
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.document import Document
from wtfc.model.operations.themes import rank_priorities, set_priority
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_room import ReviewRoomView, priority_ranks
from wtfc.ui.undo import UndoAdapter

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def demo_doc() -> Document:
    return Document(load_workshop(demo_path()).workshop)


def _board(qtbot, doc, undo, path=None) -> ReviewBoard:
    board = ReviewBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    assert board.load_previous(path or demo_previous_path())
    return board


def _room(qtbot, doc, previous) -> ReviewRoomView:
    """As at each visit to 8 Review: a room view built again."""
    view = ReviewRoomView(doc, previous, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.grab()
    return view


def _listed(view) -> dict[str, int | None]:
    """Each theme the room view's pages list, with the priority its card says."""
    return {t.current_id: view._layout.ranks.get(t.current_id)
            for n in range(view.page_count()) for t in view.page_themes(n)}


def _board_says(board) -> list[str]:
    return [board.themes.topLevelItem(i).text(2) for i in range(board.themes.topLevelItemCount())]


def _agree(qtbot, board, doc, shown) -> dict[str, int | None]:
    """The shown room view, and one built again, list this time's priorities as the board."""
    ranks = priority_ranks(doc)
    shown.grab()
    for view in (shown, _room(qtbot, doc, board.previous)):
        listed = _listed(view)
        assert {k: v for k, v in listed.items() if v} == ranks
        assert all(theme in listed for theme in ranks)  # each priority listed
    for theme, rank in ranks.items():
        name = next(t.name for t in doc.workshop.themes if t.id == theme)
        assert any(said.startswith(f"Priority {rank} ·") and name[:20] in said
                   for said in _board_says(board))
    return listed


def test_a_theme_chosen_un_chosen_or_re_ranked_is_on_the_room_s_pages(qtbot, demo_doc):
    doc = demo_doc
    undo = UndoAdapter(doc)
    board = _board(qtbot, doc, undo)
    shown = _room(qtbot, doc, board.previous)
    before = _listed(shown)
    extra = next(t.id for t in doc.workshop.themes
                 if not t.priority.chosen and t.id not in before)  # about the same: unlisted
    undo.push(set_priority(doc, theme_id=extra, chosen=True, rank=4))
    assert _agree(qtbot, board, doc, shown)[extra] == 4
    save_render(_room(qtbot, doc, board.previous), "review_room_priority_chosen")
    undo.stack.undo()
    assert extra not in _agree(qtbot, board, doc, shown)
    undo.stack.redo()
    assert _agree(qtbot, board, doc, shown)[extra] == 4
    undo.stack.undo()

    first = next(k for k, v in priority_ranks(doc).items() if v == 1)
    undo.push(set_priority(doc, theme_id=first, chosen=False, rank=None))
    assert _agree(qtbot, board, doc, shown).get(first) is None
    undo.stack.undo()
    assert _agree(qtbot, board, doc, shown)[first] == 1

    order = sorted(priority_ranks(doc), key=priority_ranks(doc).get, reverse=True)
    undo.push(rank_priorities(doc, theme_ids=order))
    assert _agree(qtbot, board, doc, shown)[first] == len(order)
    undo.stack.undo()
    assert _agree(qtbot, board, doc, shown)[first] == 1
    undo.stack.redo()
    assert _agree(qtbot, board, doc, shown)[first] == len(order)


def test_names_pasted_to_watch_show_the_board_s_warning_when_it_is_shown_again(
        qtbot, demo_doc, tmp_path):
    """"Okafor" is in last time's progress note only: the room shows "[name]"; the board now
    says why and offers the tick, on coming back to 8 Review, without any edit."""
    last = load_workshop(demo_previous_path()).workshop
    actions = list(last.actions)
    actions[3] = actions[3].model_copy(
        update={"progress_note": "Runs every Thursday; Okafor drives it."})
    path = tmp_path / "last.wtfc"
    save_workshop(last.model_copy(update={"actions": actions}), path)
    doc = demo_doc
    board = _board(qtbot, doc, UndoAdapter(doc), path)
    assert not board.words_hint.isVisible()
    board.hide()  # on 2 Collect, the facilitator pastes a name to watch for
    doc.names_to_watch = ("Okafor",)
    board.show()
    assert board.words_hint.isVisible() and board.words_hint.show_as_typed.isVisible()
    assert "Possible personal details in last time's words" in board.words_hint.text.text()
    view = _room(qtbot, doc, board.previous)
    assert any("[name] drives it" in a.progress_note for a in view.comparison().actions)
    board.hide()
    doc.names_to_watch = ()
    board.show()
    assert not board.words_hint.isVisible()
