"""An edited card's person code looks read-only, as it is: a white box showing "P01" invited
typing that did nothing, and only the tooltip said why (smoke walk R6 #5). It is now words on
the dialog's own ground, at full contrast in a light, dark or high-contrast palette, with a
visible note saying where it is changed."""

from __future__ import annotations

from collections import Counter

import pytest
from palette_fixtures import READABLE, dark_palette, label_contrast  # noqa: F401
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPalette

from tests.ui.renders import save_render
from wtfc.model.workshop import Card, Kind
from wtfc.ui.card_dialog import CardDialog


def _ground(widget) -> QColor:
    """The colour most of the widget shows, as its window draws it."""
    window = widget.window()
    image = window.grab().toImage()
    scale = image.width() / max(1, window.width())
    rect = QRect(widget.mapTo(window, QPoint(0, 0)) * scale, widget.size() * scale)
    counts = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right())
                     for y in range(rect.top(), rect.bottom()))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _looks_read_only(show, qtbot, name: str) -> None:
    card = Card(id="c1", kind=Kind.WORKING, text="My friendship with my neighbour", person="P01")
    dialog = show(CardDialog(card=card, people={"P01": 1}))
    person, note = dialog.person, dialog.person_note
    # not a box to type in: no frame, and the dialog's own colour behind the code
    assert not person.hasFrame()
    assert _ground(person).name() == dialog.palette().color(QPalette.ColorRole.Window).name()
    assert label_contrast(person) >= READABLE
    # where it is changed is said on the dialog, not only on hover
    assert note.isVisible() and "Rename person code" in note.text()
    assert "not changed here" in note.text()
    assert label_contrast(note) >= READABLE
    qtbot.keyClicks(person, "9")
    assert dialog.person_code() == "P01"
    save_render(dialog, f"card_dialog_person_kept_{name}")


def test_an_edited_cards_person_code_looks_read_only(show, qtbot):
    _looks_read_only(show, qtbot, "light")


@pytest.mark.parametrize("dark_palette", ["dark", "high contrast"], indirect=True)
@pytest.mark.usefixtures("dark_palette")
def test_an_edited_cards_person_code_looks_read_only_on_a_dark_desktop(show, qtbot, qapp):
    _looks_read_only(show, qtbot, qapp.palette().color(QPalette.ColorRole.Window).name())


def test_a_new_cards_person_code_is_a_box_to_type_in(show, qtbot):
    dialog = show(CardDialog(people={"P01": 1}))
    assert dialog.person.hasFrame() and not dialog.person.isReadOnly()
    assert not dialog.person_note.isVisible()
    qtbot.keyClicks(dialog.person, "P02")
    assert dialog.person_code() == "P02"


def test_the_focus_on_an_edited_cards_code_is_ringed(show, qtbot):
    """With no frame and no text cursor (nothing can be typed), nothing else showed the focus."""
    card = Card(id="c1", kind=Kind.WORKING, text="My friendship with my neighbour", person="P01")
    dialog = show(CardDialog(card=card))
    dialog.activateWindow()
    dialog.person.setFocus()
    qtbot.waitUntil(lambda: dialog._ring is not None and dialog._ring.widget() is dialog.person)
    assert dialog._ring is not None and dialog._ring.isVisible()
    dialog.words.setFocus()
    qtbot.waitUntil(lambda: dialog._ring is not None and dialog._ring.widget() is None)
