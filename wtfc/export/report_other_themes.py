"""The report's themes the room did not choose as priorities, after the priorities' chapters,
under a heading of their own (review R3 R4).

They followed the last priority's actions with no heading, so a commissioner read the green and
blue themes as more of priority 3, and nothing said what they are for. The method does (TLAP
seed, "Implications for commissioners and providers"): what is working, plan what it would take
to spread this practice; what is not working, what it would take to change it; what is important
for the future, inform market development and commissioning. So each kind's first such theme
has that line over it. ("How to read this report" is not told: a sentence more there pushed the
overview's charts off page 2.)
"""

from __future__ import annotations

from wtfc.export.content import ExportContent, ThemeContent
from wtfc.model.workshop import Kind

HEADING = "Themes not chosen as priorities"
INTRO = ("The room did not choose these to work on first. They are kept here, in people's "
         "own words; the line over each kind says what the method uses it for.")
# The method's use of each kind, said once over its first theme here
FOR = {
    Kind.NOT_WORKING: "What people said is not working: plan what it would take to change it, "
                      "in day-to-day work and in strategy.",
    Kind.WORKING: "What people said is working: plan what it would take to spread this "
                  "practice.",
    Kind.FUTURE: "What people said is important for the future: use it to inform "
                 "commissioning and market development.",
}


def others(content: ExportContent) -> list[ThemeContent]:
    """The themes after the priorities, when some are priorities (else every theme is one of
    them, and the heading would say nothing)."""
    if not content.priority_themes:
        return []
    return [t for t in content.themes if not t.theme.priority.chosen]


def first_of_kind(themes: list[ThemeContent]) -> dict[str, Kind]:
    """Theme id → its kind, for the first theme of each kind (they come grouped by kind)."""
    seen: dict[Kind, str] = {}
    for t in themes:
        seen.setdefault(t.theme.kind, t.theme.id)
    return {theme_id: kind for kind, theme_id in seen.items()}

