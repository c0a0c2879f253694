"""A statement pasted with its accents apart ("cafe" and U+0301, as a Mac or InPage can give
it) is the same statement as the one typed with "é": importing it again from the same person
adds no second card, as a change of case never did."""

from import_files import import_into, write_xlsx

from wtfc.importing.repeats import comparable
from wtfc.importing.report import SkipReason
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop

CAFE = "I love the caf\u00e9 in town"  # é as one letter
CAFE_APART = "I love the cafe\u0301 in town"  # e, then the accent


def test_the_same_words_with_the_accent_apart_are_a_repeat(tmp_path):
    doc = Document(Workshop())
    import_into(doc, write_xlsx(tmp_path / "first.xlsx", [
        ["Person", "Kind", "Statement"], ["C16", "Working", CAFE]]))
    plan = import_into(doc, write_xlsx(tmp_path / "again.xlsx", [
        ["Person", "Kind", "Statement"], ["C16", "Working", CAFE_APART],
        ["C16", "Working", "I LOVE THE CAFÉ IN TOWN"], ["C16", "Working", "I love the bus"]]))
    assert [c.text for c in plan.cards] == ["I love the bus"]
    assert [(s.row, s.reason) for s in plan.report.skipped] == [
        (2, SkipReason.DUPLICATE), (3, SkipReason.DUPLICATE)]
    assert [c.text for c in doc.workshop.cards].count(CAFE) == 1
    assert CAFE_APART not in [c.text for c in doc.workshop.cards]


def test_a_card_kept_with_its_accent_apart_is_found_when_it_is_typed_whole(tmp_path):
    doc = Document(Workshop())
    import_into(doc, write_xlsx(tmp_path / "mac.xlsx", [
        ["Person", "Kind", "Statement"], ["C16", "Working", CAFE_APART]]))
    plan = import_into(doc, write_xlsx(tmp_path / "windows.xlsx", [
        ["Person", "Kind", "Statement"], ["C16", "Working", CAFE]]))
    assert plan.cards == []


def test_another_person_saying_it_is_still_their_own_card(tmp_path):
    doc = Document(Workshop())
    import_into(doc, write_xlsx(tmp_path / "first.xlsx", [
        ["Person", "Kind", "Statement"], ["C16", "Working", CAFE]]))
    plan = import_into(doc, write_xlsx(tmp_path / "other.xlsx", [
        ["Person", "Kind", "Statement"], ["C17", "Working", CAFE_APART]]))
    assert [(c.person, c.text) for c in plan.cards] == [("C17", CAFE_APART)]  # kept as typed


def test_statements_compare_without_case_or_accents():
    assert comparable(CAFE) == comparable(CAFE_APART) == comparable("I love the CAFE in town.")
    assert comparable("Rwy'n byw yn Łódź") == comparable("rwy'n byw yn lodz")
    assert comparable("I love the cafe") != comparable("I love the cake")
