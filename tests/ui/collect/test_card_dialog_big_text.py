"""The card dialog and Collect's heading with bigger text (Windows' "Make text bigger"): the held-
back warning was cut after "RS1" at 16 pt (its e-mail and "will be held back" unseen), the person
code of an edited card was greyed to 1.6:1, and Collect's heading read "Collect the statemen"."""

from __future__ import annotations

import pytest
from palette_fixtures import READABLE, label_contrast
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QLabel

from tests.ui.renders import save_render
from wtfc.model.workshop import Card, Kind, Stage
from wtfc.ui.boards.heading_row import TitleOverRest
from wtfc.ui.card_dialog import CardDialog

MANY = ("Mrs Patel and Margaret Smith from Brook Lane ring 07700 900123 or 01632 960001 and Dr "
        "Khan at 12 High Street, Riverside RS1 2AB; email margaret.smith@example.com")


def _whole(label: QLabel) -> bool:
    return label.heightForWidth(label.width()) <= label.height() if label.wordWrap() \
        else label.sizeHint().width() <= label.width()


@pytest.mark.parametrize("size", [9, 16])
def test_the_held_back_warning_is_whole_with_every_detail_and_what_happens(
        show, qtbot, font_points, size):
    font_points(size)
    dialog = show(CardDialog(names=["Patel", "Margaret", "Smith", "Khan"]))
    dialog.words.setPlainText(MANY)
    qtbot.waitUntil(lambda: _whole(dialog.verdict))
    text = dialog.verdict.text()
    assert "margaret.smith@example.com" in text and text.endswith("mark it as fine.")
    assert dialog.frameGeometry().height() <= dialog.screen().availableGeometry().height()
    # the dialog grew for it: nothing drawn over it
    assert dialog.verdict.geometry().bottom() < dialog.buttons.geometry().top()
    save_render(dialog, f"card_dialog_verdict_{size}pt")
    dialog.words.setPlainText("The lunch club")  # short again: the words box has the room
    qtbot.waitUntil(lambda: dialog.verdict.text() == "No personal details found.")
    assert _whole(dialog.verdict)


def test_an_edited_cards_person_code_reads_and_stays_unchangeable(show, qtbot):
    card = Card(id="c8", kind=Kind.NOT_WORKING, text="Staff talk over my head", person="P08")
    dialog = show(CardDialog(card=card, people={"P08": 1}))
    person = dialog.person
    assert person.isEnabled() and person.isReadOnly()  # not greyed to 1.6:1
    assert label_contrast(person) >= READABLE
    qtbot.keyClicks(person, "9")
    assert dialog.person_code() == "P08" and dialog.problem() == ""
    # a screen reader still hears that it cannot be changed, and why (its tooltip)
    said = QAccessible.queryAccessibleInterface(person)
    assert said.state().readOnly and not said.state().disabled
    assert said.text(QAccessible.Text.Name) == "Person code"
    assert "cannot be changed" in person.toolTip()
    save_render(dialog, "card_dialog_person_read_only")


@pytest.fixture
def app_font(qapp, request):
    """The app's font at ``request.param`` pt before the window is built (its pages' fonts
    are chosen as they are made); put back after."""
    before = qapp.font()
    font = QFont(before)
    font.setPointSizeF(request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(before)


@pytest.mark.parametrize(("app_font", "window", "stacked"), [
    (13.5, (1093, 614), True),  # 1366×768 at 125%, 150% text
    (9, (1366, 768), False),  # the design size: the counts beside the heading, as before
], indirect=["app_font"])
def test_collects_heading_is_never_cut(qtbot, app_font, demo_window, window, stacked):
    size = app_font
    demo_window.resize(*window)
    demo_window.go_to_stage(Stage.COLLECT)
    row = demo_window.page(Stage.COLLECT).findChild(TitleOverRest)
    qtbot.waitUntil(lambda: row.stacked() is stacked)
    qtbot.wait(50)
    assert row.title.text() == "Collect the statements"
    assert _whole(row.title) and _whole(row.rest)
    save_render(demo_window, f"collect_heading_{size}pt")
