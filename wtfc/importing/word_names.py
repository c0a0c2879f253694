"""Given names among care workers that are everyday words no other list keeps as names, so
may_be_a_name refuses them (an -ING ending, an ordinary word): "MY CARER BLESSING IS LOVELY"
(review 33 M1 D1), "Comfort from the agency" (review 34 W2 S2), "Constance/Gift/Justice/
Innocent from the agency" (code review A19 R5); a name only where what a person does follows,
not "MY CARER SHOWS PATIENCE". Its own module so the rules that read names beside a role
(unlisted_names.py) and a bare name before "my carer" (bare_given_names.py,
one_case_given_names.py) share one list."""

from __future__ import annotations

WORD_NAMES = frozenset({"blessing", "patience", "mercy", "charity", "felicity", "verity",
                        "trinity", "serenity", "comfort", "precious", "gift", "justice",
                        "innocent", "favour", "constance"})

# What follows "Patience my carer" when the word-name is the carer's quality, not the carer:
# "Patience my carer shows is amazing", "Comfort my carer gives", "Patience, my carer says, is
# key", "Patience my carer's got" (code review A19 R7)
QUALITY_AFTER_THE_CARER = (
    r"(?i:[ \t]+(?:says|said|thinks)\b|['’]s\b"
    # a verb whose object is the word-name, the sentence going on after it ("… shows is
    # amazing", "Gift my son bought me was a tablet", "Justice my carer deserves"); not where
    # the verb has its own object, "Patience my carer has a lovely smile", "… got me up late"
    # (code review A23)
    r"|[ \t]+(?:has|had|shows|showed|gives|gave|brings|brought|needs|lacks|lacked|wants|could"
    r"|should|bought|got|gets|sent|made|left|posted|ordered|chose|did|does|deserves|deserved"
    r"|owes|owed|offered|offers|lost|kept)(?:[ \t]+(?:me|us|him|her|them))?"
    r"(?=[ \t]+(?:is|was|are|were|has|had|makes|made|means|meant|helps"
    r"|helped|would|will|can|could|should|never|really|always|keeps)\b)"
    # at the sentence's end only a verb a gift or a quality is the object of: "Gift my son
    # bought me", "Justice my carer deserves"; not what a carer does, "Patience my carer left
    # me.", "Blessing my carer left, I miss her" (code review A26)
    r"|[ \t]+(?:has|had|shows|showed|gives|gave|brings|brought|needs|lacks|lacked|wants|bought"
    r"|sent|made|posted|ordered|chose|did|deserves|deserved)(?:[ \t]+(?:me|us|him|her|them))?"
    r"(?=[ \t]*(?:[.!?…,;]|$)))")
