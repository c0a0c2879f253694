"""A name pasted takes a flagged workshop title off the room views at once, on the screen the
room is looking at, not only when something next asks for a picture (da6582e5: Welcome and
Priorities follow names_changed; the existing test draws with ``grab()``, which repaints
anyway, so it passes with the following taken out). Here the picture the screen last got is
read, as the projector shows it. Place: tests/ui/boards/."""

from __future__ import annotations

from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.priorities_room import PrioritiesRoomView
from wtfc.ui.boards.welcome_room import WelcomeRoomView


def _on_screen(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    settle()
    return view


def _last_painted(view) -> str:
    """What the screen was last given (no grab: that would paint afresh)."""
    return " ".join(words for _, words, _ in view.drawn_text)


def test_a_name_pasted_takes_the_title_off_the_projectors_welcome_and_priorities(qtbot):
    doc = Document(Workshop(title="Quarrie House review"))
    welcome = _on_screen(qtbot, WelcomeRoomView(doc))
    priorities = _on_screen(qtbot, PrioritiesRoomView(doc))
    assert "Quarrie House review" in _last_painted(welcome)
    assert "Quarrie House review" in _last_painted(priorities)
    doc.names_to_watch = ("Zebulon Quarrie",)
    doc.events.names_changed.emit()  # pasted on Collect: no edit
    settle()
    assert "Quarrie" not in _last_painted(welcome)
    assert "Quarrie" not in _last_painted(priorities)
