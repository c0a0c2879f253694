"""The feedback sheet's last page is not left near-empty.

Six more actions for the first priority ran the sheet just past its second page: the third held
one action under "(continued)", 85% of it blank. The actions are now shared out between the
last two pages (each action whole on one page), as the room view's pages share their rows.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from export_checks import reader
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.model.workshop import Action, Role

TODAY = dt.date(2025, 1, 2)


@functools.cache
def _sheet_pages(extra: int) -> tuple[str, ...]:
    """Each page's text of the sheet with ``extra`` more actions, made and read once (two
    tests read 6 and 15)."""
    ws = make_workshop()
    actions = [Action(id=f"n{i}", theme_id="t1", role=Role.PROVIDERS, owner="Care agencies",
                      what=f"Action {i}: phone people when a visit will be more than fifteen "
                           "minutes late, every time.",
                      by_when=dt.date(2025, 5, 1)) for i in range(extra)]
    pdf = feedback_sheet_pdf(ws.model_copy(update={"actions": [*ws.actions, *actions]}),
                             today=TODAY)
    return tuple(page.extract_text() for page in reader(pdf).pages)


# 6 and 15 extra actions left one action alone on a last page (3 and 4 pages)
@pytest.mark.parametrize(("extra", "pages"), [(6, 3), (15, 4)])
def test_the_last_page_holds_more_than_one_action(extra, pages):
    text = _sheet_pages(extra)
    assert len(text) <= pages
    assert text[-1].count("Who:") > 1
    assert "(continued)" in text[-1]  # the page says what it carries on


@pytest.mark.parametrize("extra", [6, 7, 15])
def test_no_action_is_cut_across_pages_and_every_one_is_there(extra):
    text = _sheet_pages(extra)
    for page in text:  # an action's words and its "Who:" line on the same page
        assert page.count("•") == page.count("Who:")
    every = "".join(text)
    assert all(f"Action {i}:" in every for i in range(extra))
