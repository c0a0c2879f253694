"""Six months later, no names pasted, Act's room view up (W1 R1, session 31).

Names to watch for are never saved, so the file reopened at the check has none. "Zebedee rang
the office…" typed in "What people told us at the check" went up on the projector as typed (the
guard finds a bare surname only when it is pasted), and nothing said this session had no names
to watch for. Now the foot and a screen reader say so once as such a view goes up, and the Room
view menu says so while it is up; names pasted, it goes and the view reads "[name]"."""

from __future__ import annotations

import pytest

from tests.ui.boards.test_plan_room_names_to_watch import _doc
from tests.ui.settled import settle, until
from wtfc.model.operations.actions import edit_action
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.wall.room_no_names import NO_NAMES


@pytest.fixture
def spoken(monkeypatch) -> list[str]:
    heard: list[str] = []
    monkeypatch.setattr("wtfc.ui.announce.announce",
                        lambda _w, text, **_: heard.append(text))
    return heard


def _reopened(window, tmp_path, *, stage: Stage = Stage.ACT, renamed: bool = False) -> None:
    """The workshop with Zebedee's note and what people told us, saved and opened again (a
    theme ``renamed``: another workshop than last time's)."""
    doc = _doc()
    doc.workshop.stage = stage
    if renamed:
        first = doc.workshop.themes[0]
        doc.workshop.themes[0] = first.model_copy(update={"name": f"{first.name} (again)"})
    path = tmp_path / "spring.wtfc"
    save_workshop(doc.workshop, path, backup=False)
    assert window.files.open_path(path, confirmed=True)
    assert window.doc.names_to_watch == ()


def _up(window) -> None:
    window.room.act_show.setChecked(True)
    settle()


def _room_words(window) -> str:
    """What the room view draws, every page of it."""
    view, words = window.room.window.content, []
    for page in range(view.page_count()):
        view.show_page(page)
        view.repaint()
        words += [text for _px, text, _cut in view.drawn_text]
    return "\n".join(words)


def test_no_names_pasted_is_said_as_act_goes_up_and_goes_once_names_are_pasted(
        demo_window, tmp_path, qtbot, spoken):
    _reopened(demo_window, tmp_path)
    _up(demo_window)
    room, bar = demo_window.room, demo_window.statusBar()
    assert room.choice == "plan"
    until(qtbot, lambda: bar.currentMessage() == NO_NAMES)
    assert spoken.count(NO_NAMES) == 1
    assert room.no_names.action.isVisible()
    assert room.no_names.action in room.actions()
    assert "Zebedee said the first visit" in _room_words(demo_window)  # as typed: said why
    second = demo_window.doc.workshop.actions[1]  # another note typed while it is up
    demo_window.undo.push(edit_action(demo_window.doc, action_id=second.id,
                                      progress_note="Bill rang back"))
    settle()
    assert spoken.count(NO_NAMES) == 1  # said once, not at each edit
    room.no_names.action.trigger()  # chosen in the menu: said again, whole
    assert spoken.count(NO_NAMES) == 2 and bar.currentMessage() == NO_NAMES
    box = demo_window.page(Stage.COLLECT).watch_names
    box.names_box.setPlainText("Zebedee")
    box.names_box.clearFocus()
    until(qtbot, lambda: not room.no_names.action.isVisible())
    assert bar.currentMessage() != NO_NAMES
    words = _room_words(demo_window)
    assert "[name] said the first visit" in words and "Zebedee" not in words


def test_nothing_is_said_with_names_pasted_or_no_words_typed_after_the_day(
        demo_window, tmp_path, qtbot, spoken):
    _reopened(demo_window, tmp_path, stage=Stage.THEME)
    names = demo_window.page(Stage.COLLECT).watch_names
    names.names_box.setPlainText("Zebedee")
    names.end_editing()
    _up(demo_window)  # the wall: no words typed after the day (the day's own: its tests)
    assert demo_window.room.choice == "room"
    assert not demo_window.room.no_names.action.isVisible()
    demo_window.go_to_stage(Stage.ACT)  # Act's notes go up, guarded with the names
    settle()
    assert demo_window.room.choice == "plan"
    assert not demo_window.room.no_names.action.isVisible()
    assert NO_NAMES not in spoken
    assert "[name] said the first visit" in _room_words(demo_window)


def test_review_says_it_for_last_time_s_notes_until_shown_as_typed(demo_window, tmp_path,
                                                                   qtbot, spoken):
    last = tmp_path / "last-spring.wtfc"
    save_workshop(_doc().workshop, last, backup=False)  # last time's notes from its check
    _reopened(demo_window, tmp_path, stage=Stage.REVIEW, renamed=True)
    board = demo_window.page(Stage.REVIEW)
    assert board.load_previous(last), board.notice.text()
    _up(demo_window)
    room = demo_window.room
    assert room.choice == "review"
    until(qtbot, lambda: demo_window.statusBar().currentMessage() == NO_NAMES)
    assert room.no_names.action.isVisible() and spoken.count(NO_NAMES) == 1
    board._on_show_as_typed(True)  # the facilitator's tick: names would change nothing now
    settle()
    assert not room.no_names.action.isVisible()


def test_it_is_said_again_for_another_workshop_opened_with_the_view_up(demo_window, tmp_path,
                                                                      qtbot, spoken):
    """It says "since this workshop was opened": another file opened with the room view up
    kept the menu's item but told neither the foot nor a screen reader (code review A5)."""
    _reopened(demo_window, tmp_path)
    _up(demo_window)
    bar = demo_window.statusBar()
    until(qtbot, lambda: spoken.count(NO_NAMES) == 1)
    bar.clearMessage()  # (the foot's words passed)
    other = tmp_path / "another"
    other.mkdir()
    _reopened(demo_window, other)  # the same notes, another file
    until(qtbot, lambda: bar.currentMessage() == NO_NAMES)
    assert spoken.count(NO_NAMES) == 2
    assert demo_window.room.no_names.action.isVisible()
