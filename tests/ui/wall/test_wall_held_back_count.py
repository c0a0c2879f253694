"""The wall's kind headings say how many of the kind's cards the personal-detail guard holds
back, so the facilitator does not move on to theming unaware that they are off the projector
and out of exports. The small workshop holds back n6 ("Dennis…", not working, unsorted)."""

from __future__ import annotations

from wall_fixtures import demo_sized_document

from wtfc.model.operations.cards import clear_card_details, redact_card
from wtfc.model.workshop import Kind
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel

NOTE = "⚠ 1 held back"


def heading(panel, kind: Kind) -> str:
    return panel.scene.sections[kind].text


def test_the_heading_of_a_kind_with_a_card_held_back_says_so_in_words(panel):
    assert heading(panel, Kind.NOT_WORKING) == f"What's not working · {NOTE} · 2 themes · 6 cards"
    assert "held back" not in heading(panel, Kind.WORKING)  # none of its cards is
    assert NOTE in panel.scene.sections[Kind.NOT_WORKING].shown_text()  # drawn, not only kept


def test_redact_takes_the_note_away_and_undo_brings_it_back(panel, doc, undo):
    undo.push(redact_card(doc, card_id="n6"))
    assert "held back" not in heading(panel, Kind.NOT_WORKING)
    undo.stack.undo()
    assert NOTE in heading(panel, Kind.NOT_WORKING)
    undo.stack.redo()
    assert "held back" not in heading(panel, Kind.NOT_WORKING)


def test_mark_as_fine_takes_the_note_away_and_undo_brings_it_back(panel, doc, undo):
    undo.push(clear_card_details(doc, card_ids=["n6"]))
    assert "held back" not in heading(panel, Kind.NOT_WORKING)
    undo.stack.undo()
    assert NOTE in heading(panel, Kind.NOT_WORKING)
    undo.stack.redo()
    assert "held back" not in heading(panel, Kind.NOT_WORKING)


def test_a_lane_too_narrow_for_the_counts_keeps_the_note(show):
    """The blocks below repeat the counts; nothing else on the heading's line says how many
    are held back, so a narrower lane drops the counts first."""
    doc = demo_sized_document()
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1366, 700)
    shown = {kind: item.shown_text() for kind, item in panel.scene.sections.items()}
    assert shown[Kind.FUTURE] == f"Important for the future · {NOTE}", shown


def test_the_cards_count_reads_as_the_collect_page_counts(show):
    """ "1,000 cards" beside "⚠ 200 held back", as Collect writes them (not "1000 cards")."""
    doc = demo_sized_document(cards_per_kind=(1000, 0, 0), unsorted_each=0)
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1366, 700)
    assert heading(panel, Kind.WORKING) == f"What's working · {NOTE} · 3 themes · 1,000 cards"
