# ruff: noqa: F811  (pytest fixtures imported from other test files are parameters here)
"""R1b (review 33): leaving a workshop saved only in an e-mail attachment's folder asks one
question, 'Still in a temporary folder'. When words are also typed and not added yet (a
success statement not added with Enter), that one question must say they will be lost: it is
the only question asked, and 'Close anyway' loses them. Put in tests/ui/."""

from __future__ import annotations

from test_left_in_temporary import _a_day_saved_there, _answer
from test_opened_from_temporary import attachment, documents, notices  # noqa: F401
from window_fixtures import isolated_settings, shown_window  # noqa: F401

WAITING = "Words typed on Identify success for 1 theme are not added yet"


def test_the_temporary_folder_question_also_says_words_not_added_are_lost(
        shown_window, attachment, documents, monkeypatch, notices, message_boxes, qtbot):
    window = shown_window
    _a_day_saved_there(window, attachment)
    monkeypatch.setattr(window, "words_not_added", lambda: [WAITING])
    asked = _answer(monkeypatch, qtbot, "Cancel")
    assert not window.close()  # Cancel keeps the window
    [box] = asked
    assert message_boxes == []  # one question, not two
    assert box.windowTitle() == "Still in a temporary folder"
    assert box.text().startswith(WAITING)
    assert "They will be lost." in box.text()
    assert "is saved only in a temporary folder" in box.text()
    monkeypatch.setattr(window, "words_not_added", lambda: [])
