"""The personal-detail guard: finds words in a statement that could identify someone.

Rule-based and small on purpose (see shared/research/ecosystem-reliability.md §A8): NER
libraries need a model download and still miss lower-case names, and the facilitator confirms
every flag anyway. The guard errs towards flagging: a wrong flag costs one click ("fine"),
a missed name reaches the projector.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from wtfc.importing import name_letters as letters
from wtfc.importing.bare_given_names import (
    is_bare_given_name,
    joined_name,
    joined_surnames,
    month_in_a_date,
    place_before,
    role_is_before,
    surname_end,
    surname_said_end,
    surname_said_of,
)
from wtfc.importing.capital_names import capital_names
from wtfc.importing.capitals_with_kisses import read_as_capitals
from wtfc.importing.initialled_names import initialled_names
from wtfc.importing.joined_names import joined_names, paired_full_names
from wtfc.importing.kin_titles import KIN_TITLES, kin_name_end
from wtfc.importing.known_names import NameMatcher, known_name_spans, starts_sentence
from wtfc.importing.name_end import (
    is_place_surname,
    lone_word_name_end,
    modal_after_relation,
    name_end,
    surname_after_worded_given,
    word_after,
)
from wtfc.importing.name_is_words import named_words
from wtfc.importing.name_past_quotes import QUOTES, past_quotes
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    NOT_NAMES,
    NOT_NAMES_AFTER_TITLE,
    ONE_CASE_TITLES,
    PERSON_VERBS,
    PLACE_WORDS,
    TITLES_IN_PLACE_NAMES,
)
from wtfc.importing.number_details import numbers
from wtfc.importing.o_surnames import is_o_surname, one_case_o_surnames
from wtfc.importing.one_case_given_names import lower_case_given_names, one_case_given_names
from wtfc.importing.one_case_role_names import one_case_given_name, one_case_surname_end
from wtfc.importing.own_names import with_own_names
from wtfc.importing.plain_letters import plain_copy
from wtfc.importing.said_of_a_person import said_of_a_person
from wtfc.importing.shouted_after_title import shouted_after_title
from wtfc.importing.shouted_word_names import shouted_word_names
from wtfc.importing.unlisted_names import may_be_a_name, shouted_unlisted_names, unlisted_names
from wtfc.importing.urdu_names import arabic_script_names
from wtfc.importing.whole_names import whole_names
from wtfc.importing.words_after_a_role import ordinary_after_a_role
from wtfc.importing.words_before import (
    may_hold_one_case_title,
    relation_before,
    title_before,
)
from wtfc.model.search_key import search_key

CATEGORIES = ("name", "nhs_number", "phone", "email", "postcode", "date_of_birth", "address")

# What a redacted detail reads as on the card (shared with the model's one-click redaction).
from wtfc.model.workshop import REDACTION_LABELS  # noqa: E402

# When two findings overlap, the more specific one wins (an e-mail holds a name, an
# address can hold a name-like word).
_PRIORITY = {"email": 0, "nhs_number": 1, "phone": 2, "date_of_birth": 3, "postcode": 4,
             "address": 5, "name": 6}


@dataclass(frozen=True, slots=True)
class Finding:
    """One possible personal detail: text[start:end] is `text`."""

    start: int
    end: int
    category: str
    text: str


# "mrs smith", "MR JONES": a title and the words after it in one case (checked per match, so
# one pass over the text finds both).
_ONE_CASE_TITLED = re.compile(
    letters.NOT_IN_A_WORD_BEFORE + r"(?P<title>(?i:" + "|".join(ONE_CASE_TITLES) + r"))"
    r"\.?(?:[ \t]+|[ \t]*\r?\n[ \t]*)"  # "mrs⏎jones", "mrs⏎  jones": a line may end between
    rf"(?P<first>{letters.ONE_CASE_WORD})(?:[ \t]+(?P<second>{letters.ONE_CASE_WORD}))?"
    + letters.WORD_END
)
_OWNER_BEFORE = re.compile(r"\b(?:the|my|our|your|his|her|their)[ \t]+$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# "Christmas Eve Hall rang": the festival's eve, the surname alone a name
_FESTIVAL_BEFORE = re.compile(r"\b(?i:christmas|xmas|new[ \t]+year['’]?s)[ \t]+$")
_APOSTROPHES = ("'", "’")

_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE
)
_STREET_SUFFIX = (
    r"(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Court|Ct|Crescent|Cres|Way|Place"
    r"|Gardens|Gdns|Terrace|Grove|Walk|Mews|Row|Hill|Square|Sq|View|Park|Rise|Green|Parade"
    r"|Vale|Fold|Croft|Gate|Wynd|Brow|Avenue)\b"
)
_ADDRESS = re.compile(
    r"\b(?:(?:Flat|Apartment|Apt|Unit)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+(?:\d{1,4}[A-Za-z]?,?[ \t]+)?"
    r"|\d{1,4}[A-Za-z]?,?[ \t]+)"
    f"(?:[{letters.UPPER}][{letters.LOWER}'’]+[ \t]+){{1,3}}" + _STREET_SUFFIX
)
# What every postcode and address holds, found quicker than one: a card without it skips those
_POSTCODE_END = re.compile(r"\d[ABD-HJLNP-UW-Z]{2}", re.IGNORECASE)
_STREET_WORD = re.compile(_STREET_SUFFIX)


def find_personal_details(
    text: str, *, known_names: Iterable[str] | NameMatcher = ()
) -> list[Finding]:
    """Every possible personal detail in `text`, in reading order, none overlapping.

    `known_names` are the names the facilitator pasted (people reviewed, staff): each whole
    name and each of its parts is looked for, whole words only (a ``NameMatcher`` for many
    texts). The guard reads the text made plain: a no-break or zero-width space hides nothing.
    """
    copy = plain_copy(text)
    # "MARY DROVE ME x", "AT 5pm": read in capitals, each word where it was typed
    if copy is None and (read := read_as_capitals(text)) is text:
        return _find(text, known_names)  # most statements: read as typed
    found = []
    for f in _find(read_as_capitals(copy.text) if copy else read, known_names):
        start, end = copy.span(f.start, f.end) if copy else (f.start, f.end)
        found.append(Finding(start, end, f.category, text[start:end]))
    return found


def _find(text: str, known_names: Iterable[str] | NameMatcher) -> list[Finding]:
    found: list[Finding] = []
    if "@" in text:
        found += _matches(text, letters.EMAIL, "email")
    # Most statements hold no digit at all: skip the number rules for them (an import checks
    # thousands of statements). Every date has a digit too, so without one there is no date
    # of birth however the statement says "born".
    if _DIGIT.search(text):
        # NHS and phone numbers have ten digits or more.
        found += [Finding(a, b, category, text[a:b]) for a, b, category in numbers(text)]
        if _POSTCODE_END.search(text):
            found += _matches(text, _POSTCODE, "postcode")
        if _STREET_WORD.search(text):
            found += _matches(text, _ADDRESS, "address")
    found += _names(text)
    found += _one_case_titled_names(text)
    found += _known_names(text, known_names)
    found += [Finding(a, b, "name", text[a:b]) for a, b in arabic_script_names(text)]
    one_case = text.islower() or text.isupper()  # no capital marks a name: "sue and linda"
    found += [Finding(a, b, "name", text[a:b]) for a, b in (
        *initialled_names(text), *joined_surnames(text), *unlisted_names(text),
        *capital_names(text), *shouted_word_names(text, _names),  # "THANKS TO MARY", "JOY RANG"
        *named_words(text),  # "MY CARERS NAME IS: TARIQ", "my mums name was grace"
        *(shouted_unlisted_names(text) if text.isupper() else ()),  # "GWENLLIAN IS MY CARER"
        *(one_case_given_names(text) if one_case else lower_case_given_names(text)),
        *paired_full_names(text))]  # "Grace Long and Hope Green met the provider"
    found = _without_overlaps(found)
    for a, b in one_case_o_surnames(text) if one_case else ():  # "MRS O' NEILL" whole
        over = [f for f in found if f.start < b and a < f.end]
        if all(f.category == "name" for f in over):
            a, b = min([a, *(f.start for f in over)]), max([b, *(f.end for f in over)])
            found = sorted([*(f for f in found if f not in over),
                            Finding(a, b, "name", text[a:b])], key=lambda f: f.start)
    if names := [(f.start, f.end) for f in found if f.category == "name"]:  # "[name] and June"
        taken = [(f.start, f.end) for f in found]
        found += [Finding(a, b, "name", text[a:b]) for a, b in joined_names(text, names, taken)]
        found.sort(key=lambda f: f.start)
    if found and any(text[f.end : f.end + 1] in QUOTES for f in found):  # "Mrs O' Neill"
        spans = past_quotes(text, [(f.start, f.end) for f in found if f.category == "name"])
        found = _without_overlaps([*(f for f in found if f.category != "name"),
                                   *(Finding(a, b, "name", text[a:b]) for a, b in spans)])
    return with_own_names(text, _whole(text, found))  # "Sunday Kwabena …, Monday Kwabena …"


def _whole(text: str, found: list[Finding]) -> list[Finding]:
    """Each name taken whole ("Sue O'Brien", "Hope J Green": ``whole_names``) where it meets no
    other detail."""
    names = [(f.start, f.end) for f in found if f.category == "name"]
    if not names or (wide := whole_names(text, names)) == names:
        return found
    others = [f for f in found if f.category != "name"]
    if any(f.start < b and a < f.end for f in others for a, b in wide):
        return found
    return sorted([*others, *(Finding(a, b, "name", text[a:b]) for a, b in wide)],
                  key=lambda f: f.start)


def redact(text: str, findings: Iterable[Finding]) -> str:
    """`text` with each finding replaced by its label, e.g. "My carer [name] rushes"."""
    result = text
    for finding in sorted(_without_overlaps(list(findings)), key=lambda f: f.start, reverse=True):
        label = REDACTION_LABELS.get(finding.category, "[personal detail]")
        result = result[: finding.start] + label + result[finding.end :]
    return result


def _matches(text: str, pattern: re.Pattern[str], category: str) -> list[Finding]:
    return [Finding(m.start(), m.end(), category, m.group()) for m in pattern.finditer(text)]


def _names(text: str) -> list[Finding]:
    """Capitalised words that are names: after a title ("Mrs Jones"), after a relation
    ("my carer Sharon") or a common given name on its own ("Julie from the agency")."""
    found: list[Finding] = []
    taken_until = 0
    for m in letters.CAPITALISED.finditer(text):
        if m.start() < taken_until or m.group() in ("I", "The", "My", "A"):
            continue
        # Cheap tests first: most capitalised words start a sentence or name a place.
        before = text[max(0, m.start() - 30) : m.start()]
        title = title_before(before)
        related = False
        if title:
            start = m.start() - len(before) + title.start()
        elif ((related := relation_before(before, m.group())
                          and not month_in_a_date(text, m.end(), m.group())
                          and not modal_after_relation(text, m.start(), m.end()))
              or is_bare_given_name(text, m.start(), m.group())
              # "My Carer Will Rang": a word-name, what only a person does after it
              or (related := relation_before(before) and lone_word_name_end(
                  text, m.end(), m.group()) is not None)):
            start = m.start()
        else:
            if m.group()[1:2] in _APOSTROPHES and is_o_surname(m.group()):  # "O'Neill rang"
                found.append(Finding(m.start(), m.end(), "name", m.group()))
                taken_until = m.end()
            continue
        # After a title or a relation a place word may be a surname: "Mrs Green", "my PA Green"
        surnames_of_places = related or (
            title is not None and title["title"] not in TITLES_IN_PLACE_NAMES) or (
            # "Hope Green, my carer", "Pat Hall came late": a word-name with a surname said of
            # a person keeps that surname even when it is a place's word
            not title and search_key(m.group()) in AMBIGUOUS_GIVEN_NAMES
            and (surname_said_of(text, m.end()) or role_is_before(text, m.start()))
            and not _FESTIVAL_BEFORE.search(before) and not place_before(text, m.start()))
        if title and title["title"] == "Miss" and starts_sentence(text, start):
            # "Miss Church since my fall": the verb, its "I" dropped; "Miss Green came" is not.
            surnames_of_places = _is_said_of_a_person(text, m.end(), m.group())
        # a possessive ends the name: "Grace's Café" is the café's name, "Margaret's daughter"
        bare_possessive = not title and not related and m.group().endswith(("'s", "’s"))
        last = m.end() if bare_possessive else _end_of_next_word(text, m.end())
        if related and m.group().isupper() and len(m.group()) > 1:
            # "MY CARER LINDA IS LOVELY": in capitals only a known given name is one there; a
            # word in capitals in a mixed card is one if no list knows it ("My carer SMITH")
            end = one_case_surname_end(text, m.end()) if (
                one_case_given_name(text, m.end(), m.group()) or is_o_surname(m.group())
                or (not text.isupper() and may_be_a_name(m.group())
                    and not ordinary_after_a_role(m.group()))) else None  # "My carer DIDN'T"
        # "June from the agency": a month's or verb's name said of a carer, one word on its own
        elif not title and (key := search_key(m.group())) in NOT_NAMES and (
                not related or (key in AMBIGUOUS_GIVEN_NAMES and m.group()[1:].islower())):
            # "Will Smith came late"; after a role its surname whatever follows: "My carer June
            # Smith is lovely", "My carer's name is Will Smith"
            end = (surname_end(text, m.end()) if related or role_is_before(text, m.start())
                   else surname_said_end(text, m.end())) or m.end()
        else:
            end = name_end(text, m.start(), last, after_title=surnames_of_places)
        if end is None and title:  # "Mrs May came", "Aunt May Visits"
            kind = title["title"].rstrip(".")
            # Ms and Miss too ("Thanks to Ms May"), not MS the illness nor "I Miss May"; any
            # title at the card's end ("Thanks To Nurse May", "I miss Gran May": review 36 A4)
            family = not (kind == "Miss" and _MISSED.search(text, max(0, start - 20), start)) and (
                kind.lower() in ("mr", "mrs", "mx", "mister", "missus") or kind in ("Ms", "Miss")
                or bool(_CARD_ENDS.match(text, m.end()) and not _DETERMINER.search(
                    text, max(0, start - 8), start)))  # not "My Sister Will.", "The Doctor May"
            end = lone_word_name_end(text, m.end(), m.group(), family=family)
        if end is not None and title and title["title"] in KIN_TITLES:  # not "Nan Bread"
            end = kin_name_end(text, m.start(), m.end(), end)
        if end is None:
            continue
        found.append(Finding(start, end, "name", text[start:end]))
        taken_until = end
        if not title and (joined := joined_name(text, end)):  # "Rose and Tendai are my carers"
            found.append(Finding(*joined, "name", text[joined[0] : joined[1]]))
            taken_until = joined[1]
    return found


# "Miss" the verb before a word-name: "I Miss May", "We Still Miss June" (not a title)
_MISSED = re.compile(
    r"(?i:\b(?:i|we|you|they|still|really|do|don['’]t|i['’]ll|will|so)[ \t]+)\Z")
# the card's end after a word: "Thanks To Nurse May!"
_CARD_ENDS = re.compile(r"[ \t.!]*\Z")
_DETERMINER = re.compile(r"\b(?i:the|an?|my|our|your|his|her|their)[ \t]+\Z")


def _is_said_of_a_person(text: str, end: int, word: str) -> bool:
    """Whether the words after a capitalised word show it names a person ("Green's",
    "Green came")."""
    said = search_key(word_after(text, end))
    return re.search(r"['’]s$", word) is not None or said in PERSON_VERBS


def _one_case_titled_names(text: str) -> list[Finding]:
    """Names after a title in a statement typed all in lower case or all in capitals, which
    the capitalised-word rules cannot see ("mrs smith is kind", "MR JONES IS RUDE")."""
    if not may_hold_one_case_title(text):
        return []
    found = []
    titled = ""  # the card In Title Case, made once ("MRS MAY JONES CAME")
    for m in _ONE_CASE_TITLED.finditer(text):
        title, first, second = m.group("title", "first", "second")
        same_case = str.islower if title.islower() else str.isupper
        # "Mrs JONES came", "Mr WILL YOUNG came": the title as typed, the name in capitals
        shouted = shouted_after_title(title, first)
        # "I HAVE MS. CHURCH HELPS ME": MS the illness ends a sentence; "dr house visits".
        place_surname = not (title.lower() == "ms" and "." in m.group()) and (
            search_key(first) != "house" and is_place_surname(first, second, any_case=True)
        )
        # "MRS MAY CAME", "dr will said": a lone word-name, what only a person does after it
        # (not after MS the illness: "i have ms may is hard")
        lone = title.lower() != "ms" and lone_word_name_end(
            text, m.end("first"), first[:1].upper() + first[1:].lower(),  # "mrs may's visit"
            family=title.lower() in ("mr", "mrs", "mx", "mister", "missus")) is not None
        # "MRS MAY JONES CAME", "dr will khan came": read as its Title Case twin is
        worded = bool(second) and title.lower() != "ms" and same_case(second) and (
            search_key(first) in AMBIGUOUS_GIVEN_NAMES) and len(
            titled := titled or text.title()) == len(text) and surname_after_worded_given(
            titled, m.start("first"), m.end("first"), first)
        if not ((same_case(title) or shouted) and same_case(first) and (
                _is_name_word(first) or place_surname or lone or worded)):
            continue
        # "the mrs", "my dr": the title used as a plain word.
        if _OWNER_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        end = m.end("first")
        if (
            second
            and same_case(second)
            and search_key(first) in GIVEN_NAMES
            and (
                _is_name_word(second)
                or is_place_surname(second, word_after(text, m.end("second")), any_case=True)
            )
        ):
            end = m.end("second")  # "mrs edith jones", "mrs edna hall"
        if worded:
            end = m.end("second")
        found.append(Finding(m.start(), end, "name", text[m.start() : end]))
    return found


def _is_name_word(word: str) -> bool:
    bare = re.split(r"['’]", search_key(word))[0]  # "smith's" → "smith", "can't" → "can"
    return bare not in NOT_NAMES and bare not in PLACE_WORDS and bare not in NOT_NAMES_AFTER_TITLE


def _end_of_next_word(text: str, end: int) -> int:
    """`end` moved past the word after it, so "Margaret Ellis" is one name."""
    following = letters.NEXT_CAPITALISED.match(text, end)
    return following.end() if following else end


def _known_names(text: str, known_names: Iterable[str] | NameMatcher) -> list[Finding]:
    # a pasted name that is a word starting a sentence: "Hill is my social worker", not "Long
    # waits for carers"
    spans = known_name_spans(text, known_names, said_of_a_person)
    return [Finding(a, b, "name", text[a:b]) for a, b in spans]


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the most specific, then the longest, of any findings that overlap."""
    ranked = sorted(findings, key=lambda f: (_PRIORITY.get(f.category, 9), -(f.end - f.start)))
    # the kept spans never overlap, so in order of start their ends are in order too: one
    # look each side of where a finding would go, not a scan of all kept (a long card in
    # capitals finds thousands)
    kept: list[Finding] = []
    starts: list[int] = []
    for finding in ranked:
        at = bisect.bisect_left(starts, finding.start)
        if (at < len(kept) and kept[at].start < finding.end) or (
                at > 0 and kept[at - 1].end > finding.start):
            continue
        kept.insert(at, finding)
        starts.insert(at, finding.start)
    return kept
