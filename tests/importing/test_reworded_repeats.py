"""A corrected copy of a sheet (a typo put right) or the same sheet after a card was redacted:
the row is still that card's (the same person, the same place), so it is skipped, but the
report no longer calls the words a duplicate: it says they differ a little and which card kept
its words, never the words themselves (the sheet's may hold the name the card was redacted
of). Nothing is merged."""

from import_files import import_into, write_xlsx
from test_repeats_after_edits import REVIEWS, _redact

from wtfc.importing.report import SkipReason
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop

KEPT = ("the same as a card already there, worded a little differently (the card from import "
        "1, {} keeps its words; edit it on Collect if the sheet's are right)")


def test_a_corrected_copy_says_which_card_kept_its_words(tmp_path):
    doc = Document(Workshop())
    import_into(doc, write_xlsx(tmp_path / "v1.xlsx", [
        ["Person", "Working 1", "Not working 1"], ["P01", "I like teh garden", "No bus"],
        ["P02", "My cat", "Stairs"]]))
    plan = import_into(doc, write_xlsx(tmp_path / "v2.xlsx", [
        ["Person", "Working 1", "Not working 1"], ["P01", "I like the garden", "No bus"],
        ["P02", "My cat", "Stairs"], ["P03", "My neighbour", "Cold"]]))
    assert [c.person for c in plan.cards] == ["P03", "P03"]
    lines = plan.report.lines()
    assert ("Skipped as duplicate of a card already there: 4 (1 of them is worded a little "
            "differently: the card keeps its words, nothing is merged).") in lines
    assert "  Row 2, Working 1: " + KEPT.format("row 2, Working 1") in lines
    assert "  Row 2, Not working 1: duplicate of a card already there" in lines
    assert [c.text for c in doc.workshop.cards][:1] == ["I like teh garden"]
    assert all("the garden" not in x for x in lines)  # the words are never shown


def test_a_redacted_cards_row_says_so_without_the_name(tmp_path):
    path = write_xlsx(tmp_path / "reviews.xlsx", REVIEWS)
    doc = Document(Workshop())
    import_into(doc, path, known_names=("Jane Smith",))
    _redact(doc)
    again = import_into(doc, path, known_names=("Jane Smith",))
    assert again.cards == [] and set(again.report.skipped_counts()) == {SkipReason.DUPLICATE}
    said = "\n".join(again.report.lines())
    assert "Row 3: " + KEPT.format("row 3") in said
    assert "Jane" not in said and "Smith" not in said
