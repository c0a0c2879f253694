"""Whose cards a priority holds, by locality and by service type: a line each under the
priority's title in the report, so a commissioner can tell whether a theme is one locality's or
one service's (the 2009 guide's "Data presentation and comparison").

People are counted once each (by person code), as the chapter's "10 cards from 7 people". A
locality or service with fewer than ``SMALL`` of them is never named: it is counted under
"other (not named)", so that no one can be picked out by where they live or the service they
use (the research's small-cell rule: warn below about 5 people, for the risk of
re-identification). The "other" count must not give a small group's number away either: the
priority's people are printed too, so "North 6 · other: 2 in 1 locality" is "South: 2" by
subtraction. So when the unnamed are one group, or fewer than ``SMALL`` in all, the smallest
named group is counted with them (secondary suppression); with none named, only "fewer than 5
people" is said. Nothing is printed for a tag nobody in the workshop has.

A person is counted under a named group only where the data export shows that tag of theirs
(``data_people.shown_tags``): it also hides a tag whose role and tags together fewer than
``SMALL`` people share, and a report naming "North 5" beside a data export with six Norths, one
hidden, would say who the hidden one is. Everyone else is "other (not named)", as one group of
its own, and their number of groups is not said: it would tell whether the hidden ones' groups
are among the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from wtfc.export.content import ExportContent, ThemeContent
from wtfc.model.counting import count_phrase
from wtfc.model.small_groups import HIDDEN, SMALL, split_groups

OTHER = "other (not named)"
UNNAMED = "not named so no one can be recognised"
# the tag, what the line is headed, and what one group and many are called
TAGS = (
    ("locality", "By locality", "locality", "localities"),
    ("service_type", "By service type", "service type", "service types"),
)


@dataclass(frozen=True)
class Breakdown:
    """A priority's people by one tag."""

    heading: str  # "By locality"
    named: list[tuple[str, int]]  # the groups named, largest first
    other_people: int  # the people in groups not named…
    other_groups: int  # …and how many such groups there are
    unrecorded: int  # people with no such tag
    folded: bool = False  # a group of SMALL or more is counted in "other" to hide a small one
    hidden: bool = False  # "other" holds people whose tag the data export hides

    def words(self, one: str, many: str) -> str:
        """ "By locality: North 6 people · other (not named): 8 people in 2 localities · not
        recorded: 1 person"; with none named, "By locality: 7 people in 4 localities, each
        fewer than 5, so not named", or "fewer than 5 people, whose locality is not named so
        no one can be recognised" when a number would be one group's."""
        parts = [f"{name} {count_phrase(n, 'person', 'people')}" for name, n in self.named]
        if self.other_people:
            parts.append(self._not_named(one, many))
        if self.unrecorded:
            parts.append(f"not recorded: {count_phrase(self.unrecorded, 'person', 'people')}")
        return f"{self.heading}: {' · '.join(parts)}"

    def _not_named(self, one: str, many: str) -> str:
        """The people in groups not named, in words that give no small group's number away."""
        counted = count_phrase(self.other_people, "person", "people")
        if not self.hidden:
            counted += f" in {count_phrase(self.other_groups, one, many)}"
        if self.named:  # _breakdown makes this "other" at least SMALL people in 2 groups
            return f"{OTHER}: {counted}"
        # Which is not named, and why: a bare "7 people, not named" read as names not recorded.
        if self.other_people < SMALL or (self.other_groups == 1 and not self.hidden):
            return f"fewer than {SMALL} people, whose {one} is {UNNAMED}"
        if self.hidden:  # "each fewer than 5" would not be true
            return f"{counted}, whose {one} is {UNNAMED}"
        if self.folded:
            return f"{counted}, the {many} {UNNAMED}"
        return f"{counted}, each fewer than {SMALL}, so not named"  # a bare "other" reads as a slip


def breakdown_lines(content: ExportContent, theme: ThemeContent) -> list[str]:
    """A line per tag recorded in the workshop, for a priority; none for another theme, or
    when no one is recorded on its cards."""
    return [found.words(one, many) for found, one, many in _breakdowns(content, theme)]


def named_groups(content: ExportContent, theme: ThemeContent) -> list[tuple[str, str]]:
    """("locality", "North") for each group the priority's lines name, as they spell it: the
    only tag words the report prints (the export's warning of unshowable writing reads them)."""
    return [
        (one, name) for found, one, _ in _breakdowns(content, theme) for name, _ in found.named
    ]


def _breakdowns(
    content: ExportContent, theme: ThemeContent
) -> list[tuple[Breakdown, str, str]]:
    codes = {c.person for c in theme.cards if c.person}
    if not codes or not theme.theme.priority.chosen or not content.tags_recorded:
        return []
    shown = content.shown_tags  # once per export: it reads every person
    order = ("age_band", "service_type", "locality")  # person_tags' order
    found = []
    for tag, heading, one, many in TAGS:
        if tag not in content.tags_recorded:
            continue
        values = [" ".join(shown[code][order.index(tag)].split()) if code in shown else ""
                  for code in codes]
        found.append((_breakdown(heading, values), one, many))
    return found


def how_to_read_line(content: ExportContent) -> str:
    """The "How to read" sentence for the lines, or "" when there are none."""
    said = [one for tag, _, one, _ in TAGS if tag in content.tags_recorded]
    if not said or not content.priority_themes:
        return ""
    either = " or ".join(said)
    # short sentences: it was one of 62 words, the longest a commissioner met in the report
    return (
        f"Under each priority, its people are counted by {' and by '.join(said)}. A {either} "
        f"with fewer than {SMALL} people is not named, so that no one can be recognised. Its "
        f"people are counted together under “other (not named)”, with anyone whose {either} "
        f"too few people in the workshop share. Where even that could point to one small "
        f"group, the smallest named group is counted there too, or we only say “fewer than "
        f"{SMALL} people”."
    )


def _breakdown(heading: str, values: list[str]) -> Breakdown:
    """Groups compared without regard to case ("north" is North), named as most people in
    them spell it; the people whose tag is ``HIDDEN`` are one group never named."""
    named, small, folded = split_groups(values)
    return Breakdown(
        heading, named, sum(small), len(small), values.count(""), folded, HIDDEN in values
    )
