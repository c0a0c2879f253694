"""Collect finds and sorts words as a person reads them: "cafe" typed on an English keyboard
finds "café" (typed as one letter or pasted as "e" and an accent), "istanbul" finds
"İstanbul", "lodz" finds "Łódź"; and a column sorts "Éire" by E and "Łódź" by L, where they went
after Z."""

from __future__ import annotations

import pytest
from collect_helpers import filter_by, shown_ids
from PySide6.QtCore import Qt
from renders import save_render

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui import cards_filter_bar
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.cards_table import Column, natural_key
from wtfc.ui.people_filter import PeopleTagsFilter
from wtfc.ui.people_table import Column as PeopleColumn
from wtfc.ui.undo import UndoAdapter

TEXTS = {
    "c1": ("I love the caf\u00e9", "Zabrze"),
    "c2": ("The cafe\u0301 on the corner", "Éire"),  # pasted from a Mac: e, then the accent
    "c3": ("Siân came from İstanbul", "Łódź"),
    "c4": ("Zoe likes the bus", "Ystrad"),
    "c5": ("Éire is home", "Åland"),
    "c6": ("Łódź ośrodka", "abergele"),
    "c7": ("apple pie", "Lyon"),
}


@pytest.fixture(autouse=True)
def no_typing_pause(monkeypatch):
    """The filter applied at the next pass of the event loop, not 150 ms after the words went
    in: which cards the words match is what these tests ask (1.8 s of waiting a run)."""
    monkeypatch.setattr(cards_filter_bar, "TYPING_PAUSE_MS", 0)


@pytest.fixture
def doc():
    cards = [Card(id=key, kind=Kind.WORKING, text=text, tags=[tag], person=f"P{i}")
             for i, (key, (text, tag)) in enumerate(TEXTS.items(), start=1)]
    people = [Person(id=f"P{i}", locality=tag) for i, (_, tag) in enumerate(TEXTS.values(),
                                                                           start=1)]
    return Document(Workshop(cards=cards, people=people))


@pytest.mark.parametrize(("typed", "found"), [
    ("cafe", ["c1", "c2"]), ("café", ["c1", "c2"]), ("cafe\u0301", ["c1", "c2"]),
    ("CAFÉ", ["c1", "c2"]), ("istanbul", ["c3"]), ("ISTANBUL", ["c3"]), ("İstanbul", ["c3"]),
    ("sian", ["c3"]), ("lodz", ["c3", "c6"]), ("osrodka", ["c6"]), ("eire", ["c2", "c5"]),
    ("cake", []),
])
def test_the_filter_finds_words_whatever_their_accents(qtbot, page, typed, found):
    assert isinstance(page.proxy, PeopleTagsFilter)  # the Person's tags filter's words too
    filter_by(qtbot, page, typed)
    assert sorted(shown_ids(page)) == found
    if typed == "cafe":
        save_render(page, "collect_accents_cafe")


def _words_column(page) -> list[str]:
    return [page.proxy.index(r, Column.WORDS).data() for r in range(page.proxy.rowCount())]


def test_words_and_tags_sort_accented_letters_with_their_plain_ones(qtbot, page):
    page.table.sortByColumn(Column.WORDS, Qt.SortOrder.AscendingOrder)
    assert _words_column(page) == [
        "apple pie", "Éire is home", "I love the caf\u00e9", "Łódź ośrodka",
        "Siân came from İstanbul", "The cafe\u0301 on the corner", "Zoe likes the bus"]
    save_render(page, "collect_accents_sorted")
    page.table.sortByColumn(Column.TAGS, Qt.SortOrder.AscendingOrder)
    assert [page.proxy.index(r, Column.TAGS).data() for r in range(7)] == [
        "abergele", "Åland", "Éire", "Łódź", "Lyon", "Ystrad", "Zabrze"]
    page.table.sortByColumn(Column.TAGS, Qt.SortOrder.DescendingOrder)
    assert [page.proxy.index(r, Column.TAGS).data() for r in range(7)] == [
        "Zabrze", "Ystrad", "Lyon", "Łódź", "Éire", "Åland", "abergele"]


def test_people_sort_their_localities_as_a_person_reads_them(qtbot, show, doc):
    page = show(CardsPage(doc, UndoAdapter(doc)), 1400, 700)
    page.open_people()
    dialog = page.people_dialog
    qtbot.waitExposed(dialog)
    dialog.table.sortByColumn(PeopleColumn.LOCALITY, Qt.SortOrder.AscendingOrder)
    model = dialog.model
    assert [model.person_at(r).locality for r in range(model.rowCount())] == [
        "abergele", "Åland", "Éire", "Łódź", "Lyon", "Ystrad", "Zabrze"]


def test_numbers_still_count_and_the_text_breaks_ties():
    assert sorted(["P10", "P2", "p1"], key=natural_key) == ["p1", "P2", "P10"]
    assert sorted(["Ésa", "Esa", "esa", "Eva"], key=natural_key) == ["Esa", "esa", "Ésa", "Eva"]
    assert sorted(["Łódź 12", "Lodz 9", "Zabrze 1"], key=natural_key) == [
        "Lodz 9", "Łódź 12", "Zabrze 1"]


def test_the_person_s_tags_box_finds_a_locality_typed_plain(qtbot, page):
    page.person_tags.show_tag("lodz")
    assert shown_ids(page) == ["c3"]
    page.person_tags.show_tag("EIRE")
    assert shown_ids(page) == ["c2"]
    page.person_tags.show_tag("Łódź", tag="locality")  # People…'s "Show cards with this tag"
    assert shown_ids(page) == ["c3"]
