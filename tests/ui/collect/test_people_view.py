"""Collect's People view: each person's cards counted and their tags seen, sorted (P2 before
P10) and set in place from the keyboard; a tag set for two chosen people is one undo step, and
Ctrl+Z / Ctrl+Shift+Z in the view follow; "Show cards with this tag" leaves only their cards;
words that look like an address are pointed out as they are typed."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_workshop, save_render
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Voice
from wtfc.ui.cards_table import Column as CardsColumn
from wtfc.ui.people_table import Column


@pytest.fixture
def doc():
    """P01, P02, P03 of the Collect tests, and P10 with one card (P2 ≠ P02: P10 sorts last)."""
    ws = collect_workshop()
    ws.people.append(Person(id="P10", voice=Voice.STAFF, locality="South"))
    ws.cards.append(Card(id="c7", kind=Kind.WORKING, text="The day centre bus", person="P10"))
    return Document(ws)


@pytest.fixture
def page(shown_page):
    return shown_page(1366, 720)


@pytest.fixture
def people(page, qtbot):
    page.people_button.click()
    dialog = page.people_dialog
    qtbot.waitExposed(dialog)
    return dialog


def column(dialog, col: Column) -> list[str]:
    model = dialog.model
    return [model.index(row, col).data() for row in range(model.rowCount())]


def shown_people(page) -> list[str]:
    proxy = page.proxy
    return sorted({proxy.index(row, CardsColumn.PERSON).data() for row in range(proxy.rowCount())})


def go_to(dialog, code: str, col: Column) -> None:
    """The cell becomes current, as an arrow key makes it, the chosen rows left as they are."""
    flags = QItemSelectionModel.SelectionFlag.NoUpdate
    dialog.table.selectionModel().setCurrentIndex(
        dialog.model.index(dialog.model.row_of(code), col), flags
    )


def type_into_cell(qtbot, dialog, words: str, key=Qt.Key.Key_F2) -> None:
    """F2 (or Enter) on the current cell, the words typed, Enter: as the facilitator does it."""
    qtbot.keyClick(dialog.table, key)
    editor = dialog.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, words)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != dialog.table.State.EditingState)  # queued


def test_people_by_code_with_their_cards_counted(people):
    assert column(people, Column.CODE) == ["P01", "P02", "P03", "P10"]
    assert column(people, Column.CARDS) == ["2", "2", "2", "1"]
    assert column(people, Column.HELD_BACK) == ["⚠ 1", "", "⚠ 1", ""]
    assert column(people, Column.VOICE) == ["", "", "", "Staff"]
    people.table.sortByColumn(Column.CODE, Qt.SortOrder.DescendingOrder)
    assert column(people, Column.CODE) == ["P10", "P03", "P02", "P01"]
    people.table.sortByColumn(Column.LOCALITY, Qt.SortOrder.AscendingOrder)
    assert column(people, Column.CODE)[0] == "P10"  # the one locality recorded, blanks after


def test_p2_sorts_before_p10(shown_page, qtbot):
    doc = Document(
        collect_workshop().model_copy(
            update={"people": [Person(id=code) for code in ("P10", "P2", "P1")], "cards": []}
        )
    )
    page = shown_page(1366, 720, other=doc)
    page.open_people()
    assert column(page.people_dialog, Column.CODE) == ["P1", "P2", "P10"]


def test_a_locality_for_two_people_is_one_undo_step(people, doc, undo, qtbot):
    people.choose(["P01", "P03"])
    go_to(people, "P01", Column.LOCALITY)
    type_into_cell(qtbot, people, "North")
    assert column(people, Column.LOCALITY) == ["North", "", "North", "South"]
    assert undo.stack.count() == 1
    assert undo.stack.undoText() == "Set locality to 'North' for P01 and P03"
    assert "Set locality to 'North' for P01 and P03" in people.done_line.text()
    qtbot.keyClick(people.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert column(people, Column.LOCALITY) == ["", "", "", "South"]  # both back, at once
    assert not people.done_line.isVisible()  # it no longer says what is so
    qtbot.keyClick(
        people.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert column(people, Column.LOCALITY) == ["North", "", "North", "South"]
    assert [doc.get("people", c).locality for c in ("P01", "P03")] == ["North", "North"]


def test_an_unchosen_row_edited_changes_that_person_only(people, undo, qtbot):
    people.choose(["P01", "P03"])
    go_to(people, "P02", Column.AGE_BAND)  # not chosen
    type_into_cell(qtbot, people, "85+", key=Qt.Key.Key_Return)
    assert column(people, Column.AGE_BAND) == ["", "85+", "", ""]


def test_a_voice_is_chosen_from_its_list(people, doc, undo, qtbot):
    people.table.setCurrentIndex(people.model.index(1, Column.VOICE))
    qtbot.keyClick(people.table, Qt.Key.Key_F2)
    box = people.table.focusWidget()
    assert isinstance(box, QComboBox)
    assert [box.itemText(i) for i in range(box.count())] == [
        "(not recorded)",
        "Older person",
        "Family carer",
        "Staff",
    ]
    box.setCurrentIndex(box.findText("Family carer"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: people.table.state() != people.table.State.EditingState)
    assert doc.get("people", "P02").voice == Voice.FAMILY_CARER
    assert column(people, Column.VOICE)[1] == "Family carer"
    assert undo.stack.undoText() == "Set role to 'Family carer' for P02"


def test_typing_offers_the_values_already_used(people, qtbot):
    people.table.setCurrentIndex(people.model.index(0, Column.LOCALITY))
    qtbot.keyClick(people.table, Qt.Key.Key_F2)
    editor = people.table.focusWidget()
    completer = editor.completer()
    qtbot.keyClicks(editor, "so")
    assert completer.currentCompletion() == "South"
    assert editor.maxLength() == 300  # what the workshop keeps


def test_the_filter_shows_only_their_cards(page, people, qtbot):
    people.choose(["P01", "P03"])
    go_to(people, "P01", Column.LOCALITY)
    type_into_cell(qtbot, people, "North")
    assert people.show_button.isEnabled()
    with qtbot.waitActive(people):
        people.activateWindow()
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.people_dialog is None)  # (a mnemonic clicks after 100 ms)
    assert page.person_tags.box.text() == "North"
    assert shown_people(page) == ["P01", "P03"]
    assert page.person_tags.count.text() == "4 cards from 2 people whose locality it is"
    assert page.focusWidget() is page.table  # the keys go to the cards shown
    # undone, the tags no longer find them; redone, they do
    page.undo.stack.undo()
    assert shown_people(page) == []
    assert page.person_tags.count.text() == "0 cards from 0 people whose locality it is"
    page.undo.stack.redo()
    assert shown_people(page) == ["P01", "P03"]
    page.person_tags.everyone.click()
    assert len(shown_people(page)) == 4
    assert not page.person_tags.shown


def test_the_tags_filter_waits_for_a_pause_and_finds_a_voice(page, qtbot):
    page.person_tags.show_tag("South")
    assert shown_people(page) == ["P10"]
    box = page.person_tags.box
    box.clear()
    qtbot.keyClicks(box, "staff")
    assert page.person_tags.waiting  # not yet: the typing goes on
    qtbot.waitUntil(lambda: not page.person_tags.waiting)
    assert shown_people(page) == ["P10"]
    assert page.person_tags.count.text() == "1 card from 1 person"


def test_an_address_typed_as_a_locality_is_pointed_out(page, people, qtbot):
    people.table.setCurrentIndex(people.model.index(0, Column.LOCALITY))
    qtbot.keyClick(people.table, Qt.Key.Key_F2)
    editor = people.table.focusWidget()
    qtbot.keyClicks(editor, "12 Acacia Avenue, LS6 2AB")
    assert people.hint.isVisible()
    assert "⚠ Possible personal detail in the locality" in people.hint.text()
    assert "[postcode]" in people.hint.text() and "LS6" not in people.hint.text()
    editor.clear()
    qtbot.keyClicks(editor, "North")
    assert not people.hint.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_a_name_to_watch_for_is_pointed_out_too(page, people, qtbot):
    page.names_box.setPlainText("Doris Grimshaw")
    people.table.setCurrentIndex(people.model.index(0, Column.SERVICE_TYPE))
    qtbot.keyClick(people.table, Qt.Key.Key_F2)
    qtbot.keyClicks(people.table.focusWidget(), "Doris's home care")
    assert "[name]" in people.hint.text() and "Doris" not in people.hint.text()


def test_read_only_tags_cannot_be_edited(shown_page, undo, qtbot):
    undo.read_only = True
    page = shown_page(1366, 720)
    page.open_people()
    dialog = page.people_dialog
    dialog.table.setCurrentIndex(dialog.model.index(0, Column.LOCALITY))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    assert not isinstance(dialog.table.focusWidget(), QLineEdit)
    assert undo.stack.count() == 0
    assert "read-only" in dialog.done_line.text() and dialog.done_line.isVisible()


def test_alt_o_opens_the_view_with_the_keys_in_its_table(page, qtbot):
    with qtbot.waitActive(page):
        page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.people_dialog is not None)  # (a mnemonic clicks after 100 ms)
    dialog = page.people_dialog
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.table
    assert dialog.table.currentIndex().column() == Column.VOICE  # on the first tag, F2 ready


@pytest.mark.parametrize("width", [675, 727])
def test_on_a_laptop_at_150_percent_the_tags_filter_is_whole(qtbot, squeezed_page, width):
    """A 1366×768 laptop at 150% leaves the Collect page ~675-727 px: the Person's tags box,
    its count and "Everyone's cards" are whole, wrapping rather than cut."""
    page = squeezed_page(width, 493)
    page.person_tags.show_tag("North")
    qtbot.wait(10)
    for part in page.person_tags.parts:
        assert part.isVisible() and part.width() >= part.sizeHint().width()
        assert 0 <= part.mapTo(page, part.rect().topRight()).x() < width
    assert (
        page.table.mapTo(page, page.table.rect().topLeft()).y()
        > page.person_tags.everyone.mapTo(page, page.person_tags.everyone.rect().bottomLeft()).y()
    )


def test_the_view_fits_a_laptop_at_150_percent(qtbot, squeezed_page):
    """911×512 logical pixels: the view fits inside the window, every heading whole and no
    column a sideways scroll away."""
    page = squeezed_page(911, 512)
    page.open_people()
    dialog = page.people_dialog
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 911 and dialog.height() <= 512
    table, header = dialog.table, dialog.table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    for col in Column:
        if table.isColumnHidden(col):  # Over top two, while no one is
            continue
        assert table.columnWidth(col) >= header.sectionSizeFromContents(col).width(), col


def test_long_tags_are_read_whole_at_150_percent(qtbot, squeezed_page):
    """At 911x512 the Service type column cut "home care (perso…" while Cards and Held back
    kept room they never use. The short columns now fit their words and a long tag wraps onto
    a second line of its row; the tooltip and a screen reader have it whole too."""
    from PySide6.QtCore import QRect

    long_ones = {"P01": "home care (personal budget)", "P02": "day services and home care",
                 "P03": "direct payment (personal assistant)"}
    ws = collect_workshop()
    ws = ws.model_copy(update={"people": [
        p.model_copy(update={"service_type": long_ones[p.id], "voice": Voice.FAMILY_CARER,
                             "age_band": "75-84", "locality": "Riverside"})
        for p in ws.people]})
    page = squeezed_page(911, 512, other=Document(ws))
    page.open_people()
    dialog = page.people_dialog
    qtbot.waitExposed(dialog)
    qtbot.wait(10)
    save_render(dialog, "people_view_911x512")
    table = dialog.table
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    for row in range(dialog.model.rowCount()):
        for col in (c for c in Column if not table.isColumnHidden(c)):
            index = dialog.model.index(row, col)
            words = index.data()
            room = table.columnWidth(col) - 8  # less the cell's margins
            needs = metrics.boundingRect(QRect(0, 0, room, 10_000),
                                         Qt.TextFlag.TextWordWrap, words)
            assert needs.width() <= room and needs.height() <= table.rowHeight(row), words
            if col.tag:
                assert words in index.data(Qt.ItemDataRole.ToolTipRole)
                assert words in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert table.rowHeight(0) == table.verticalHeader().defaultSectionSize()  # one line


def test_with_no_people_yet_it_says_so(shown_page, qtbot):
    doc = Document(collect_workshop().model_copy(update={"people": [], "cards": []}))
    page = shown_page(1366, 720, other=doc)
    page.people_button.click()
    assert page.people_dialog is None
    assert "There are no people yet" in page.notice.text()


def test_another_workshop_puts_the_tags_filter_away(page, doc):
    page.person_tags.show_tag("South")
    assert page.person_tags.shown
    doc.replace_workshop(collect_workshop())
    assert not page.person_tags.shown and page.person_tags.box.text() == ""
    assert page.proxy.rowCount() == 6
