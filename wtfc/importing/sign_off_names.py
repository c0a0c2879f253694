"""The staff name a care system's sign-off line puts after a card's words: "Signed: Fenella O.",
"Entered by FOKONJO on 04/03/2026 10:22", "Last updated by Okonjo F 2026-03-04T10:22:00Z",
"… - Okonjo, F (Social Worker)" (review 34 R4 R6). What follows the label, up to a comma, a
date, "on"/"at" or the line's end, is a name whatever the lists say of it, so long as each word
may be a name; not "Signed up for the lunch club", "Completed by Friday", "Updated by the
office", "Completed by phone", "Author: Client"."""

from __future__ import annotations

import re
from collections.abc import Callable

from wtfc.importing.known_words import known_word
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    GIVEN_NAMES,
    ORDINARY_WORDS,
)
from wtfc.importing.word_names import WORD_NAMES
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
    r"|[ \t](?i:on|at|in|for|and|to|via|who|with)\b|[^\w\s'’]|[ \t]x+\b|(?<!\.)[ \t][a-z]))")
# "SURNAME, Given" after the label: "Entered By: OKONJO, Fenella" (code review A15 S3), the
# given name ending the line or before a date
_GIVEN_AFTER_COMMA = re.compile(
    r"[ \t]*,[ \t]*([A-Z][A-Za-z'’-]{2,})(?![A-Za-z'’-])"  # whole: not "Milt" of "Milton on"
    r"(?=[ \t]*(?:$|[,;(\n]|\d|\.?[ \t]*$|\.[ \t]|(?i:on|at)\b))")
# "… - Okonjo, F (Social Worker)", "… - Thwaite, Gwenllian (Social Worker)": a surname, an
# initial or a given name and a staff role in brackets ending the card after a dash; not "The
# bus - Late, I (think)"; or a given name and a surname, "… - Amara Okafor (Social Worker)"
# (code review A19 M3: held only where the lists knew the given name)
_DASHED = re.compile(
    r"[ \t](?:[-–—]|--)[ \t]+(?P<name>[A-Z][\w'’-]+(?:,[ \t]*[A-Z](?:\.|[A-Za-z'’-]+)?"
    r"|[ \t]+[A-Z][\w'’-]+))[ \t]*\([^)\n]*?"
    r"(?i:worker|sw|ot"
    r"|nurse|manager|assessor|reviewer|co-?ordinator|officer|practitioner|therapist|carer"
    r"|advocate|lead|student|admin|physio|cpn|gp|doctor)\)"
    # "… (SW) 04/03/2026", or a town or team: "… (Social Worker), Brighton" (code review A26),
    # or after a comma the person's words to the line's end: "…, I Miss My Wife"
    r"(?:[ \t]*,[ \t]*[A-Z][^\n]{0,120}|[ \t]*,?[ \t]*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}))?"
    r"[ \t]*\.?[ \t]*$",
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
    # how the card's writer feels, signed off as ("Signed: Happy Customer!", "Worker: Useless x")
    "happy", "unhappy", "lonely", "useless", "brilliant", "fantastic", "excellent", "fed",
    "grateful", "concerned", "disgusted", "worried", "angry", "upset", "lovely", "great",
    "rubbish", "awful", "terrible", "amazing", "wonderful", "hopeless", "sad", "frustrated",
    "thank", "thanks", "regards", "date", "dates", "attached", "enclosed", "aid",
    # "Signed: Forgotten", "Social worker: Absent", "Signed: Pensioner thanks" (code review A23)
    "forgotten", "tired", "desperate", "ignored", "exhausted", "absent", "nowhere", "changed",
    "pensioner", "anon", "everybody",
    # how a review was held: "Completed by Zoom dated 04/03/2026", "Completed by Teams"
    "zoom", "teams", "skype", "whatsapp", "facetime", "residents", "members",
    # who signs as a body or a state, before "thanks": "Signed: Bingo thanks", "Signed: Widow
    # thanks", "Care worker: Rude cheers" (code review A26 R2)
    "bingo", "veteran", "veterans", "widow", "widower", "volunteers", "grandmother",
    "grandfather", "tenants", "patients", "group", "panel", "rude", "late", "local",
    # a listed word, not an ending: "-ed", "-ly", "-es" end names too ("Jared", "Beverly",
    # "Hughes"): "Social worker: Helpful thanks", "Signed: Disabled thanks"
    "helpful", "unhelpful", "marvellous", "disabled", "retired", "housebound", "widowed",
    "rushed", "cancelled", "careless", "thoughtful", "sincerely", "yours", "left", "stressed",
    "overworked", "understaffed",
    # how things are now, before "thanks to …": "Care worker: Better thanks to the new rota"
    # (code review A31)
    "better", "worse", "improved", "improving", "happier", "busy", "busier", "gone", "calmer",
    "safer", "easier", "harder", "quicker", "slower", "kinder", "nicer", "fewer",
    "sorted", "fixed", "closed", "stopped", "reduced", "delayed",
})
_INITIAL = re.compile(r"[A-Z]\.?")
# everyday words the guard's lists know ("and Tea", "/ Lunch Club")
_EVERYDAY = COMMON_WORDS | EVERYDAY_NOUNS | ORDINARY_WORDS
# a word in small letters after the name ("Signed: Tamsin Ferrier thanks")
_SMALL_AFTER = re.compile(r"[ \t]+(?!(?:on|at|in|for|and|to|via|who|with|x+|(?:xo)+x?)\b)[a-z]")
# A second member of staff signing with the first: "Signed: Colin Watson / Tamsin Ferrier",
# "… & Tamsin Ferrier", "… and Tamsin Ferrier" (code review A18 S2: Redact left the second)
_ANOTHER = re.compile(r"(?:[ \t]*,?[ \t]*(?:\([^()\n]{1,40}\)|[A-Z]{2,4}\b"
                      # "… social worker and …", "…, Social Worker, and …" (code review A23)
                      r"|(?i:(?:senior[ \t]+)?(?:social|care|support|key)[ \t]*worker|sw|ot)\b)"
                      r"[ \t]*,?)?"  # "…, SW and …"
                      r"[ \t]*(?:/|&|\+|(?i:and)|,)[ \t]*(" + _WORD + r"(?:[ \t]+" + _WORD
                      + r"){0,3})")


def sign_off_names(text: str, may_be_a_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where a sign-off line in `text` names the member of staff, as (start, end): the label's
    words up to the first that ``may_be_a_name`` (the guard's lists) or _NOT_SIGNED refuses,
    an initial always a name's ("T. Ferrier", "Okonjo F"); "Tamsin Ferrier SW" gives "Tamsin
    Ferrier"."""
    found = []
    if " by" in text or " BY" in text or " By" in text or ":" in text:
        for m in _SIGNED.finditer(text):
            if " " not in m["name"] and _SMALL_AFTER.match(text, m.end("name")) and not (
                    _SIGNS_OFF.match(text, m.end("name")) or (
                        _listed_or_no_word(m["name"]) and not m["name"].isupper())):
                # one word before small letters: "Signed: Bingo club members", "Signed: DNR
                # form…"; but "Signed: Kristin thanks", "Completed by Amara dated …" (A23)
                continue
            start = end = m.start("name")
            # a carer's word-name signs after "Signed:" or "… by" ("Signed: Patience xx"), not
            # after "Care worker:", where it may be the quality wanted (code review A19 M2)
            word_name_signs = "worker" not in text[m.start():start].lower()
            for word in re.finditer(r"\S+", m["name"]):
                key = search_key(word[0].rstrip("."))
                if word_name_signs and word.start() == 0 and key in WORD_NAMES:
                    end = start + word.end()
                    continue
                if not _INITIAL.fullmatch(word[0]) and (
                        key in _NOT_SIGNED or not may_be_a_name(word[0].rstrip("."))):
                    if text[end - 1] == ".":
                        end -= 1  # "Fenella O. My carers…": the sentence's full stop stays
                    break
                end = start + word.end()
            if search_key(text[start:end]) in WORD_NAMES and not _ENDS_SIGNING.match(text, end):
                end = start  # the word-name alone ends the sign-off: not "Signed: Gift Aid form"
            if end == m.end("name") and (given := _GIVEN_AFTER_COMMA.match(text, end)) and (
                    search_key(given[1]) not in _NOT_SIGNED and may_be_a_name(given[1])):
                end = given.end(1)  # "OKONJO, Fenella": the given name too
            if end > start and not _INITIAL.fullmatch(text[start:end]):
                found.append((start, end))
                while (more := _ANOTHER.match(text, end)) and (
                        second := _second_signer(text, more, may_be_a_name)) and (
                        text[end:more.start(1)].rstrip()[-1:] != "," or second[1] - second[0] > len(
                            text[second[0]:second[1]].split()[0])):  # ", Amara Okafor": whole
                    found.append(second)  # a third too: "… / Amara Okafor / Tamsin Ferrier"
                    end = second[1]
    if " - " in text or " – " in text or " — " in text or " -- " in text:
        found += [m.span("name") for m in _DASHED.finditer(text)
                  if all(search_key(part) not in _NOT_SIGNED and may_be_a_name(part.rstrip("."))
                         for part in m["name"].replace(",", " ").split() if len(part) > 2)
                  and ("," in m["name"] or any(_listed_or_no_word(part) for part in
                                               m["name"].split()))]  # not "Meals - Hot Food"
    return found


def _listed_or_no_word(word: str) -> bool:
    """Whether a lists' given name ("Ayesha", "Grace") or no English word ("Tamsin"). Names
    the word table knows ("Kristin", "Amara") fail, so this alone never decides a name is none
    where the card's shape says it is one (code review A19: "Kristin Dalton" was released)."""
    key = search_key(word)
    return key in GIVEN_NAMES or key in AMBIGUOUS_GIVEN_NAMES or not known_word(key) or (
        not _has_word_table())


def _has_word_table() -> bool:
    """known_word says yes to every word when the word table is missing: then hold."""
    return not known_word("qxzjvw")


# An English word's endings ("Lonely", "Worried", "Kisses", "Caring"): a lone word after "and"
# with one is no second signer
_WORD_ENDING = re.compile(r"(?i).{2,}(?:ly|ed|ing|es|ful|less|ness)")
# what may follow a lone second signer the word table knows ("and Kristin", "& Amara x", "and
# Amara, OT"): the end, punctuation, a date, a kiss or a role in capitals
# a sign-off's own words in small letters after a name: "Signed: Kristin thanks", "… and Amara
# thank you", "Completed by Amara dated 04/03/2026" (code review A23); no role ("Signed: Main
# carer", "Reviewed by Student social worker" name no one) nor day ("Assessed by Zoom today")
# "thanks to …" signs off too: "Signed: Irina thanks to the team", "Care worker: Irina thanks to
# my family" (code review A30); "Late thanks to the new rota" stays up by _NOT_SIGNED's words
_SIGN_OFF_WORDS = (r"(?:(?:thanks|thank[ \t]+you|many[ \t]+thanks|ta|cheers|regards"
                   r"|kind[ \t]+regards|best[ \t]+wishes|love|lol|x+|(?:xo)+x?)(?![\w'’])"
                   r"|dated[ \t]+\d)")
_SIGNS_OFF = re.compile(r"[ \t]*,?[ \t]+" + _SIGN_OFF_WORDS)
_ENDS_SIGNING = re.compile(r"[ \t]*(?:$|[,;.!?()\n–-]|\d|x+\b|(?i:on|at)\b|[A-Z]{2,4}\b)"
                           r"|[ \t]+" + _SIGN_OFF_WORDS)


def _second_signer(text: str, more: re.Match[str],
                   may_be_a_name: Callable[[str], bool]) -> tuple[int, int] | None:
    """The second signer after "/", "&" or "and" (`more` an _ANOTHER match): its words up to
    the first no name's, "… and Tamsin Ferrier SW" giving "Tamsin Ferrier"; none for "… and
    Lonely", "/ Date: 04/03/2026", "and I Want To Go Home" (code review A19 S2, R3)."""
    stop = more.start(1)
    for word in re.finditer(r"\S+", more[1]):
        bare = word[0].rstrip(".")
        if word[0] == "I" or (not _INITIAL.fullmatch(word[0]) and (
                search_key(bare) in _NOT_SIGNED or not may_be_a_name(bare))):
            break  # "and I Want To Go Home": "I" is the person, no initial
        stop = more.start(1) + word.end()
    taken = text[more.start(1):stop].split()
    if not taken or text.startswith(":", stop) or (len(taken) == 1 and (
            _INITIAL.fullmatch(taken[0]) or (not _listed_or_no_word(taken[0]) and (
                search_key(taken[0]) in _EVERYDAY or _WORD_ENDING.fullmatch(taken[0])
                or not _ENDS_SIGNING.match(text, stop))))):
        return None  # "and Please Help", "and Bless You": the person's words in Title Case
    return more.start(1), stop
