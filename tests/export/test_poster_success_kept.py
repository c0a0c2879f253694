"""A theme poster whose causes fill its middle column: "What would success look like?" is printed
only with a perspective and a statement under it (else the note says the statements are in the
report), and the causes' categories give way only to keep a success statement, not a cause.
The note at the column's foot says what it left off, and that the report has it ("Cause
categories and 2 more statements are in the report.")."""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest
from export_checks import reader, squash

from wtfc.export.content import NO_SUCCESS_WRITTEN, SUCCESS_HEADING
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.export.theme_poster_middle import CATEGORIES_IN_REPORT
from wtfc.model.cause_category import CauseCategory
from wtfc.model.workshop import (
    Card,
    Cause,
    Kind,
    Perspective,
    Priority,
    SuccessStatement,
    Theme,
    Workshop,
)

TODAY = dt.date(2025, 1, 1)
LONG = (
    "Contracts pay for minutes of task, so a longer visit loses the provider money and "
    "nobody wants to pay for travel time between visits in rural areas."
)
FIRST_STATEMENT = "We know who is coming and when, and they speak our language."


def _workshop(causes: int, *, categories: bool = True, success: bool = True) -> Workshop:
    """One priority with ``causes`` root causes (every other one long), each with a
    category, and a success statement from each perspective (or none)."""
    bones = list(CauseCategory)
    theme = Theme(
        id="t1",
        kind=Kind.WORKING,
        name="I want to be listened to",
        card_ids=["c1"],
        priority=Priority(chosen=True, rank=1),
    )
    return Workshop(
        title="Full middle",
        themes=[theme],
        cards=[Card(id="c1", kind=Kind.WORKING, text="Nobody asks me.")],
        causes=[
            Cause(
                id=f"k{i}",
                theme_id="t1",
                root_cause=True,
                agreed=i % 2 == 0,
                text=f"Cause {i}: " + (LONG if i % 2 else "Rotas change at short notice."),
                category=bones[i % len(bones)] if categories else None,
            )
            for i in range(causes)
        ],
        success=[
            SuccessStatement(
                id=f"s{n}",
                theme_id="t1",
                perspective=p,
                text=FIRST_STATEMENT if n == 0 else f"Statement {n}.",
            )
            for n, p in enumerate(Perspective)
            if success
        ],
    )


@functools.cache
def _made(causes: int, categories: bool = True, success: bool = True) -> tuple[int, str]:
    """The poster of ``_workshop(causes, …)``: its number of pages and its first page's text,
    made and read once (three tests read the very same posters: 18 of 70 were made again)."""
    pdf = reader(theme_posters_pdf(_workshop(causes, categories=categories, success=success),
                                   today=TODAY))
    return len(pdf.pages), pdf.pages[0].extract_text()


def _text(causes: int, *, categories: bool = True, success: bool = True) -> str:
    """The words of ``_workshop(causes, …)``'s poster, without spaces."""
    pages, text = _made(causes, categories, success)  # (the cache's key: always all three)
    assert pages == 1  # one sheet, however full
    return squash(text)


@pytest.mark.parametrize("causes", range(4, 20))
def test_what_success_looks_like_never_stands_alone(causes):
    text = _text(causes)
    heading = squash(SUCCESS_HEADING)
    if heading in text:  # a perspective's first statement that fits, under its label
        after = text[text.index(heading) + len(heading) :]
        label = next(p.label for p in Perspective if after.startswith(squash(p.label)))
        assert after[len(squash(label)) :].startswith("“")
    else:  # after the causes left off, if any: "3 more causes and the success statements…"
        assert squash("the success statements are in the report.") in text.lower()
        assert "Moreofthistheme" not in text  # the note it said before, whatever was left off


@pytest.mark.parametrize(("causes", "success"), [(8, True), (16, False)])
def test_categories_stay_when_no_success_statement_is_at_stake(causes, success):
    """Causes too many to fit: with every perspective's first statement shown (the causes
    give way for them), or none written, leaving the categories off would only show a cause
    more."""
    text = _text(causes, success=success)
    assert (squash(FIRST_STATEMENT) in text) == success
    assert "(Peopleandstaff)" in text and "(Policyandcontracts)" in text


def _poster(workshop: Workshop) -> str:
    """The poster's words, each run of spaces one space."""
    pdf = reader(theme_posters_pdf(workshop, today=TODAY))
    return " ".join(pdf.pages[0].extract_text().split())


def _poster_of(causes: int, *, categories: bool = True, success: bool = True) -> str:
    """``_poster`` of ``_workshop(causes, …)``, made and read once."""
    return " ".join(_made(causes, categories, success)[1].split())


NOTE = re.compile(r"(?:Cause categories|\d+ more|The success statements)[^.]* in the report\.")


@pytest.mark.parametrize("categories", [True, False])
@pytest.mark.parametrize("causes", range(0, 20))
def test_the_note_says_what_the_column_left_off(causes, categories):
    """Counted from what the poster shows: the causes, the statements, the categories."""
    text = _poster_of(causes, categories=categories)
    notes = NOTE.findall(text)
    causes_left = causes - len(re.findall(r"Cause \d+:", text))
    statements = [FIRST_STATEMENT] + [f"Statement {n}." for n in range(1, len(Perspective))]
    statements_left = sum(s not in text for s in statements)
    whose = [p.label.removesuffix(" would say") for p, s in zip(Perspective, statements,
                                                                strict=True) if s not in text]
    bones = list(CauseCategory)
    marks = [f"({bones[int(n) % len(bones)].label})" for n in re.findall(r"Cause (\d+):", text)]
    categories_left = categories and causes > 1 and not any(m in text for m in marks)
    if not (causes_left or statements_left or categories_left):
        assert notes == []
        return
    [note] = notes
    assert note.startswith("Cause categories") == categories_left
    if causes_left:
        assert f"{causes_left} more cause{'s' if causes_left > 1 else ''} " in note
    else:
        assert "cause " not in note and "causes" not in note
    if statements_left == len(statements):  # no heading over them to say what they are
        assert note.lower().endswith("the success statements are in the report."), note
    elif statements_left:  # and whose they are, each perspective's one statement here
        assert f"{statements_left} more statement{'s' if statements_left > 1 else ''}, " in note
        named = re.findall(r"(?:from |, | and )([A-Z][a-z ]+) \(1\)", note)
        assert named == whose, note
    else:
        assert "statement" not in note
    if categories_left and not (causes_left or statements_left):  # else no note for them
        assert note == CATEGORIES_IN_REPORT


def test_the_note_names_whose_statements_it_left_off():
    note = NOTE.findall(_poster_of(17, categories=False))
    assert note == ["8 more causes and 2 more statements, from Staff and managers (1) and "
                    "Commissioners (1), are in the report."]


def _voices(causes: int) -> Workshop:
    """Older people have three statements, the others one each (the demo's posters 1 and 2)."""
    ws = _workshop(causes, categories=False)
    more = [SuccessStatement(id=f"o{n}", theme_id="t1", perspective=Perspective.OLDER_PEOPLE,
                             text=f"Older {n}.") for n in (2, 3)]
    return ws.model_copy(update={"success": [*ws.success[:1], *more, *ws.success[1:]]})


@pytest.mark.parametrize("causes", range(2, 12))
def test_every_perspective_has_a_statement_before_any_has_a_second(causes):
    """Their second and third statements had filled the room, so the staff's and the
    commissioners' view of success was left off the wall."""
    text = _poster(_voices(causes))
    shown = [p for p in Perspective if p.label in text]
    if "Older 2." in text:
        assert shown == list(Perspective), causes
    elif shown:  # the note names whose statements it left off
        missing = [p.label.removesuffix(" would say") for p in Perspective if p not in shown]
        assert all(f"{name} (" in text for name in missing), text
        assert Perspective.OLDER_PEOPLE not in shown or "Older people (2)" in text
    assert ("Older 3." in text) <= ("Older 2." in text)


def test_a_theme_with_no_success_written_still_says_so_under_causes_left_off():
    text = _poster_of(19, success=False)
    causes_left = 19 - len(re.findall(r"Cause \d+:", text))
    assert causes_left > 1
    assert f"{causes_left} more causes are in the report. {NO_SUCCESS_WRITTEN}" in text
