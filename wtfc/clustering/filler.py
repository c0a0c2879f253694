"""Everyday words that say nothing about what a card is about: number words, "nobody",
"always", "went", "every"...

Cards on different topics share them ("Nobody rings when the carer is late", "Nobody helps me
cook"; "at ten", "ten pounds", "ten weeks"), and the embedding table rates many of them as
informative as topic words ("nobody" 0.92, "ten" 0.90), so on a plain English set they pulled
cards of different topics into one suggestion and were then cited as its reason. They are
left out of a statement's vector (unless the statement has no other word) and are never a
group's shared word. A fixed list, not a per-set frequency rule: down-weighting the words a
set uses most also dulled real themes ("staff", "waiting") on the labelled dev set. "Said" and
"told" are not filler: "nobody told me" is what a theme about being kept informed says.
"""

from __future__ import annotations


def _listed(text: str) -> frozenset[str]:
    return frozenset(text.split())


NUMBER_WORDS = _listed(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands half once twice first second third "
    "dozen couple"
)

FILLER_WORDS = NUMBER_WORDS | _listed(
    # who, how often, how much
    "nobody anybody anyone someone somebody everyone everybody nothing something anything "
    "everything always never often sometimes usually ever every all some any most many much "
    "more less lot lots few too very really quite just still even also again already only "
    # everyday verbs in every tense
    "go goes going gone went come comes coming came get gets getting got gotten make makes "
    "made making take takes took taken do does did done doing put puts seem seems seemed keep "
    "keeps kept let lets thing things way"
)
