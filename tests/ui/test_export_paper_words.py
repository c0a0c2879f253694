"""File → Export says which paper each poster is for, in the menu and as the Save dialog's
title: printed "fit to page" on an office A4 printer, a theme poster's words came out about
9.5 pt and the A1 action poster's about 8.5 pt."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu


def _menu_texts(window) -> dict[str, str]:
    (menu,) = [m for m in window.findChildren(QMenu) if m.title() == "&Export"]
    return {a.objectName(): a.text().replace("&", "") for a in menu.actions()}


def test_the_export_menu_says_which_paper_each_poster_is_for(demo_window):
    texts = _menu_texts(demo_window)
    assert texts["export_posters"] == "Theme posters (PDF: print on A3 paper at actual size)…"
    assert texts["export_action-poster"] == (
        "Commissioner action poster (PDF: A1, or A3 at half size — not A4)…")
    assert texts["export_report"] == "Workshop report (PDF, A4)…"


def test_the_save_dialog_s_title_says_it_again(demo_window, monkeypatch):
    titles: list[str] = []

    def save_dialog(_parent, title, *args, **kwargs):
        titles.append(title)
        return "", ""  # the facilitator cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    demo_window.findChild(QAction, "export_posters").trigger()
    demo_window.findChild(QAction, "export_action-poster").trigger()
    assert titles == ["Theme posters (PDF: print on A3 paper at actual size)",
                      "Commissioner action poster (PDF: A1, or A3 at half size — not A4)"]
