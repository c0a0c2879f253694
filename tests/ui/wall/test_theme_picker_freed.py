""""Move to theme…" (M), merge and split each open a theme picker: once answered it is freed.
Kept, every press left one behind (300 presses: 300 pickers, 12,600 Qt objects, 29 MB)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from wtfc.ui.wall.theme_picker import ThemePicker


def _answer(typed: str | None):
    """Choose ``typed`` in the picker once it is open (None: Cancel)."""
    def act():
        picker = QApplication.activeModalWidget()
        picker.choose(typed) if typed is not None else picker.reject()
    QTimer.singleShot(0, act)


def pickers_left(panel) -> int:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(panel.findChildren(ThemePicker))


def test_each_theme_picker_is_freed_once_answered_and_its_choice_still_taken(panel, doc):
    for typed in ["never know", "package", None, "I feel rushed"]:  # the last a new theme
        panel.scene.clearSelection()
        next(c for key, c in panel.scene.cards.items() if key[0] == "n5").setSelected(True)
        _answer(typed)
        assert panel.ask_move(copy=True) is (typed is not None)
    themes_of_n5 = {t.name for t in doc.workshop.themes if "n5" in t.card_ids}
    assert themes_of_n5 == {"I never know who is coming", "I feel like a package", "I feel rushed"}
    assert pickers_left(panel) == 0
