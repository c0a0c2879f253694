"""The ⚠ personal-detail line under a form, for a screen reader: it appeared with nothing said
(the card dialog's verdict is announced), and its fixed accessible name "Possible personal
detail" hid which field and which words. It is now announced when it first shows or names
another field or kind of detail (not at each key), and read as its own words."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from wtfc.ui.typed_detail_hint import TypedDetailHint


def _form(qtbot) -> tuple[QDialog, QLineEdit, QLineEdit, TypedDetailHint]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    what, owner = QLineEdit(), QLineEdit()
    hint = TypedDetailHint(("Winifred Okafor",))
    hint.watch("What", what.text, what.textChanged)
    hint.watch("Owner", owner.text, owner.textChanged, names_named=True)
    layout = QVBoxLayout(dialog)
    for widget in (what, owner, hint):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, what, owner, hint


def test_said_once_as_it_shows_and_again_for_another_kind(qtbot, monkeypatch):
    heard: list[str] = []
    monkeypatch.setattr("wtfc.ui.announce.announce", lambda _w, text, **_: heard.append(text))
    _dialog, what, owner, hint = _form(qtbot)
    qtbot.keyClicks(owner, "Team lead, 07700 900123")
    assert hint.isVisible()
    assert len(heard) == 1 and "“Owner”" in heard[0] and "[phone]" in heard[0]
    qtbot.keyClicks(owner, " or 07700")  # more words, the same finding: not said again
    assert len(heard) == 1
    qtbot.keyClicks(what, "Ask Winifred Okafor")  # another field: said
    assert len(heard) == 2 and "“What”: “Ask [name]”" in heard[1]
    what.clear()
    owner.clear()
    assert hint.isHidden()
    owner.setText("07700 900123")  # shown again: said again
    assert len(heard) == 3


def test_a_screen_reader_reads_the_field_and_words(qtbot):
    _dialog, _what, owner, hint = _form(qtbot)
    owner.setText("Team lead, 07700 900123")
    name = QAccessible.queryAccessibleInterface(hint).text(QAccessible.Text.Name)
    assert "“Owner”: “Team lead, [phone]”" in name
