"""Every PDF wtfc makes, from one workshop, as File → Export and ``wtfc export`` make them."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from types import MappingProxyType

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


@functools.cache
def demo_pdfs(previous: bool = False) -> Mapping[str, bytes]:
    """``every_pdf`` of the demo (beside last time's workshop when ``previous``), made once a
    test process: four modules read the very same PDFs, and none can change them. The report
    is ``demo_report_pdf``'s, which other modules read too."""
    from export_checks import demo_report_pdf, demo_workshop

    from wtfc.export.action_poster import action_poster_pdf
    from wtfc.export.feedback_sheet import feedback_sheet_pdf
    from wtfc.export.theme_poster import theme_posters_pdf
    from wtfc.model.demo import demo_previous_path
    from wtfc.model.storage import load_workshop

    ws = demo_workshop()
    last = load_workshop(demo_previous_path()).workshop if previous else None
    return MappingProxyType({
        "posters": theme_posters_pdf(ws, today=TODAY),
        "action poster": action_poster_pdf(ws, today=TODAY),
        "report": demo_report_pdf(TODAY, previous=previous),
        "feedback sheet": feedback_sheet_pdf(ws, today=TODAY, previous=last),
    })
