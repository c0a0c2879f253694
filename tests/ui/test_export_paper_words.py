"""File → Export says which paper each poster is for, in the menu, as the Save dialog's title,
in the "Export saved" box (on screen as the facilitator goes to print) and in `wtfc export
--help`: printed "fit to page" on an office A4 printer, a theme poster's words came out about
9.5 pt and the A1 action poster's about 8.5 pt."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from wtfc.export.cli import main_export
from wtfc.export.output import write_file
from wtfc.ui import export_actions


def _menu_texts(window) -> dict[str, str]:
    (menu,) = [m for m in window.findChildren(QMenu) if m.title() == "&Export"]
    return {a.objectName(): a.text().replace("&", "") for a in menu.actions()}


def test_the_export_menu_says_which_paper_each_poster_is_for(demo_window):
    texts = _menu_texts(demo_window)
    assert texts["export_posters"] == "Theme posters (PDF: print on A3 paper at actual size)…"
    assert texts["export_action-poster"] == (
        "Commissioner action poster (PDF: A1, or A3 at half size — not shrunk to A4)…")
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
                      "Commissioner action poster (PDF: A1, or A3 at half size — not shrunk to A4)"]


# the menu item by its own words (it said "from this menu" in a message box), and the A1
# poster's printer as A1 or A3 (review R6 #5)
@pytest.mark.parametrize(("key", "line"), [
    ("posters", "Print on A3 paper at actual size. No A3 printer? Choose File ▸ Export ▸ "
                "“Theme posters on A4 sheets (PDF, to tape together)”."),
    ("action-poster", "Print on A1, or on A3 at half size — not shrunk to A4. No A1 or A3 "
                      "printer? Choose File ▸ Export ▸ “Commissioner action poster on A4 sheets "
                      "(PDF, to tape together)”."),
])
def test_export_saved_says_the_paper_in_one_line(
        qtbot, demo_window, tmp_path, message_boxes, monkeypatch, key, line):
    def written(_key, _workshop, output, progress, previous=None):
        return [write_file(b"%PDF-1.4 written", output)]

    monkeypatch.setattr(export_actions, "run_export_now", written)
    out = tmp_path / f"{key}.pdf"
    task = demo_window.exports.export(key, out)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: any(m[0] == "information" for m in message_boxes), timeout=5000)
    assert ("information", f"Export saved: Saved:\n{out}\n\n{line}") in message_boxes


def test_the_report_s_export_saved_box_says_no_paper(demo_window):
    from wtfc.ui.export_notes import saved_note

    assert "Print" not in saved_note("report", demo_window.doc.workshop, None, read_only=False)


def test_export_help_says_the_posters_paper(capsys):
    assert main_export(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "per priority theme (PDF): print on A3 paper at actual size;" in out
    assert ("as few A1 sheets as it needs: print on A1, or on A3 at half size — not shrunk to "
            "A4;") in out


def test_export_saved_on_a4_sheets_says_how_many_sheets_to_print(
        qtbot, demo_window, tmp_path, message_boxes):
    # the demo's A1 action plan: nine A4 sheets; a long plan's 162 were pressed Print on unwarned
    out = tmp_path / "action on A4.pdf"
    task = demo_window.exports.export("action-poster", out, tiles=True)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: any(m[0] == "information" for m in message_boxes), timeout=5000)
    [(_, text)] = [m for m in message_boxes if m[0] == "information"]
    assert "\n\n9 A4 sheets to print: each poster at actual size, to trim and tape" in text
