"""The Teams panel: a team typed on the tree as "Blue table" and "blue TABLE" is one part, as
it is one record; a record whose team no tree names now is listed under the tree's teams with
a Delete button (one undo step), where it could neither be seen nor deleted."""

from __future__ import annotations

from tests.ui.renders import save_render
from wtfc.model.operations.record import team_record
from wtfc.model.workshop import RoomRole
from wtfc.ui.boards.why_tree_layout import ROOT

OLDER = RoomRole.OLDER_PEOPLE


def test_two_spellings_of_a_team_are_one_part_counting_both(doc, causes_board):
    board = causes_board
    board.view.select("d")  # the branch d-e, given in other capitals
    assert board.set_team("blue TABLE")
    assert list(board.teams.parts) == ["Blue table"]  # the spelling most causes use (3 of 5)
    part = board.teams.parts["Blue table"]
    assert part.spelled.isVisibleTo(board)
    assert part.spelled.text() == "Written on the tree as “Blue table” and “blue TABLE”: one team."
    part.boxes[OLDER].setValue(2)
    part.boxes[OLDER].editingFinished.emit()
    assert [t.name for t in doc.workshop.teams] == ["Blue table"]  # one record for both
    save_render(board, "causes_teams_two_spellings")
    board.view.select("a")
    assert board.set_team("blue TABLE")  # every cause spelt so now: still the record's name
    assert list(board.teams.parts) == ["Blue table"]
    assert not part.spelled.isVisibleTo(board)
    assert part.line.text() == "Blue table: 2 older people"


def test_a_record_on_no_tree_is_listed_and_deleted_in_one_undo_step(doc, undo, causes_board):
    board = causes_board
    board.selector.select_theme("who")
    part = board.teams.parts["Green table"]
    part.boxes[OLDER].setValue(1)
    part.boxes[OLDER].editingFinished.emit()
    leftovers = board.teams.leftovers
    assert not leftovers.isVisibleTo(board)  # none yet: nothing said
    board.view.select("s1")
    assert board.delete_selected()  # the team's last branch
    assert board.teams.parts == {}
    assert leftovers.isVisibleTo(board)
    save_render(board, "causes_teams_on_no_tree")
    board.selector.select_theme("package")  # listed under every tree's teams
    assert leftovers.isVisibleTo(board)
    ((team_id, button),) = leftovers.buttons.items()
    assert button.accessibleName() == "Delete the record of Green table"
    words = leftovers.findChildren(type(part.line))
    assert any(w.text() == "Green table: 1 older person" for w in words)
    button.click()
    assert team_record(doc.workshop, "Green table") is None
    assert undo.stack.undoText() == "Delete the record of team 'Green table'"
    assert not leftovers.isVisibleTo(board)
    undo.stack.undo()
    assert team_record(doc.workshop, "Green table").id == team_id
    assert list(leftovers.buttons) == [team_id]
    undo.stack.redo()
    assert not leftovers.isVisibleTo(board) and doc.workshop.teams == []


def test_a_read_only_workshop_lists_them_and_deletes_nothing(undo, causes_board):
    board = causes_board
    board.teams.parts["Blue table"].summary.setPlainText("Contracts pay for minutes")
    assert board.commit_pending()
    assert board.set_team("", node=ROOT)  # T and an empty name on the theme
    undo.read_only = True
    board.teams.refresh()
    (button,) = board.teams.leftovers.buttons.values()
    assert not button.isEnabled()
