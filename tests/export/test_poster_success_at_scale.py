"""A big borough's theme posters (20-60 causes, 5-10 success statements a voice, 15 actions a
priority) each show "What would success look like?" with the older people's own words: the
causes had filled the middle column, and seven of ten posters said only that the statements
were in the report (review 25 scale F3). A perspective's first statement comes before a root
cause not agreed; the note at the column's foot counts what it leaves off."""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter

import pytest
from export_checks import reader, text_sizes

from wtfc.export.content import SUCCESS_HEADING
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.export.theme_poster_styles import MIN_POINTS
from wtfc.model.cause_category import CauseCategory
from wtfc.model.workshop import (
    Action,
    Card,
    Cause,
    Kind,
    Perspective,
    Priority,
    Role,
    SuccessStatement,
    Theme,
    Workshop,
)

TODAY = dt.date(2026, 11, 30)
WHO = ["Paid carers", "The office", "Care managers", "Contracts", "Rotas", "Care plans",
       "Assessments", "The phone line", "Day centres", "Hospital discharge teams"]
WHY = ["are too task focused and not outcome focused", "do not have time to sit and talk",
       "pay for minutes of task, so a longer visit loses money",
       "close at five o'clock, so nobody answers in the evening",
       "do not share what they know with each other", "use words older people do not use"]
SUCCESS = ["My carers listen to me and understand what is important to me",
           "I know who is coming and when, and someone rings if they are late",
           "I tell my story once and everyone knows it",
           "We buy outcomes, not minutes, and we know what difference our money makes",
           "I can phone one number and a person answers who knows me"]
# (causes, of them agreed or None for about one in seven, whether older people wrote any)
PRIORITIES = [(20, None, True), (60, None, True), (35, None, True), (45, None, True),
              (50, None, True), (25, 12, True), (40, None, False)]
CAUSE = re.compile(r"\(c\d+\)")
STATEMENT = re.compile(r"\(s\d+\)")
NOTE = re.compile(r"(?:Cause categories|\d+ more)[^.]* in the report\.")


def _big() -> Workshop:
    rng = random.Random(25)
    themes, cards, causes, success, actions = [], [], [], [], []
    for t, (n_causes, n_agreed, older) in enumerate(PRIORITIES):
        tid = f"t{t}"
        themes.append(Theme(id=tid, kind=Kind.NOT_WORKING, name=f"I am not sure who is coming {t}",
                            card_ids=[f"{tid}k"], priority=Priority(chosen=True, rank=t + 1)))
        cards.append(Card(id=f"{tid}k", kind=Kind.NOT_WORKING, text="Nobody rings me."))
        agreed = set(rng.sample(range(n_causes), n_agreed)) if n_agreed else {
            c for c in range(n_causes) if rng.random() < 0.15}
        for c in range(n_causes):
            causes.append(Cause(
                id=f"{tid}c{c}", theme_id=tid, root_cause=c in agreed or rng.random() < 0.3,
                agreed=c in agreed, category=rng.choice([*CauseCategory, None]),
                text=f"{rng.choice(WHO)} {rng.choice(WHY)} (c{len(causes)}).",
            ))
        for p in Perspective:
            if p is Perspective.OLDER_PEOPLE and not older:
                continue
            for _ in range(rng.randint(5, 10)):
                n = len(success)
                success.append(SuccessStatement(id=f"s{n}", theme_id=tid, perspective=p,
                                                text=f"{rng.choice(SUCCESS)} (s{n})."))
        ours = [s for s in success if s.theme_id == tid]
        actions += [Action(id=f"{tid}a{a}", theme_id=tid, role=list(Role)[a % 5],
                           what="Send a text when the carer is more than fifteen minutes late.",
                           owner="Registered Manager, home care", by_when=dt.date(2027, 3, 1),
                           cause_id=f"{tid}c{a}", success_id=rng.choice(ours).id)
                    for a in range(15)]
    return Workshop(title="Westborough", themes=themes, cards=cards, causes=causes,
                    success=success, actions=actions)


@pytest.fixture(scope="module")
def big() -> Workshop:
    return _big()


@pytest.fixture(scope="module")
def posters(big):
    return reader(theme_posters_pdf(big, today=TODAY))


def _middle(text: str) -> str:
    """The middle column's words: from "Why it happens" to its note, if any."""
    start = text.index("Why it happens")
    note = NOTE.search(text, start)
    return text[start : note.end() if note else len(text)]


def _words(posters, index: int) -> str:
    return " ".join(posters.pages[index].extract_text().split())


def test_every_poster_shows_success_in_the_older_peoples_words_first(big, posters):
    assert len(posters.pages) == len(PRIORITIES)  # one sheet each, however full
    for index, theme in enumerate(big.themes):
        middle = _middle(_words(posters, index))
        assert " ".join(SUCCESS_HEADING.split()) in middle, index
        voices = [p for p in Perspective
                  if any(s.perspective is p for s in big.success if s.theme_id == theme.id)]
        # the first voice is the older people's, when they wrote any, and one of theirs shows
        first = voices[0]
        assert first is (Perspective.OLDER_PEOPLE if PRIORITIES[index][2]
                         else Perspective.FAMILY_CARERS)
        after = middle[middle.index(first.label) + len(first.label):]
        assert after.startswith(" “"), index
        assert STATEMENT.match(after[after.index("(s"):])


def test_a_root_cause_not_agreed_gives_way_to_each_voices_first_statement(big, posters):
    for index, theme in enumerate(big.themes):
        middle = _middle(_words(posters, index))
        voices = {s.perspective for s in big.success if s.theme_id == theme.id}
        shown = {p for p in voices if p.label in middle}
        if "Other root causes" in middle:
            assert shown == voices, index
        seconds = Counter(s.perspective for s in big.success
                          if s.theme_id == theme.id and f"({s.text.split('(')[-1]}" in middle)
        if any(n > 1 for n in seconds.values()):  # a second statement: every cause is shown
            assert not re.search(r"\d+ more cause", middle), index
    # the big posters all leave causes off for success (the 25-cause one's 12 agreed too)
    assert all(re.search(r"\d+ more cause", _middle(_words(posters, i)))
               for i in range(len(PRIORITIES)))


def test_the_note_counts_the_causes_and_statements_left_off(big, posters):
    for index, theme in enumerate(big.themes):
        middle = _middle(_words(posters, index))
        [note] = NOTE.findall(middle)
        causes = [c for c in big.causes if c.theme_id == theme.id
                  and (c.agreed or c.root_cause)]
        statements = [s for s in big.success if s.theme_id == theme.id]
        causes_off = len(causes) - len(CAUSE.findall(middle))
        shown = set(STATEMENT.findall(middle))
        off = Counter(s.perspective for s in statements
                      if s.text[s.text.rindex("("):-1] not in shown)
        assert causes_off > 0
        assert f"{causes_off} more cause{'s' if causes_off > 1 else ''}" in note, note
        assert f"{sum(off.values())} more statements, from " in note, note
        for perspective, n in off.items():
            every = n == sum(s.perspective is perspective for s in statements)
            name = perspective.label.removesuffix(" would say")
            assert f"{name} ({'all ' if every else ''}{n})" in note, note


def test_the_big_posters_text_is_never_under_14_points(posters):
    for index in range(len(posters.pages)):
        assert min(text_sizes(posters, index)) >= MIN_POINTS
