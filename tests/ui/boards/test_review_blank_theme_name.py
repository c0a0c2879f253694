"""Review, with a theme named only a zero-width space (or joiner, word joiner, byte-order mark)
kept from a file saved before one was refused, this time's or last time's: its row on the board
and the room view had a blank name (only "" read "(no name)"), and an action of last time's in
it read "— · “”" (the space unseen between the quotes). Both name it as the report's Review
section prints it, "Unnamed theme"; a name with no words at all now reads so too."""

from __future__ import annotations

import pytest

from tests.ui.boards.board_workshops import TODAY, previous_file, sample_workshop
from tests.ui.renders import save_render
from wtfc.model.compare import Change, PreviousAction, ThemeChange
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import ActionStatus, Kind, Role
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.boards.review_rows import action_theme_text, theme_text

BLANKS = ["\u200b", "\u200d", "\u2060", "\ufeff", " \u200b\u200c ", ""]


def _action(**update) -> PreviousAction:
    fields = {"what": "Write a one-page profile", "role": Role.PROVIDERS, "owner": "",
              "by_when": None, "status": ActionStatus.IN_PROGRESS, "how_we_know": "",
              "theme_name": "I feel rushed", "overdue": False, "theme_change": None,
              "theme_now": ""}
    return PreviousAction(**{**fields, **update})


@pytest.mark.parametrize("name", BLANKS)
def test_a_theme_with_no_words_is_unnamed_theme(name):
    assert theme_text(ThemeChange(kind=Kind.NOT_WORKING, change=Change.APPEARED, name=name)) == \
        "Unnamed theme"
    assert theme_text(ThemeChange(kind=Kind.NOT_WORKING, change=Change.APPEARED,
                                  name=" I feel rushed ")) == "I feel rushed"


@pytest.mark.parametrize("name", BLANKS)
def test_last_times_action_names_its_theme_unnamed_theme(name):
    assert action_theme_text(_action(theme_name=name)) == "— · “Unnamed theme”"


@pytest.mark.parametrize("name", BLANKS[:-1])  # "": no theme now, nothing to say of it
def test_its_theme_now_with_no_words_is_unnamed_theme(name):
    assert action_theme_text(_action(theme_change=Change.SAME, theme_now=name)) == \
        "= About the same, now “Unnamed theme” · was “I feel rushed”"


def test_the_boards_rows_name_it_unnamed_theme(qtbot, undo, tmp_path):
    """This time's new theme "meals" and last time's gone "transport", each named only a
    zero-width space in its file, as an older file loads it."""
    ws = sample_workshop()
    themes = [t.model_copy(update={"name": "\u200b"}) if t.id == "meals" else t
              for t in ws.themes]
    path = previous_file(tmp_path)
    last = load_workshop(path).workshop
    gone = [t.model_copy(update={"name": "\ufeff"}) if t.id == "transport" else t
            for t in last.themes]
    save_workshop(last.model_copy(update={"themes": gone}), path, backup=False)
    board = ReviewBoard(Document(ws.model_copy(update={"themes": themes})), undo,
                        today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1500, 800)
    board.show()
    assert board.load_previous(path)
    rows = [[board.themes.topLevelItem(r).text(c) for c in range(3)]
            for r in range(board.themes.topLevelItemCount())]
    assert ["✚ New this time", "✗ Not working", "Unnamed theme"] in rows
    assert ["– Gone this time", "✗ Not working", "Unnamed theme"] in rows
    assert not [r for r in rows if not r[2].strip("\u200b\ufeff ")]
    board.themes.scrollToBottom()  # the new and the gone rows last
    save_render(board, "review_blank_theme_name")
