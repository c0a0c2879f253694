"""The check offered when names are pasted after the import (397223a7), in the two cases its
tests leave untried: the box folded away (the room view up on the laptop's only screen) — the
page's notice line says how many cards name someone, as the box's own line cannot be seen —
and another workshop opened — the '⚠ N cards to check again' button of the last one goes.
Place: tests/ui/collect/ (beside test_names_pasted_after_import.py, whose fixture it imports)."""

from __future__ import annotations

from tests.ui.collect.test_names_pasted_after_import import doc  # noqa: F401
from tests.ui.settled import settle
from wtfc.model.workshop import Card, Kind, Workshop


def test_names_pasted_into_the_folded_box_say_on_the_pages_line_how_many_cards_name_someone(
        page):
    page.names_box.setPlainText("Zebulon Quarrie")
    page.names_fold.fold()  # folded away as editing ends: the room view put on this screen
    settle()
    assert not page.watch_names.isVisible()
    page.watch_names.end_editing()
    settle()
    assert "1 card names someone pasted" in page.notice.text()


def test_another_workshop_opened_takes_the_last_ones_check_offer_away(page, doc):  # noqa: F811
    offer = page.watch_names.offer.button
    page.names_box.setPlainText("Zebulon Quarrie")
    page.watch_names.end_editing()
    settle()
    assert offer.isVisibleTo(page)
    doc.replace_workshop(Workshop(title="Autumn", cards=[
        Card(id="a1", kind=Kind.WORKING, text="The lunch club is lovely")]))
    settle()
    assert not offer.isVisibleTo(page)
