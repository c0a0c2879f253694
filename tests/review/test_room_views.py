"""The Room view menu's board views, chosen from the app (not from `wtfc render`)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage
from wtfc.ui.style import WALL_BACKGROUND

REASON = ("RoomController.refresh (wall/room.py) builds board views with ViewRequest(name): no "
          "theme for causes/success, no previous workshop for review, so the projector shows "
          "the command-line hint 'needs a theme: --view causes:THEME' / 'review needs "
          "--previous FILE' even with a priority theme chosen on the board and last time's "
          "workshop opened on the Review board")


@pytest.mark.parametrize("name", ["causes", "success", "review"])
def test_a_board_room_view_shows_the_board_not_a_command_line_hint(window, name):
    window.files.open_demo()
    assert window.page(Stage.REVIEW).comparison() is not None  # the demo brings its previous
    window.room.act_show.setChecked(True)
    window.room.show_view(name)
    content = window.room.window.content
    assert not isinstance(content, QLabel), content.text()


@pytest.mark.parametrize(("name", "says"), [
    ("causes", "No priority theme is chosen yet."),
    ("success", "No priority theme is chosen yet.")])
def test_a_board_view_with_nothing_to_show_says_so_in_plain_english(window, name, says):
    """A new workshop: no priority. The room sees what to do, never command-line syntax
    ("--view causes:THEME"). (Review with no previous workshop shows its Looking back
    questions: tests/ui/boards/test_review_reflection_room.py.)"""
    window.room.act_show.setChecked(True)
    window.room.show_view(name)
    content = window.room.window.content
    assert isinstance(content, QLabel)
    assert content.text() == says
    assert "--" not in content.text()
    # dark words on the wall's colour, as "No themes yet." and "Nothing planned yet" are:
    # light on black looked like the projector blanked with B
    window.room.window.resize(1024, 768)
    image = content.grab().toImage()
    save_render(content, f"room_{name}_no_priority_yet")
    assert image.pixelColor(5, 5) == WALL_BACKGROUND
    row = content.height() // 2
    inked = [image.pixelColor(x, row) for x in range(image.width())]
    assert any(colour.lightness() < 80 for colour in inked)  # the words, in ink


def test_the_review_room_view_follows_last_times_workshop_opened_on_the_board(window):
    from wtfc.model.demo import demo_previous_path

    window.room.act_show.setChecked(True)
    window.room.show_view("review")
    assert window.room.window.content.page_count() == 1  # Looking back's questions alone
    window.page(Stage.REVIEW).load_previous(demo_previous_path())
    assert window.room.window.content.page_count() > 1  # what changed, first
    window.page(Stage.REVIEW).clear_previous()
    assert window.room.window.content.page_count() == 1


def test_the_plan_room_view_follows_the_theme_shown_on_the_plan_board(window):
    """13 actions do not fit the projector; the facilitator shows one theme's on the Plan
    board, and the room shows the same, with the theme named."""
    from wtfc.ui.boards.plan_room import PlanRoomView

    window.files.open_demo()
    window.go_to_stage(Stage.PLAN)
    window.room.act_show.setChecked(True)
    window.room.show_view("plan")
    assert len(window.room.window.content.shown_actions()) == len(window.doc.workshop.actions)
    board = window.page(Stage.PLAN)
    board.theme_filter.setCurrentIndex(2)
    theme_id = board.theme_filter.currentData()
    content = window.room.window.content
    assert isinstance(content, PlanRoomView)
    shown = content.shown_actions()
    assert shown and {a.theme_id for a in shown} == {theme_id}
    assert len(shown) < len(window.doc.workshop.actions)
    board.theme_filter.setCurrentIndex(0)  # all themes again
    assert len(window.room.window.content.shown_actions()) == len(window.doc.workshop.actions)


def test_the_plan_room_view_gives_a_busy_lane_more_rows_while_two_lines_still_fit():
    from wtfc.ui.boards.plan_room import MIN_ROW, lane_rows

    assert lane_rows([3, 5, 1, 2, 2], 3, 5.5 * MIN_ROW) == [1, 1, 1, 1, 1]  # no room: "… more"
    assert lane_rows([3, 5, 1, 2, 2], 3, 6 * MIN_ROW) == [1, 2, 1, 1, 1]
    assert lane_rows([7, 7], 3, 10 * MIN_ROW) == [3, 3]  # no more rows than actions need
    assert lane_rows([], 3, 1000) == []


def test_the_room_view_follows_the_stage_unless_told_not_to(window):
    """Going on to Understand, Identify success or Plan left the projector on the wall."""
    window.files.open_demo()
    room = window.room
    room.act_show.setChecked(True)
    window.go_to_stage(Stage.THEME)
    assert room.choice == "room"
    window.go_to_stage(Stage.UNDERSTAND)
    assert room.choice == "priorities"
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    assert room.choice == "causes"
    window.go_to_stage(Stage.IDENTIFY_SUCCESS)
    assert room.choice == "success"
    window.go_to_stage(Stage.ACT)
    assert room.choice == "plan"
    window.go_to_stage(Stage.COLLECT)  # the welcome, as on Prepare: no card before the wall
    assert room.choice == "welcome"
    window.undo.stack.undo()  # back to Act, by Undo: still the plan
    assert room.choice == "plan"
    room.act_follow.setChecked(False)
    window.go_to_stage(Stage.THEME)
    assert room.choice == "plan"  # the facilitator keeps the projector where it is
    room.act_follow.setChecked(True)  # following again: at once
    assert room.choice == "room"


def test_in_a_read_only_file_the_room_view_follows_the_page_on_screen(window):
    """A read-only file (open in another copy of wtfc) can still be shown to the room: moving
    to Act shows the Act page without changing the workshop, and the projector went on showing
    the wall."""
    window.files.open_demo()
    window.go_to_stage(Stage.THEME)
    window.undo.read_only = True
    room = window.room
    room.act_show.setChecked(True)
    assert room.choice == "room"
    window.go_to_stage(Stage.ACT)
    assert window.doc.workshop.stage == Stage.THEME  # looked at, not changed
    assert window.shown_stage() == Stage.ACT and room.choice == "plan"
    window.go_to_stage(Stage.THEME)  # back to the workshop's own stage: shown again
    assert window.shown_stage() == Stage.THEME and room.choice == "room"


def test_the_room_window_shows_no_themes_yet_readably(window, qtbot):
    """The message sat dark on the room window's black: a black projector at the start."""
    from wtfc.ui.wall.room_wall import EMPTY_WALL

    window.go_to_stage(Stage.THEME)
    window.room.act_show.setChecked(True)
    content = window.room.window.content
    qtbot.waitUntil(lambda: content.empty_label.isVisible())
    assert content.empty_label.text() == EMPTY_WALL
    image = window.room.window.grab().toImage()
    light = sum(image.pixelColor(x, y).lightness() > 180
                for x in range(0, image.width(), 20) for y in range(0, image.height(), 20))
    assert light > 0.5 * (image.width() // 20) * (image.height() // 20)  # a light ground


def _room_theme(window):
    return getattr(window.room.window.content, "_theme_id", "not the plan")


def test_on_act_the_room_shows_what_the_act_board_shows(window):
    window.files.open_demo()
    window.go_to_stage(Stage.PLAN)
    window.room.act_show.setChecked(True)
    plan = window.page(Stage.PLAN)
    plan.theme_filter.setCurrentIndex(1)
    assert _room_theme(window) == plan.theme_filter.currentData()
    window.go_to_stage(Stage.ACT)
    act = window.page(Stage.ACT)
    assert _room_theme(window) is None  # the Act board shows every theme
    act.theme_filter.setCurrentIndex(2)
    assert _room_theme(window) == act.theme_filter.currentData()


def test_when_the_plan_board_falls_back_to_all_themes_so_does_the_room(window):
    from wtfc.model.operations.actions import add_action, delete_action
    from wtfc.model.workshop import Role

    window.files.open_demo()
    window.go_to_stage(Stage.PLAN)
    window.room.act_show.setChecked(True)
    plan = window.page(Stage.PLAN)
    lonely = next(t for t in window.doc.workshop.themes if not t.priority.chosen)
    window.undo.push(add_action(window.doc, theme_id=lonely.id, role=Role.PROVIDERS,
                                what="Ask the lunch club about transport"))
    plan.theme_filter.setCurrentIndex(plan.theme_filter.findData(lonely.id))
    assert _room_theme(window) == lonely.id
    for action in [a for a in window.doc.workshop.actions if a.theme_id == lonely.id]:
        window.undo.push(delete_action(window.doc, action_id=action.id))
    assert plan.theme_filter.currentData() is None and _room_theme(window) is None


def test_opening_another_file_the_room_follows_its_stage(window, tmp_path):
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop, save_workshop

    window.go_to_stage(Stage.THEME)
    window.room.act_show.setChecked(True)
    workshop = load_workshop(demo_path()).workshop
    workshop.stage = Stage.PLAN
    path = tmp_path / "at_plan.wtfc"
    save_workshop(workshop, path, backup=False)
    assert window.files.open_path(path, confirmed=True)
    assert window.room.choice == "plan"
