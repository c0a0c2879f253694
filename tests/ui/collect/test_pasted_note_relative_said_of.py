"""A relative's given name in a note beside a pasted name ("Ann Lee - husband frank died") is
someone's name where the card says a person: "Frank died last year", "Pat moved away", "Hope is
lovely" went to the wall as typed by every card check (Check all cards again and its background
check, Add card, the wall's new card, Import and its preview), as the word after a role is no
name's first word and the guard reads a sentence's first "Frank" as the word unless it "came
late" (code review A5 R4). Where the word reads as the word ("Frank and honest staff", "Pat of
butter") the card stays as typed: every held card costs the facilitator a click."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import import_into
from wtfc.importing.pasted_names import parse_names
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop

PASTED = ("Ann Lee - husband frank died\nKofi Mensah - neighbour pat moved away\n"
          "Aisha Khan - sister hope lives near\nZeb Quarrie - friend june moved\n")
NAMED = ["Frank died last year", "Frank helps me", "Pat moved away", "Pat visits me",
         "Hope is lovely", "June moved away", "FRANK DIED LAST YEAR", "Sadly Frank passed away",
         "Pat and I go shopping"]
CLEAR = ["Frank and honest staff", "Pat of butter", "Will it rain", "June came too soon",
         "Between March and June from the agency we had no carers", "The dawn visits"]


def _held(doc: Document) -> set[str]:
    return {c.text for c in doc.workshop.cards if c.held_back}


def _workshop() -> Document:
    cards = [Card(id=f"c{i}", kind=Kind.WORKING, text=t) for i, t in enumerate(NAMED + CLEAR)]
    return Document(Workshop(title="names", cards=cards))


def test_check_all_cards_again_holds_back_a_relatives_name_said_of_a_person(shown_page):
    doc = _workshop()
    page = shown_page(other=doc)
    page.watch_names.names_box.setPlainText(PASTED)
    page.watch_names.check_button.click()
    assert _held(doc) == set(NAMED)
    frank = next(c for c in doc.workshop.cards if c.text == NAMED[0])
    assert [(d.text, d.category) for d in frank.personal_details] == [("Frank", "name")]


def test_the_background_check_of_a_big_workshop_reads_them_the_same(shown_page, qtbot,
                                                                   monkeypatch):
    from wtfc.ui.cards_held_back import WatchNamesBox

    monkeypatch.setattr(WatchNamesBox, "background_from", 0)
    doc = _workshop()
    page = shown_page(other=doc)
    page.watch_names.names_box.setPlainText(PASTED)
    page.watch_names.check_button.click()
    qtbot.waitUntil(lambda: page.undo.stack.count() == 1, timeout=10_000)
    assert _held(doc) == set(NAMED)


@pytest.mark.parametrize(("words", "held"), [
    ("Frank died last year", True), ("Pat moved away", True), ("Hope is lovely", True),
    ("Frank and honest staff", False), ("Pat of butter", False)])
def test_add_card_reads_a_relatives_name_by_what_is_said_of_it(page, doc, words, held):
    page.watch_names.names_box.setPlainText(PASTED)
    page.add_card()
    dialog = page.card_dialog
    dialog.words.setPlainText(words)
    verdict = dialog.verdict.text()
    assert verdict.startswith("⚠ Possible personal details: ") if held \
        else verdict == "No personal details found."
    dialog.accept()
    assert doc.workshop.cards[-1].held_back is held


def test_the_walls_new_card_and_edit_read_them_the_same():
    from wtfc.ui.card_guard import details_in

    names = tuple(parse_names(PASTED))
    assert [d.text for d in details_in("Frank died last year", names)] == ["Frank"]
    assert details_in("Frank and honest staff", names) == []


def test_import_with_the_names_holds_them_back_and_its_preview_hides_them(tmp_path: Path):
    from wtfc.ui.import_screen_words import ScreenWords

    path = tmp_path / "cards.csv"
    path.write_text("kind,text\n" + "".join(f"working,{t}\n" for t in NAMED + CLEAR),
                    encoding="utf-8")
    names = tuple(parse_names(PASTED))
    doc = Document(Workshop())
    import_into(doc, path, known_names=names)
    assert _held(doc) == set(NAMED)
    screen = ScreenWords(names)
    assert screen.text("Frank died last year") == "[name] died last year"
    assert screen.text("Pat of butter") == "Pat of butter"
