"""The import's preview on a screen that may be mirrored on the projector: a sheet's names and
what the personal-detail guard finds show as their kind ("[name]") until the facilitator
chooses to show held-back details on this screen; the cards still get the words as written."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, wait_for, workbook
from PySide6.QtWidgets import QFileDialog

from wtfc.ui.held_back_words import HeldBackWords

NAMES = [["Name", "Kind", "Statement", "Notes"],
         ["Mrs Jones", "Working", "I like my carer", ""],
         ["Mrs Jones", "Not working", "Mrs Jones finds the stairs hard", "Mrs Jones rang"],
         ["Patricia Jones", "Future", "Patricia wants to see the sea", ""],
         ["SMITH, Robert", "Future", "Robert hopes to walk again", ""],
         ["P07", "Working", "Ring me on 07700 900123 first", ""],
         ["P08", "Working", "Olamide helps me shop", ""]]


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def names_file(tmp_path):
    return workbook(tmp_path / "reviews.xlsx", {"Reviews": NAMES})


def on_screen(dialog) -> list[str]:
    """Every word the mapping step shows or gives a screen reader: the grid's cells and their
    tips, its headings, the boxes above the columns, the heading-row choices, the kind values."""
    step = dialog.mapping_step
    grid = step.grid
    shown = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    for row in range(grid.rowCount()):
        for column in range(grid.columnCount()):
            item = grid.item(row, column)
            if item is not None:
                shown += [item.text(), item.toolTip()]
    shown += [step.field_box(c).accessibleName() for c in range(grid.columnCount() - 1)]
    shown += [step.heading_box.itemText(i) for i in range(step.heading_box.count())]
    shown += [step.source_label.text(), step.problems.text(), dialog.confirm_label.text(),
              dialog.skip_note.text(), dialog.import_button.accessibleDescription()]
    return shown


def opened_on_mapping(qtbot, dialog, path):
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    if dialog.stage == "confirm":
        dialog.confirm_page.check_button.click()
    assert dialog.stage == "mapping"


def test_a_sheet_of_names_shows_them_as_their_kind(qtbot, doc, undo, names_file):
    dialog = shown_dialog(qtbot, doc, undo, names=["Olamide Adeyemi"])
    opened_on_mapping(qtbot, dialog, names_file)
    shown = on_screen(dialog)
    for name in ("Jones", "Patricia", "Robert", "SMITH", "07700", "Olamide"):
        assert not any(name in text for text in shown), (name, shown)
    grid = dialog.mapping_step.grid
    assert [grid.item(r, 1).text() for r in range(1, 7)] == [
        "[name]", "[name]", "[name]", "[name]", "P07", "P08"]  # a code is no name
    assert grid.item(2, 3).text() == "[name] finds the stairs hard"
    assert grid.item(2, 4).text() == "[name] rang"  # a column left out is on screen too
    assert "✗ Not working: [name] finds the stairs hard" in grid.item(2, 0).text()
    assert "Ring me on [phone] first" in grid.item(5, 0).text()
    assert "show as [name], [phone]…" in dialog.mapping_step.source_label.text()


def test_the_cards_get_the_words_as_written(qtbot, doc, undo, names_file):
    dialog = shown_dialog(qtbot, doc, undo)
    opened_on_mapping(qtbot, dialog, names_file)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    texts = [c.text for c in doc.workshop.cards]
    assert "Mrs Jones finds the stairs hard" in texts
    assert "Patricia wants to see the sea" in texts


def test_with_held_back_details_shown_the_preview_shows_them_too(qtbot, doc, undo, names_file):
    held_back = HeldBackWords()
    dialog = shown_dialog(qtbot, doc, undo, held_back=held_back)
    opened_on_mapping(qtbot, dialog, names_file)
    grid = dialog.mapping_step.grid
    assert grid.item(2, 3).text() == "[name] finds the stairs hard"
    held_back.set_shown(True)  # the main window's "Show held-back details on this screen"
    assert grid.item(2, 1).text() == "Mrs Jones"
    assert grid.item(2, 3).text() == "Mrs Jones finds the stairs hard"
    assert "show as [name], [phone]…" not in dialog.mapping_step.source_label.text()
    held_back.set_shown(False)
    assert not any("Jones" in text for text in on_screen(dialog))


def test_the_dialog_follows_the_collect_pages_choice(qtbot, doc, undo, names_file,
                                                     monkeypatch):
    from wtfc.ui.cards_page import CardsPage

    page = CardsPage(doc, undo)
    qtbot.addWidget(page)
    page.held_back.set_shown(True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(names_file), ""))
    page.open_import()
    dialog = page.import_dialog
    opened_on_mapping(qtbot, dialog, names_file)
    assert dialog.held_back is page.held_back
    assert dialog.mapping_step.grid.item(2, 1).text() == "Mrs Jones"
    dialog.reject()


def test_a_kind_value_that_is_a_name_is_asked_about_as_its_kind(qtbot, doc, undo, tmp_path):
    """The kind column guessed wrong (it holds the people): the values to map are names."""
    path = tmp_path / "reviews.csv"
    path.write_text("Person,Kind,Statement,Other\nP1,Mrs Jones,My garden,x\n", encoding="utf-8")
    dialog = shown_dialog(qtbot, doc, undo)
    opened_on_mapping(qtbot, dialog, path)
    step = dialog.mapping_step
    box = step.kind_box("Mrs Jones")
    assert box is not None and "Jones" not in box.accessibleName() + box.toolTip()
    label = step.kinds_form.labelForField(box)
    assert label.text() == "“[name]” means:"
    assert dialog.skip_note.text().startswith("⚠ Import will skip 1 row: its kind (“[name]”)")
    assert not any("Jones" in text for text in on_screen(dialog))


def test_the_documents_names_to_watch_for_are_watched_for_too(qtbot, doc, undo, tmp_path):
    doc.names_to_watch = ("Olamide Adeyemi",)  # pasted on the Collect page
    path = tmp_path / "reviews.csv"
    path.write_text("Person,Kind,Statement,Notes\nP1,Working,Olamide helps me shop,x\n",
                    encoding="utf-8")
    dialog = shown_dialog(qtbot, doc, undo)  # given no names of its own
    opened_on_mapping(qtbot, dialog, path)
    assert dialog.mapping_step.grid.item(1, 3).text() == "[name] helps me shop"
