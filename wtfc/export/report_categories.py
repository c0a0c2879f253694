"""A why-tree's causes by category, in the report: the fishbone's bones as a short list.

After the tree, "By category" gives each category in use with its causes a line each
("• Contracts pay for minutes of task … (root cause, agreed to address)"), then "No category
yet" for the rest. A tree whose causes have no category has no list: it would repeat the tree
under one heading.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer

from wtfc.export import fonts as f
from wtfc.export.content import ThemeContent
from wtfc.export.paragraph import BidiParagraph
from wtfc.model.cause_category import causes_by_category
from wtfc.model.workshop import Cause

HEADING = "By category"


def by_category(
    theme: ThemeContent, heading_style: ParagraphStyle, line_style: ParagraphStyle
) -> list[Flowable]:
    """The list under its heading, the heading kept with the first line; [] when no cause of
    the tree has a category."""
    if not any(cause.category for cause in theme.causes):
        return []
    # a cause a line under its category: joined on one line, "…older people.; Paid…" read badly
    lines = [
        BidiParagraph(
            f"<b>{f.markup(label)}</b><br/>" + "<br/>".join(f"•&nbsp;{_said(c)}" for c in causes),
            line_style,
        )
        for label, causes in causes_by_category(theme.causes, theme.theme.id)
    ]
    head = [Spacer(1, 6), BidiParagraph(f.markup(HEADING), heading_style)]
    return [KeepTogether([*head, lines[0]]), *lines[1:]]


def _said(cause: Cause) -> str:
    """A cause's words with its marks, as the tree above says them."""
    marks = [
        m for m, on in (("root cause", cause.root_cause), ("agreed to address", cause.agreed)) if on
    ]
    return f.markup(cause.text) + (f" ({f.markup(', '.join(marks))})" if marks else "")
