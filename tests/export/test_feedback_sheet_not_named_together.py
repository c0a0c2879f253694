"""Several groups not named yet are told as one in the feedback letter, after the named themes:
"About things we are still naming", with all their actions under it (soonest first), one line in
the short list with their things planned added up, and one "About things we were still naming"
under "Since last time". The same heading two or three times over (review 25, code A, finding 4)
looked to an older reader like a printing fault. Told where the first group stood, the later
groups' actions came in front of a named theme and used up the letter's length, so the named
theme was cut to one line (review 25, code B, finding 3): the least telling heading goes last. A
priority keeps its own number and place; one group alone reads as before, "About something we
are still naming"."""

from __future__ import annotations

import datetime as dt
import re

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_groups import (
    STILL_NAMING_ABOUT,
    STILL_NAMING_ABOUT_SEVERAL,
    WERE_STILL_NAMING_ABOUT,
    WERE_STILL_NAMING_ABOUT_SEVERAL,
)
from wtfc.export.feedback_sheet_plain import unfamiliar_words
from wtfc.export.feedback_sheet_since import since_words
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop
from wtfc.model.unnamed_themes import PLACEHOLDER
from wtfc.model.workshop import Action, ActionStatus, Role, Workshop

TODAY = dt.date(2026, 11, 29)
ALSO = "We are also going to do these things"
LATER = "Start a reablement service at home."  # t07's, not named yet
SOONER = "Run a pilot of a lunch club."  # t09's, not named yet: due first
BETWEEN = "Ask the bus company about a stop by the surgery."  # t08's, named


def _unname(ws: Workshop, *ids: str) -> Workshop:
    return ws.model_copy(update={"themes": [
        t.model_copy(update={"name": PLACEHOLDER.format(n=n)}) if t.id in ids else t
        for n, t in enumerate(ws.themes, 1)]})


def _others(ws: Workshop, *, only_these: bool = False) -> Workshop:
    """t07 and t09 not named yet, t08 named between them, each with an action (health's)."""
    extra = [
        Action(id="x7", theme_id="t07", role=Role.CARE_MANAGERS, what=LATER,
               by_when=dt.date(2027, 6, 1), status=ActionStatus.NOT_STARTED),
        Action(id="x8", theme_id="t08", role=Role.HEALTH, what=BETWEEN,
               by_when=dt.date(2027, 1, 1), status=ActionStatus.NOT_STARTED),
        Action(id="x9", theme_id="t09", role=Role.HEALTH, what=SOONER,
               by_when=dt.date(2027, 2, 1), status=ActionStatus.IN_PROGRESS),
    ]
    actions = extra if only_these else [*ws.actions, *extra]
    return _unname(ws, "t07", "t09").model_copy(update={"actions": actions})


def _text(ws: Workshop, previous: Workshop | None = None) -> str:
    return all_text(reader(feedback_sheet_pdf(ws, today=TODAY, previous=previous)))


def _times(heading: str, text: str) -> int:
    """How often ``heading`` is printed, a page's "(continued)" not counted."""
    return len(re.findall(re.escape(squash(heading)) + r"(?!\(continued\))", text))


def test_other_groups_not_named_are_one_heading_with_all_their_actions():
    text = _text(_others(demo_workshop()))
    also = text.index(squash(ALSO))
    assert _times(STILL_NAMING_ABOUT_SEVERAL, text) == 1
    assert squash(STILL_NAMING_ABOUT) not in text[also:]
    # after the named themes (t08 stood between t07 and t09, t10 after both), soonest first
    assert squash(f"{STILL_NAMING_ABOUT_SEVERAL}•{SOONER}") in text[also:]
    assert text.index(squash(BETWEEN)) < text.index(squash(SOONER)) < text.index(squash(LATER))
    assert text.index(squash(BETWEEN)) > text.index(squash("About “I want to get out"))


def test_a_role_is_explained_where_it_is_first_printed_among_groups_told_together():
    words = feedback_words(ExportContent(_others(demo_workshop(), only_these=True), today=TODAY))
    printed = [d for x in (*words.priorities, *words.others) for d in x.actions]
    health = [d.who for d in printed if d.who.startswith("Health services")]
    assert [d.what for d in words.others[-1].actions] == [SOONER, LATER]
    assert health == ["Health services (such as GPs and hospitals)", "Health services"]


def test_groups_not_named_past_the_letters_length_are_one_line_their_things_added_up():
    ws = _unname(demo_workshop(), "t05", "t07", "t08", "t09")
    extra = [Action(id=f"x{i}", theme_id=t, role=Role.CARE_MANAGERS, what=f"Extra action {i}.",
                    status=ActionStatus.IN_PROGRESS)
             for i, t in enumerate(["t05", "t07", "t08", "t09", "t04", "t06"] * 7)]
    text = _text(ws.model_copy(update={"actions": [*ws.actions, *extra]}))
    assert _times(f"{STILL_NAMING_ABOUT_SEVERAL}(21things", text) == 1  # 7 each of 3 groups
    assert not re.search(re.escape(squash(STILL_NAMING_ABOUT)) + r"\(\d", text)
    assert squash(f"2.{STILL_NAMING_ABOUT}") in text  # Priority 2 keeps its own number


def test_priorities_not_named_keep_their_own_numbers():
    text = _text(_unname(demo_workshop(), "t04", "t05", "t06"))
    for n in (1, 2, 3):
        assert _times(f"{n}.{STILL_NAMING_ABOUT}", text) == 1
    assert squash(STILL_NAMING_ABOUT_SEVERAL) not in text


def test_since_last_time_groups_never_named_are_one_heading_with_all_their_actions():
    spring = _unname(load_workshop(demo_path().with_name("demo-previous.wtfc")).workshop,
                     "t04", "t05", "t90")
    since = since_words(spring, TODAY)
    assert [name for name, _ in since.themes] == [""] and since.not_named == 3
    assert len(since.themes[0][1]) == 4  # every one of last time's actions, together
    text = _text(demo_workshop(), previous=spring)
    assert _times(WERE_STILL_NAMING_ABOUT_SEVERAL, text) == 1
    assert squash(WERE_STILL_NAMING_ABOUT) not in text


def test_one_group_alone_reads_as_before():
    ws = _others(demo_workshop())
    ws = ws.model_copy(update={"actions": [a for a in ws.actions if a.id != "x9"]})
    text = _text(ws, previous=_unname(demo_workshop(), "t05"))
    assert _times(STILL_NAMING_ABOUT, text) == 1 and _times(WERE_STILL_NAMING_ABOUT, text) == 1
    assert "Aboutthings" not in text
    assert squash(f"{STILL_NAMING_ABOUT}•{LATER}") in text


def test_words_new_to_older_people_are_found_in_every_group_told_together():
    ws = _others(demo_workshop())
    words = feedback_words(ExportContent(ws, today=TODAY))
    since = since_words(ws, TODAY)  # the same groups as last time's, never named
    found = [(item.where, item.text) for item in unfamiliar_words(words, since)]
    for where in ("An action", "Last time's action"):
        assert (where, LATER) in found and (where, SOONER) in found


def test_the_welsh_laptops_letter_tells_them_as_one_too(welsh_time):
    text = _text(_others(demo_workshop()))
    assert _times(STILL_NAMING_ABOUT_SEVERAL, text) == 1 and squash(SOONER) in text
    assert squash("By 1 February 2027.") in text and "Chwefror" not in text
