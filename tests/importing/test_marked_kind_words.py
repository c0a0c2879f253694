"""Kind words with the app's own mark before them: "✗ Not working", "✓ Working", "★ Future" are
what the wall and the exports show, so what a facilitator copies back into a sheet. Import reads
them with no question, as ``wtfc suggest`` does (tests/clustering/test_cli_kinds.py); a mark and
words of two kinds ("✓ Not working") are asked about, never guessed."""

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.kind_values import KindValues
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.text_reader import read_pasted_text
from wtfc.model.workshop import Kind, Workshop


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("✗ Not working", Kind.NOT_WORKING),
        ("✓ Working", Kind.WORKING),
        ("★ Future", Kind.FUTURE),
        ("✓ What's working", Kind.WORKING),  # the long words, as the wall's column heads
        ("✗ What's not working", Kind.NOT_WORKING),
        ("★ Important for the future", Kind.FUTURE),
        ("★ Important to me in future", Kind.FUTURE),  # a form's own words around it
        ("✗Not working", Kind.NOT_WORKING),  # the space lost
        ("✔️ Working well", Kind.WORKING),  # a phone's tick, with its emoji selector
        ("❌ NWW", Kind.NOT_WORKING),
        ("✓", Kind.WORKING),  # the marks alone, as before
        ("✗", Kind.NOT_WORKING),
        ("★", Kind.FUTURE),
    ],
)
def test_a_kind_word_after_its_mark_is_read(value, kind):
    assert KindValues.default().kind_of(value) == kind


@pytest.mark.parametrize("value", ["✓ Not working", "✗ Working", "★ Working", "✓ amber",
                                   "✓✓ Working"])
def test_a_mark_and_words_that_disagree_or_are_unknown_are_asked_about(value):
    assert KindValues.default().kind_of(value) is None


def test_a_marked_value_the_facilitator_said_means_no_kind_stays_unread():
    values = KindValues.default().with_value("✓ Working", None)
    assert values.kind_of("✓ working") is None
    assert values.kind_of("Working") == Kind.WORKING


def test_a_sheet_copied_from_the_wall_imports_every_row_with_no_questions():
    table = read_pasted_text(
        "Person\tKind\tWords\n"
        "P01\t✓ Working\tMy carer has time for a chat\n"
        "P01\t✗ Not working\tNobody tells me who is coming\n"
        "P02\t★ Future\tI want to go swimming again\n"
    )
    mapping = guess_mapping(table)
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.kind for c in plan.cards] == [Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE]
    assert plan.report.skipped == []
