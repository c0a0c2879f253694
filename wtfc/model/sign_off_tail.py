"""The care system's sign-off that ends a card, once Redact has hidden the signer's name:
"I'm lonely at weekends. Completed by [name], SW, 04/03/2026". What is left of it is staff's,
not the person's words, and on the wall reads as part of what they said, so Redact takes the
whole sign-off off (review 34 R4 M1). Only a sign-off whose name is the placeholder (the guard
flagged it, the facilitator chose Redact) and that nothing but a role, a date or a time follows;
the card's own words before it always stay (sign_off_names.py finds the names)."""

from __future__ import annotations

import re

from wtfc.model.workshop import REDACTION_LABELS

_NAME = re.escape(REDACTION_LABELS["name"])
_LABEL = (r"(?i:(?:signed|author)[ \t]*:|(?:signed|entered|(?:last[ \t]+)?updated|completed"
          r"|recorded|written|typed|input)[ \t]+by[ \t]*:?)")
# staff roles typed in capitals ("SW", "OT"); in capitals no other word is told from the card's
_ROLES = r"(?:SW|SSW|OT|RN|RGN|CPN|GP|HCA|NP|AP|SN|SCP|SWA|DN|MH|LD|ASC|NHS)"
# a staff role's or a date's words: any other word after the name ("I Want To Go Home", "Very
# Unhappy", "(Mum cannot see to write, …)") is the person's, and stays (code review A17 S2)
_WORDS = (r"(?i:social|support|worker|care|co-?ordinator|nurse|manager|assessor|reviewer|officer"
          r"|practitioner|therapist|occupational|team|duty|senior|assistant|student|lead"
          r"|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
# possessive: "04/03/2026" read as many dates made Redact of "… by [name] 04/03/2026 10:22,
# 05/03/2026 11:00 see notes" take minutes (code review 36 A6)
_DATE = r"\d[\d/.:TZ+-]*+"
# in brackets, or after a label's name ("… completed by [name], sw"), a role in small letters is
# staff's too: "… - [name] (sw)" (code review A23; 36 A1 R4)
# the capitals' roles but those the small-letter list has: "SW" read two ways made Redact of
# "Completed by [name], SW, OT, GP, …" and a word after it take 2^n steps (code review 36 A4)
_BRACKETED_ROLES = (r"(?:(?i:sw|ssw|ot|cpn|gp|hca)\b|(?:RN|RGN|NP|AP|SN|SCP|SWA|DN|MH|LD|ASC"
                    r"|NHS)\b)")
# after the name, up to the card's end: a role ("SW", "(Social Worker)", "Social Worker"), a
# date or time ("04/03/2026", "2026-03-04T10:22:00Z", "4 March 2026"), "on", "at", punctuation
_TAIL = (r"(?:[ \t]*(?:[,;:/–-]|\((?:[ \t]*(?:[,/&-]|" + _DATE + "|" + _BRACKETED_ROLES + r"\b|"
         + _WORDS + r"))+[ \t]*\)|" + _DATE + r"|(?i:on|at|am|pm)\b|" + _BRACKETED_ROLES + r"\b|"
         + _WORDS + r"))*[ \t]*+\.?[ \t]*+\Z")
# after the role's bracket only a date, or a team's or area's own words ("… (Social Worker), North
# Team"), go with the sign-off. Any other word may be the person's: "… (Social Worker), Son Rarely
# Visits", "…, Heartbroken" were lost to Redact when any Title Case words passed for a town (code
# review 36 A1 S2). A town stays ("- [name] (Social Worker), Brighton"): it names no one.
_AREA_WORD = (r"(?:North|South|East|West|Central|Team|Hub|Locality|Office|Council|Duty|Area"
              r"|District)(?![\w'’-])")
# compiled (by re, kept in its cache) at the first Redact: ~17 M instructions that every start
# spent on a pattern only Redact reads
_SIGN_OFF = (
    # after the card's own sentence or line
    # possessive, from a run's first space only: 5,000 line breaks took 5-7 s (review 37 A3)
    r"(?:(?<=[.!?…])[ \t]++|(?<![ \t\n])[ \t]*+\n\s*+)" + _LABEL + r"[ \t]*" + _NAME + _TAIL
    # after a dash ("-", "–", "—", "--"), a staff role in brackets, perhaps dated: "… - [name]
    # (Social Worker)", "… — [name] (OT) 04/03/2026" (code review A23 S5)
    + r"|(?<![ \t])[ \t]++(?:[-–—]|--)[ \t]++" + _NAME
    + r"[ \t]*\((?:[ \t]*(?:[,/&-]|" + _DATE + "|"
    + _BRACKETED_ROLES + r"\b|" + _WORDS + r"))+[ \t]*\)(?:[ \t]*,?[ \t]*(?:" + _DATE
    # or a team after it: "… (Social Worker), North Team"
    + r"|" + _AREA_WORD + r"(?:[ \t]+" + _AREA_WORD + r"){0,2}))?[ \t]*+\.?[ \t]*+\Z")


def without_sign_off(redacted: str) -> str:
    """``redacted`` (a card's words with its details as placeholders) without a sign-off that
    ends it and names its signer only as the placeholder; unchanged if none, or if nothing of
    the card's own would be left."""
    m = re.search(_SIGN_OFF, redacted)
    if m is None or not redacted[:m.start()].strip():
        return redacted
    return redacted[:m.start()]
