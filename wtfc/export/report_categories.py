"""A why-tree's causes by category, in the report: the fishbone's bones as a short list.

After the tree, "By category" gives each category in use, its name above its causes a
paragraph each ("• Contracts pay for minutes of task … (root cause, we will act on this)"), then
"Not sorted" for the rest (the fishbone's "No category yet", which read as unfinished work
to a commissioner: review 34 R5 F5): laid out as "What would success look like?" lays out its
perspectives, the causes in the tree's own bullet style and with its bold marks. A tree whose
causes have no category has no list: it would repeat the tree under one heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from wtfc.export import fonts as f
from wtfc.export.content import AGREED_MARK, ExportContent, ThemeContent
from wtfc.export.continued import CarriedOn
from wtfc.export.paragraph import BidiParagraph
from wtfc.model.cause_category import NO_CATEGORY, CauseCategory, causes_by_category
from wtfc.model.workshop import Cause

HEADING = "By category"
NOT_SORTED = "Not sorted"  # causes with no category (``NO_CATEGORY`` on the fishbone)


def by_category(
    theme: ThemeContent,
    heading_style: ParagraphStyle,
    label_style: ParagraphStyle,
    cause_style: ParagraphStyle,
    carried: Sequence[Flowable] = (),
) -> list[Flowable]:
    """The list under its heading, each category's name kept on a page with its first cause
    (and the heading with the first of all); [] when no cause of the tree has a category.
    ``cause_style`` hangs its lines under the first line's words, past the bullet.

    A page the list carries on to starts with ``carried`` (the chapter's own "… (continued)"
    line, set again after the list), then "By category (continued)" and, part-way through a
    category's causes, its name: "Money (continued)"."""
    if not any(cause.category for cause in theme.causes):
        return []
    out: list[Flowable] = []
    heading = [BidiParagraph(f.markup(HEADING), heading_style)]
    top = [*carried, BidiParagraph(f.markup(f"{HEADING} (continued)"), label_style)]
    for label, causes in causes_by_category(theme.causes, theme.theme.id):
        label = NOT_SORTED if label == NO_CATEGORY else label
        lines = [BidiParagraph(f"•&nbsp;{_said(c)}", cause_style) for c in causes]
        if not heading:  # a page that starts with this category names it itself
            out.append(CarriedOn(top))
        out += [KeepTogether([*heading, BidiParagraph(f.markup(label), label_style), lines[0]])]
        continued = BidiParagraph(f.markup(f"{label} (continued)"), label_style)
        out += [CarriedOn([*top, continued]), *lines[1:]]
        heading = []
    return [*out, CarriedOn(list(carried))]


def how_to_read_line(content: ExportContent) -> str:
    """The "How to read" sentence for the lists, or "" when no cause has a category."""
    if not any(cause.category for theme in content.themes for cause in theme.causes):
        return ""
    # a line at most: How to read fills the page above the charts
    kinds = ", ".join(c.label.lower() for c in (CauseCategory.MONEY, CauseCategory.PROCESS))
    return f"“{HEADING}” sorts them by type ({kinds}…); “{NOT_SORTED}” holds the rest."


def _said(cause: Cause) -> str:
    """A cause's words with its marks, as the tree above prints them: the marks bold."""
    marks = [
        m for m, on in (("root cause", cause.root_cause), (AGREED_MARK, cause.agreed)) if on
    ]
    return f.markup(cause.text) + (f" <b>({f.markup(', '.join(marks))})</b>" if marks else "")
