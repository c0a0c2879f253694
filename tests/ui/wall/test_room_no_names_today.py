"""On the day, on another laptop: no names pasted to watch for (review 32 R2 R1).

A colleague prepared the workshop with the names pasted on their laptop; names are never saved,
so on the venue's laptop the file opens with none. Everything typed live in front of the room
(theme names, causes, actions, new cards) was checked by the guard alone, which misses a bare
surname, and nothing said so: the notice was only for Act's notes and Review. Now, with cards
and the room view up from Collect to Plan, the foot says so once per workshop opened and the
Room view menu while it holds; a name pasted, it goes."""

from __future__ import annotations

import pytest

from tests.ui.settled import settle, until
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage, Workshop
from wtfc.ui.wall.room_no_names import NO_NAMES, NO_NAMES_TODAY


@pytest.fixture
def spoken(monkeypatch) -> list[str]:
    heard: list[str] = []
    monkeypatch.setattr("wtfc.ui.announce.announce",
                        lambda _w, text, **_: heard.append(text))
    # "Room view on …" is read first, then the day's words: a few seconds, made a moment here
    monkeypatch.setattr("wtfc.ui.pages.ROOM_SHOWN_MS", 50)
    # and "Your notes hidden: …" (the demo's stage notes fold for the room, 07cc5f31) before it
    for module in ("room_held_back", "room_no_names"):
        monkeypatch.setattr(f"wtfc.ui.wall.{module}.HIDDEN_MS", 50)
    return heard


def _opened(window, path, workshop: Workshop) -> None:
    """``workshop`` saved on the colleague's laptop, opened on this one (none of its names)."""
    path.parent.mkdir(exist_ok=True)
    save_workshop(workshop, path, backup=False)
    assert window.files.open_path(path, confirmed=True)


def _demo(stage: Stage, *, notes: bool = True) -> Workshop:
    workshop = load_workshop(demo_path()).workshop
    workshop.stage = stage
    if not notes:  # no words typed after the day (the check has not come yet)
        workshop.actions = [a.model_copy(update={"progress_note": "", "heard_at_check": ""})
                            for a in workshop.actions]
    return workshop


def _show(window, on: bool = True) -> None:
    window.room.act_show.setChecked(on)
    settle()


def _menu_item(window) -> str:
    """The Room view menu's notice, as the menu draws it ("" while hidden)."""
    action = window.room.no_names.action
    assert action in window.room.actions()
    return action.text().replace("&", "") if action.isVisible() else ""


def test_said_on_the_day_once_per_workshop_opened_and_gone_once_a_name_is_pasted(
        demo_window, tmp_path, qtbot, spoken):
    _opened(demo_window, tmp_path / "spring.wtfc", _demo(Stage.THEME))
    assert demo_window.doc.names_to_watch == ()
    bar = demo_window.statusBar()
    _show(demo_window)
    until(qtbot, lambda: bar.currentMessage() == NO_NAMES_TODAY)
    # where the room view is, said first, then the notes folded for the room (heard: the bar's
    # message may be gone by the time a loaded machine looks at it)
    assert spoken.count(NO_NAMES_TODAY) == 1 and spoken[-3].startswith("Room view on")
    assert spoken[-2].startswith("Your notes hidden: the room view is on this screen")
    assert "names typed today may go up as typed" in _menu_item(demo_window)
    assert "Alt+N" in NO_NAMES_TODAY and "never saved" in NO_NAMES_TODAY
    for stage in (Stage.UNDERSTAND, Stage.IDENTIFY_SUCCESS, Stage.PLAN, Stage.COLLECT):
        demo_window.go_to_stage(stage)
        settle()
        assert "names typed today" in _menu_item(demo_window), stage
    _show(demo_window, False)  # the projector off over lunch: the item goes with the view
    assert _menu_item(demo_window) == "" and bar.currentMessage() != NO_NAMES_TODAY
    _show(demo_window)
    assert "names typed today" in _menu_item(demo_window)
    assert spoken.count(NO_NAMES_TODAY) == 1  # said once for this workshop, not at each show
    demo_window.room.no_names.action.trigger()  # chosen in the menu: said again, whole
    assert spoken.count(NO_NAMES_TODAY) == 2 and bar.currentMessage() == NO_NAMES_TODAY
    box = demo_window.page(Stage.COLLECT).watch_names
    box.names_box.setPlainText("Hope Green")
    box.names_box.clearFocus()
    until(qtbot, lambda: _menu_item(demo_window) == "")
    assert bar.currentMessage() != NO_NAMES_TODAY


def test_said_again_for_another_workshop_opened(demo_window, tmp_path, qtbot, spoken):
    _opened(demo_window, tmp_path / "spring.wtfc", _demo(Stage.PLAN))
    _show(demo_window)
    until(qtbot, lambda: spoken.count(NO_NAMES_TODAY) == 1)
    _opened(demo_window, tmp_path / "autumn" / "autumn.wtfc", _demo(Stage.COLLECT))
    until(qtbot, lambda: spoken.count(NO_NAMES_TODAY) == 2)
    assert demo_window.statusBar().currentMessage() == NO_NAMES_TODAY


def test_not_said_with_names_pasted_without_cards_or_after_the_day(demo_window, tmp_path,
                                                                   qtbot, spoken):
    _opened(demo_window, tmp_path / "new.wtfc", Workshop(stage=Stage.COLLECT))
    _show(demo_window)  # no cards yet: nothing typed today has gone up
    assert _menu_item(demo_window) == ""
    _opened(demo_window, tmp_path / "checked" / "spring.wtfc", _demo(Stage.ACT, notes=False))
    assert _menu_item(demo_window) == ""  # Act with no notes typed after the day: not the day
    _opened(demo_window, tmp_path / "prepared" / "spring.wtfc", _demo(Stage.THEME))
    assert "names typed today" in _menu_item(demo_window)
    names = demo_window.page(Stage.COLLECT).watch_names
    names.names_box.setPlainText("Hope Green")
    names.end_editing()
    settle()
    assert _menu_item(demo_window) == ""
    _opened(demo_window, tmp_path / "again" / "spring.wtfc", _demo(Stage.THEME))
    assert _menu_item(demo_window) == ""  # the names pasted this session are kept
    assert NO_NAMES not in spoken


def test_act_s_own_words_where_they_apply(demo_window, tmp_path, qtbot, spoken):
    """Moved on to Act with notes typed after the day: Act's words, not the day's."""
    _opened(demo_window, tmp_path / "spring.wtfc", _demo(Stage.PLAN))
    _show(demo_window)
    until(qtbot, lambda: spoken.count(NO_NAMES_TODAY) == 1)
    demo_window.go_to_stage(Stage.ACT)
    until(qtbot, lambda: demo_window.statusBar().currentMessage() == NO_NAMES)
    assert "notes typed after the day go up as typed" in _menu_item(demo_window)
    assert spoken.count(NO_NAMES) == 1


def test_the_day_s_words_read_whole_at_16_pt_on_a_1366_screen(demo_window, tmp_path, qtbot,
                                                             font_points, spoken):
    from PySide6.QtWidgets import QLabel

    from tests.ui.renders import save_render
    from wtfc.ui.foot_words import NAME

    font_points(16)
    demo_window.resize(1366, 768)
    _opened(demo_window, tmp_path / "spring.wtfc", _demo(Stage.THEME))
    _show(demo_window)
    bar = demo_window.statusBar()
    until(qtbot, lambda: bar.currentMessage() == NO_NAMES_TODAY)
    label = bar.findChild(QLabel, NAME)
    until(qtbot, lambda: label.isVisible() and label.text() == NO_NAMES_TODAY)
    assert label.height() >= label.heightForWidth(label.width())  # every line in sight
    assert label.geometry().right() <= bar.width()
    save_render(demo_window, "room_no_names_today_foot")
    room_menu = next(a.menu() for a in demo_window.menuBar().actions()
                     if a.text() == "&Room view")
    room_menu.popup(demo_window.mapToGlobal(demo_window.rect().topLeft()))
    until(qtbot, room_menu.isVisible)
    item = room_menu.actionGeometry(demo_window.room.no_names.action)
    # its whole line in sight on the screen (no wider than Act's own words make it)
    assert item.isValid() and room_menu.sizeHint().width() <= 1366
    save_render(room_menu, "room_no_names_today_menu")
    room_menu.hide()


def test_said_on_prepare_while_the_room_arrives(demo_window, tmp_path, qtbot, spoken):
    """The morning: the file opened on Prepare, the Welcome up while people arrive. Said then,
    while the facilitator can still paste the names with nobody reading the screen, not first
    on moving to Theme in front of the room (review 37 R2)."""
    _opened(demo_window, tmp_path / "spring.wtfc", _demo(Stage.PREPARE))
    _show(demo_window)
    until(qtbot, lambda: demo_window.statusBar().currentMessage() == NO_NAMES_TODAY)
    assert "names typed today" in _menu_item(demo_window)
    demo_window.go_to_stage(Stage.THEME)
    settle()
    assert spoken.count(NO_NAMES_TODAY) == 1  # not said again on moving on
