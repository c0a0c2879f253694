"""Edit → Copy is an export (to an e-mail, Excel, Teams), so Collect's copied cells keep the
data export's rules: a lone person's rare tags not shown, a held-back card's details never
copied, a cell Excel would read as a formula guarded, the Kind as plain words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wtfc.model.small_groups import HIDDEN
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Stage, Theme, Workshop


def _open(workshop: Workshop, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from wtfc.ui.main_window import MainWindow

    path = tmp_path / "copied.wtfc"
    save_workshop(workshop, path)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(path, confirmed=True)
    window.resize(1400, 900)
    window.show()
    return window


def _copy_rows(window, qtbot, ids: list[str]) -> list[dict[str, str]]:
    """Collect's rows ``ids`` chosen, Ctrl+C on the table: each copied row by its headings."""
    window.go_to_stage(Stage.COLLECT)
    page = window.page(Stage.COLLECT)
    table = page.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    page.selection.select(ids)
    QGuiApplication.clipboard().setText("(before)")
    QTest.keySequence(table, QKeySequence.StandardKey.Copy)
    heading, *rows = QGuiApplication.clipboard().text().splitlines()
    return [dict(zip(heading.split("\t"), row.split("\t"), strict=True)) for row in rows]


@pytest.fixture
def tagged_window(qtbot, tmp_path, monkeypatch):
    """12 cards of 6 people in Hillside, and one card of the only 95-year-old Somali there."""
    cards = [Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=f"card {i}", person=f"P0{i % 6}",
                  source="s", tags=["Hillside"]) for i in range(12)]
    cards.append(Card(id="rare", kind=Kind.NOT_WORKING, text="Nobody speaks my language",
                      person="P09", source="s", tags=["Hillside", "Age 95+", "Somali"]))
    people = [Person(id=f"P0{i}") for i in [*range(6), 9]]
    workshop = Workshop(title="t", date=dt.date(2026, 11, 1), people=people, cards=cards)
    return _open(workshop, qtbot, tmp_path, monkeypatch)


def test_a_lone_persons_rare_tags_are_not_copied(tagged_window, qtbot):
    from wtfc.export.data import data_tables

    rows = {row["Words"]: row for row in _copy_rows(tagged_window, qtbot, ["rare", "c1"])}
    rare, common = rows["Nobody speaks my language"], rows["card 1"]
    assert "Somali" not in rare["Tags"] and "95" not in rare["Tags"]
    assert rare["Tags"] == HIDDEN  # "Hillside; (not shown…)" was this person's row alone
    assert common["Tags"] == HIDDEN  # beside it, 6 "Hillside" rows would leave it the one
    _, exported = data_tables(tagged_window.doc.workshop)["cards"]
    assert [row[7] for row in exported if row[0] == "rare"] == [rare["Tags"]]  # as exported
    assert rare["Kind"] == "Not working"  # plain words, as the export writes them


@pytest.fixture
def odd_window(qtbot, tmp_path, monkeypatch):
    texts = ["=SUM(A1:A3)", "-lonely most days", "+44 is my code", "@home is best",
             "0012 is my flat"]
    cards = [Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=t, person="P01", source="s")
             for i, t in enumerate(texts)]
    cards.append(Card(id="held", kind=Kind.NOT_WORKING, text="Mrs Patel helps me",
                      person="P01", source="s", personal_details=[
                          PersonalDetail(start=0, end=9, category="name", text="Mrs Patel")]))
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name='=HYPERLINK("http://x")',
                  card_ids=[c.id for c in cards])
    workshop = Workshop(title="t", date=dt.date(2026, 11, 1), people=[Person(id="P01")],
                        cards=cards, themes=[theme])
    return _open(workshop, qtbot, tmp_path, monkeypatch)


def test_cells_excel_would_read_as_formulas_are_guarded_as_the_export_guards_them(
        odd_window, qtbot):
    rows = _copy_rows(odd_window, qtbot, ["c0", "c1", "c2", "c3", "c4"])
    assert [row["Words"] for row in rows] == [
        "'=SUM(A1:A3)", "'-lonely most days", "'+44 is my code", "'@home is best",
        "0012 is my flat"]
    assert all(row["Kind"] == "Not working" for row in rows)
    page = QGuiApplication.clipboard().mimeData().html()
    # for Word and Excel: the words as typed, each cell marked as text so Excel keeps them so
    assert "mso-number-format:'\\@'\">=SUM(A1:A3)</td>" in page
    assert page.count("<td ") == page.count("mso-number-format")


def test_the_walls_lines_stay_as_typed(odd_window, qtbot):
    odd_window.go_to_stage(Stage.THEME)
    panel = odd_window.page(Stage.THEME)
    panel.view.wall.clearSelection()
    panel.set_current_theme("t1")
    panel.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.view)
    QTest.keySequence(panel.view, QKeySequence.StandardKey.Copy)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == '=HYPERLINK("http://x")'  # a theme's name, not a cell: not changed
    assert "    Not working: =SUM(A1:A3)" in lines


def test_a_held_back_card_never_copies_its_details_even_shown_on_screen(odd_window, qtbot):
    odd_window.show_held_back_action.trigger()  # the facilitator checks it on this screen
    (row,) = _copy_rows(odd_window, qtbot, ["held"])
    assert "Patel" not in "\t".join(row.values())
    assert row["Words"] == "[name] helps me"
    assert row["Kind"] == "Not working"
