"""Typing a letter onto the end of a name already in force (Okafor → Okafors, on the way to a
longer spelling) keeps the name hidden on the projector until editing ends.

a791cddf's _grown keeps a name that was in force before the edit (``settled``) even when a longer
name in the box now starts with it; only a name's own stages typed in this edit go. Nothing
tested that half: with `name.casefold() in kept_for_good` taken out, all of
test_names_box_editing_keeps_names_hidden.py passes, while at the keystroke "Okafors" Review's
room view redraws "Runs every Thursday; Okafor drives it." on the projector."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.test_names_box_editing_keeps_names_hidden import _keys, _room_and_box
from tests.ui.boards.test_room_views_names_changed import _drawn
from tests.ui.settled import settle, until
from wtfc.ui.cards_held_back import WatchNamesBox


def test_a_letter_typed_onto_a_name_keeps_it_hidden_until_editing_ends(
        qtbot, doc, tmp_path, monkeypatch):
    # the room views are told once typing pauses: the same path, a pause of 1 ms, not 300
    monkeypatch.setattr(WatchNamesBox, "tell_after_ms", 1)
    view, box = _room_and_box(qtbot, doc, tmp_path)  # "Okafor\nGrace Lee", in force
    told: list[bool] = []
    doc.events.names_changed.connect(lambda *_: told.append(True))
    cursor = box.names_box.textCursor()
    cursor.setPosition(len("Okafor"))
    box.names_box.setTextCursor(cursor)
    _keys(qtbot, box, (Qt.Key.Key_S,))
    assert box.names_box.toPlainText().startswith("Okafors\n")
    until(qtbot, lambda: bool(told))  # the pause over: the room views told of the names
    settle()  # and drawn again
    assert "Okafor drives it" not in _drawn(view) and "[name] drives it" in _drawn(view)
    assert "Okafor" in doc.names_to_watch
    _keys(qtbot, box, (Qt.Key.Key_Tab,))  # left so: the facilitator's decision
    assert doc.names_to_watch == ("Okafors", "Grace Lee")
