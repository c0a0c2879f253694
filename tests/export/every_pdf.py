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


def demo_pdf(which: str, previous: bool = False) -> bytes:
    """One of ``every_pdf``'s PDFs of the demo (beside last time's workshop when ``previous``:
    the report and the feedback sheet), made once a test process: many modules read the very
    same PDF, and none can change bytes. The report is ``demo_report_pdf``'s."""
    return _demo_pdf(which, previous)  # one key however it is asked for


@functools.cache
def _demo_pdf(which: str, previous: bool) -> bytes:
    from export_checks import demo_report_pdf, demo_workshop

    from wtfc.export.action_poster import action_poster_pdf
    from wtfc.export.feedback_sheet import feedback_sheet_pdf
    from wtfc.export.theme_poster import theme_posters_pdf
    from wtfc.model.demo import demo_previous_path
    from wtfc.model.storage import load_workshop

    if which == "report":
        return demo_report_pdf(TODAY, previous=previous)
    if which == "feedback sheet":
        last = load_workshop(demo_previous_path()).workshop if previous else None
        return feedback_sheet_pdf(demo_workshop(), today=TODAY, previous=last)
    if previous:  # the posters are the same either way: one key for both
        return _demo_pdf(which, False)
    made = {"posters": theme_posters_pdf, "action poster": action_poster_pdf}[which]
    return made(demo_workshop(), today=TODAY)


def demo_pdfs(previous: bool = False) -> Mapping[str, bytes]:
    """``every_pdf`` of the demo (beside last time's workshop when ``previous``), each PDF
    ``demo_pdf``'s: made once a test process."""
    return MappingProxyType({which: demo_pdf(which, previous)
                             for which in ("posters", "action poster", "report",
                                           "feedback sheet")})
