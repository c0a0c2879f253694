"""Collect says who has more than the method's top two cards of one kind (TLAP step 2: "the
two top things that are working and not working for each person"): a line over the table, and
the card dialog as a card is about to be the third. A warning only: every card stays, and the
card is saved as typed. It said nothing, while one person's whole review counted as six cards
towards the themes, the chart and the priorities."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from collect_fixtures import save_render
from collect_helpers import import_from_the_page
from PySide6.QtWidgets import QApplication

from tests.ui.shown_words import as_shown
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.cards import delete_cards
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Person, Workshop

NW, W = Kind.NOT_WORKING, Kind.WORKING
METHOD = "the method takes each person's top two."
SHOTS = Path("/tmp/toptwo")


def _six_not_working() -> Document:
    cards = [Card(id=f"n{n}", kind=NW, text=f"Problem number {n}", person="P1") for n in range(6)]
    cards += [Card(id="w1", kind=W, text="The lunch club", person="P2")]
    return Document(Workshop(people=[Person(id="P1"), Person(id="P2")], cards=cards))


@pytest.fixture
def doc():
    return _six_not_working()


def _keep(page, name: str) -> None:
    QApplication.processEvents()  # laid out: a grab straight after showing drew the intro astray
    path = save_render(page, name, always=SHOTS.is_dir())
    if SHOTS.is_dir():
        shutil.copy(path, SHOTS / path.name)


def test_the_line_names_the_person_and_follows_the_cards(shown_page, doc, undo):
    page = shown_page(1366, 700)
    _keep(page, "collect_top_two")
    assert page.top_two.isVisible()
    assert page.top_two.text() == f"⚠ P1 has 6 'not working' cards; {METHOD}"
    assert len(doc.workshop.cards) == 7  # nothing was left out
    undo.push(delete_cards(doc, card_ids=["n0", "n1", "n2"]))
    assert page.top_two.text() == f"⚠ P1 has 3 'not working' cards; {METHOD}"
    undo.push(delete_cards(doc, card_ids=["n3"]))
    assert not page.top_two.isVisible()  # two each: nothing to say
    undo.stack.undo()
    assert page.top_two.isVisible() and "P1 has 3 'not working'" in page.top_two.text()


def test_the_demo_keeps_to_two_of_each_and_shows_no_line(shown_page):
    page = shown_page(1366, 700, other=Document(load_workshop(demo_path()).workshop))
    assert not page.top_two.isVisible()


def test_the_card_dialog_says_the_third_card_and_saves_it(shown_page, doc, qtbot):
    page = shown_page(1366, 700)
    page._last_added = (W, "P2")  # the last card typed in was P2's first 'working'
    page.add_card()
    dialog = page.card_dialog
    assert dialog.hint.text() == ""  # P2's second 'working' card: within the top two
    undo_step = page.undo.stack.index()
    dialog.words.setPlainText("The day centre")
    dialog.accept()
    assert page.undo.stack.index() == undo_step + 1
    page.add_card()
    dialog = page.card_dialog
    dialog.person.setText("P2")
    assert dialog.hint.text() == f"⚠ P2 already has 2 'working' cards; {METHOD}"
    assert dialog.hint.label.isVisible() and not dialog.hint.use_button.isVisible()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(Kind.FUTURE.value))
    assert dialog.hint.text() == ""  # no future cards yet
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(W.value))
    dialog.words.setPlainText("My neighbour")
    _keep(dialog, "card_dialog_top_two")
    dialog.accept()  # never refused
    assert [c.text for c in page.doc.workshop.cards if c.person == "P2"] == [
        "The lunch club",
        "The day centre",
        "My neighbour",
    ]
    assert page.top_two.text() == f"⚠ P1 and P2 have more than two cards of one kind; {METHOD}"
    whole = "2 people have more than two cards of one kind: P1 (6 not working) and P2 (3 working)"
    assert as_shown(page.top_two.toolTip()).startswith(whole)


def test_the_import_dialogs_report_says_it_and_imports_every_row(
    qtbot, shown_page, monkeypatch, tmp_path
):
    """A CSV with six 'not working' rows for P7: '8 cards added', and now who is past two."""
    rows = "".join(f"P7,Not working,Trouble number {n}\n" for n in range(6))
    path = tmp_path / "six.csv"
    path.write_text(
        f"Person,Kind,Statement\n{rows}P8,Working,Lunch club\nP8,Future,Home\n", encoding="utf-8"
    )
    page = shown_page(1366, 700, other=Document(Workshop()))
    dialog = import_from_the_page(qtbot, page, monkeypatch, path)
    assert dialog.report_heading.text() == "8 cards added from 8 rows."
    report = dialog.report_text.toPlainText().splitlines()
    assert f"P7 has 6 'not working' cards; {METHOD}" in report
    _keep(dialog, "import_report_top_two")
    dialog.reject()
    assert page.top_two.text() == f"⚠ P7 has 6 'not working' cards; {METHOD}"


def test_many_people_are_named_on_one_line_and_all_in_the_tooltip(shown_page):
    """Twelve people past two: the line named eight codes with their counts and "and 4 more",
    wrapping to four lines at 150% text on a 1366×768 laptop, where the table kept six rows."""
    people = [Person(id=f"P{n:02}") for n in range(1, 13)]
    cards = [
        Card(id=f"{p.id}-{i}", kind=NW, text=f"Problem {i} of {p.id}", person=p.id)
        for p in people
        for i in range(3 + int(p.id[1:]) % 3)
    ]
    page = shown_page(1100, 700, other=Document(Workshop(people=people, cards=cards)))
    _keep(page, "collect_top_two_many")
    line = page.top_two
    assert line.text() == f"⚠ P02, P05 and 10 more have more than two cards of one kind; {METHOD}"
    assert line.height() < 2 * line.fontMetrics().lineSpacing()  # one line
    for said in (as_shown(line.toolTip()), line.accessibleDescription()):
        assert said.startswith("12 people have more than two cards of one kind: P02 (5 not")
        assert "and 4 more" in said
