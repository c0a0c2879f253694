"""Every PDF wtfc makes, from one workshop, as File → Export and ``wtfc export`` make them."""

from __future__ import annotations

import datetime as dt

from wtfc.model.workshop import Workshop

TODAY = dt.date(2026, 11, 29)


def every_pdf(ws: Workshop, previous: Workshop | None = None) -> dict[str, bytes]:
    """The theme posters, the action poster, the report and the feedback sheet (the last two
    with "Since last time" when given ``previous``), by name."""
    from wtfc.export.action_poster import action_poster_pdf
    from wtfc.export.feedback_sheet import feedback_sheet_pdf
    from wtfc.export.report import report_pdf
    from wtfc.export.theme_poster import theme_posters_pdf

    return {
        "posters": theme_posters_pdf(ws, today=TODAY),
        "action poster": action_poster_pdf(ws, today=TODAY),
        "report": report_pdf(ws, today=TODAY, previous=previous),
        "feedback sheet": feedback_sheet_pdf(ws, today=TODAY, previous=previous),
    }
