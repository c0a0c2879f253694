"""Every agreed action is on the action poster, as in the report: a theme that is no longer a
priority keeps its actions on the poster, after the priorities, under "Actions agreed for other
themes" (dropping a priority took its actions off the poster while the report still listed
them)."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest
from export_checks import all_text, outline_titles, reader, squash
from export_workshop import make_workshop

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.content import NO_ACTION_PLAN, NO_PRIORITY_FOR_POSTERS, ExportContent
from wtfc.export.errors import ExportError
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Action, Priority, Role, Workshop

TODAY = dt.date(2025, 3, 1)


def _t2_dropped(workshop):
    """The small workshop with its second priority (which has one action) no longer chosen."""
    themes = [t.model_copy(update={"priority": Priority()}) if t.id == "t2" else t
              for t in workshop.themes]
    return workshop.model_copy(update={"themes": themes})


@functools.cache
def _dropped_report() -> str:
    """The report's words for the ``workshop`` fixture's workshop (``make_workshop``) with t2
    dropped, made and read once: two tests read it (one had it made for each of its three
    actions)."""
    return all_text(reader(report_pdf(_t2_dropped(make_workshop()), today=TODAY)))


def test_a_theme_dropped_from_the_priorities_keeps_its_actions_on_the_poster(workshop):
    dropped = _t2_dropped(workshop)
    pdf = reader(action_poster_pdf(dropped, today=TODAY))
    text = all_text(pdf)
    report = _dropped_report()
    for action in dropped.actions:  # all three, as in the report
        assert squash(action.what) in text
        assert squash(action.what) in report
    assert squash("1 priority theme · 3 actions, 1 of them on another theme") in text
    assert squash("Actions agreed for other themes") in text
    assert squash("Not a priority · 3 cards from 3 people") in text
    # After the priority, and a bookmark of its own.
    assert text.index(squash("I don't know who is coming")) < text.index(
        squash("I want to stay in my own home"))
    assert outline_titles(pdf) == ["I don't know who is coming or when",
                                   "I want to stay in my own home"]


def test_the_poster_and_the_report_count_the_same_actions(workshop):
    dropped = _t2_dropped(workshop)
    poster = all_text(reader(action_poster_pdf(dropped, today=TODAY)))
    report = _dropped_report()
    assert squash("3 actions agreed") in report and squash("· 3 actions") in poster


def test_no_other_themes_heading_when_every_action_is_on_a_priority(workshop):
    text = all_text(reader(action_poster_pdf(workshop, today=TODAY)))
    assert squash("2 priority themes · 3 actions · ") in text
    assert "otherthemes" not in text


@pytest.mark.parametrize(("actions", "expected"), [
    (["t1", "t1", "t3"], "3 actions, 1 of them on another theme"),
    (["t1", "t3", "t3"], "3 actions, 2 of them on other themes"),
])
def test_the_count_of_actions_on_other_themes_reads_right(workshop, actions, expected):
    made = [Action(id=f"x{i}", theme_id=theme, role=Role.PROVIDERS, what=f"Do thing {i}")
            for i, theme in enumerate(actions)]
    text = all_text(reader(action_poster_pdf(workshop.model_copy(update={"actions": made}),
                                             today=TODAY)))
    assert squash(expected) in text


def test_one_action_only_on_another_theme(workshop):
    made = [Action(id="x", theme_id="t3", role=Role.PROVIDERS, what="Do the thing")]
    text = all_text(reader(action_poster_pdf(workshop.model_copy(update={"actions": made}),
                                             today=TODAY)))
    assert squash("2 priority themes · 1 action, on another theme ·") in text


def test_an_unnamed_priority_is_named_as_in_the_chart(workshop):
    """The report's priorities table said “” for a theme with no name yet."""
    themes = [t.model_copy(update={"name": ""}) if t.id == "t2" else t for t in workshop.themes]
    text = all_text(reader(report_pdf(workshop.model_copy(update={"themes": themes}),
                                      today=TODAY)))
    assert "“”" not in text
    assert squash("“Unnamed theme”") in text


def test_the_exports_refuse_in_the_words_said_before_the_file_is_asked_for():
    """File → Export says why first (``ExportContent.nothing_to_export``); an export run
    anyway (the command line) refuses in the same words: one constant each."""
    empty = Workshop(title="New")
    for what, make, reason in (("posters", theme_posters_pdf, NO_PRIORITY_FOR_POSTERS),
                               ("action-poster", action_poster_pdf, NO_ACTION_PLAN)):
        assert ExportContent(empty).nothing_to_export(what) == reason
        with pytest.raises(ExportError, match=re.escape(reason)):
            make(empty)
    assert ExportContent(empty).nothing_to_export("report") == ""
    assert ExportContent(empty).nothing_to_export("data") == ""
