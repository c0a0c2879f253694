"""Helpers the Collect page's tests import (never from a conftest: which ``conftest`` Python
finds by that name depends on which folders a run collects)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from wtfc.ui.cards_table import CARD_ID_ROLE, Column

NBSP = "\u00a0"


def shown_ids(page) -> list[str]:
    """The ids of the cards the table shows, top to bottom."""
    return [page.proxy.index(r, 0).data(CARD_ID_ROLE) for r in range(page.proxy.rowCount())]


def filter_by(qtbot, page, words: str) -> None:
    """Type-like: the words go in, and the table filters after the pause in typing."""
    page.filter_box.setText(words)
    qtbot.waitUntil(lambda: not page.filters.waiting, timeout=2000)


def cell(page, card_id: str, column: Column) -> str:
    row = shown_ids(page).index(card_id)
    return page.proxy.index(row, column).data()


def import_from_the_page(qtbot, page, monkeypatch, path):
    """Import statements… on the page with ``path`` chosen, on to Import: the dialog, its report
    showing."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.open_import()
    dialog = page.import_dialog
    qtbot.waitUntil(lambda: dialog.stage == "confirm", timeout=10_000)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    return dialog


def summary(page) -> str:
    """The count beside the heading, its no-break spaces read as spaces."""
    return page.summary.text().replace(NBSP, " ")
