"""The staff name a care system's sign-off line puts after a card's words: "Signed: Fenella O.",
"Entered by FOKONJO on 04/03/2026 10:22", "Last updated by Okonjo F 2026-03-04T10:22:00Z",
"… - Okonjo, F (Social Worker)" (review 34 R4 R6). What follows the label, up to a comma, a
date, "on"/"at" or the line's end, is a name whatever the lists say of it, so long as each word
may be a name; not "Signed up for the lunch club", "Completed by Friday", "Updated by the
office", "Completed by phone", "Author: Client"."""

from __future__ import annotations

import re
from collections.abc import Callable

from wtfc.model.search_key import search_key

# A name's words: capitalised, or an initial ("Fenella O.", "Okonjo F", "FOKONJO", "T. Ferrier")
# Each word ends at a word's end, so a name the run cannot take whole ("Tamsin Ferrier - Thanks")
# is never cut inside a word at "in"/"on"/"at" (code review A17 S1); a full stop only after an
# initial, so "Ferrier. Thank You" ends the name at the sentence's end (A17 M1, S2)
_WORD = r"[A-Z](?:\.(?![\w'’-])|[\w'’-]*(?![\w'’-]))"
_NAME = (r"(?P<name>" + _WORD + r"(?:[ \t]+(?!(?i:on|at|in|for|and|to|via|from|of|with)\b)"
         + _WORD + r"){0,3})")
_SIGNED = re.compile(
    r"(?<![\w'’-])(?:(?i:signed|author|signature|worker)[ \t]*:|(?i:signed|entered"
    r"|(?:last[ \t]+)?updated|completed|recorded|written|typed|input|reviewed|assessed|checked"
    r"|created|submitted)[ \t]+(?i:by)[ \t]*:?)[ \t]*" + _NAME
    # up to a comma, a date or time, a bracket, a spaced dash, "who"/"on"/… or the line's end
    + r"(?=[ \t]*(?:$|[,;(\n]|\d|\.?[ \t]*$|\.[ \t]|[-–](?:[ \t]|$)"
    r"|[ \t](?i:on|at|in|for|and|to|via|who|with)\b|[^\w\s'’]|[ \t]x+\b))")
# "SURNAME, Given" after the label: "Entered By: OKONJO, Fenella" (code review A15 S3), the
# given name ending the line or before a date
_GIVEN_AFTER_COMMA = re.compile(
    r"[ \t]*,[ \t]*([A-Z][A-Za-z'’-]{2,})"
    r"(?=[ \t]*(?:$|[,;(\n]|\d|\.?[ \t]*$|\.[ \t]|(?i:on|at)\b))")
# "… - Okonjo, F (Social Worker)", "… - Thwaite, Gwenllian (Social Worker)": a surname, an
# initial or a given name and a staff role in brackets ending the card after a dash; not "The
# bus - Late, I (think)"
_DASHED = re.compile(
    r"[ \t][-–][ \t]+(?P<name>[A-Z][\w'’-]+,[ \t]*[A-Z](?:\.|[A-Za-z'’-]+)?)[ \t]*\([^)\n]*?"
    r"(?i:worker|sw|ot"
    r"|nurse|manager|assessor|reviewer|co-?ordinator|officer|practitioner|therapist|carer"
    r"|advocate|lead|student|admin|physio|cpn|gp|doctor)\)[ \t]*\.?[ \t]*$",
    re.MULTILINE)
# Words that may be a name by the guard's lists but sign no one's name: who or how a form was
# filled in ("Completed by: Self", "Author: Client", "Completed by telephone review")
_NOT_SIGNED = frozenset({
    "self", "client", "user", "member", "patient", "resident", "tenant", "customer", "relative",
    "unknown", "anonymous", "system", "telephone", "video", "face", "text", "message", "mistake",
    "email", "letter", "online", "web", "portal", "app", "paper", "proxy", "representative",
    "safe", "n/a", "na", "none", "nobody", "ambulance", "taxi", "helper", "volunteer",
    # what care records put on the signature line (code review A15 R2): "Signed: Refused",
    # "Completed by Interpreter", "Entered by Front Door", "Completed by Easy Read Form"
    "refused", "unable", "declined", "verbal", "consent", "nok", "interpreter", "advocate",
    "dictaphone", "voice", "door", "front", "back", "easy", "read", "form", "family", "staff",
})
_INITIAL = re.compile(r"[A-Z]\.?")
# A second member of staff signing with the first: "Signed: Colin Watson / Tamsin Ferrier",
# "… & Tamsin Ferrier", "… and Tamsin Ferrier" (code review A18 S2: Redact left the second)
_ANOTHER = re.compile(r"[ \t]*(?:/|&|(?i:and))[ \t]*(" + _WORD + r"(?:[ \t]+" + _WORD
                      + r"){0,3})")


def sign_off_names(text: str, may_be_a_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where a sign-off line in `text` names the member of staff, as (start, end): the label's
    words up to the first that ``may_be_a_name`` (the guard's lists) or _NOT_SIGNED refuses,
    an initial always a name's ("T. Ferrier", "Okonjo F"); "Tamsin Ferrier SW" gives "Tamsin
    Ferrier"."""
    found = []
    if " by" in text or " BY" in text or " By" in text or ":" in text:
        for m in _SIGNED.finditer(text):
            start = end = m.start("name")
            for word in re.finditer(r"\S+", m["name"]):
                key = search_key(word[0].rstrip("."))
                if not _INITIAL.fullmatch(word[0]) and (
                        key in _NOT_SIGNED or not may_be_a_name(word[0].rstrip("."))):
                    break
                end = start + word.end()
            if end == m.end("name") and (given := _GIVEN_AFTER_COMMA.match(text, end)) and (
                    search_key(given[1]) not in _NOT_SIGNED and may_be_a_name(given[1])):
                end = given.end(1)  # "OKONJO, Fenella": the given name too
            if end > start and not _INITIAL.fullmatch(text[start:end]):
                found.append((start, end))
                if (more := _ANOTHER.match(text, end)) and all(
                        _INITIAL.fullmatch(word) or (search_key(word.rstrip(".")) not in
                                                     _NOT_SIGNED and may_be_a_name(
                                                         word.rstrip(".")))
                        for word in more[1].split()):
                    found.append(more.span(1))
    if " - " in text or " – " in text:
        found += [m.span("name") for m in _DASHED.finditer(text)
                  if all(may_be_a_name(part.strip().rstrip("."))
                         for part in m["name"].split(",") if len(part.strip()) > 2)]
    return found
