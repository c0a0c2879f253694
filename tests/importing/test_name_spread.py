"""A name the guard found in one card holds back the other cards that carry it, at import: the
review's names.csv held back "My PA Gwenllian is wonderful…" only, and the three other cards
with Gwenllian reached the wall, the projector and the PDFs. Everyday words are not spread."""

from __future__ import annotations

from pathlib import Path

from tests.importing.import_files import import_into
from wtfc.model.commands import new_part
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, PersonalDetail, Workshop

GWENLLIAN = [
    "My PA Gwenllian is wonderful, she takes me out",
    "I love it when Gwenllian comes, she makes me laugh",
    "Gwenllian takes me out shopping on Fridays",
    "Gwenllian is the best, she takes me out",
]


def _csv(tmp_path: Path, texts: list[str], name: str = "names.csv") -> Path:
    path = tmp_path / name
    rows = ["kind,text", *(f'working,"{t}"' for t in texts)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _names(card: Card) -> list[str]:
    return [d.text for d in card.personal_details if d.category == "name"]


def test_every_card_with_a_found_name_is_held_back(tmp_path: Path) -> None:
    doc = Document(Workshop())
    plan = import_into(doc, _csv(tmp_path, [*GWENLLIAN, "My PA takes me out to the shops"]))
    cards = {c.text: c for c in doc.workshop.cards}
    for text in GWENLLIAN:
        assert cards[text].held_back, text
        assert _names(cards[text]) == ["Gwenllian"], text
    assert not cards["My PA takes me out to the shops"].held_back
    assert plan.report.cards_flagged == 4
    assert any("3 cards are held back as well" in note for note in plan.report.notes)


def test_lower_case_and_possessive_are_the_same_name(tmp_path: Path) -> None:
    doc = Document(Workshop())
    texts = [GWENLLIAN[0], "gwenllian's visits are the highlight", "Not Gwenllianne though"]
    import_into(doc, _csv(tmp_path, texts))
    cards = {c.text: c for c in doc.workshop.cards}
    assert _names(cards["gwenllian's visits are the highlight"]) == ["gwenllian"]
    assert not cards["Not Gwenllianne though"].held_back  # whole words only


def test_an_everyday_word_found_as_a_name_is_not_spread(tmp_path: Path) -> None:
    """"my carer Hope" is a name; "I hope the buses improve" is not held back for it."""
    doc = Document(Workshop())
    texts = ["My carer Hope is kind", "I hope the buses improve", "Rose garden at the centre",
             "My daughter Rose visits"]
    import_into(doc, _csv(tmp_path, texts))
    cards = {c.text: c for c in doc.workshop.cards}
    assert _names(cards["My carer Hope is kind"]) == ["Hope"]
    assert _names(cards["My daughter Rose visits"]) == ["Rose"]
    assert not cards["I hope the buses improve"].held_back
    assert not cards["Rose garden at the centre"].held_back


def test_titles_and_relation_words_are_not_spread(tmp_path: Path) -> None:
    doc = Document(Workshop())
    texts = ["Mrs Gwenllian Jones visits", "The doctor said Mrs was ill", "Jones is late"]
    import_into(doc, _csv(tmp_path, texts))
    cards = {c.text: c for c in doc.workshop.cards}
    assert not cards["The doctor said Mrs was ill"].held_back
    assert _names(cards["Jones is late"]) == ["Jones"]


def test_a_name_in_the_import_holds_back_cards_already_there_in_the_same_step(
    tmp_path: Path,
) -> None:
    earlier = new_part(Card, kind=Kind.WORKING, text="Gwenllian takes me out shopping on Fridays")
    plain = new_part(Card, kind=Kind.WORKING, text="The bus is late")
    doc = Document(Workshop(cards=[earlier, plain]))
    plan = import_into(doc, _csv(tmp_path, [GWENLLIAN[0]]))
    assert doc.card(earlier.id).held_back
    assert _names(doc.card(earlier.id)) == ["Gwenllian"]
    assert not doc.card(plain.id).held_back
    assert any("1 card is already in the workshop held back too" in n for n in plan.report.notes)


def test_import_with_cards_held_back_too_is_undone_and_redone(tmp_path: Path) -> None:
    from wtfc.importing.building import build_import, import_edit
    from wtfc.importing.mapping import guess_mapping
    from wtfc.importing.sources import read_source

    earlier = new_part(Card, kind=Kind.WORKING, text="Gwenllian takes me out shopping on Fridays")
    doc = Document(Workshop(cards=[earlier]))
    table = read_source(_csv(tmp_path, [GWENLLIAN[0]]))
    edit = import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop))
    edit.do(doc)
    assert doc.card(earlier.id).held_back and len(doc.workshop.cards) == 2
    edit.undo(doc)
    assert not doc.card(earlier.id).held_back and len(doc.workshop.cards) == 1
    edit.do(doc)
    assert doc.card(earlier.id).held_back and len(doc.workshop.cards) == 2


def test_a_name_still_holding_back_a_card_in_the_workshop_holds_back_imported_ones(
    tmp_path: Path,
) -> None:
    held = new_part(
        Card, kind=Kind.WORKING, text="My PA Gwenllian is wonderful",
        personal_details=[PersonalDetail(start=6, end=15, category="name", text="Gwenllian")],
    )
    doc = Document(Workshop(cards=[held]))
    import_into(doc, _csv(tmp_path, GWENLLIAN[2:]))
    assert all(c.held_back for c in doc.workshop.cards)


def test_a_name_marked_as_fine_is_not_spread(tmp_path: Path) -> None:
    """The facilitator looked at it and let it through."""
    fine = new_part(
        Card, kind=Kind.WORKING, text="My PA Gwenllian is wonderful", details_cleared=True,
        personal_details=[PersonalDetail(start=6, end=15, category="name", text="Gwenllian")],
    )
    doc = Document(Workshop(cards=[fine]))
    import_into(doc, _csv(tmp_path, GWENLLIAN[2:]))
    assert [c.text for c in doc.workshop.cards if c.held_back] == []


def test_a_found_name_in_a_place_name_is_not_spread_there(tmp_path: Path) -> None:
    """As the guard reads a given name: "St Mary's" is a church, "Ellis Court" a street."""
    doc = Document(Workshop())
    texts = ["My carer Ellis is kind", "I moved to Ellis Court", "ellis came late",
             "My daughter Mary rang", "Mass at St Mary's on Sunday"]
    import_into(doc, _csv(tmp_path, texts))
    cards = {c.text: c for c in doc.workshop.cards}
    assert _names(cards["ellis came late"]) == ["ellis"]
    assert not cards["I moved to Ellis Court"].held_back
    assert not cards["Mass at St Mary's on Sunday"].held_back


def _import(tmp_path: Path, texts: list[str]) -> dict[str, Card]:
    doc = Document(Workshop())
    import_into(doc, _csv(tmp_path, texts))
    return {c.text: c for c in doc.workshop.cards}


def test_a_card_typed_in_title_case_holds_back_only_itself(tmp_path: Path) -> None:
    """The guard reads "Drives Me" after "My Son" as a name: one card, not every card with
    "me" or "on" (review A F1: the demo went from 2 to 18 cards held back)."""
    cards = _import(tmp_path, [
        "My Son Drives Me To Appointments", "My Neighbour Checks On Me",
        "My Friend Lunch Club Is The Highlight", "MY SON DRIVES ME TO THE SHOPS",
        "Nobody checks on me at night", "My son drives me everywhere", "The lunch club is great",
    ])
    assert [t for t, c in cards.items() if c.held_back] == [
        "My Son Drives Me To Appointments", "My Neighbour Checks On Me",
        "My Friend Lunch Club Is The Highlight",
    ]


def test_a_known_given_name_or_a_short_title_still_spreads_from_a_title_case_card(
    tmp_path: Path,
) -> None:
    cards = _import(tmp_path, ["My Carer Sharon Is Always Late", "Sharon never stays long",
                               "MRS PRYCE FROM THE COUNCIL RANG", "pryce came round again"])
    assert _names(cards["Sharon never stays long"]) == ["Sharon"]
    assert _names(cards["pryce came round again"]) == ["pryce"]


def test_a_care_word_after_a_title_is_not_spread(tmp_path: Path) -> None:
    """"Sister Act": the guard holds back that card; "The Care Act says" and "the
    practitioner" are words, and "Nurse Practitioner" is a nurse's role, no name (F16,
    e8ce0c09: a word after a care title is taken only where it can be a name)."""
    cards = _import(tmp_path, [
        "We watched Sister Act at the lunch club", "The Care Act says I should have an assessment",
        "The council must act on loneliness", "Nurse Practitioner visits are too short",
        "The practitioner never listens to me", "Doctor Foster is on tv",
        "I need to foster my independence", "Sister Wendy rang", "Wendy is kind to me",
    ])
    held = [t for t, c in cards.items() if c.held_back]
    assert held == ["We watched Sister Act at the lunch club", "Doctor Foster is on tv",
                    "Sister Wendy rang", "Wendy is kind to me"]  # a known given name spreads


def test_a_given_name_that_is_a_word_is_not_spread(tmp_path: Path) -> None:
    cards = _import(tmp_path, [
        "My carer Heather is lovely", "The heather on the moors reminds me of home",
        "My daughter Olive helps", "I like olive oil", "My carer Drew is great",
        "She drew up a care plan with me",
    ])
    assert [t for t, c in cards.items() if c.held_back] == [
        "My carer Heather is lovely", "My daughter Olive helps", "My carer Drew is great"]


def test_an_urdu_name_that_is_also_a_word_is_not_spread(tmp_path: Path) -> None:
    """حسن after "my son" is Hassan; "عملے کا حسن سلوک" is the staff's kindness."""
    named = ["میرا بیٹا حسن مجھے ڈاکٹر کے پاس لے جاتا ہے", "میری بیٹی حنا آتی ہے",
             "میری بیٹی فاطمہ آتی ہے", "میرا بیٹا حسين ملنے آتا ہے"]  # Arabic keyboard's ي
    words = ["عملے کا حسن سلوک بہت اچھا ہے", "عید پر میں سہیلیوں کے ساتھ حنا لگاتی ہوں",
             "سنٹر کا باغ بہت حسين ہے"]
    cards = _import(tmp_path, [*named, *words])
    assert all(cards[t].held_back for t in named)
    assert not any(cards[t].held_back for t in words)


def test_a_title_case_card_typed_on_the_demo_holds_back_no_other_card() -> None:
    """What Add card does with the new card's findings (its words unknown to the spread there):
    "Drives Me" holds back no demo card with "me" (review A F1: 16 did)."""
    from wtfc.importing.name_spread import cards_also_held_back
    from wtfc.importing.personal_details import find_personal_details
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop

    cards = load_workshop(demo_path()).workshop.cards
    for text in ["My Son Drives Me To Appointments", "My Neighbour Checks On Me"]:
        found = [PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text)
                 for f in find_personal_details(text)]
        assert found, text
        assert cards_also_held_back(cards, found) == {}
        assert cards_also_held_back(cards, found, text) == {}
    gwenllian = [PersonalDetail(start=6, end=15, category="name", text="Gwenllian")]
    assert cards_also_held_back(cards, gwenllian, "My PA Gwenllian is wonderful") == {}
