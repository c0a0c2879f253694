"""Prepare's title, venue, purpose, scope and agreements go on the room's Welcome, often typed
days before and away from the room: a possible personal detail in them is said under the
fields as the boards say it (quoted by kind, never the words), and follows undo and redo."""

from __future__ import annotations

from collect_fixtures import save_render

from wtfc.ui.typed_detail_hint import SHOWN_BY

PURPOSE = "Prompted by Mrs Patel's complaint (14 Elm Grove, LS6 2AB, tel 01632 960418)"


def test_a_purpose_with_a_name_and_address_is_said_under_the_fields(qtbot, page, doc, undo):
    assert page.detail_hint.isHidden() and page.agreed_hint.isHidden()
    page.purpose.setFocus()
    page.purpose.setPlainText(PURPOSE)
    said = page.detail_hint.text()
    assert page.detail_hint.isVisible()
    assert said.startswith("⚠ Possible personal detail in “Purpose”: “Prompted by [name]")
    assert SHOWN_BY in said and "Patel" not in said and "01632" not in said
    save_render(page, "prepare_purpose_detail_hint")
    page.title.setFocus()  # leaving the purpose records it
    assert doc.workshop.purpose == PURPOSE
    undo.stack.undo()
    assert page.purpose.toPlainText() == "" and page.detail_hint.isHidden()
    undo.stack.redo()
    assert page.detail_hint.isVisible() and "“Purpose”" in page.detail_hint.text()


def test_a_name_to_watch_in_the_title_and_a_phone_in_the_agreements(qtbot, page, doc):
    doc.names_to_watch = ("Bernadette",)
    page.title.selectAll()
    qtbot.keyClicks(page.title, "Tuesdays with Bernadette")
    assert "“Title”: “Tuesdays with [name]”" in page.detail_hint.text()
    page.agreements.setPlainText("Ring Sam on 07700 900123 if we cannot agree")
    assert page.agreed_hint.isVisible()
    assert "“How we agreed to work and decide”" in page.agreed_hint.text()
    assert "[phone]" in page.agreed_hint.text()
    page.agreements.setPlainText("One voice at a time; we vote with dots")
    assert page.agreed_hint.isHidden()


def test_plain_words_and_the_facilitators_role_say_nothing(page):
    page.venue.setText("Riverside Community Hall")
    page.facilitator.setText("Service manager")
    assert page.detail_hint.isHidden()
