"""A big workshop's feedback sheet stays short enough for an older person to read: every theme
is one line (its name and how many said it), the priorities come with their actions in full,
and past ``IN_FULL`` actions the rest are named, with how many things are planned and whom to
ask, so 30 priorities do not make a letter of 20 pages. It holds once the dates have passed
and every action still planned says it is late, and with what has happened so far and the
actions we have stopped, which the letter says too (each note takes ``NOTE_ROOM`` of an
action's share)."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from export_checks import all_text, demo_workshop, reader, squash, text_sizes

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_words import IN_BRIEF, IN_FULL, NOTE_ROOM
from wtfc.model.workshop import ActionStatus, Workshop

TODAY = dt.date(2026, 11, 28)
EVERY_ACTION_LATE = dt.date(2027, 7, 1)  # after every date these workshops' actions have
MOST_PAGES = 8


def _demo_three_times() -> Workshop:
    """30 themes (the demo's ten, three times over, "A", "B" and "C"): 9 priorities with 36
    actions still planned, 3 dropped and 9 notes of what has happened so far, as a big
    council's workshop might choose."""
    ws = demo_workshop()
    cards, themes, actions = [], [], []
    for n, letter in enumerate("ABC"):
        cards += [c.model_copy(update={"id": f"{c.id}-{n}"}) for c in ws.cards]
        for t in ws.themes:
            priority = t.priority
            if priority.chosen and priority.rank is not None:
                priority = priority.model_copy(update={"rank": priority.rank + 3 * n})
            themes.append(
                t.model_copy(
                    update={
                        "id": f"{t.id}-{n}",
                        "name": f"{t.name} {letter}",
                        "card_ids": [f"{i}-{n}" for i in t.card_ids],
                        "priority": priority,
                    }
                )
            )
        actions += [
            a.model_copy(update={"id": f"{a.id}-{n}", "theme_id": f"{a.theme_id}-{n}"})
            for a in ws.actions
        ]
    return ws.model_copy(
        update={"cards": cards, "themes": themes, "actions": actions, "causes": [], "success": []}
    )


@functools.cache
def _sheet(make: str, day: dt.date) -> tuple[Workshop, bytes]:
    """The workshop and its sheet made on ``day``, made once: the fixtures below and the
    late-day test read the very same two late sheets."""
    from benchmarks.bench_export import poster_workshop

    # poster_workshop: every theme a priority, with 4 actions each
    ws = _demo_three_times() if make == "demo_three_times" else poster_workshop(themes=30)
    return ws, feedback_sheet_pdf(ws, today=day)


@pytest.fixture(scope="module", params=[TODAY, EVERY_ACTION_LATE], ids=["today", "all_late"])
def thirty(request):
    ws, pdf = _sheet("demo_three_times", request.param)
    return ws, reader(pdf)


@pytest.fixture(scope="module", params=[TODAY, EVERY_ACTION_LATE], ids=["today", "all_late"])
def thirty_priorities(request):
    ws, pdf = _sheet("thirty_priorities", request.param)
    return ws, reader(pdf)


def test_thirty_themes_and_nine_priorities_fit_eight_pages_in_full(thirty):
    """It was 9 pages, each theme taking two or three lines; and 9 again once every action
    was late ("Late, and not started yet." wrapped onto a line of its own); and 9 once the
    notes and the stopped actions were printed, until a note took its room in ``IN_FULL``."""
    ws, pdf = thirty
    assert len(ws.themes) == 30
    pages = [page.extract_text() for page in pdf.pages]  # read once: the words, each page's start
    # the words first: a sheet can be short because it leaves things out
    text = squash("".join(pages))
    for theme in ws.themes:
        assert squash(theme.name) in text, theme.name
    in_full = [a for a in ws.actions if not a.theme_id.endswith("-2")]  # "A" and "B"
    assert sum(1 + NOTE_ROOM * bool(a.progress_note) for a in in_full) <= IN_FULL
    for action in in_full:  # every one in full, the stopped ones said to be
        assert squash(action.what) in text, action.what
        if action.progress_note:
            assert squash(f"What has happened so far: {action.progress_note}") in text
    for action in ws.actions:  # words the same in "A", "B" and "C": each printed twice
        assert text.count(squash(action.what)) == 2, action.what
    stopped = [a for a in in_full if a.status == ActionStatus.DROPPED]
    assert stopped and text.count(squash("We have stopped this.")) == len(stopped)
    after = text[text.index(squash("We also chose to work on these")) :]
    assert after.startswith(squash(f"We also chose to work on these{IN_BRIEF}"))
    priorities = sorted((t for t in ws.themes if t.priority.chosen),
                        key=lambda t: t.priority.rank or 0)
    for n, theme in enumerate(priorities[6:], start=7):  # "C"'s: named, with how many
        planned = sum(a.theme_id == theme.id and a.status != ActionStatus.DROPPED
                      for a in ws.actions)
        assert squash(f"{n}.{theme.name} ({planned} things planned)") in after
    assert squash("I have family, friends and neighbours who look out for me A (6 people)") in text
    assert len(pdf.pages) <= MOST_PAGES
    for n in range(len(pdf.pages)):
        assert min(text_sizes(pdf, n)) >= 16, n  # large print, on every page
        assert pages[n].startswith("What "), n  # a part's heading, or
        # its heading "(continued)": never a theme or an action with nothing to say what it is


def test_thirty_priorities_are_named_past_the_first_actions(thirty_priorities):
    """Every theme a priority with 4 actions took 18 pages (21 once the actions were late);
    then 8, and 9 once they were late."""
    ws, pdf = thirty_priorities
    assert len(pdf.pages) <= MOST_PAGES
    text = all_text(pdf)
    for theme in ws.themes:
        assert squash(theme.name) in text, theme.name
    in_full = IN_FULL // 4  # priorities, each with 4 actions
    by_rank = sorted(ws.themes, key=lambda t: t.priority.rank or 0)
    for theme in by_rank[:in_full]:  # the first ones as before: every action in full
        for action in (a for a in ws.actions if a.theme_id == theme.id):
            assert squash(action.what) in text, action.what
    for theme in by_rank[in_full:]:  # the rest named, with how many things and whom to ask
        for action in (a for a in ws.actions if a.theme_id == theme.id):
            assert squash(action.what) not in text, action.what
    after = text[text.index(squash("We also chose to work on these")) :]
    assert after.startswith(squash(f"We also chose to work on these{IN_BRIEF}"))
    assert squash(f"{in_full + 1}.{by_rank[in_full].name} (4 things planned)") in after
    assert squash(f"30.{by_rank[-1].name} (4 things planned)") in after
    assert squash("Questions? Ask your care manager.") in all_text(pdf)
    for n in range(len(pdf.pages)):
        assert min(text_sizes(pdf, n)) >= 16, n


def test_other_themes_past_the_first_actions_are_named_too():
    from benchmarks.bench_export import poster_workshop
    from wtfc.model.workshop import Priority

    ws = poster_workshop(themes=12)
    last, others = ws.themes[9], ws.themes[10:]
    themes = [
        t.model_copy(update={"priority": Priority()}) if t in others else t for t in ws.themes
    ]
    actions = [a for a in ws.actions if a.theme_id != last.id]  # a priority with none yet
    ws = ws.model_copy(update={"themes": themes, "actions": actions})
    text = all_text(reader(feedback_sheet_pdf(ws, today=TODAY)))
    assert squash(f"10.{last.name} (nothing agreed yet)") in text
    also = text[text.index(squash("We are also going to do these things")) :]
    assert also.startswith(squash(f"We are also going to do these things{IN_BRIEF}"))
    for other in others:
        assert squash(f"About “{other.name}” (4 things planned)") in also, other.name


@pytest.mark.parametrize("make", ["demo_three_times", "thirty_priorities"])
def test_every_action_is_late_on_the_late_day(make):
    """What the "all_late" sheets above are: every action still planned is past its date,
    and the sheet says so of each it lists."""
    ws, sheet = _sheet(make, EVERY_ACTION_LATE)
    planned = [
        a for a in ws.actions if a.status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
    ]
    assert planned and all(a.by_when and a.by_when < EVERY_ACTION_LATE for a in planned)
    text = all_text(reader(sheet))
    assert "Notstartedyet." not in text and squash("In progress.") not in text
    listed = sum(text.count(squash(what)) for what in {a.what for a in planned})
    late = text.count(squash("Late, not started.")) + text.count(squash("Late, in progress."))
    assert late == listed > 0
