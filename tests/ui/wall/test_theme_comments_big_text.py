"""Comment on theme… with "Make text bigger" at 16 pt: it opened with the words about the
comments cut (the top line half drawn, the last two lines, "the room view does not show them",
missing), and the ⚠ personal-detail line, when it showed, was cut too: the window's height was
fixed. It is now as tall as its wrapped lines (within the screen) and grows with the ⚠ line.
Also under GNOME and KDE, whose Qt themes label Close "&Close", Alt+C was both the Comment box
and Close: the box is now Alt+M."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall.theme_comments import ThemeCommentsDialog

RENDERS = None  # a folder's path here saves each dialog as a PNG, to look at
SAID = "Mr Jones said the bus never comes on Sundays"


def _opened(qtbot, monkeypatch, width: int, *, comments: int = 0) -> ThemeCommentsDialog:
    """The dialog on a ``width``×768 screen (its taskbar 40 px), on the demo's first theme."""
    screen = QRect(0, 0, width, 728)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: screen)
    ws = load_workshop(demo_path()).workshop
    theme = ws.themes[0].model_copy(update={"comments": [
        f"Comment {n}: this is not new, but it feels more powerful said by so many"
        for n in range(comments)]})
    doc = Document(ws.model_copy(update={"themes": [theme, *ws.themes[1:]]}))
    dialog = ThemeCommentsDialog(doc, UndoAdapter(doc), theme.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cut(dialog: ThemeCommentsDialog) -> list[str]:
    """The shown word-wrapped lines given less height than their words need."""
    return [label.text()[:40] for label in dialog.findChildren(QLabel)
            if label.isVisible() and label.wordWrap()
            and label.height() < label.heightForWidth(label.width())]


@pytest.mark.parametrize("comments", [0, 3])
@pytest.mark.parametrize("points", [9, 12, 16])
@pytest.mark.parametrize("width", [1024, 1366])
def test_its_words_and_the_warning_are_whole(qtbot, monkeypatch, font_points, width, points,
                                             comments):
    font_points(points)
    dialog = _opened(qtbot, monkeypatch, width, comments=comments)
    if RENDERS:
        dialog.grab().save(f"{RENDERS}/comments_{points}_{width}_{comments}.png")
    assert _cut(dialog) == []
    assert dialog.frameGeometry().width() <= width and dialog.height() <= 728
    at_first = dialog.height()
    qtbot.keyClicks(dialog.words, SAID)
    assert dialog.detail_hint.isVisible()
    if RENDERS:
        dialog.grab().save(f"{RENDERS}/comments_{points}_{width}_{comments}_hint.png")
    assert _cut(dialog) == []
    dialog.words.clear()  # the warning goes, and the room it took with it
    assert not dialog.detail_hint.isVisible()
    assert dialog.height() == at_first


def _letters(dialog: ThemeCommentsDialog) -> list[str]:
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in dialog.findChildren(kind)]
    return [found[1].casefold() for text in texts
            if (found := re.search(r"(?<!&)&([^&\s])", text.replace("&&", "")))]


def test_each_alt_key_is_its_own_with_gnome_and_kde_close(qtbot, monkeypatch):
    dialog = _opened(qtbot, monkeypatch, 1366)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    close.setText("&Close")  # as GNOME's and KDE's platform themes label it
    letters = _letters(dialog)
    assert "c" in letters and len(letters) == len(set(letters))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.add.setFocus()
    qtbot.keyClick(dialog.add, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.words


def test_a_height_set_by_hand_is_kept_as_the_warning_comes_and_goes(qtbot, monkeypatch,
                                                                    font_points):
    font_points(16)
    dialog = _opened(qtbot, monkeypatch, 1366)
    dialog.resize(dialog.width(), 700)
    qtbot.keyClicks(dialog.words, SAID)
    assert dialog.detail_hint.isVisible() and dialog.height() == 700
    dialog.words.clear()
    assert dialog.height() == 700
