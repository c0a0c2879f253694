"""Given names pasted one a line in lower case under a name ("ann lee / grace / may / june")
were read as notes under "ann lee" ("ann lee grace may"): "Grace helps me", "May came late"
went to the wall by Check all cards again and Import. A given name alone on its line is a name
of its own, and a note under it is its ("grace / deaf in left ear"), while a note alone on
its line ("deaf", "widowed") still joins the name above (code review A5, names_watched.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import import_into
from wtfc.importing.pasted_names import parse_names
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop

PASTED = "ann lee\ngrace\nmay\njune\n"
NAMED = ["Grace helps me", "May came late", "June is kind"]
CLEAR = ["The carers are always late", "I am deaf"]


def _workshop() -> Document:
    cards = [Card(id=f"c{i}", kind=Kind.WORKING, text=t) for i, t in enumerate(NAMED + CLEAR)]
    return Document(Workshop(title="names", cards=cards))


def _held(doc: Document) -> set[str]:
    return {c.text for c in doc.workshop.cards if c.held_back}


def test_check_all_cards_again_holds_back_given_names_pasted_one_a_line(shown_page):
    doc = _workshop()
    page = shown_page(other=doc)
    page.watch_names.names_box.setPlainText(PASTED)
    page.watch_names.check_button.click()
    assert _held(doc) == set(NAMED)


def test_import_with_the_names_holds_them_back(tmp_path: Path):
    path = tmp_path / "cards.csv"
    path.write_text("kind,text\n" + "".join(f"working,{t}\n" for t in NAMED + CLEAR),
                    encoding="utf-8")
    doc = Document(Workshop())
    import_into(doc, path, known_names=tuple(parse_names(PASTED)))
    assert _held(doc) == set(NAMED)


@pytest.mark.parametrize(("pasted", "names"), [
    ("ann lee\ngrace\nmay", ["ann lee", "grace", "may"]),
    ("Ann Lee\nrings after 5\ngrace\ndeaf in left ear", ["Ann Lee", "Grace"]),
    ("Ann Lee\ndeaf\nwidowed", ["Ann Lee"]),  # notes, as before
])
def test_a_given_name_alone_on_its_line_is_a_name_of_its_own(pasted, names):
    assert parse_names(pasted) == names
