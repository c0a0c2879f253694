"""The feedback sheet for the people whose reviews were used, read back from the PDF: what they
told us by theme, the priorities and the actions, large print, and nothing that names anyone."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from export_checks import all_text, demo_workshop, page_size_mm, reader, squash, text_sizes
from export_workshop import HELD_BACK_TEXT, make_workshop

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet import export_feedback_sheet, feedback_sheet_pdf
from wtfc.export.feedback_sheet_words import (
    NEXT_REVIEW_UNKNOWN,
    NO_ACTIONS,
    NO_PRIORITIES,
    NO_THEMES,
)
from wtfc.model.workshop import (
    ActionStatus,
    Card,
    Kind,
    RoleCount,
    RoomRole,
    Theme,
    Workshop,
)

TODAY = dt.date(2026, 11, 28)


def sheet_text(ws: Workshop) -> tuple[str, str]:
    """The sheet's text as read back, squashed (for phrases) and as extracted (for codes)."""
    pdf = reader(feedback_sheet_pdf(ws, today=TODAY))
    raw = "\n".join(page.extract_text() for page in pdf.pages)
    return all_text(pdf), raw


@pytest.fixture(scope="module")
def demo():
    return demo_workshop()


@pytest.fixture(scope="module")
def demo_sheet(demo):
    return feedback_sheet_pdf(demo, today=TODAY)


def test_the_small_workshop_says_what_was_heard_chosen_and_planned():
    text, _ = sheet_text(make_workshop())
    for said in (
        "What you told us, and what we are doing about it",
        "Older people's services review",
        "On 12 November 2024 at Town hall",
        "We looked at what 12 people said in their reviews",  # P13 has no card: not counted
        "What you told us is working",
        "What you told us is not working",
        "What you told us is important for the future",
        # 5 people: the held-back card's person is counted, as the room and the report count
        # them (a count names no one; the letter quotes no card)
        "how many people said something like it.",
        "I don't know who is coming or when (5 people)",
        "I want to stay in my own home (3 people)",
        "I have people who know me (a few people)",  # 2: not counted
        "What we chose to work on first",
        "1.I don't know who is coming or when",
        "2.I want to stay in my own home",
        "Pay for continuity: outcome-based contracts from April.",
        "Who: Commissioners (the people who decide which services the council pays for). "
        "By 1 April 2025. Late, not started.",
        "Who: Care managers. The date is still to be agreed. Not started yet.",
        "This is how things stood on 28 November 2026.",
        NEXT_REVIEW_UNKNOWN,
        "Questions? Ask your care manager.",
    ):
        assert squash(said) in text, said


def test_no_card_person_code_owner_or_held_back_word_is_printed():
    ws = make_workshop()
    text, raw = sheet_text(ws)
    for card in ws.cards:  # themes only: no one's own words
        assert squash(card.text) not in text, card.text
    assert "Mrs Example" not in raw and "Acacia" not in raw and squash(HELD_BACK_TEXT) not in text
    assert not re.search(r"\bP\d{2}\b", raw)  # no person codes
    for action in ws.actions:  # an owner is a member of staff: only the role is named
        if action.owner:
            assert squash(action.owner) not in text, action.owner


def test_the_demo_sheet_is_large_print_a4_and_complete(demo, demo_sheet):
    pdf = reader(demo_sheet)
    assert 1 <= len(pdf.pages) <= 4
    for i in range(len(pdf.pages)):
        assert page_size_mm(pdf, i) == (210, 297)
        # large print (16-18 pt; 14 pt is only "clear print"): body text and page numbers alike
        assert min(text_sizes(pdf, i)) >= 16, i
    assert f"Page 1 of {len(pdf.pages)}" in pdf.pages[0].extract_text()
    text = all_text(pdf)
    raw = "\n".join(page.extract_text() for page in pdf.pages)
    content = ExportContent(demo)
    for theme in content.themes:
        assert squash(theme.theme.name) in text, theme.theme.name
    for card in content.cards:
        assert squash(card.text) not in text, card.text
    for card in demo.cards:
        if card.held_back:
            assert squash(card.text[:30]) not in text
    assert "Patel" not in raw and "01632" not in raw
    assert not re.search(r"\bP\d{2}\b", raw)
    for action in demo.actions:  # a dropped one too: said to be stopped, never left out
        assert squash(action.what) in text, action.what
        assert squash(action.owner) not in text, action.owner
    dropped = [a for a in demo.actions if a.status == ActionStatus.DROPPED]
    assert dropped and text.count(squash("We have stopped this.")) == len(dropped)
    assert squash("We will look again at what has changed on 12 May 2027.") in text


def test_themes_are_biggest_first_and_priorities_in_rank_order(demo, demo_sheet):
    text = all_text(reader(demo_sheet))
    content = ExportContent(demo)
    for kind in Kind:
        themes = [t for t in content.themes if t.theme.kind == kind]
        places = [text.index(squash(t.theme.name)) for t in themes]
        by_people = sorted(themes, key=lambda t: -t.people)
        assert [t.people for t in sorted(themes, key=lambda t: places[themes.index(t)])] == [
            t.people for t in by_people
        ]
    priorities = squash("What we chose to work on first")
    after = text[text.index(priorities) :]
    ranked = [
        after.index(f"{n}.{squash(t.theme.name)}")
        for n, t in enumerate(content.priority_themes, start=1)
    ]
    assert ranked == sorted(ranked)


def test_commissioners_are_explained_once(demo, demo_sheet):
    text = all_text(reader(demo_sheet))
    explained = squash("the people who decide which services the council pays for")
    assert text.count(explained) == 1
    assert text.index(explained) < text.rindex(squash("Who: Commissioners."))


def test_an_empty_workshop_says_what_is_not_done_yet(tmp_path):
    path = export_feedback_sheet(Workshop(title="New"), tmp_path / "f.pdf", today=TODAY)
    text = all_text(reader(path.read_bytes()))
    for said in (NO_THEMES, NO_PRIORITIES, "Questions? Ask your care manager."):
        assert squash(said) in text
    assert squash("We looked at what was said in reviews") in text  # never "0 people"


def test_a_priority_without_actions_and_cards_without_codes():
    ws = make_workshop()
    ws = ws.model_copy(
        update={
            "actions": [a for a in ws.actions if a.theme_id != "t2"],
            "cards": [
                *ws.cards,
                Card(id="n1", kind=Kind.WORKING, text="Lunch club"),
                Card(id="n2", kind=Kind.WORKING, text="Lunch club again"),
            ],
            "themes": [
                *ws.themes,
                Theme(id="t9", kind=Kind.WORKING, name="I like lunch club", card_ids=["n1", "n2"]),
            ],
        }
    )
    text, _ = sheet_text(ws)
    assert squash(f"2.I want to stay in my own home{NO_ACTIONS}") in text
    assert squash("I like lunch club (said a few times)") in text  # never "0 people", nor "2"


def test_the_next_review_date_is_said_when_set():
    ws = make_workshop().model_copy(update={"next_review": dt.date(2027, 5, 12)})
    text, _ = sheet_text(ws)
    assert squash("We will look again at what has changed on 12 May 2027.") in text
    assert squash(NEXT_REVIEW_UNKNOWN) not in text


@pytest.mark.parametrize(
    ("in_the_room", "met"),
    [
        ([], "people who plan, pay for and give care met at a workshop"),
        ([("older_people", 6), ("family_carers", 2), ("commissioners", 3)],
         "older people, family carers and people who plan, pay for and give care met"),
        ([("older_people", 4), ("family_carers", 0)],
         "older people and people who plan, pay for and give care met"),
    ],
)
def test_the_letter_says_older_people_and_carers_met_when_they_were_in_the_room(in_the_room, met):
    """Read by the people whose reviews were used: it must not say only professionals met."""
    ws = make_workshop()
    ws = ws.model_copy(update={"in_the_room": [
        RoleCount(role=RoomRole(role), count=n) for role, n in in_the_room]})
    text, _ = sheet_text(ws)
    assert squash(f"On 12 November 2024 at Town hall, {met}") in text


def test_a_theme_in_urdu_or_bengali_prints_and_other_writing_is_named_first():
    from wtfc.export.unshowable import no_words, unshowable_parts

    ws = make_workshop()
    themes = list(ws.themes)
    themes[1] = themes[1].model_copy(update={"name": "আমি বাড়িতে থাকতে চাই"})
    themes[2] = themes[2].model_copy(update={"name": "我想回家"})
    ws = ws.model_copy(update={"themes": themes})
    data = feedback_sheet_pdf(ws, today=TODAY)
    from export_checks import fonts

    assert any("NotoSansBengali" in name for name in fonts(reader(data)))
    parts = unshowable_parts(ws, "feedback", quote=no_words)
    assert [p.where for p in parts] == ["The theme “…”"]  # the Chinese name only
    assert unshowable_parts(make_workshop(), "feedback", quote=no_words) == []


def test_the_question_before_export_reads_what_the_sheet_prints():
    from wtfc.importing.typed_details import typed_details

    ws = make_workshop()
    themes = list(ws.themes)
    themes[2] = themes[2].model_copy(update={"name": "I like it when Mrs Jones rings 01632 960418"})
    actions = [a.model_copy(update={"owner": "Ring 07700 900123"}) for a in ws.actions]
    ws = ws.model_copy(update={"themes": themes, "actions": actions})
    found = [d.where for d in typed_details(ws, "feedback")]
    assert any(where.startswith("The theme") for where in found)  # every theme is printed
    assert not any("owner" in where for where in found)  # the sheet prints no owner


def test_the_question_asks_about_the_actions_of_a_theme_with_no_name():
    """The sheet leaves out a theme with no name yet, but a priority's actions are printed all
    the same (under "About something we are still naming"): the question asks about them as
    in "Unnamed theme", as the app shows it (it left them out, the phone number printed)."""
    from wtfc.importing.typed_details import typed_details

    ws = make_workshop()
    themes = [t.model_copy(update={"name": ""}) if t.id == "t1" else t for t in ws.themes]
    actions = [a.model_copy(update={"what": "Ring Mrs Jones on 01632 960418"}) for a in ws.actions]
    ws = ws.model_copy(update={"themes": themes, "actions": actions})
    found = [d.where for d in typed_details(ws, "feedback")]
    assert found == [f"An action in the theme “{theme}”: “Ring [name] on [phone]”"
                     for theme in ("Unnamed theme", "I want to stay in my own home")]


def test_a_next_review_passed_by_the_day_of_the_sheet_is_no_promise():
    """Set for 20 November, the sheet made on the 28th: it says the group will look again at
    the next reviews, as with no date, not "on 20 November 2026" beside "how things stood on
    28 November 2026"."""
    ws = make_workshop().model_copy(update={"next_review": dt.date(2026, 11, 20)})
    text, _ = sheet_text(ws)
    assert squash(NEXT_REVIEW_UNKNOWN) in text
    assert squash("20 November 2026") not in text
    on_the_day = ws.model_copy(update={"next_review": TODAY})  # not passed yet: still said
    assert squash("We will look again at what has changed on 28 November 2026.") in (
        sheet_text(on_the_day)[0]
    )
