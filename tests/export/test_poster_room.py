"""A theme poster uses its sheet: cards go on under the causes and success statements, and
under the actions, when those leave room (as they do when the posters are first printed, with
nothing agreed yet); and when not every action fits, the poster names the roles it left off."""

from __future__ import annotations

import datetime as dt

from export_checks import demo_workshop, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import ActionStatus, Workshop

TODAY = dt.date(2026, 11, 29)


def _poster(workshop: Workshop, theme_id: str) -> str:
    pdf = theme_posters_pdf(workshop, theme_ids=[theme_id], today=TODAY)
    return squash(reader(pdf).pages[0].extract_text())


def _largest_theme(workshop: Workshop) -> str:
    return max(workshop.themes, key=lambda t: len(t.card_ids)).id


def test_a_theme_with_nothing_agreed_yet_shows_every_card():
    """Only cards, as when the posters first go up: 'A selection: 6 of 10 cards' at 16 pt
    with the middle and right columns empty."""
    demo = demo_workshop()
    theme_id = _largest_theme(demo)
    bare = demo.model_copy(
        update={
            "causes": [c for c in demo.causes if c.theme_id != theme_id],
            "success": [s for s in demo.success if s.theme_id != theme_id],
            "actions": [a for a in demo.actions if a.theme_id != theme_id],
        }
    )
    cards = ExportContent(bare, today=TODAY).theme(theme_id).cards
    assert len(cards) >= 10
    text = _poster(bare, theme_id)
    assert [c.text for c in cards if squash(c.text) not in text] == []
    assert squash("A selection:") not in text
    assert squash("More in their own words") in text


def test_a_theme_whose_actions_do_not_all_fit_names_the_roles_left_off():
    """Every demo action on one theme: 7 of 13 shown and the Providers' lane missing, with a
    note that gave only a count."""
    demo = demo_workshop()
    theme_id = demo.themes[0].id
    crowded = demo.model_copy(
        update={"actions": [a.model_copy(update={"theme_id": theme_id}) for a in demo.actions]}
    )
    text = _poster(crowded, theme_id)
    planned = {a.role.label for a in crowded.actions if a.status != ActionStatus.DROPPED}
    assert squash("Not shown here:") in text
    assert [label for label in planned if squash(label) not in text] == []


def test_a_middle_column_with_width_to_spare_gives_it_to_actions_left_off():
    """Every demo action on a theme with no causes or statements: the middle column kept its
    share, two lines in it, while 3 of 12 actions showed; it now narrows to what it needs.
    The four shown are the overdue and in-progress ones, longer than the first five by role
    that showed before the not-started and done ones made way first."""
    demo = demo_workshop()
    theme_id = demo.themes[0].id
    crowded = demo.model_copy(
        update={"actions": [a.model_copy(update={"theme_id": theme_id}) for a in demo.actions]}
    )
    text = _poster(crowded, theme_id)
    assert text.count("·By") >= 4
    assert squash("No success statements have been written yet.") in text
