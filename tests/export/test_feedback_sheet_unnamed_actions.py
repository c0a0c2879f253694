"""What the council agreed to do about a group the room has not named yet is told in the
feedback letter, where and as any theme's actions are, under "About something we are still
naming": never "Group 1 (not named yet)", and no card's words (the letter quotes no one: a
group of one card would point at the one person who said it). The letter left the actions out
with the group, so older people were not told about something the council had agreed to do."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_groups import STILL_NAMING_ABOUT, WERE_STILL_NAMING_ABOUT
from wtfc.export.feedback_sheet_plain import unfamiliar_words
from wtfc.export.feedback_sheet_since import CARRYING_ON, since_words
from wtfc.export.feedback_sheet_words import (
    STILL_NAMING,
    STILL_NAMING_ALL_CHOSEN,
    STILL_NAMING_CHOSEN,
    feedback_words,
    printed_texts,
)
from wtfc.model.unnamed_themes import PLACEHOLDER
from wtfc.model.workshop import Action, ActionStatus, Role, Workshop

TODAY = dt.date(2026, 11, 29)
GROUP = PLACEHOLDER.format(n=1)
ROTA = "Send each person a weekly rota"  # the demo's first action on "I am not sure who is …"
HELD_BACK = "Mrs Patel"  # the demo's card c45, held back for a name
GROUP_CARD = "I don't know who is coming"  # the words of t05's first card that may be shown


def _demo(*theme_ids: str) -> Workshop:
    """The demo with ``theme_ids`` grouped and not named yet, the first with the held-back card
    c45 as its first card."""
    ws = demo_workshop()
    themes = []
    for n, theme in enumerate(ws.themes, start=1):
        if theme.id in theme_ids:
            cards = ["c45", *theme.card_ids] if theme.id == theme_ids[0] else theme.card_ids
            theme = theme.model_copy(update={"name": PLACEHOLDER.format(n=n), "card_ids": cards})
        themes.append(theme)
    return ws.model_copy(update={"themes": themes})


def _text(ws: Workshop, previous: Workshop | None = None) -> str:
    return all_text(reader(feedback_sheet_pdf(ws, today=TODAY, previous=previous)))


def test_a_priority_not_named_yet_has_its_actions_told_as_something_we_are_still_naming():
    ws = _demo("t05")  # Priority 2, its held-back card first
    assert next(c for c in ws.cards if c.id == "c45").held_back
    text = _text(ws)
    # in its place among the priorities, with its number, as the board and report give it
    heading = squash(f"2.{STILL_NAMING_ABOUT}")
    assert heading in text
    assert text.index(squash("1.I am not treated")) < text.index(heading)
    assert text.index(heading) < text.index(squash("3.I feel lonely"))
    assert squash(ROTA) in text and squash("Who:Careproviders") in text
    assert "notnamedyet" not in text and "Group2" not in text
    assert squash(HELD_BACK) not in text and squash(GROUP_CARD) not in text  # no one quoted
    # still true: one priority and its theme in "What you told us" are still being named
    assert squash(STILL_NAMING) in text and squash(STILL_NAMING_CHOSEN) in text
    assert squash("I am not sure who is coming") not in text


def test_another_theme_not_named_yet_with_actions_is_told_with_the_others():
    ws = _demo("t07")
    action = Action(id="x1", theme_id="t07", role=Role.CARE_MANAGERS,
                    what="Give everyone one phone number for changes to their care.",
                    status=ActionStatus.IN_PROGRESS)
    text = _text(ws.model_copy(update={"actions": [*ws.actions, action]}))
    also = text.index(squash("We are also going to do these things"))
    about = text.index(squash(STILL_NAMING_ABOUT), also)
    assert text.index(squash(action.what)) > about
    assert squash(HELD_BACK) not in text and "notnamedyet" not in text


def test_every_priority_not_named_yet_says_we_are_still_naming_them_not_some():
    text = _text(_demo("t04", "t05", "t06"))
    assert squash(ROTA) in text
    assert squash(f"1.{STILL_NAMING_ABOUT}") in text
    assert squash(STILL_NAMING_ALL_CHOSEN) in text
    assert "stillnamingsomeofwhatwechose" not in text


def test_its_actions_are_read_for_words_new_to_older_people_and_for_writing():
    content = ExportContent(_demo("t05"), today=TODAY)
    found = {item.text for item in unfamiliar_words(feedback_words(content))}
    assert any(text.startswith("Agree a discharge checklist") for text in found)
    printed = [text for text, _ in printed_texts(content)]
    assert any(text.startswith(ROTA) for text in printed)
    assert not any(GROUP in text or HELD_BACK in text for text in printed)


def test_since_last_time_tells_what_became_of_a_group_never_named():
    spring = _demo("t05")
    since = since_words(spring, TODAY)
    assert "" in [name for name, _ in since.themes]
    text = _text(demo_workshop(), previous=spring)
    start = text.index(squash("Since last time"))
    assert squash(f"{WERE_STILL_NAMING_ABOUT}•{ROTA}") in text[start:]
    assert "notnamedyet" not in text and squash(HELD_BACK) not in text


def test_an_action_carried_on_from_a_group_never_named_is_listed_below():
    """This time's group not named yet lists the same action, so last time's says "see below"
    and is below (it printed its old status, as if the letter did not list it)."""
    both = _demo("t05")
    since = since_words(both, TODAY, [d.what for x in feedback_words(
        ExportContent(both, today=TODAY)).priorities for d in x.actions])
    was = {w.what: w.happened for _, actions in since.themes for w in actions}
    assert next(h for what, h in was.items() if what.startswith(ROTA)) == CARRYING_ON


def test_the_welsh_laptops_letter_tells_them_too(welsh_time):
    text = _text(_demo("t05"))
    assert squash(f"2.{STILL_NAMING_ABOUT}") in text and squash(ROTA) in text
    assert "notnamedyet" not in text and "Tachwedd" not in text

