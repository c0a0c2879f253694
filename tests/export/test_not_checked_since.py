"""Last time's open actions nobody has checked on Act since that workshop say so, in the letter
and the report: "as things stood on 12 May 2027" above a "Not started" left from the day read as a
fresh check (R5: 8 of 13 never checked). Counted in the letter's tally and the report's
"Action status as of …"; an action checked since, done or dropped, or a letter made within a
check's interval of the workshop, says nothing more."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_since import since_words
from wtfc.export.report import report_pdf
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Role, Theme, Workshop

HELD = dt.date(2026, 10, 1)
TODAY = dt.date(2027, 5, 12)
NOTE = "(not checked since the workshop)"


def _last_time() -> Workshop:
    cards = [Card(id="c1", kind=Kind.NOT_WORKING, text="I never know who is coming")]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name="I am not sure who is coming or when",
                    card_ids=["c1"])]

    def act(n: int, what: str, status: ActionStatus, checked: dt.date | None = None) -> Action:
        return Action(id=f"a{n}", theme_id="t1", role=Role.PROVIDERS, what=what,
                      by_when=dt.date(2027, 9, 1), status=status, checked_on=checked)

    actions = [act(1, "Ring every family.", ActionStatus.NOT_STARTED),
               act(2, "Send a weekly rota.", ActionStatus.IN_PROGRESS),
               act(3, "Keep a diary.", ActionStatus.IN_PROGRESS, dt.date(2027, 4, 2)),
               act(4, "Start a lunch club.", ActionStatus.DONE)]
    return Workshop(title="Autumn", date=HELD, cards=cards, themes=themes, actions=actions)


def test_the_letter_says_which_of_last_times_actions_nobody_has_checked():
    since = since_words(_last_time(), TODAY)
    said = {w.what: w.happened for _, was in since.themes for w in was}
    assert said == {"Ring every family.": f"Not started yet {NOTE}.",
                    "Send a weekly rota.": f"In progress {NOTE}.",
                    "Keep a diary.": "In progress.",  # checked in April
                    "Start a lunch club.": "Done."}
    assert since.tally.endswith("2 have not been checked since the workshop.")
    text = all_text(reader(feedback_sheet_pdf(make_workshop(), today=TODAY,
                                              previous=_last_time())))
    assert squash(f"Ring every family. Not started yet {NOTE}.") in text
    # within a check's interval of the day the status is the day's, and nothing is said
    soon = since_words(_last_time(), HELD + dt.timedelta(days=30))
    assert NOTE not in " ".join(w.happened for _, was in soon.themes for w in was)
    assert "checked" not in soon.tally


def test_the_reports_last_time_actions_say_it_and_count_it():
    recent = make_workshop().model_copy(update={"date": TODAY - dt.timedelta(days=10)})
    text = all_text(reader(report_pdf(recent, today=TODAY, previous=_last_time())))
    assert squash("Action status as of 12 May 2027 (2 not checked since the workshop).") in text
    at = text.index(squash("Last time's action"))
    assert text.count(squash("Not checked since the workshop"), at) == 2
    assert text.count(squash("Not checked since the workshop")) == 2  # this time's: recent


def test_a_report_or_action_poster_made_months_after_the_day_says_it_of_this_times():
    ws = make_workshop()  # held on 12 November 2024: three open actions, never checked
    checked = ws.actions[0].model_copy(update={"checked_on": dt.date(2027, 4, 2)})
    ws = ws.model_copy(update={"actions": [checked, *ws.actions[1:]]})
    # the report's two twice: in "What was agreed" and in their theme's chapter
    for pdf, times in ((report_pdf(ws, today=TODAY), 2), (action_poster_pdf(ws, today=TODAY), 1)):
        assert all_text(reader(pdf)).count(squash("Not checked since the workshop")) == 2 * times
    soon = ws.date + dt.timedelta(days=30)
    assert squash("Not checked since") not in all_text(reader(report_pdf(ws, today=soon)))
