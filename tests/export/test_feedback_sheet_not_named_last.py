"""The groups not named yet, told as one, come after the named themes in the feedback letter, in
full and in the short list, and under "Since last time". Told where the first group stood, a
later group's 30 actions came in front of a named theme ("I want to get out, see people…", 5
actions) and used up the letter's length: the named theme, which carries the older people's "I"
statement, was cut to "(5 things planned)" (review 25, code B, finding 3)."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_groups import (
    STILL_NAMING_ABOUT_SEVERAL,
    WERE_STILL_NAMING_ABOUT_SEVERAL,
)
from wtfc.export.feedback_sheet_since import since_words
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.unnamed_themes import PLACEHOLDER
from wtfc.model.workshop import Action, ActionStatus, Role, Workshop

TODAY = dt.date(2026, 11, 29)
OUT = "I want to get out, see people"  # t08, named, between the two groups not named yet
HOME = "I want to see more of my family"  # t10, named, after both


def _workshop(**planned: int) -> Workshop:
    """The demo with t07 and t09 not named yet and ``planned`` actions added to each theme."""
    ws = demo_workshop()
    themes = [t.model_copy(update={"name": PLACEHOLDER.format(n=n)}) if t.id in ("t07", "t09")
              else t for n, t in enumerate(ws.themes, 1)]
    extra = [Action(id=f"{theme}-{i}", theme_id=theme, role=Role.HEALTH,
                    what=f"{theme} action {i}.", status=ActionStatus.NOT_STARTED)
             for theme, n in planned.items() for i in range(n)]
    return ws.model_copy(update={"themes": themes, "actions": [*ws.actions, *extra]})


def _short(theme: str) -> str:
    """``OUT`` or ``HOME`` for those themes' whole names, "" for the groups not named yet."""
    return next((x for x in (OUT, HOME) if theme.startswith(x)), theme)


def test_a_named_theme_is_spelt_out_though_a_later_group_not_named_yet_is_long():
    ws = _workshop(t07=2, t08=5, t09=30)
    words = feedback_words(ExportContent(ws, today=TODAY))
    assert [(_short(d.theme), len(d.actions)) for d in words.others] == [(OUT, 5)]
    # the two groups, one line at the end, their things planned added up as before
    assert [(b.theme, b.planned, b.groups) for b in words.others_in_brief] == [
        ("", "(32\u00a0things\u00a0planned)", 2)]
    text = all_text(reader(feedback_sheet_pdf(ws, today=TODAY)))
    assert squash(f"About “{OUT}") in text and squash("t08 action 4.") in text
    assert "t09action" not in text and "t07action" not in text
    assert text.index(squash("t08 action 4.")) < text.index(
        squash(f"{STILL_NAMING_ABOUT_SEVERAL} (32 things planned)"))


def test_in_the_short_list_too_the_groups_not_named_yet_come_last():
    ws = _workshop(t07=2, t08=5, t09=3, t10=40)
    words = feedback_words(ExportContent(ws, today=TODAY))
    assert [_short(d.theme) for d in words.others] == [OUT]
    brief = [(_short(b.theme), b.planned) for b in words.others_in_brief]
    assert brief == [(HOME, "(40\u00a0things\u00a0planned)"), ("", "(5\u00a0things\u00a0planned)")]
    # every action is either spelt out or counted, priorities unchanged (their numbers kept)
    spelt = sum(len(d.actions) for d in (*words.priorities, *words.others))
    assert spelt + 40 + 5 == len(ws.actions)
    assert [d.rank for d in words.priorities] == [1, 2, 3]


def test_when_everything_fits_the_groups_not_named_yet_are_spelt_out_after_the_named():
    words = feedback_words(ExportContent(_workshop(t07=2, t08=5, t09=3, t10=1), today=TODAY))
    assert [(_short(d.theme), len(d.actions)) for d in words.others] == [
        (OUT, 5), (HOME, 1), ("", 5)]
    assert not words.others_in_brief


def test_since_last_time_a_named_theme_is_listed_before_the_groups_last_time_never_named():
    """Last time's part lists 20 actions: the groups told first took the named theme's place."""
    spring = _workshop(t07=2, t08=5, t09=30)
    since = since_words(spring, TODAY)
    listed = [(_short(name), len(was)) for name, was in since.themes]
    assert listed[-2:] == [(OUT, 5), ("", 2)] and since.not_named == 1
    assert sum(n for _, n in listed) == 20
    assert since.more.startswith(f"To keep this letter short, it does not list the other "
                                 f"{len(spring.actions) - 20} things")
    assert since.tally.startswith(f"We said we would do {len(spring.actions)} things.")
    text = all_text(reader(feedback_sheet_pdf(demo_workshop(), today=TODAY, previous=spring)))
    start = text.index(squash("Since last time"))
    assert squash("t08 action 4.") in text[start:]


def test_since_last_time_several_groups_never_named_are_one_heading_at_the_end():
    since = since_words(_workshop(t07=2, t08=1, t09=3), TODAY)
    assert since.themes[-1][0] == "" and since.not_named == 2
    assert [w.what for w in since.themes[-1][1]] == [
        *(f"t07 action {i}." for i in range(2)), *(f"t09 action {i}." for i in range(3))]
    text = all_text(reader(feedback_sheet_pdf(demo_workshop(), today=TODAY,
                                              previous=_workshop(t07=2, t08=1, t09=3))))
    assert text.index(squash("t08 action 0.")) < text.index(
        squash(WERE_STILL_NAMING_ABOUT_SEVERAL))
