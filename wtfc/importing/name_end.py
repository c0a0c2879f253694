"""Where a name found by its capitals ends ("Mrs Jones The …" -> "Mrs Jones"), and whether
its words name a place instead ("Victoria Road", "Mrs Green Lane"): the guard's
personal_details.py asks, after a title, a relation or a given name."""

from __future__ import annotations

import re

from wtfc.importing import name_letters as letters
from wtfc.importing.bare_given_names import (
    SURNAME_WORDS,
    hyphened_given_name,
    surname_end,
    surname_said_end,
)
from wtfc.importing.known_words import known_word
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    GIVEN_NAMES_IN_PLACE_NAMES,
    NOT_NAMES,
    PERSON_VERBS,
    PLACE_SURNAMES,
    PLACE_SURNAMES_AFTER_GIVEN_NAMES,
    PLACE_WORDS,
)
from wtfc.importing.not_english import community_surname
from wtfc.importing.words_before import PAST_DEEDS, TITLE_CASE_VERBS
from wtfc.model.search_key import search_key

# what "Will"/"May" after a title says will be done, In Title Case: "The Dr Will Ring Me"
_DONE_AFTER_WILL = frozenset({
    "see", "ring", "tell", "phone", "call", "come", "be", "help", "visit", "sort", "check",
    "write", "send", "let", "get", "do", "go", "need", "want", "talk", "speak", "ask", "give",
    "make", "review", "arrange", "refer", "contact", "discuss", "explain", "look", "stay",
    "try", "have", "take", "bring", "change", "chase", "find", "keep", "put", "show", "start",
    "stop", "book", "email", "text", "order", "organise",
})
_NEXT_WORD_PAST_QUOTE = re.compile(rf"['’\"”]?[ \t]+([{letters.LETTER}]+)")


# what joins a name to where or who, In Title Case: "Nurse Okafor At Lloyds" lost "At" (and a
# deed, ``PAST_DEEDS``: "My Carer Sharon Took Me Out" lost "Took")
_LINK_WORDS = frozenset({"at", "from", "in", "on", "of", "for", "with", "to", "by", "and",
                         "or", "the"})


def is_place_surname(word: str, following: str | None, *, any_case: bool = False) -> bool:
    """A place word right after a title is a surname ("Mrs Green", "Mrs Hall came") unless a
    place word follows it, capitalised ("Mrs Green Lane"), or in any case in a statement
    typed all in one case ("mrs green lane")."""
    bare = search_key(re.sub(r"['’]s$", "", word))
    following = following or ""
    return bare in PLACE_SURNAMES and not (
        (any_case or following[:1].isupper()) and search_key(following) in PLACE_WORDS
    )


# surname-words a doctor or nurse "will" do: "The Nurse Will Bath Me", "Dr Will Bell Me"
_DEEDS_AS_SURNAMES = frozenset({"bath", "read", "post", "care", "rush", "lock", "cook", "fish",
                                "hunt", "park", "chase", "ring", "bell", "field"})
# what a doctor or nurse "will" do, first after "Will"/"May": "Dr Will Prescribe Painkillers"
_WILL_DEEDS_TEXT = """
    prescribe decide retire dress increase reduce listen assess follow renew wash hold sign say
    fix pay wait know move wade cover treat examine inject test weigh measure monitor admit
    discharge advise explain agree return leave arrive update confirm cancel pop drop settle pick
    collect deliver fill empty shower shave undress feed clean lift hoist turn print post answer
    remove replace fit bandage repeat operate scan attend consider think sit walk fax telephone
    reply respond meet investigate adjust
"""
_WILL_DEEDS = _DONE_AFTER_WILL | frozenset(_WILL_DEEDS_TEXT.split())
# the card's end: anything but a capitalised word on the same line ("… Patel\nHe was kind",
# "… Patel 2pm", "… Patel/Dr May Khan", "… Patel's"), or a practice or a second title after
# it ("Dr Will Patel GP", "… Patel Surgery", "… Patel And Nurse Ann") (code review A31)
_NOTHING_AFTER = re.compile(r"(?![ \t]*[A-Z])|[ \t]+(?:GP|(?:Surgery|Practice|Clinic|Hospital)\b"
                            r"|(?:And|&|Or)[ \t]+(?:Dr|Nurse|Sister|Mr|Mrs|Ms|Miss)\b)")
# a surname's possessive ending the card or a sentence: "Seen by Dr Will Patel's."
_OWNED_AT_END = re.compile(
    rf"[ \t]+[{letters.UPPER}][{letters.LOWER}]+['’]s(?=[ \t]*(?:[.!?,;)]|$))", re.MULTILINE)
# where a doctor or nurse works, after their surname: "… Khan At The Surgery", "… Khan From Park
# Lane Practice"
_AT_THE_PRACTICE = re.compile(
    r"[ \t]+(?:At|From|Of|In)[ \t]+(?:(?:The|Our|My|[A-Z][a-z'’]+)[ \t]+){0,3}"
    r"(?:Surgery|Practice|Clinic|Hospital|Health[ \t]+Cent(?:re|er)|Medical[ \t]+Cent(?:re|er)"
    r"|Ward)\b")
# a title no one "will" do anything after: "Mr Will Young", "Mrs May Jones" (not "Dr Will …")
_FAMILY_TITLE = re.compile(r"(?<![\w'’])(?i:mr|mrs|ms|miss|mx|mister|missus)\.?[ \t]+\Z")


# What only a person does, in a form "may"/"will" the verb never takes, after a lone word-name
# that follows a title: "Mrs May came", "Aunt May Visits", "Sister May is kind", "Mrs June rang"
# (session 35's list of names not caught); not "The Nurse May Come", "Sister Will Ring"
_DID_AFTER_WORD_NAME = re.compile(
    r"[ \t]+(?:(?:never|always|often|still|just|usually|also|sometimes|rarely)[ \t]+)?"
    r"(?:is|was|isn['’]?t|wasn['’]?t|has|had|hasn['’]?t|hadn['’]?t|does|did|doesn['’]?t"
    r"|didn['’]?t|came|comes|rang|rings|phoned|phones|called|calls|said|says|told|tells|asked"
    r"|asks|visited|visits|helped|helps|left|died|lives|lived|went|goes|looked|looks|brought"
    r"|brings|drove|drives|cooked|cooks|cleaned|cleans|washed|washes|took|takes|made|makes"
    r"|gave|gives|knew|knows|worked|works|retired|passed|sent|sends|wrote|writes|forgot"
    r"|forgets|shouted|rushed|rushes|arrived|arrives|turned|turns|popped|pops|sat|sits"
    r"|talked|talks|listened|listens|cared|cares|got|gets)(?![\w'’-])", re.IGNORECASE)
# what a modal "May" is followed by, In Title Case after a relation word: "My Son May Come",
# "My Daughter May Not Visit" (the verb, as "My Son Will Come" is)
_AFTER_MODAL = frozenset({"not", "never", "also", "still", "soon", "just", "well", "be"})
_RELATION_IN_CAPITALS = re.compile(r"(?<![\w'’-])[A-Z][a-z]*[ \t]+\Z")


def lone_word_name_end(text: str, end: int, word: str, *, family: bool = False) -> int | None:
    """Where a word-name that is also a month or "may"/"will" ends when, after a title, what
    only a person does follows it ("Mrs May came" → "May") or it owns something ("Dr May's
    letter"); None otherwise. After Mr/Mrs (``family``) whatever follows but a bare verb."""
    bare = re.sub(r"['’]s$", "", word)
    key = search_key(bare)
    if key not in AMBIGUOUS_GIVEN_NAMES or key not in NOT_NAMES or not bare[1:].islower():
        return None
    if family and search_key(word_after(text, end)) not in _WILL_DEEDS | _AFTER_MODAL:
        return end  # "Mrs May can't come", "Mrs May, my neighbour", "I miss Mrs May"
    return end if bare != word or _DID_AFTER_WORD_NAME.match(text, end) else None


def modal_after_relation(text: str, start: int, end: int) -> bool:
    """Whether "May" after a capitalised relation word is the verb, a bare verb after it In
    Title Case: "My Son May Come", "My Daughter May Visit" (held as "My Son [name] Come")."""
    if text[start:end] != "May" or not _RELATION_IN_CAPITALS.search(text, max(0, start - 20),
                                                                   start):
        return False
    following = letters.NEXT_WORD.match(text, end)
    key = search_key(following.group(1)) if following else ""
    if following and key in _AFTER_MODAL and key != "be":  # "May Never Come", not "…Came"
        key = search_key(word_after(text, following.end(1)))
    return key in _WILL_DEEDS or key == "be"


def _surname_after_worded_given(text: str, start: int, given_end: int) -> bool:
    """Whether a surname follows "Will"/"May" after a title: any after Mr/Mrs ("Mr Will
    Young"); after a doctor's or nurse's title one said of a person ("Dr Will Smith came
    today") or no English word ("Dr Will Okafor"), not a verb of what they will do ("Dr Will
    Prescribe Painkillers", "Dr May Retire", "The Nurse Will Dress It": code review A26 S1)."""
    if _FAMILY_TITLE.search(text, max(0, start - 12), start):
        after = surname_end(text, given_end)
        if after is not None and (_DID_AFTER_WORD_NAME.match(text, given_end) is not None or (
                (key := search_key(text[given_end:after].strip())).endswith("ed")
                and known_word(key) and key not in SURNAME_WORDS)):
            return False  # "Mrs May Smiled At Me": what she did, not her surname
        return after is not None or (
            _OWNED_AT_END.match(text, given_end) is not None)  # "Mrs May Jones's."
    if surname_said_end(text, given_end) is not None:
        return True
    after = surname_end(text, given_end)
    if after is None:  # "Dr Will Patel's" at the card's end: a deed takes no "'s"
        return _OWNED_AT_END.match(text, given_end) is not None
    # with nothing said after: a surname the lists know as one ("Seen by Dr Will Brown"), or no
    # English word ("Dr Will Okafor"), when the card goes on ("Dr Will Bath Me" is the deed).
    # At the card's end (or before small letters) any word but a verb of what they will do: the
    # word table knows Patel, Khan, Nguyen, Lloyd, Holmes, so "Seen by Dr Will Patel" went up
    # (code review A30); a surname that is also a deed is held there ("Seen by Dr Will Bell")
    key = search_key(text[given_end:after].strip())
    if _NOTHING_AFTER.match(text, after) is None:  # the card goes on in capitals: the deed's
        # unless a common surname ("Dr Will Khan Rang") or where they work follows ("Dr Will
        # Khan At The Surgery"; "Dr Will Call At The Surgery" stays)
        return (key in SURNAME_WORDS and key not in _DEEDS_AS_SURNAMES) or not known_word(key) or (
            community_surname(key, None) or (
                key not in _WILL_DEEDS and _AT_THE_PRACTICE.match(text, after) is not None))
    return key in _DEEDS_AS_SURNAMES or key in SURNAME_WORDS or key not in _WILL_DEEDS


def name_end(text: str, start: int, end: int, *, after_title: bool = False) -> int | None:
    """Where the name starting at `start` ends, or None when it is not a name.

    The matched words are cut at the first word that is not a name ("Jones The" -> "Jones"),
    and dropped when they name a place ("Victoria Road") or when the first is no name at all.
    ``after_title``: the name follows a title, so a place word may be its surname; after a
    given name some may be too ("Sharon Hall"). A name with a possessive is a person's
    whatever lower-case place word follows ("Mr Khan's house", "Mary Smith's house", where
    "Mrs Green Lane" is a place).
    """
    words = list(re.finditer(r"\S+", text[start:end]))
    kept_end = None
    given_name = False
    # "Dr Will Smith", "Mrs June Jones": a given name that is also a word, after a title, with
    # a surname after it (both went up); before no surname it stays a word, "The Dr Will Call
    # Back"
    worded_given = bool(words) and after_title and (
        search_key(words[0].group()) in AMBIGUOUS_GIVEN_NAMES and words[0].group()[1:].islower()
        and _surname_after_worded_given(text, start, start + words[0].end())
        and search_key(words[1].group()) not in _DONE_AFTER_WILL)
    for word in words:
        bare = search_key(re.sub(r"['’]s$", "", word.group()))
        surname = after_title or (given_name and bare in PLACE_SURNAMES_AFTER_GIVEN_NAMES)
        place = bare in PLACE_WORDS and not (
            surname and is_place_surname(word.group(), word_after(text, start + word.end()))
        )
        given_name = (bare in GIVEN_NAMES or hyphened_given_name(bare)) and (
            bare not in GIVEN_NAMES_IN_PLACE_NAMES)
        if (bare in NOT_NAMES and not (worded_given and word.start() == 0)) or place or (
                not letters.NAME_WORD.fullmatch(word.group())) or (
                word.start() > 0 and (bare in TITLE_CASE_VERBS or bare in PERSON_VERBS
                                      or bare in _LINK_WORDS or bare in PAST_DEEDS)):
            # "My Mum Ayesha Cannot Write": what she does is no surname (code review A23 S4)
            break
        kept_end = start + word.end()
    if kept_end is None or (worded_given and kept_end == start + words[0].end()
                            and search_key(words[0].group()) in NOT_NAMES):
        return None
    quoted = start > 0 and text[start - 1] in "'‘\"“"  # "'Rose' ward", not "Mrs Jones' house"
    following = (_NEXT_WORD_PAST_QUOTE if quoted else letters.NEXT_WORD).match(text, kept_end)
    if following and search_key(following.group(1)) in PLACE_WORDS:
        # "Mr Khan's house", "Patricia's house", "Mary Smith's house" are a person's, after a
        # title, a relation or a given name alike; "Dr Gray's Hospital", capitalised, is a place
        owned = (re.search(r"['’]s$", text[start:kept_end]) is not None
                 and not following.group(1).istitle())
        return kept_end if owned else None
    return kept_end


def word_after(text: str, end: int) -> str:
    following = letters.NEXT_WORD.match(text, end)
    return following.group(1) if following else ""


def surname_after_worded_given(text: str, start: int, given_end: int, word: str) -> bool:
    """``_surname_after_worded_given`` for a lone May/Will/June/April/August (one-case cards)."""
    key = search_key(word)
    return key in AMBIGUOUS_GIVEN_NAMES and key in NOT_NAMES and _surname_after_worded_given(
        text, start, given_end)
