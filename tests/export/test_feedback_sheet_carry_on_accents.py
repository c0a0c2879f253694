"""Last time's action stored with its accents apart (typed on a Mac, or Urdu through InPage)
and this time's typed whole are one action: the letter tells the older people "We are carrying
this on", not "Not started yet." beside the very action listed again below."""

from __future__ import annotations

import datetime as dt
import unicodedata

from export_checks import all_text, reader, squash

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_since import CARRYING_ON, listed, since_words
from wtfc.export.feedback_sheet_words import feedback_words
from wtfc.model.workshop import Action, ActionStatus, Kind, Priority, Role, Theme, Workshop

TODAY = dt.date(2026, 11, 29)
CAFE = "Ariannu caffí cymunedol"  # three words: pairs only word for word
URDU = "Talu am ganlyniadau — ادائیگی نتائج پر"
RING = "Ring each person every week to check they are OK"


def _workshop(*whats: str, date: dt.date, status: ActionStatus) -> Workshop:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I am not sure who is coming or when",
                  priority=Priority(chosen=True, rank=1))
    return Workshop(title="Autumn", date=date, themes=[theme], actions=[
        Action(theme_id="t1", role=Role.PROVIDERS, what=what, status=status) for what in whats])


def _apart(text: str) -> str:
    return unicodedata.normalize("NFD", text)  # í as i and an accent; ئ as ي and a hamza


def test_actions_stored_apart_last_time_are_carried_on_by_the_same_typed_whole():
    assert _apart(CAFE) != CAFE and _apart(URDU) != URDU
    before = _workshop(_apart(CAFE), _apart(URDU), "Start a shopping bus",
                       date=dt.date(2026, 9, 1), status=ActionStatus.NOT_STARTED)
    now = _workshop(CAFE, URDU, RING, date=TODAY, status=ActionStatus.NOT_STARTED)
    since = since_words(before, TODAY, listed(feedback_words(ExportContent(now, today=TODAY))))
    assert [was.happened for was in since.themes[0][1]] == [
        CARRYING_ON, CARRYING_ON, "Not started yet."]


def test_the_letter_says_we_are_carrying_it_on():
    before = _workshop(_apart(CAFE), "Start a shopping bus", date=dt.date(2026, 9, 1),
                       status=ActionStatus.NOT_STARTED)
    now = _workshop(CAFE, RING, date=TODAY, status=ActionStatus.IN_PROGRESS)
    letter = all_text(reader(feedback_sheet_pdf(now, today=TODAY, previous=before)))
    since = letter[: letter.index(squash("What you told us this time"))]
    assert squash(f"{CAFE} {CARRYING_ON}") in since
    assert squash(f"{CAFE} Not started yet.") not in since
    assert squash("Start a shopping bus Not started yet.") in since
