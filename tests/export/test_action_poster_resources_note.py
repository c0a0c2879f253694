"""The action poster never shows an action's resources (no room on the sheet), and its note
under the counts said only that the cause it tackles and the success it aims at are in the
report: a reader of a plan whose actions have resources was not told where they are."""

from __future__ import annotations

import datetime as dt

from every_pdf import demo_pdf
from export_checks import all_text, all_text_of, demo_workshop, reader, squash

from wtfc.export.action_poster import TACKLES_NOTE, action_poster_pdf
from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 29)
MONEY = "£12,000 from the Better Care Fund for training; two days of a trainer's time."


def _poster_text(ws: Workshop) -> str:
    return all_text(reader(action_poster_pdf(ws, today=TODAY)))


def _with_resources(ws: Workshop) -> Workshop:
    actions = [
        a.model_copy(update={"resources": MONEY}) if i == 0 else a for i, a in enumerate(ws.actions)
    ]
    return ws.model_copy(update={"actions": actions})


def test_the_note_says_the_resources_are_in_the_report():
    demo = demo_workshop()  # every action tackles a cause
    text = _poster_text(_with_resources(demo))
    assert (
        squash(
            "Each action's “Because:” line is in full in the report, with its “So people can say:” "
            "line and the resources it needs."
        )
        in text
    )
    assert squash(MONEY) not in text  # still not on the poster itself


def test_with_no_cause_linked_the_note_still_says_where_the_resources_are():
    demo = demo_workshop()
    ws = _with_resources(
        demo.model_copy(
            update={"actions": [a.model_copy(update={"cause_id": None}) for a in demo.actions]}
        )
    )
    text = _poster_text(ws)
    assert squash("Each action's resources, and who else to bring in, are in the report.") in text
    assert squash("Below each action") not in text


def test_the_demo_poster_says_where_its_resources_are():
    """The bundled demo gives five of its actions resources, so its poster points to them."""
    text = all_text_of(demo_pdf("action poster"))
    assert squash("with its “So people can say:” line and the resources it needs.") in text
    assert "tackles" not in text and "aims at" not in text  # the lines say "Because:"


def test_with_no_resources_the_note_is_as_before():
    demo = demo_workshop()
    bare = [a.model_copy(update={"resources": ""}) for a in demo.actions]
    text = _poster_text(demo.model_copy(update={"actions": bare}))
    assert squash(TACKLES_NOTE) in text
    assert squash("resources") not in text.casefold()
