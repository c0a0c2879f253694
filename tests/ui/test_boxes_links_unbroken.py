"""A message box that quotes the user's words keeps a long link whole: Ctrl+C on the box copies
its text, and zero-width spaces (as a narrow tooltip gets) would break a pasted link. Words
that look like HTML are still shown as typed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.workshop import Workshop
from wtfc.ui import export_questions
from wtfc.ui.undo import UndoAdapter

LINK = "https://www.example.org/adult-social-care/reviews/2026/north-locality-feedback-form"


def _box_texts(monkeypatch) -> list[str]:
    said: list[str] = []

    def box(_parent, _title, text, *_args):
        said.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "information", box)
    monkeypatch.setattr(QMessageBox, "question", box)
    return said


def test_cant_do_that_keeps_a_long_link_whole(qtbot, monkeypatch):
    said = _box_texts(monkeypatch)

    def refused():
        raise EditRefused(f"There is already a theme called '{LINK}'.")

    assert not UndoAdapter(Document(Workshop())).try_push(refused)
    assert LINK in said[0] and "\u200b" not in said[0]


def test_cant_do_that_shows_html_as_typed(qtbot, monkeypatch):
    said = _box_texts(monkeypatch)

    def refused():
        raise EditRefused("There is already a theme called 'I get <b>no</b> help'.")

    UndoAdapter(Document(Workshop())).try_push(refused)
    assert "&lt;b&gt;no&lt;/b&gt;" in said[0]


def test_export_questions_keep_a_long_link_whole(qtbot, monkeypatch):
    said = _box_texts(monkeypatch)
    assert not export_questions._go_on_anyway(None, "Possible personal details", f"See {LINK}")
    assert export_questions._advised(None, "Words", f"See {LINK}", "the sheet") is False
    assert all(LINK in text and "\u200b" not in text for text in said) and len(said) == 2
