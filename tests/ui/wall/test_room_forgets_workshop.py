"""A closed workshop's words do not stay in the room wall's memory: the wrapping it keeps for
its layout (every card's and theme's words, up to ~48 MB full), the word widths and the painted
labels are let go when another workshop is opened or the window closes. Cards come from care
reviews, and a laptop may be shared. The next workshop's room wall is drawn as it was, and its
own words are kept (an edit re-wraps nothing it had measured)."""

from __future__ import annotations

import gc

from wall_fixtures import small_workshop

from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Stage
from wtfc.ui import paint_cache
from wtfc.ui.wall import room_measure
from wtfc.ui.wall.room_wall import RoomWallView

MARK = "quokka"  # in every card and theme name of the first workshop, and in no other


def _strings(thing, found: list[str]) -> None:
    if isinstance(thing, str):
        found.append(thing)
    elif isinstance(thing, tuple | list):
        for part in thing:
            _strings(part, found)


def _cached_words() -> str:
    """Every text the room wall's measuring and the wall's painting keep in their caches."""
    found: list[str] = []
    for cached in (room_measure._wrapped_lines, room_measure._word_widths, paint_cache.label):
        for table in gc.get_referents(cached):  # an lru_cache's own dict: what it keeps
            if isinstance(table, dict) and "__module__" not in table:
                for key in table:
                    _strings(key, found)
    return " ".join(found)


def _measured_words() -> str:
    """Every word in any word-widths table in memory (each refers to its class: found by that,
    not by reading every object in the test process, ~4M late in a run)."""
    return " ".join(word for widths in gc.get_referrers(room_measure._WordWidths)
                    if type(widths) is room_measure._WordWidths for word in widths)


def keeps(word: str) -> bool:
    """Whether the room wall's measuring or painting keeps ``word``, read from memory once
    the garbage is collected. Collecting only takes objects away: it is done (~0.4 s late in a
    run) only where a table not in the caches still holds the word."""
    if word in _cached_words():
        return True
    if word not in _measured_words():
        return False
    gc.collect()
    return word in _measured_words()


def _files(tmp_path):
    plain = small_workshop().model_copy(update={"stage": Stage.THEME})
    marked = plain.model_copy(update={
        "cards": [c.model_copy(update={"text": f"{c.text} {MARK}{n}"})
                  for n, c in enumerate(plain.cards)],
        "themes": [t.model_copy(update={"name": f"{t.name} {MARK}"}) for t in plain.themes]})
    first, second = tmp_path / "first.wtfc", tmp_path / "second.wtfc"
    save_workshop(marked, first)
    save_workshop(plain, second)
    return first, second


def _room_picture(window, qtbot):
    qtbot.waitUntil(lambda: isinstance(window.room.window.content, RoomWallView))
    view = window.room.window.content
    qtbot.waitExposed(view)
    return view.grab().toImage()


def test_opening_another_workshop_lets_the_first_ones_words_go(demo_window, qtbot, tmp_path):
    first, second = _files(tmp_path)
    demo_window.room.act_show.setChecked(True)
    demo_window.room.window.resize(1024, 768)
    assert demo_window.files.open_path(second, confirmed=True)
    before = _room_picture(demo_window, qtbot)
    assert demo_window.files.open_path(first, confirmed=True)
    _room_picture(demo_window, qtbot)
    assert keeps(MARK)  # the room wall of the first was measured
    assert demo_window.files.open_path(second, confirmed=True)
    after = _room_picture(demo_window, qtbot)
    assert not keeps(MARK)
    assert keeps("I never know who is coming")  # the second's words measured stay kept
    assert after == before  # drawn as it was, pixel for pixel


def test_a_hidden_room_view_lets_the_first_workshop_go_too(demo_window, qtbot, tmp_path):
    first, second = _files(tmp_path)
    room = demo_window.room
    room.act_show.setChecked(True)
    assert demo_window.files.open_path(first, confirmed=True)
    _room_picture(demo_window, qtbot)
    room.act_show.setChecked(False)  # put away: its view of the first is not kept for later
    assert demo_window.files.open_path(second, confirmed=True)
    assert not isinstance(room.window.content, RoomWallView)
    assert not keeps(MARK)
    room.act_show.setChecked(True)  # shown again: the second's Welcome, its first show (ff2f2b43)
    room.act_follow.setChecked(True)  # Room view → Follow the stage: the second's wall
    _room_picture(demo_window, qtbot)
    assert keeps("I never know who is coming")


def test_closing_the_window_lets_the_workshops_words_go(demo_window, qtbot, tmp_path):
    first, _second = _files(tmp_path)
    demo_window.room.act_show.setChecked(True)
    assert demo_window.files.open_path(first, confirmed=True)
    _room_picture(demo_window, qtbot)
    assert keeps(MARK)
    demo_window.close()
    assert not keeps(MARK)


def test_the_same_workshop_again_keeps_its_measures(demo_window, qtbot, tmp_path):
    """A read-only file saved as the facilitator's own is shown afresh, the same workshop:
    its wrapping is still what is drawn, so the room wall is laid out without re-wrapping."""
    first, _second = _files(tmp_path)
    demo_window.room.act_show.setChecked(True)
    assert demo_window.files.open_path(first, confirmed=True)
    _room_picture(demo_window, qtbot)
    misses = room_measure._wrapped_lines.cache_info().misses
    demo_window.doc.replace_workshop(demo_window.doc.workshop)
    _room_picture(demo_window, qtbot)
    assert keeps(MARK)
    assert room_measure._wrapped_lines.cache_info().misses == misses
