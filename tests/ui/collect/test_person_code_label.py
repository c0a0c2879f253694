"""People's "Show this person's cards": Collect's filter label read "Person's code (g):", a
stray letter in brackets (review R3 R2); it reads whole words, Alt+G still reaching the box,
and the box's tooltip names the People button as it reads ("People", not "People…")."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wtfc.ui.people_table import Column


def test_one_persons_cards_label_reads_words_and_alt_g_reaches_the_box(page, doc, qtbot):
    code = doc.workshop.people[0].id
    page.open_people()
    dialog = page.people_dialog
    dialog.table.setCurrentIndex(dialog.model.index(dialog.model.row_of(code), Column.CODE))
    dialog.person_button.click()  # Show this person's cards
    box = page.person_tags
    label = box._label
    assert box.box.text() == code and label.isVisible()
    shown = label.text().replace("&", "")
    assert shown == "Person's code (or tags):"
    assert not re.search(r"\(\w\)", shown)  # no letter in brackets of its own
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is box.box


def test_the_boxs_tooltip_names_the_people_button_as_it_reads(page):
    tip = page.person_tags.box.toolTip()
    assert page.people_button.text().replace("&", "") == "People"
    assert "the People button sets the tags" in tip and "People…" not in tip
