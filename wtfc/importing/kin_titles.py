"""Kin titles ("Grandma", "Nan", "Gran", "Grandpa", "Matron", "Nurse"): titles that are everyday
words too, so a capitalised word after one is a name only when it can be one. In a card typed In
Title Case the words after the kin word are what the person said: "Grandma Came To See Me",
"Grandpa Died Last Year", "Nan Bread", "Gran Canaria was lovely" went up as "[name] See Me",
"[name] Year", "[name]" (session 36, F16). The guard's personal_details.py asks, after a
kin title, once ``name_end`` has said where the name would end."""

from __future__ import annotations

import re

from wtfc.importing import name_letters as letters
from wtfc.importing.bare_given_names import SURNAME_WORDS, hyphened_given_name
from wtfc.importing.known_words import known_word
from wtfc.importing.lower_case_sign_off import COMMON_SURNAMES
from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, NOT_NAMES, PERSON_VERBS
from wtfc.importing.not_english import community_surname
from wtfc.importing.words_before import TITLE_CASE_VERBS
from wtfc.model.search_key import search_key

# common surnames ending in s whose singular is a word, read as plurals after a title without
# them ("Nurse Banks", "Doctor Stokes", "Sister Wills Laughs": code review 36 A8 R2)
_S_SURNAMES = frozenset({"banks", "stokes", "wills", "peters", "owens", "reeves", "fields",
                         "sands", "gates", "hinds", "combs", "meadows", "rhodes", "downs",
                         "childs"})

# Not "Granny": "Granny Smith" is an apple. With them the care roles and others that are titles
# and everyday words alike: "The Nurse Came To See Me", "My Sister Lives Far Away", "The Doctor
# Said I Was Fine", "Lady Luck Was On My Side" lost their words the same way
KIN_TITLES = frozenset({"Nan", "Nana", "Nanna", "Gran", "Grandma", "Grandad", "Grandpa", "Grampa",
                        "Auntie", "Aunty", "Aunt", "Uncle", "Matron", "Nurse", "Sister", "Doctor",
                        "Father", "Lady", "Lord"})
# what a kin word starts that names no one: naan bread ("Nan Bread"), the Spanish and Italian
# "great" of places and things ("Gran Canaria", "Gran Via", "Gran Torino"), a nurse's role
_NOT_NAMES_AFTER_KIN = frozenset({
    "bread", "breads", "canaria", "via", "torino", "turismo", "sasso", "paradiso", "chaco",
    "sabana", "hotel", "premio", "prix", "reserva", "practitioner", "specialist", "manager",
    "prescriber", "consultant", "associate"})
# what the person did, after the kin word or the name: "Grandad Fixed My Chair", "Gran Is Lovely"
_DID_TEXT = """
    is was isn't wasn't has had hasn't hadn't did didn't went took takes made makes gave gives
    got knew knows left sent brought brings drove drives cooks cleans washes sat sits bakes baked
    loved taught teaches
"""
_DID = PERSON_VERBS | TITLE_CASE_VERBS | frozenset(_DID_TEXT.split())
# what is said of a person after a name: "Nan Smith Rang", "Grandma Brown Came Round"
_SAID_TEXT = "visited visits helped helps phones drove cooked cleaned retired died lives lived"
_SAID_OF_A_PERSON = PERSON_VERBS | frozenset(_SAID_TEXT.split())
# what a person did to the writer, in the past: "Sister Hill Took My Blood", "Doctor Fox Sent Me
# Home" (a deed only before "me"/"my": "Doctor Visit Took Ages" stays; code review 36 A8)
_DONE_TEXT = "went took sent gave made brought drove left told taught"
_DONE = frozenset(_DONE_TEXT.split())
_TO_ME = frozenset({"me", "my"})
# the films and sayings: "Sister Act Made Me Laugh", "Lady Luck Left Me", "Father Time Took My…"
_NOT_DOERS = frozenset({"act", "luck", "time"})
# what is said of how a person treated the writer, In Title Case after a word-name: "Nurse Giles
# Was Kind", "Doctor Fox Was Rude" (a visit or a letter is not kind or rude); one word at most
# between, no repeat inside a repeat (Redact stays quick)
# one word of how much, each optional and written out twice (no repeat inside a repeat): "So Very"
_HOW = (r"(?:(?:Not|Very|So|Really|Always|Never|Quite|Too|Ever|Extremely|Also|Just|Truly"
        r"|Absolutely)[ \t]+)")
_KIND_OR_NOT = re.compile(
    r"(?:Was|Is|Wasn['’]?t|Isn['’]?t|Has[ \t]+Been|Had[ \t]+Been)[ \t]+" + _HOW + "?" + _HOW + "?"
    r"(?:Kind|Unkind|Rude|Friendly|Unfriendly|Helpful|Unhelpful"
    r"|Caring|Uncaring|Gentle|Rough|Patient|Impatient|Polite|Impolite|Lovely|Grumpy|Cheerful"
    # said of people more than of things (not "Good", "Great", "Amazing": "… Rice Is Good")
    r"|Bossy|Abrupt|Dismissive|Horrible|Nasty|Mean|Sweet|Wonderful|Brilliant|Cruel|Harsh"
    r"|Unprofessional|Thoughtful|Considerate|Supportive|Condescending|Patronising|Aggressive)"
    r"(?![\w'’-])")
# things a care or kin word opens that are not kind or rude themselves: "Nurse Visit Was Kind"
_THINGS_AFTER_KIN = frozenset({
    "christmas", "nature", "visit", "visits", "appointment", "letter", "cover", "team", "agency",
    "advice", "care", "station", "call", "flat", "house", "round", "rota", "shift", "service",
    "support", "report", "room", "surgery", "practice", "clinic", "office", "phone", "line",
    "unit", "note", "notes", "home", "staff", "staffing", "world", "superior",
    # when, and how they were, not who (review 37 A3): "Nurse Today Was Kind", "Doctor Manner
    # Was Rude"; a role or a staffing word: "Doctor Receptionist Was Rude", "Nurse Bank Was Rude"
    "today", "yesterday", "tonight", "tomorrow", "again", "online", "here", "there", "then",
    "too", "also", "once", "now", "lately", "recently", "overall", "generally",
    "manner", "attitude", "tone", "voice", "uniform", "approach", "bedside", "behaviour",
    "behavior", "language", "response", "reply", "answer", "telephone", "receptionist",
    "receptionists", "registrar", "locum", "bank", "manager", "specialist", "assistant",
    "student", "trainee", "consultant", "partner", "secretary", "colleague", "colleagues",
    "department", "ward", "desk", "reception", "training", "review", "assessment"})
# a word that says how often, read past: "Nurse Bailey Never Comes" (a deed), "Gran Flat Never
# Warm", "Nurse Cover Never There" (none: the person's words, code review 36 A4)
_HOW_OFTEN_TEXT = "never always still often rarely usually sometimes just also"
_HOW_OFTEN = frozenset(_HOW_OFTEN_TEXT.split())


def kin_name_end(text: str, start: int, first_end: int, end: int) -> int | None:
    """Where the name after a kin title ends, given the word at `start`..`first_end` and the
    end ``name_end`` found; None when the first word is none of a name's ("Grandma Came To See
    Me"). A May/Will/June keeps the title rules' answer ("Gran May came" is held)."""
    key = _key(text[start:first_end])
    if key in NOT_NAMES and key in AMBIGUOUS_GIVEN_NAMES:
        return end
    if _OWNS.search(text, start, first_end) and not (
            key in _NOT_NAMES_AFTER_KIN or key in _DID or key in NOT_NAMES):
        return first_end  # "Nurse Green's Car Was Late", "Nan Smith's Dog" (code review 36 A4)
    if not _name_word(text, first_end, key, first=True, said=not _OPENS.search(
            text, max(0, start - 40), start)):
        return None
    kept, m_prev = first_end, start
    for m in letters.CAPITALISED.finditer(text, first_end, end):
        key = _key(m.group())
        if _OWNS.search(text, start, kept) or text[kept:m.start()].strip(" \t") or not (
                _name_word(text, m.end(), key, first=False)) or (
                _key(text[m_prev:kept]) in COMMON_SURNAMES and known_word(key)
                and key not in COMMON_SURNAMES):
            # a word-surname ends the name: "Nurse Green Uniform", "Doctor White Coat" lost
            # "Uniform", "Coat" (code review 36 A6)
            break  # "Grandma Doris Bakes Cakes": her name, not what she does; "Auntie Pat's Dog"
        kept, m_prev = m.end(), m.start()
    return kept


def _name_word(text: str, end: int, key: str, *, first: bool, said: bool = False) -> bool:
    """Whether a capitalised word after a kin title (`first`) or after the name's first word
    may be a name's: a listed given name, one no list knows ("Okafor"), a common surname
    ("Patel"); a word of English only where the words around read as a sentence ("Nan Smith
    rang"), at the card's or the line's end ("Thanks To Nurse Green", privacy first) or before a
    person's deed (``_deed``), and never a deed itself nor naan bread."""
    if key in _NOT_NAMES_AFTER_KIN or key in _DID or key in NOT_NAMES or (
            key.endswith("ed") and known_word(key) and key not in SURNAME_WORDS):
        return False
    if first and (key in GIVEN_NAMES or key in AMBIGUOUS_GIVEN_NAMES or hyphened_given_name(key)):
        return True  # "Grandma Rose", "Nanna Jean"
    if key in COMMON_SURNAMES or key in _S_SURNAMES or not known_word(key) or community_surname(
            key, None):
        return True  # "Nurse White Was Rude", "Nurse Green Is Lovely", "Okafor"
    # a word of English ending in s is a plural or a deed ("Matron Rounds", "Nurse Appointments",
    # "Gran Sleeps", "My Nurse Cares"), a name only before what is said of a person
    # only a word whose singular is English: "Moses", "Giles", "Hastings", "Sykes" are names
    # (code review 36 A6)
    plural = len(key) > 4 and key.endswith("s") and not said and (  # not "Thanks Nurse Banks"
        known_word(key[:-1]) or (
            key.endswith(("ches", "shes", "sses", "xes", "zes")) and known_word(key[:-2])))
    following = letters.NEXT_WORD.match(text, end)
    if following is not None and search_key(following.group(1)) in _HOW_OFTEN:
        following = letters.NEXT_WORD.match(text, following.end()) or following
    if following is None:  # the card's or the line's end: a person's name ("Thanks Nurse Green")
        return not plural
    word = following.group(1)
    if plural:
        return search_key(word) in _SAID_OF_A_PERSON
    if word[:1].islower() or _deed(search_key(word)):
        return True
    after = letters.NEXT_WORD.match(text, following.end())
    if key not in _NOT_DOERS and key not in _THINGS_AFTER_KIN and not key.endswith(
            "ing") and _KIND_OR_NOT.match(text, following.start(1)):  # "Doctor Waiting Was…"
        return True  # "Nurse Giles Was Kind", "Doctor Fox Was Rude" (not "Doctor Who Was On")
    return search_key(word) in _DONE and key not in _NOT_DOERS and (
        after is not None and search_key(after.group(1)) in _TO_ME)


def _deed(key: str) -> bool:
    """Whether a word In Title Case after a name's word says what a person does: "Nan Smith
    Rang", "Nurse Bailey Dresses My Leg", "Nurse Bailey Never Comes"; not "Lady Luck Was"."""
    return key in _SAID_OF_A_PERSON or key in TITLE_CASE_VERBS or (
        len(key) > 4 and key.endswith(("s", "ed")) and known_word(key))


# a possessive ends the name: "Auntie Pat's Dog Barks" lost "Dog" (code review 36 A4)
_OWNS = re.compile(r"['’]s\Z")
# the kin word opens the card or follows a determiner: "Nurse Appointments", "My Nurse Cares"
_OPENS = re.compile(r"(?:\A|\b(?i:the|an?|my|our|your|his|her|their)[ \t]+)[A-Z][a-z]+[ \t]+\Z")


def _key(word: str) -> str:
    return search_key(re.sub(r"['’]s$", "", word))
