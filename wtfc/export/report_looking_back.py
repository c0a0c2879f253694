"""The report's "Looking back" section: what the group agreed went well, what didn't go so well
and what it would do differently next time, and the date it will look again (the next review).

The method ends each workshop with this reflection, and judges progress by looking again at
what has changed in older people's lives; a reader who was not in the room learns both here.
The section is left out when nothing was recorded, and is the next review alone when only its
date was set. A next review that had passed by the day of the report is said to have passed,
not printed as when the group will look again.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from wtfc.export import fonts as f
from wtfc.export.content import format_date
from wtfc.export.continued import CarriedOn
from wtfc.export.paragraph import BidiParagraph
from wtfc.export.report_sections import Styles, heading, p, with_first
from wtfc.model.record_checks import review_passed
from wtfc.model.workshop import Workshop

ANSWERS = (
    ("went_well", "What went well"),
    ("not_so_well", "What didn't go so well"),
    ("do_differently", "What we would do differently next time"),
)
KEEP_WITH_HEADING = 120.0  # points: the heading goes over the page with a few lines under it


def next_review_line(ws: Workshop) -> str:
    """ "Next review: 12 May 2027", or "" with no date."""
    return f"Next review: {format_date(ws.next_review)}" if ws.next_review else ""


def looking_back(ws: Workshop, s: Styles, today: dt.date) -> list[Flowable]:
    """The section, or nothing when no answer has words and no next review is set.
    ``today``: the report's day, by which the next review may have passed."""
    answers = [
        (field, label, text)
        for field, label in ANSWERS
        if (text := getattr(ws.reflection, field).strip())
    ]
    review = next_review_line(ws)
    if not answers and not review:
        return []
    # (a heading, its paragraphs): each heading kept with its first paragraph, the section's
    # own with the first of all (one KeepTogether each: reportlab moves a nested one over the
    # page even where it fits)
    parts: list[tuple[list[Flowable], list[Flowable]]] = [
        (
            heading(label, s.h3, f"looking-back-{field}", 1),
            # each line typed in the box is a paragraph of its own, as it was written
            [p(line, s.body) for line in text.splitlines() if line.strip()],
        )
        for field, label, text in answers
    ]
    if review:
        # a comma after the date: "Next review: 12 May 2027: when…" read as two labels
        what = (
            " (passed before this report was made), the date the group set to look again at "
            "what has changed in older people's lives."
            if review_passed(ws, today)
            else ", when the group will look again at what has changed in older people's lives."
        )
        parts.append(([Spacer(1, 6)], [BidiParagraph(f"<b>{f.markup(review)}</b>{what}", s.body)]))
    head = heading("Looking back", s.h1, "looking-back", 0)
    if answers:
        head.append(p("What the group agreed at the end of the workshop.", s.muted))
    (first_head, first), rest = parts[0], parts[1:]
    out: list[Flowable] = [
        Spacer(1, 18),
        CondPageBreak(KEEP_WITH_HEADING),
        *with_first([*head, *first_head], first),
        # a page the section carries on to says whose words these are, as a theme's does
        CarriedOn([p("Looking back (continued)", s.continued)]),
    ]
    for part_head, paragraphs in rest:
        out += with_first(part_head, paragraphs)
    return [*out, CarriedOn([])]
