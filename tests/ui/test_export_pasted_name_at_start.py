"""A name pasted in Names to watch for at the start of a theme's name ("May is always kind",
May pasted): the check lists the theme and History hides the name, so the report, the data
and the feedback sheet ask about it before writing, quoting “[name] is always kind”; a
lower-case "may" in an action is the word, never asked about (code review A15 #1; F31
session 28)."""

from __future__ import annotations

import pytest

from tests.ui.export_asked import asked_on_cancel
from wtfc.importing.typed_details import typed_details
from wtfc.model.document import Document
from wtfc.model.operations.themes import create_theme
from wtfc.model.workshop import Action, Card, Kind, Role, Theme, Workshop

NW = Kind.NOT_WORKING


@pytest.mark.parametrize("pasted,themes,quoted", [
    ("May", ["May is always kind", "May helps me"], "“[name] is always kind”"),
    ("Will", ["Will helps me", "Will is kind"], "“[name] helps me”")])
@pytest.mark.parametrize("key,file", [("report", "r.pdf"), ("data", "d.xlsx"),
                                      ("feedback", "f.pdf")])
def test_every_export_asks_about_a_pasted_name_at_a_themes_start(
        qtbot, show, tmp_path, monkeypatch, pasted, themes, quoted, key, file):
    from wtfc.ui.cards_page import CardsPage
    from wtfc.ui.undo import UndoAdapter

    doc = Document(Workshop(title="n", cards=[
        Card(id="c0", kind=NW, text=f"Thank you {pasted}, she makes me laugh")]))
    undo = UndoAdapter(doc)
    for name in themes:  # typed by hand before the check
        undo.push(create_theme(doc, name=name, kind=NW, card_ids=[]))
    page = show(CardsPage(doc, undo), 1500, 720)
    page.watch_names.names_box.setPlainText(pasted)
    page.watch_names.check_button.click()
    assert len(page.watch_names.theme_names.buttons) == 2  # the check lists both
    asked = asked_on_cancel(doc, qtbot, monkeypatch, tmp_path, ((key, file),))
    assert f"The theme {quoted}" in asked[0]
    assert not any(n in asked[0] for n in themes)  # never the theme's name whole


def test_a_lower_case_may_in_an_action_is_not_asked_about():
    ws = Workshop(title="n", themes=[Theme(id="t", name="Getting out", kind=NW)],
                  actions=[Action(theme_id="t", role=Role.COMMISSIONERS,
                                  what="Ask what trips people may like")])
    for key in ("report", "data", "feedback"):
        assert typed_details(ws, key, ("May",)) == []


def test_last_times_theme_is_asked_about_with_the_pasted_name_at_its_start():
    from wtfc.importing.last_time_details import last_time_details

    last = Workshop(title="Spring", themes=[Theme(id="o", name="May is always kind", kind=NW)])
    this = Workshop(title="Autumn")
    found = [d.where for d in last_time_details(last, this, ("May",))]
    assert "Last time's theme “[name] is always kind”" in found
