"""People… with "Make text bigger" at 16 pt on a 1024×768 screen, or 1366×768 at 125 % (1093
px): the buttons' row was 1172 px wide, so the dialog ran off the screen and Close and half of
"Remove this person…" could not be clicked. The buttons now wrap onto a second row, Close at
the right. Tab also went from the table's row above straight to Close, before the three
buttons shown to its left; it now goes as the eye reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
from settled import until

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop
from wtfc.ui.people_dialog import PeopleDialog
from wtfc.ui.undo import UndoAdapter

RENDERS = None  # a folder's path here saves each dialog as a PNG, to look at


def _doc() -> Document:
    """Three people, one with no cards (so every button is on)."""
    people = [Person(id=f"P{n}", voice=Voice.OLDER_PERSON, locality="North", age_band="75-84",
                     service_type="home care") for n in range(1, 4)]
    cards = [Card(id=f"c{n}", kind=Kind.WORKING, text="Kind carer", person=f"P{n}")
             for n in (1, 2)]
    return Document(Workshop(people=people, cards=cards))


def _opened(qtbot, width: int) -> tuple[PeopleDialog, QMainWindow]:
    """People… over a window maximised on a ``width``×768 screen (its taskbar 40 px)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setGeometry(QRect(0, 0, width, 728))
    window.show()
    doc = _doc()
    dialog = PeopleDialog(doc, UndoAdapter(doc), show_cards=lambda *_: None, parent=window)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, window  # (the window kept: qtbot holds it weakly, and it owns the dialog)


@pytest.mark.parametrize("points", [9, 12, 16])
@pytest.mark.parametrize("width", [1024, 1093, 1366])
def test_every_button_is_whole_on_the_screen(qtbot, font_points, points, width):
    font_points(points)
    dialog, _window = _opened(qtbot, width)
    if RENDERS:
        dialog.grab().save(f"{RENDERS}/people_{points}_{width}.png")
    assert dialog.minimumSizeHint().width() <= width - 40
    frame = dialog.frameGeometry()
    assert frame.left() >= 0 and frame.right() < width  # the whole dialog on the screen
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
    assert len(buttons) == 5
    for button in buttons:  # inside the dialog, and not squeezed to "Remove this pers"
        place = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        assert dialog.rect().contains(place), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()
    close = next(b for b in buttons if "Close" in b.text())
    others = [b.mapTo(dialog, b.rect().topRight()).x() for b in buttons if b is not close]
    assert close.mapTo(dialog, close.rect().topLeft()).x() > max(others)  # at the right


def test_tab_goes_as_the_eye_reads(qtbot, font_points):
    font_points(16)
    dialog, _window = _opened(qtbot, 1024)
    dialog.activateWindow()
    until(qtbot, dialog.isActiveWindow)
    dialog.table.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().text().replace("&", ""))
    assert seen == ["Take off people with no cards", "Show cards with this tag",
                    "Show this person's cards", "Remove this person…", "Close"]
