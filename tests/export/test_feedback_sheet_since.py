"""The feedback sheet tells people what happened since last time.

A person told in spring "we will pay for blocks of time with a regular team" learns in autumn
that it was stopped: a dropped action is said plainly ("We have stopped this", with the group's
why when one was written, nothing made up where none was), every action's "What has happened
so far" is printed, and with last time's workshop the letter opens with "Since last time":
what we said we would do then and what happened to each, in words (done, in progress, late, not
started, stopped), before this time's themes. Still large print, and a page or two longer.
"""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import all_text, demo_workshop, reader, squash, text_sizes

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_since import IN_FULL, MORE, since_words
from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Action, ActionStatus, Card, Kind, Role, Theme, Workshop

TODAY = dt.date(2026, 11, 29)
BLOCKS = "Pay for blocks of time with a regular team instead of per-minute visits."
WHY = "The agencies could not staff a regular team in the two pilot areas."
TEXTS = "Buy a text message service that tells families when a carer is running late."


def _spring() -> Workshop:
    """Last time's workshop: two themes, five actions in every state; one dropped with why."""
    cards = [Card(id="c1", kind=Kind.NOT_WORKING, text="I never know who is coming"),
             Card(id="c2", kind=Kind.NOT_WORKING, text="I am lonely since my wife died")]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name="I am not sure who is coming or when",
                    card_ids=["c1"]),
              Theme(id="t2", kind=Kind.NOT_WORKING, name="I feel lonely and cut off",
                    card_ids=["c2"])]
    actions = [
        Action(id="a1", theme_id="t1", role=Role.COMMISSIONERS, what=BLOCKS,
               by_when=dt.date(2027, 4, 1), status=ActionStatus.DROPPED, progress_note=WHY),
        Action(id="a2", theme_id="t1", role=Role.PROVIDERS, what=TEXTS,
               by_when=dt.date(2027, 3, 1), status=ActionStatus.DROPPED),
        Action(id="a3", theme_id="t1", role=Role.PROVIDERS, what="Send a weekly rota.",
               by_when=dt.date(2026, 10, 1), status=ActionStatus.IN_PROGRESS,
               progress_note="Half the agencies send one now."),
        Action(id="a4", theme_id="t2", role=Role.OLDER_PEOPLES_ORGANISATIONS,
               what="Start a lunch club in East Moor.", by_when=dt.date(2027, 3, 1),
               status=ActionStatus.DONE, progress_note="It meets every Tuesday."),
        Action(id="a5", theme_id="t2", role=Role.HEALTH, what="Ring everyone over eighty.",
               by_when=dt.date(2027, 6, 30)),
    ]
    return Workshop(title="Spring", date=dt.date(2026, 4, 21), cards=cards, themes=themes,
                    actions=actions)


@pytest.fixture(scope="module")
def autumn():
    demo = demo_workshop()
    with_since = reader(feedback_sheet_pdf(demo, today=TODAY, previous=_spring()))
    return demo, reader(feedback_sheet_pdf(demo, today=TODAY)), with_since


def test_no_previous_file_no_since_part(autumn):
    _, alone, _ = autumn
    assert squash("Since last time") not in all_text(alone)


def test_the_letter_opens_with_what_happened_to_what_we_said_last_time(autumn):
    _, alone, pdf = autumn
    text = all_text(pdf)
    since = text.index(squash("Since last time"))
    assert text.index(squash("Thank you for talking to us")) < since
    assert since < text.index(squash("What you told us is working"))  # before this time's
    assert squash("At our last workshop, on 21 April 2026, we said we would do these things. "
                  "This is what has happened to each of them, as things stood on "
                  "29 November 2026.") in text
    assert squash("We said we would do 5 things. 1 is done. 1 is in progress but late. "
                  "1 has not started yet. We have stopped 2. 2 have not been checked since "
                  "the workshop.") in text
    part = text[since: text.index(squash("What you told us is working"))]
    for said in (f"{BLOCKS} We have stopped this: {WHY}",  # the why, as the group wrote it
                 f"{TEXTS} We have stopped this.",  # none written: none made up
                 # never checked on Act since the spring: said (the status is the day's)
                 "Send a weekly rota. Late, in progress (not checked since the workshop). "
                 "What has happened so far: Half the agencies send one now.",
                 "Start a lunch club in East Moor. Done. "
                 "What has happened so far: It meets every Tuesday.",
                 "Ring everyone over eighty. Not started yet (not checked since the "
                 "workshop).",
                 "About “I am not sure who is coming or when”",
                 "About “I feel lonely and cut off”"):
        assert squash(said) in part, said
    # soonest first, the stopped ones last, under the theme they answered
    assert part.index(squash("Send a weekly rota")) < part.index(squash(TEXTS)) \
        < part.index(squash(BLOCKS)) < part.index(squash("About “I feel lonely"))
    for n in range(len(pdf.pages)):
        assert min(text_sizes(pdf, n)) >= 16, n  # large print, on every page
    # five of last time's actions make the letter a page or so longer, no more
    assert len(pdf.pages) <= len(alone.pages) + 2
    continued = [page.extract_text() for page in pdf.pages[1:]]
    for page in continued:  # never an action with nothing to say what it is
        assert page.startswith(("Since last time (continued)", "What ", "We ")), page[:40]


def test_this_times_groups_have_a_heading_of_their_own_after_last_times(autumn):
    """After "Since last time", this time's groups followed on with no heading, under
    "Since last time (continued)" at the page's top: a reader took them for last time's."""
    _, alone, pdf = autumn
    heard = squash("We put what people told us into groups, the biggest first.")
    text = all_text(pdf)
    assert text.index(squash("Since last time")) < text.index(heard)
    assert squash("What you told us this time") + heard in text  # straight before them
    # on the same page as the groups' first words, never left at the foot of the one before
    assert all(heard in squash(page.extract_text())
               for page in pdf.pages if squash("What you told us this time")
               in squash(page.extract_text()))
    assert squash("this time") not in all_text(alone)  # alone it is the letter's start


def test_a_page_it_carries_on_to_says_so():
    demo = demo_workshop()
    last = load_workshop(demo_previous_path()).workshop
    many = [a.model_copy(update={"id": f"{a.id}-{n}"}) for n in range(4) for a in last.actions]
    pdf = reader(feedback_sheet_pdf(demo, today=TODAY,
                                    previous=last.model_copy(update={"actions": many})))
    pages = [page.extract_text() for page in pdf.pages]
    assert pages[1].startswith("Since last time (continued)")


def test_past_the_first_actions_the_rest_are_counted():
    last = _spring()
    many = [a.model_copy(update={"id": f"{a.id}-{n}"}) for n in range(6) for a in last.actions]
    words = since_words(last.model_copy(update={"actions": many}), TODAY)
    assert sum(len(actions) for _, actions in words.themes) == IN_FULL
    assert words.more == MORE.format(n=f"{len(many) - IN_FULL}")
    assert words.tally.startswith("We said we would do 30 things. 6 are done.")


def test_nothing_agreed_last_time_is_said_so():
    last = _spring().model_copy(update={"actions": []})
    text = all_text(reader(feedback_sheet_pdf(demo_workshop(), today=TODAY, previous=last)))
    assert squash("At our last workshop, on 21 April 2026, we did not agree anything to do "
                  "yet.") in text


def test_this_times_dropped_action_is_said_and_its_note_printed():
    """Without last time's file too: the demo's dropped action is said to be stopped, and
    what has happened so far is printed under each action that has it."""
    demo = demo_workshop()
    text = all_text(reader(feedback_sheet_pdf(demo, today=TODAY)))
    for action in demo.actions:
        if action.status == ActionStatus.DROPPED:
            assert squash(f"{action.what} We have stopped this.") in text
        elif action.progress_note:
            assert squash(f"What has happened so far: {action.progress_note}") in text
