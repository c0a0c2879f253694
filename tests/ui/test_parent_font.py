"""Warnings given a style sheet of their own are drawn in their dialog's font: the card
dialog's verdict and the import dialog's lines were 9 pt in 12 pt dialogs (in the default
light look too)."""

from __future__ import annotations

import gc

import pytest
from collect_fixtures import LONG_CSV, collect_document
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from wtfc.ui.card_dialog import CardDialog
from wtfc.ui.import_dialog import ImportDialog
from wtfc.ui.parent_font import keep_parent_font
from wtfc.ui.style import ui_font


@pytest.fixture
def doc():
    return collect_document()


def _size(widget: QWidget) -> float:
    return widget.font().pointSizeF()


def test_a_label_styled_before_it_has_a_parent_and_restyled_on_screen_keeps_its_font(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setFont(ui_font(12))
    label = QLabel("⚠ A warning")
    keep_parent_font(label)
    label.setStyleSheet("QLabel { color: #8A3200; font-weight: bold; }")  # no parent yet
    page = QWidget()
    QVBoxLayout(page).addWidget(label)
    QVBoxLayout(dialog).addWidget(page)
    dialog.show()
    qtbot.waitExposed(dialog)
    gc.collect()  # the filter lives as long as its label, not as a Python name
    assert _size(label) == 12 and label.font().bold()  # the style sheet's weight still counts
    for style in ("color: #4A4A4A;", "color: #6B4C00; font-weight: bold;", "color: red;"):
        label.setStyleSheet(style)
        assert _size(label) == 12
        assert label.font().family() == dialog.font().family()
    assert not label.font().bold()


def test_the_card_dialogs_verdict_is_in_the_dialogs_font(qtbot):
    dialog = CardDialog(names=["Mrs Jones"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    verdict = dialog.verdict
    for words, person in (("Mrs Jones rings me on 07700 900123", ""),  # personal details
                          ("I like the dinners", ""),  # none found
                          ("I like the dinners", "Mary Jones")):  # refused: a name, not a code
        dialog.words.setPlainText(words)
        dialog.person.setText(person)
        assert verdict.text()
        assert verdict.font().pointSizeF() == dialog.font().pointSizeF(), verdict.text()


def test_the_import_dialogs_warnings_are_in_the_dialogs_font(qtbot, doc, undo, tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text(LONG_CSV, encoding="utf-8")
    dialog = ImportDialog(doc, undo)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage == "mapping", timeout=10_000)
    step = dialog.mapping_step
    assert dialog.skip_note.isVisible()  # "amber" is not a kind yet: its row is left out
    for label in (dialog.skip_note, step.reason, step.problems):
        label.show()  # as each does when it has something to say
        label.ensurePolished()
        assert _size(label) == dialog.font().pointSizeF(), label.toolTip()
