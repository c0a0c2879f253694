"""A theme poster's "What we will do" column shows every action it can: an action pasted in
from the minutes (the model allows 4,000 characters) is cut short with "…", rather than leave
the column empty or push the other actions off."""

from __future__ import annotations

import io

import pytest
from export_checks import reader, squash
from reportlab.pdfgen.canvas import Canvas

from wtfc.export.blocks import Column
from wtfc.export.text import Text, TextStyle
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Action, Role

SENTENCE = "Review the home care contract with providers and people who use services. "


def _poster(workshop, actions) -> str:
    pdf = theme_posters_pdf(workshop.model_copy(update={"actions": actions}), theme_ids=["t1"])
    return squash(reader(pdf).pages[0].extract_text())


def _long(n: int) -> Action:
    return Action(
        id="a1",
        theme_id="t1",
        role=Role.COMMISSIONERS,
        owner="Head of commissioning",
        what=(SENTENCE * n)[:4000],
    )


def test_one_very_long_action_is_shown_cut_short(workshop):
    text = _poster(workshop, [_long(60)])
    assert squash(SENTENCE * 3) in text
    assert "…" in text and squash("Head of commissioning") in text
    assert squash("Words cut short (…) are whole on the action poster and in the report.") in text
    assert "1actions" not in text


@pytest.mark.parametrize("n", [16, 18, 20, 25, 30, 53])
def test_a_long_action_leaves_room_for_the_next(workshop, n):
    short = Action(
        id="a2", theme_id="t1", role=Role.PROVIDERS, owner="Agency", what="Phone when late."
    )
    text = _poster(workshop, [_long(n), short])
    assert squash(SENTENCE * 2) in text
    assert "Phonewhenlate." in text and "Agency" in text


def test_a_column_cuts_a_first_block_too_tall_for_it():
    canvas = Canvas(io.BytesIO())
    column = Column(canvas, 0, 400, 200, 0)
    style = TextStyle(14)
    words = Text(SENTENCE * 40, style, keep_with_next=True, may_cut=True)
    detail = Text("Head of commissioning", style)
    placed = column.place_all([words, detail], overflow=lambda left: Text("more", style))
    assert placed == 2
    assert column.room >= 0
    assert column.room < style.leading * 2  # filled, not left empty


def test_a_block_that_may_not_be_cut_still_goes_to_the_more_line():
    canvas = Canvas(io.BytesIO())
    column = Column(canvas, 0, 400, 200, 0)
    style = TextStyle(14)
    placed = column.place_all(
        [Text(SENTENCE * 40, style)], overflow=lambda left: Text(f"{left} more", style)
    )
    assert placed == 0


def test_one_action_that_does_not_fit_is_counted_as_one(workshop):
    """In a column with room for a few lines, the one action is cut to them, and the note
    reads "This theme's action…", not "1 actions"."""
    import datetime as dt

    from wtfc.export.content import ExportContent
    from wtfc.export.theme_poster_actions import draw_actions
    from wtfc.export.theme_poster_styles import PosterStyles

    drawn: list[str] = []

    class Recording(Canvas):
        def drawString(self, x, y, text, *args, **kwargs):
            drawn.append(str(text))
            return super().drawString(x, y, text, *args, **kwargs)

    content = ExportContent(
        workshop.model_copy(update={"actions": [_long(60)]}), today=dt.date(2025, 3, 1)
    )
    column = Column(Recording(io.BytesIO()), 0, 215, 400, 0)
    draw_actions(column, content, content.theme("t1"), PosterStyles())
    text = squash(" ".join(drawn))
    assert squash("Review the home care") in text
    assert squash("This theme's action does not fit here whole") in text
    assert "1actions" not in text


def test_an_action_cut_short_on_a_blank_line_still_makes_the_poster():
    """Pasted minutes keep their blank lines: a cut landing on one raised IndexError and no
    theme poster could be made."""
    block = Text(
        "\n\n".join(["A paragraph of pasted minutes about the visits."] * 12),
        TextStyle(14),
        max_lines=2,
    )
    lines = block.lines(300)
    assert len(lines) <= 2 and lines[-1][-1][0].endswith("…")
