"""A card's tags on one line, as a person's are: Import kept a U+2028 pasted into a sheet's Tag
cell, wtfc saved it as it was, and each opening then took the careful path (twice as slow for
10,000 cards until saved again) and turned it into a newline without a word, so a file wtfc
itself wrote opened different from what it saved."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.child_env import child_env
from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model import storage
from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop, save_workshop, workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import Card, Kind, Workshop

LS, PS = "\u2028", "\u2029"


def _refusing_json():
    """For ``storage``: opening may take only the fast path (the bytes read straight into the
    model); the careful one reads them with ``json.loads`` first."""
    def refused(*_args, **_kwargs):
        raise AssertionError("the file took the careful (slow) opening path")
    return type("NoJson", (), {"loads": staticmethod(refused)})


def test_an_imported_tag_is_saved_and_opened_as_import_made_it(tmp_path, monkeypatch):
    source = tmp_path / "s.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["Person", "Kind", "Statement", "Tag"],
                                 ["P01", "working", "I see my friends", f"Transport{LS}help"],
                                 ["P02", "working", "Staff listen", f"Home\ncare{PS}"]])
    into = tmp_path / "w.wtfc"
    subprocess.run([sys.executable, "-m", "wtfc", "import", str(source), "--into", str(into),
                    "--map", "Tag=tag"], check=True, capture_output=True, timeout=120,
                   env=child_env())
    written = into.read_bytes()
    assert LS.encode() not in written and PS.encode() not in written
    with monkeypatch.context() as patched:
        patched.setattr(storage, "json", _refusing_json())
        loaded = load_workshop(into)
    assert [card.tags for card in loaded.workshop.cards] == [["Transport help"], ["Home care"]]
    assert loaded.controls == ""  # nothing to say about a file wtfc wrote
    save_workshop(loaded.workshop, into)
    assert into.read_bytes() == written  # saved again, the same bytes


def test_an_older_files_tag_with_a_line_break_opens_as_a_space_quietly():
    """Written before Import tidied tags: raw separators (the careful path) and an escaped
    newline from a cell's Alt+Enter (the fast path) open alike, as a person's tags do."""
    workshop = Workshop(title="Spring", cards=[
        Card(id="c1", kind=Kind.WORKING, text="They listen", tags=[f"Transport{LS}help", "Carer"]),
        Card(id="c2", kind=Kind.WORKING, text="Kind staff", tags=["Home\ncare", LS])])
    for data in (workshop_to_bytes(workshop),
                 workshop_to_bytes(workshop).replace(LS.encode(), b"\\n")):
        loaded = workshop_from_bytes(data, name="w.wtfc")
        assert loaded.controls == ""  # a line break made a space: nothing taken out to say
        assert [card.tags for card in loaded.workshop.cards] \
            == [["Transport help", "Carer"], ["Home care"]]  # (a tag of only a break: none)
        assert LS.encode() not in workshop_to_bytes(loaded.workshop)


def test_tags_given_to_a_new_card_are_on_one_line_and_undone():
    doc = Document(Workshop(title="T"))
    edit = add_card(doc, kind=Kind.WORKING, text="They listen", tags=[f"Transport{LS}help", PS])
    edit.do(doc)
    assert doc.workshop.cards[0].tags == ["Transport help"]
    edit.undo(doc)
    assert doc.workshop.cards == []
    edit.do(doc)  # redo
    assert doc.workshop.cards[0].tags == ["Transport help"]
    assert json.loads(workshop_to_bytes(doc.workshop))["cards"][0]["tags"] == ["Transport help"]


def test_tags_that_differ_only_by_a_line_break_are_one_tag_in_order(tmp_path):
    """Two Tag columns, one cell typed with Alt+Enter: the card had "Home care" twice, and
    Collect's Tags column read "Home care, Home care"; now once, in the sheet's order, as the
    data export already showed it. The same for a file saved before, opened either way."""
    table = SourceTable(rows=[("Person", "Kind", "Statement", "Tag", "Tag", "Tag"),
                              ("P01", "Working", "I see my friends", "Home\ncare", "North",
                               "Home care"),
                              ("P02", "Working", "Staff listen", "North", "North", "")],
                        source_name="reviews.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [card.tags for card in plan.cards] == [["Home care", "North"], ["North"]]
    assert not any("tag" in note.casefold() for note in plan.report.lines())  # quietly
    older = Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.WORKING, text="They listen",
                                                 tags=[f"Home{LS}care", "North", "Home care"])])
    for data in (workshop_to_bytes(older),
                 workshop_to_bytes(older).replace(LS.encode(), b"\\n")):
        loaded = workshop_from_bytes(data, name="w.wtfc")
        assert loaded.workshop.cards[0].tags == ["Home care", "North"] and loaded.controls == ""
    doc = Document(Workshop(title="T"))
    edit = add_card(doc, kind=Kind.WORKING, text="Kind staff", tags=["Home\ncare", "Home care"])
    edit.do(doc)
    assert doc.workshop.cards[0].tags == ["Home care"]
    edit.undo(doc)
    edit.do(doc)
    assert doc.workshop.cards[0].tags == ["Home care"]


def test_a_tag_simply_repeated_in_an_older_file_opens_once_every_way(monkeypatch):
    """Imported before tags were kept once, the file holds ["Home care", "Home care"] with no
    line break anywhere, and Collect read "Home care, Home care" however it was opened: now
    one, in the card's order, quietly, by the fast path (with or without a line break
    elsewhere), the careful path (an ESC in a card) and an older format's (code review A10 #2)."""
    def older(text: str = "They listen", purpose: str = "") -> Workshop:
        return Workshop(title="Spring", purpose=purpose, cards=[
            Card(id="c1", kind=Kind.WORKING, text=text,
                 tags=["North", "Home care", "North", "Day", "Home care"]),
            Card(id="c2", kind=Kind.WORKING, text="Staff listen", tags=["Day"])])
    format_4 = json.loads(workshop_to_bytes(older()))
    format_4["schema_version"] = 4
    for way, data, fast in (
            ("fast", workshop_to_bytes(older()), True),
            ("fast, a two-line purpose", workshop_to_bytes(older(purpose="Spring\nreview")), True),
            ("careful, an ESC in a card", workshop_to_bytes(older(text="They\x1b listen")), False),
            ("an older format", json.dumps(format_4).encode(), False)):
        with monkeypatch.context() as patched:
            if fast:  # it stays on the fast path
                patched.setattr(storage, "json", _refusing_json())
            loaded = workshop_from_bytes(data, name="w.wtfc")
        assert [card.tags for card in loaded.workshop.cards] == [
            ["North", "Home care", "Day"], ["Day"]], way
        assert "tag" not in loaded.controls.casefold(), way  # quietly


# a Tag cell as pasted from Word, a web page or a cell with Alt+Enter: words and line breaks
_CELL = st.lists(st.sampled_from(["Home", "care", "ŵ", "😊", " ", "\n", "\x0b", "\x85", LS, PS]),
                 max_size=8).map("".join)


@settings(max_examples=60, deadline=None)
@given(cells=st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=3))
def test_whatever_a_tag_cell_holds_import_then_save_then_open_gives_what_import_made(cells):
    """Two Tag columns, so two cells alike but for a line break are drawn too."""
    table = SourceTable(rows=[("Person", "Kind", "Statement", "Tag", "Tag"), *(
        (f"P{n:02}", "Working", "My carer is kind", *pair) for n, pair in enumerate(cells))],
        source_name="reviews.csv")
    doc = Document(Workshop(title="T"))
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    loaded = workshop_from_bytes(workshop_to_bytes(doc.workshop), name="w.wtfc")
    assert loaded.workshop == doc.workshop and loaded.controls == ""
