"""The room (projector) view follows the facilitator, blanks, and survives a lost screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from wtfc.ui.wall import RoomController
from wtfc.ui.wall.readout_card import ReadOutCard
from wtfc.ui.wall.room_wall import RoomWallView


@pytest.fixture
def room(qtbot, panel, doc):
    controller = RoomController(doc, panel)
    qtbot.addWidget(controller.window)
    controller.act_show.setChecked(True)  # the room view builds what it shows only when shown
    yield controller
    controller.close()


def test_room_shows_the_wall_without_held_back_cards(room, doc):
    room.show_view("room")
    content = room.window.content
    assert isinstance(content, RoomWallView)
    shown = {key[0] for key in content.wall.cards}
    assert "n6" not in shown and shown  # n6 holds a name: never on the projector
    assert all(item.card.held_back is False for item in content.wall.cards.values())


def test_room_follows_the_kind_filter(room, panel):
    room.show_view("room")
    panel.set_kinds([panel.doc.card("w1").kind])
    kinds = {item.card.kind for item in room.window.content.wall.cards.values()}
    assert kinds == {panel.doc.card("w1").kind}


def test_room_follows_the_current_theme(room, panel):
    room.show_view("theme")
    panel.set_current_theme("staff")
    assert set(room.window.content.wall.blocks) == {"staff"}
    panel.set_current_theme("package")
    assert set(room.window.content.wall.blocks) == {"package"}


def test_room_follows_the_read_out_card_and_its_edits(room, panel, doc):
    room.show_view("readout")
    panel.toggle_readout(True)
    panel.readout.show_card("n2")
    assert isinstance(room.window.content, ReadOutCard)
    assert room.window.content.shown_card().id == "n2"
    panel.gestures.edit_text("n2", "Nobody asks me what I would like")
    assert room.window.content.shown_card().text == "Nobody asks me what I would like"
    panel.gestures.edit_text("n2", "Mrs Patel never asks me")  # now held back: never shown,
    shown = room.window.content.shown_card()  # read-out goes on to the next card, as both
    assert shown is not None and shown.id != "n2" and not shown.held_back  # screens say
    assert shown.id == panel.readout.card_id


def test_b_blanks_and_f11_toggles_full_screen(room):
    room.act_show.setChecked(True)
    room.window.act_blank.trigger()
    assert room.window.is_blank()
    room.window.act_blank.trigger()
    assert not room.window.is_blank()
    assert room.window.act_blank.shortcut().toString() == "B"
    assert room.window.act_full_screen.shortcut().toString() == "F11"
    room.window.act_full_screen.setChecked(True)
    assert room.window.isFullScreen()
    room.window.act_full_screen.setChecked(False)
    assert not room.window.isFullScreen()


def test_nothing_is_laid_out_for_the_room_while_it_is_hidden(qtbot, panel, doc):
    controller = RoomController(doc, panel)
    qtbot.addWidget(controller.window)
    assert controller.window.content is None or not isinstance(controller.window.content,
                                                                 RoomWallView)
    controller.act_show.setChecked(True)
    assert isinstance(controller.window.content, RoomWallView)
    controller.close()


def test_unplugging_the_projector_falls_back_to_a_window(room):
    screen = QGuiApplication.primaryScreen()
    room.window.place_on(screen, full_screen=True)
    assert room.window.isFullScreen()
    room.screens.on_screen_removed(screen)  # what QGuiApplication.screenRemoved calls
    assert not room.window.isFullScreen()
    assert not room.window.act_full_screen.isChecked()
    room.window.set_blank(True)  # and it still works afterwards
    assert room.window.is_blank()


def test_the_menu_actions_are_all_there(room):
    names = [a.text().replace("&", "") for a in room.actions()]
    assert names[:3] == ["Show room view", "Room view screen", "Follow the stage"]
    # the views in the order of the day, the boards named as their pages are: the welcome
    # (Prepare, Collect) came after the wall's three (Theme), though the day starts with it
    assert names[3:13] == ["The welcome", "The wall", "The current theme", "The read-out card",
                           "Priorities", "Root causes (why?)", "Root causes as a fishbone",
                           "What would success look like?", "Action plan", "What has changed"]
    assert names[-2:] == ["Blank the room view", "Full screen"]


def test_the_room_shows_whole_theme_names_when_they_fit(qtbot, doc):
    """The "I" statements are what the room builds: shown whole (up to four lines) when they
    fit at the type size the cards get, cut to two lines with "…" only when they do not."""
    from wtfc.model.operations.themes import rename_theme
    from wtfc.model.workshop import Kind
    from wtfc.ui.wall.room_layout import layout_room_wall

    name = ("I am not treated with respect or as an individual by my paid carers, "
            "who never have time to talk")
    rename_theme(doc, theme_id="package", name=name).do(doc)
    _, metrics = layout_room_wall(doc, (Kind.NOT_WORKING,), viewport=(1920.0, 1080.0))
    assert metrics.title_lines > 2
    view = RoomWallView(doc, kinds=(Kind.NOT_WORKING,))
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    view.prepare_for_render()
    view.grab()  # paints: the header lays its name out
    title = view.wall.blocks["package"]._title_text.text()
    assert title == name and "…" not in title


def test_blank_and_full_screen_wait_for_the_room_view_to_be_shown(qtbot, panel, doc):
    """While the projector is off, B is not taken from the facilitator's typing and nothing
    toggles a hidden window."""
    controller = RoomController(doc, panel)
    qtbot.addWidget(controller.window)
    assert not controller.window.act_blank.isEnabled()
    controller.window.act_blank.trigger()
    assert not controller.window.is_blank()
    controller.act_show.setChecked(True)
    assert controller.window.act_blank.isEnabled() and controller.window.act_full_screen.isEnabled()
    controller.act_show.setChecked(False)
    assert not controller.window.act_full_screen.isEnabled()
    controller.close()


def test_the_room_read_out_shows_no_card_when_the_facilitators_has_none(room, panel, doc):
    """"All cards are in themes" on the laptop: the projector must not show some other card."""
    room.show_view("readout")
    panel.toggle_readout(True)
    panel.readout.show_card(None)
    room._on_panel_changed()
    assert room._readout_card() is None


def test_the_room_read_out_says_why_it_has_no_card_as_the_laptop_does(qtbot):
    """The projector said "No card to read out" where the laptop said why (without the
    facilitator's keys on the room's screen)."""
    from wtfc.model.document import Document
    from wtfc.model.workshop import Workshop
    from wtfc.ui.undo import UndoAdapter
    from wtfc.ui.wall import WallPanel
    from wtfc.ui.wall.readout_card import ReadOutCard

    empty = Document(Workshop())
    panel = WallPanel(empty, UndoAdapter(empty))
    qtbot.addWidget(panel)
    controller = RoomController(empty, panel)
    qtbot.addWidget(controller.window)
    controller.act_show.setChecked(True)
    panel.toggle_readout(True)
    controller.show_view("readout")
    content = controller.window.content
    assert isinstance(content, ReadOutCard) and content.shown_card() is None
    assert content.accessibleDescription() == "No cards yet."  # the room: no keys, no steps
    controller.close()
