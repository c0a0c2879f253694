"""Names to watch for, folded with names in it (the day's usual state once they are pasted):
shown "Names to watch for (3)…", a screen reader heard "Names to watch for", as folded and
empty, so a blind facilitator could not tell whether names were in force."""

from __future__ import annotations

from PySide6.QtGui import QAccessible


def _heard(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_the_folded_button_says_how_many_names(page):
    fold = page.names_fold
    assert _heard(fold.button) == "Names to watch for, none pasted"
    page.names_box.setPlainText("Zebedee Okafor\nJoan Smith\nGrace Okonkwo")
    fold.fold()
    assert fold.button.text() == "&Names to watch for (3)…"
    assert _heard(fold.button) == "Names to watch for, 3 pasted"
