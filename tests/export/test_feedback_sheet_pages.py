"""The feedback sheet's pages: a page that carries on a list or a priority's actions says which,
"(continued)"; what happens next and whom to ask are on page 1, so a small workshop fits one
sheet and nothing is left alone on a last one; the date things stood on is given whenever an
action is listed; and nothing unnamed or untitled is printed as a placeholder."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_words import (
    NO_PRIORITIES,
    QUESTIONS,
    STILL_NAMING,
    STILL_NAMING_CHOSEN,
)
from wtfc.model.workshop import (
    Action,
    Card,
    Kind,
    Person,
    Priority,
    Role,
    Theme,
    Workshop,
)

TODAY = dt.date(2026, 11, 28)
AS_OF = "This is how things stood on 28 November 2026."


def pages(ws: Workshop) -> list[str]:
    pdf = reader(feedback_sheet_pdf(ws, today=TODAY))
    return [squash(page.extract_text()) for page in pdf.pages]


def _long_workshop() -> Workshop:
    """Thirty things that are working, and one priority with twelve actions."""
    people = [Person(id=f"P{i:02}") for i in range(60)]
    cards, themes = [], []
    for i in range(30):
        card = Card(id=f"c{i}", kind=Kind.WORKING, text=f"card {i}", person=f"P{i:02}")
        cards.append(card)
        themes.append(
            Theme(
                id=f"t{i}",
                kind=Kind.WORKING,
                card_ids=[card.id],
                name=f"I like thing number {i} that helps me every day at home",
            )
        )
    themes[0] = themes[0].model_copy(update={"priority": Priority(chosen=True, rank=1)})
    actions = [
        Action(
            theme_id="t0",
            role=Role.PROVIDERS,
            by_when=dt.date(2027, 1, 1),
            what=f"Step {i}: do something that people will notice every week",
        )
        for i in range(12)
    ]
    return Workshop(title="Long", people=people, cards=cards, themes=themes, actions=actions)


def test_a_page_that_carries_on_says_what_it_carries_on():
    texts = pages(_long_workshop())
    assert len(texts) >= 3
    starts = {
        squash("What you told us is working (continued)"),
        squash(
            "What we chose to work on first (continued)1.I like thing number 0 that helps "
            "me every day at home (continued)"
        ),
    }
    for n, text in enumerate(texts[1:], start=2):
        assert any(text.startswith(start) for start in starts), (n, text[:120])
    assert any(
        text.startswith(squash("What we chose to work on first (continued)")) for text in texts
    )


def test_the_demo_carries_its_headings_on():
    texts = pages(demo_workshop())
    for text in texts[1:]:
        assert "(continued)" in text[:120], text[:120]


def test_what_happens_next_and_whom_to_ask_are_on_page_one():
    texts = pages(demo_workshop())
    assert squash("We will look again at what has changed on 12 May 2027.") in texts[0]
    assert squash(QUESTIONS) in texts[0]
    assert squash("What happens next") not in "".join(texts[1:])


def test_a_tiny_workshop_fits_one_sheet():
    cards = [
        Card(id="c1", kind=Kind.NOT_WORKING, person="P01", text="Carers are late."),
        Card(id="c2", kind=Kind.WORKING, person="P02", text="I like the lunch club."),
    ]
    ws = Workshop(
        title="Tiny",
        date=dt.date(2026, 11, 12),
        venue="Hall",
        people=[Person(id="P01"), Person(id="P02")],
        cards=cards,
        themes=[
            Theme(
                id="t1",
                kind=Kind.NOT_WORKING,
                card_ids=["c1"],
                name="I don't know when my carer is coming",
                priority=Priority(chosen=True, rank=1, votes=3),
            ),
            Theme(id="t2", kind=Kind.WORKING, name="I enjoy the lunch club", card_ids=["c2"]),
        ],
        actions=[
            Action(
                theme_id="t1",
                role=Role.PROVIDERS,
                what="Ring when late.",
                by_when=dt.date(2027, 1, 1),
            )
        ],
    )
    [text] = pages(ws)
    assert squash(QUESTIONS) in text and squash("Ring when late.") in text


def test_actions_without_priorities_say_when_things_stood():
    ws = make_workshop()
    ws = ws.model_copy(
        update={"themes": [t.model_copy(update={"priority": Priority()}) for t in ws.themes]}
    )
    text = "".join(pages(ws))
    assert squash(NO_PRIORITIES) in text
    assert squash(f"We are also going to do these things{AS_OF}") in text


def test_unnamed_and_untitled_are_left_out_not_printed_as_placeholders():
    ws = make_workshop()
    themes = [t.model_copy(update={"name": ""}) if t.id in ("t1", "t3") else t for t in ws.themes]
    text = all_text(
        reader(
            feedback_sheet_pdf(ws.model_copy(update={"themes": themes, "title": "  "}), today=TODAY)
        )
    )
    assert "room" not in text.lower() and "Untitled" not in text
    # the named one keeps its number, Priority 2, as the board and the report give it; the
    # letter says some are still being named
    assert squash("2.I want to stay in my own home") in text
    assert squash("1.I want") not in text
    assert squash("1.About something we are still naming") in text  # and its actions
    assert squash("Pay for continuity") in text
    assert squash(STILL_NAMING) in text and squash(STILL_NAMING_CHOSEN) in text
    untitled = Workshop(cards=[Card(kind=Kind.WORKING, text="x")])
    text = all_text(reader(feedback_sheet_pdf(untitled, today=TODAY)))
    assert "Untitled" not in text and "room" not in text.lower()
