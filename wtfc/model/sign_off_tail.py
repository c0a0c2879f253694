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
_DATE = r"\d[\d/.:TZ+-]*"
# in brackets a role in small letters is staff's too: "… - [name] (sw)" (code review A23)
_BRACKETED_ROLES = r"(?:" + _ROLES + r"|(?i:sw|ssw|ot|cpn|gp|hca)\b)"
# after the name, up to the card's end: a role ("SW", "(Social Worker)", "Social Worker"), a
# date or time ("04/03/2026", "2026-03-04T10:22:00Z", "4 March 2026"), "on", "at", punctuation
_TAIL = (r"(?:[ \t]*(?:[,;:/–-]|\((?:[ \t]*(?:[,/&-]|" + _DATE + "|" + _BRACKETED_ROLES + r"\b|"
         + _WORDS + r"))+[ \t]*\)|" + _DATE + r"|(?i:on|at|am|pm)\b|" + _ROLES + r"\b|" + _WORDS
         + r"))*[ \t]*\.?[ \t]*\Z")
# a town's or team's word after the role's bracket, not the person's own words: "… (Social
# Worker), Brighton" goes with the sign-off, "… (Social Worker), Help Me" stays (code review A30)
_PLACE_WORD = (r"(?!(?:I|I['’]m|Me|My|We|Us|Our|Please|Help|Nobody|No|Not|Never|Lonely|Need|Needs"
               r"|Want|Wants|Is|Was|Am|Are|Always|Still|Can['’]?t|Cannot|Don['’]?t|Miss|Feel"
               r"|So|Too|Very|He|She|They|It|You|Thank|Thanks|Nothing|Nobody|Every|All|Since|Why"
               r"|What|How|When|Could|Would|Hate|Love|Waiting|Fed|Terrible|Awful|Sad|Alone"
               r"|Urgent|Desperate|Stuck|Housebound|Upset|Angry|Ill|Poorly|Unwell|Ignored"
               r"|[A-Z][a-z]+ed)(?![\w'’]))[A-Z][a-z'’-]+")
# compiled (by re, kept in its cache) at the first Redact: ~17 M instructions that every start
# spent on a pattern only Redact reads
_SIGN_OFF = (
    # after the card's own sentence or line
    r"(?:(?<=[.!?…])[ \t]+|[ \t]*\n\s*)" + _LABEL + r"[ \t]*" + _NAME + _TAIL
    # after a dash ("-", "–", "—", "--"), a staff role in brackets, perhaps dated: "… - [name]
    # (Social Worker)", "… — [name] (OT) 04/03/2026" (code review A23 S5)
    + r"|[ \t]+(?:[-–—]|--)[ \t]+" + _NAME + r"[ \t]*\((?:[ \t]*(?:[,/&-]|" + _DATE + "|"
    + _BRACKETED_ROLES + r"\b|" + _WORDS + r"))+[ \t]*\)(?:[ \t]*,?[ \t]*(?:" + _DATE
    # or a town or team after it: "… (Social Worker), Brighton" (code review A26)
    + r"|" + _PLACE_WORD + r"(?:[ \t]+" + _PLACE_WORD + r"){0,2}))?[ \t]*\.?[ \t]*\Z")


def without_sign_off(redacted: str) -> str:
    """``redacted`` (a card's words with its details as placeholders) without a sign-off that
    ends it and names its signer only as the placeholder; unchanged if none, or if nothing of
    the card's own would be left."""
    m = re.search(_SIGN_OFF, redacted)
    if m is None or not redacted[:m.start()].strip():
        return redacted
    return redacted[:m.start()]
