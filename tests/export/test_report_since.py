"""The report's "Since last time" chapter (the Review step): given last time's workshop, the
report says what the Review board says, in the same words; without it the report is as before."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import (
    all_text,
    all_text_of,
    demo_report_pdf,
    demo_workshop,
    outline_titles,
    reader,
    squash,
)

from wtfc.export import report_review
from wtfc.export.report import report_pdf
from wtfc.model.demo import demo_previous_path
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 28)


def _previous() -> Workshop:
    return load_workshop(demo_previous_path()).workshop


@pytest.fixture(scope="module")
def since_pdf() -> bytes:
    """The demo's report with last time's workshop: made once, only read by the tests."""
    return demo_report_pdf(TODAY, previous=True)


@pytest.fixture(scope="module")
def since_text(since_pdf) -> str:
    return all_text_of(since_pdf)  # read once for the same bytes: other modules read them too


def _in_order(text: str, parts: list[str]) -> None:
    """Each part is in ``text``, after the one before it (whitespace ignored)."""
    at = 0
    for part in parts:
        found = text.find(squash(part), at)
        assert found >= 0, f"{part!r} not found after position {at}"
        at = found + len(squash(part))


def test_the_chapter_on_the_demo_says_what_changed_in_the_boards_words(since_text):
    _in_order(since_text, [
        "Priorities",  # after the themes at a glance and the priorities…
        "Since last time",
        "Compared with last time's workshop, “Spring 2026 cycle — older people's services” "
        "(21 April 2026). 12 people's reviews last time, 16 this time, so each theme is judged "
        "by the share of them who said it.",
        # not "gone" while 36 of this time's cards are in no theme yet: 34 of them the report
        # shows (the 2 held back are left out, as the cover and the appendix count them)
        # judged by share, so said in the table's words, never "said less often" of 6 → 7 people
        "Themes: 3 a bigger share of people (▲), 3 a smaller share (▼), 3 about the same share, "
        "1 new, 1 not in this time's themes yet (34 cards are not yet in a theme). "
        # the room view's and the board's words: the statuses add up to the actions, and the
        # late are some of them ("· 2 overdue" made 6 of 4)
        "Last time's 4 actions: 2 done, 1 in progress, 1 not started; ⚠ 2 of them late.",
        "Themes that changed",
        "How many different people's cards were in each theme, of the people reviewed, last "
        "time → this time, and their share of them. Last time's priorities come first.",
        "Change", "Said as", "Theme", "People then → now",
        # 6 → 7 people is more, but of 12 → 16 people reviewed a smaller share: judged so
        "▼ A smaller share of people said this", "Not working",
        "“I am not treated with respect or as an individual by my paid carers”",
        "Priority 1 this time; was priority 1", "6 of 12 → 7 of 16", "50% → 44%",
        "○ Not in this time's themes yet", "Not working", "“I can't get to the shops”",
        # not placed yet (cards not yet in a theme): no "now" count, never "0 of 16"
        "Was priority 2", "3 of 12 → not yet in a theme", "25% → —",
        "▲ A bigger share of people said this", "Not working",
        "“I am not sure who is coming or when”",
        "Priority 2 this time; was priority 3", "3 of 12 → 6 of 16", "25% → 38%",
        "▲ A bigger share of people said this", "Important for the future",
        "“I want to get out, see people and enjoy my hobbies again”", "6 of 12 → 10 of 16",
        "50% → 63%",
        "▼ A smaller share of people said this", "Not working", "“I feel lonely and cut off”",
        "Priority 3 this time", "6 of 12 → 4 of 16", "50% → 25%",
        "✚ New this time", "Not working",
        "“I don't know who to contact when things change or go wrong”", "0 of 12 → 4 of 16",
        "About the same as last time (= 3 themes): “I have family, friends and neighbours who "
        "look out for me”",
        "Last time's actions",
        # the demo's spring has one open action nobody checked on Act since that day
        "Action status as of 28 November 2026 (1 not checked since the workshop).",
        "Last time's action", "Who", "By when", "Its theme now",
        "Pilot outcome-based home care contracts in one area",
        "How we said we'd know: People in the pilot area say their carers have time",
        "So far (15 September 2026): The pilot area is agreed",
        "Commissioners", "Head of Commissioning", "30 September 2026",
        "⚠ Late: in progress",
        "“I am not treated with respect or as an individual by my paid carers”",
        "▼ A smaller share of people said this",
        "Add 'getting to know you' visits to carers' induction", "Done",
        "Send each person a weekly letter saying who is coming and when",
        "⚠ Late: not started",
        "Start a shopping bus with the community transport scheme",
        "How we said we'd know: Nobody says 'I can't get to the shops' at next spring's "
        "reviews.",
        "So far (28 October 2026): Runs every Thursday from the three sheltered schemes.",
        "Older people's organisations", "31 October 2026", "Done",
        "“I can't get to the shops”", "○ Not in this time's themes yet",
        "Every theme, in people's own words",  # …and before the theme chapters
    ])


def test_the_chapter_is_bookmarked_with_its_parts(since_pdf):
    pdf = reader(since_pdf)
    titles = outline_titles(pdf)
    assert titles.index("Priorities") < titles.index("Since last time") \
        < titles.index("Themes that changed") < titles.index("Last time's actions")


def test_without_last_times_workshop_there_is_no_chapter():
    pdf = demo_report_pdf(TODAY)
    assert squash("Since last time") not in all_text_of(pdf)
    assert "Since last time" not in outline_titles(reader(pdf))


def test_no_themes_yet_this_time_is_said_and_none_reads_gone():
    """A new cycle's first day: the cards are in, not yet themed. Last time's themes are not
    'gone', and last time's actions still come back, their theme 'No themes yet this time'."""
    ws = demo_workshop()
    new_cycle = ws.model_copy(update={"themes": [], "causes": [], "success": [],
                                      "actions": []})
    text = all_text(reader(report_pdf(new_cycle, today=TODAY, previous=_previous())))
    _in_order(text, [
        "Since last time",
        "Last time's 4 actions: 2 done, 1 in progress, 1 not started; ⚠ 2 of them late.",
        "No themes yet this time: the cards have not been themed yet, so they are not "
        "compared with last time's themes.",
        "Last time's actions", "Pilot outcome-based home care contracts in one area",
        "“I am not treated with respect or as an individual by my paid carers”",
        "No themes yet this time"])
    assert squash("Gone this time") not in text
    assert squash("Themes that changed") not in text
    empty = all_text(reader(report_pdf(Workshop(title="New cycle"), today=TODAY,
                                       previous=_previous())))
    assert squash("the cards have not been brought in and themed yet") in empty


def test_last_time_without_themes_makes_every_theme_new():
    previous = Workshop(title="Pilot year")
    text = all_text(reader(report_pdf(demo_workshop(), today=TODAY, previous=previous)))
    _in_order(text, ["Compared with last time's workshop, “Pilot year”.",
                     "Last time's workshop has no themes, so every theme is new this time.",
                     "✚ New this time", "Last time's actions",
                     "No actions were agreed last time."])


def test_a_mark_no_font_can_draw_is_left_to_its_words(monkeypatch):
    """On a laptop whose fonts lack the marks, the words carry the change (never a
    "[symbol not shown]" marker), and an arrow reads "to"."""
    monkeypatch.setattr(report_review, "unshown", lambda text: ("symbol",))
    assert report_review.drawn("▲ More people said this") == "More people said this"
    assert report_review.drawn("⚠ Late: started") == "Late: started"
    assert report_review.drawn("7 grew (▲ said more often)") == "7 grew (said more often)"
    assert report_review.drawn("6 → 10") == "6 to 10"
    monkeypatch.setattr(report_review, "unshown", lambda text: ())
    assert report_review.drawn("▲ More people said this") == "▲ More people said this"


def test_last_times_actions_say_how_we_said_we_would_know():
    """What Plan said would show each action worked is printed under it, before what had
    happened; an action with nothing said has no such line."""
    previous = _previous()
    said = previous.actions[0].model_copy(update={
        "how_we_know": "Fewer complaints about rushed visits in the pilot area"})
    unsaid = [a.model_copy(update={"how_we_know": ""}) for a in previous.actions[1:]]
    previous = previous.model_copy(update={"actions": [said, *unsaid]})
    text = all_text(reader(report_pdf(demo_workshop(), today=TODAY, previous=previous)))
    _in_order(text, ["Last time's actions", "Pilot outcome-based home care contracts in one area",
                     "How we said we'd know: Fewer complaints about rushed visits in the pilot "
                     "area", "So far (15 September 2026): The pilot area is agreed"])
    assert text.count(squash("How we said we'd know")) == 1


def test_last_times_priorities_say_so_and_come_first():
    """The chapter names last time's priorities, first among the changes by their rank then,
    and says why they lead; one about the same says so in the list of those."""
    from wtfc.model.workshop import Priority

    previous = _previous()
    ranks = {"I am not sure who": 1, "I can't get to the shops": 2, "I have family": 3}
    previous = previous.model_copy(update={"themes": [
        t.model_copy(update={"priority": Priority(chosen=True, rank=rank)})
        if (rank := next((r for n, r in ranks.items() if t.name.startswith(n)), None))
        else t.model_copy(update={"priority": Priority()})  # none of the demo's own
        for t in previous.themes]})
    text = all_text(reader(report_pdf(demo_workshop(), today=TODAY, previous=previous)))
    _in_order(text, [
        "Themes that changed",
        "How many different people's cards were in each theme, of the people reviewed, last "
        "time → this time, and their share of them. Last time's priorities come first.",
        "▲ A bigger share of people said this", "“I am not sure who is coming or when”",
        "Priority 2 this time; was priority 1", "3 of 12 → 6 of 16",
        "○ Not in this time's themes yet", "“I can't get to the shops”", "Was priority 2",
        "3 of 12 → not yet in a theme",
        "▲ A bigger share of people said this",
        "“I want to get out, see people and enjoy my hobbies again”",
        "About the same as last time (= 3 themes): “I have family, friends and neighbours who "
        "look out for me” (was priority 3)",
        "Last time's actions"])
