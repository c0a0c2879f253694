"""The Collect page: the table of cards and what each row says, held-back details hidden until
the facilitator shows them, another workshop opened, a read-only file, and a name for every
control. Sorting and filtering, editing, the held-back decisions and small screens have files of
their own (test_cards_*.py)."""

from __future__ import annotations

from collect_fixtures import collect_workshop, save_render
from collect_helpers import cell, filter_by, shown_ids
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView

from wtfc.model.workshop import Workshop
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.cards_table import Column


def test_every_card_shows_kind_words_person_and_flagged_words(page):
    save_render(page, "collect_page")
    assert shown_ids(page) == ["c1", "c2", "c3", "c4", "c5", "c6"]
    assert cell(page, "c1", Column.KIND) == "✗ Not working"
    assert cell(page, "c3", Column.KIND) == "✓ Working"
    assert cell(page, "c6", Column.KIND) == "★ Future"
    assert cell(page, "c3", Column.TAGS) == "South, Home care"
    assert cell(page, "c1", Column.THEMES) == "1" and cell(page, "c4", Column.THEMES) == "0"
    assert cell(page, "c2", Column.DETAILS) == "⚠ [name]"
    assert cell(page, "c5", Column.DETAILS) == "⚠ [phone]"
    assert cell(page, "c1", Column.DETAILS) == ""
    # each count stays whole when the heading wraps on a small screen ("⚠ 2 held / back")
    assert "⚠\u00a02\u00a0held\u00a0back" in page.summary.text()
    assert "✗\u00a0Not\u00a0working\u00a0" in page.summary.text()
    assert page.held_back_only.text() == "Only cards held bac&k (2)"


def test_held_back_details_are_hidden_until_the_facilitator_shows_them(qtbot, page):
    """The laptop's screen may be mirrored on the projector: a held-back card's found words
    are placeholders in its row until "Show held-back details" is ticked."""
    assert cell(page, "c2", Column.WORDS) == "[name] never comes on time"
    assert "Mrs Jones" not in cell(page, "c2", Column.DETAILS)
    tip = page.proxy.index(shown_ids(page).index("c2"), Column.DETAILS).data(
        Qt.ItemDataRole.ToolTipRole)
    assert "Mrs Jones" not in tip and "hidden on this screen" in tip
    filter_by(qtbot, page, "jones")  # the filter finds only what is shown
    assert shown_ids(page) == []
    filter_by(qtbot, page, "")

    page.show_held_back.setChecked(True)
    assert page.held_back.shown
    assert cell(page, "c2", Column.WORDS) == "Mrs Jones never comes on time"
    assert cell(page, "c2", Column.DETAILS) == "⚠ Mrs Jones"
    assert cell(page, "c5", Column.DETAILS) == "⚠ 07700 900123"
    filter_by(qtbot, page, "jones")
    assert shown_ids(page) == ["c2"]
    filter_by(qtbot, page, "")

    page.held_back.set_shown(False)  # hidden again from the window's menu: the box follows
    assert not page.show_held_back.isChecked()
    assert cell(page, "c2", Column.WORDS) == "[name] never comes on time"
    assert cell(page, "c3", Column.WORDS) == next(
        c.text for c in page.doc.workshop.cards if c.id == "c3")  # others never change


def test_opening_another_workshop_rebuilds(page, doc):
    page.select_cards(["c1"])
    doc.replace_workshop(Workshop(title="Empty"))
    assert page.proxy.rowCount() == 0
    assert "No cards yet" in page.summary.text()
    doc.replace_workshop(collect_workshop())
    assert page.proxy.rowCount() == 6


def test_read_only_hides_every_edit(qtbot, doc, undo):
    undo.read_only = True
    page = CardsPage(doc, undo)
    qtbot.addWidget(page)
    page.select_cards(["c2"])
    for button in (page.import_button, page.paste_button, page.add_button, page.edit_button,
                   page.delete_button, page.redact_button, page.fine_button,
                   page.check_button):
        assert not button.isEnabled()


def test_every_control_has_an_accessible_name(page):
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableView)
    # Qt's own parts (a line edit's clear button, the table's corner) are named by Qt.
    unnamed = [w for kind in kinds for w in page.findChildren(kind)
               if not w.accessibleName() and not isinstance(w.parent(), QLineEdit | QTableView)]
    assert [type(w).__name__ for w in unnamed] == []
