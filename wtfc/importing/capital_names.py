"""Given names typed in capitals with a surname after them, or thanked: "MARY SMITH DROVE ME",
"MARY WARD DROVE ME", "THANK YOU TO MARY FOR THE LIFT", and "Thanks to MARY WARD" in a card of
mixed case.

In capitals no capital letter marks a name, and a card in capitals names things and places with
everyday words ("DOOR BELL NEVER WORKS", "ON WARD NEVER SAW A DOCTOR"), so the
capitalised-word rules take a word in capitals for a name only after a title or a role ("MY
CARER MARY"); these cards went to the wall whole. Here a given name the guard's lists know, and
no one takes for a word, is one where a surname follows it: a word no list knows as an everyday
one ("SMITH"), or a surname that is a word ("WARD", "BROWN"), but not what the person did
("MARY DROVE ME", "MARY LEFT EARLY") nor a place ("MARY WARD LANE", "ST MARY HOSPITAL"). A
known given name thanked ("THANKS TO MARY") is one alone, and so is a sure one (no word, no
place's) in a card all in capitals ("MARY DROVE ME", "JAMES' WIFE RANG") unless a place's
word follows ("GEORGE STREET", "GEORGE ELIOT HOSPITAL"); these went to the wall as typed
when no names were pasted to watch for.
"""

from __future__ import annotations

import re

from wtfc.importing.bare_given_names import (
    NOT_SURNAMES_AFTER_WORD_NAMES,
    SURNAME_WORDS,
    hyphened_given_name,
    place_before,
    role_is_before,
    said_after_surname,
)
from wtfc.importing.initial_surnames import NOT_BARE_SURNAMES, is_surname
from wtfc.importing.known_names import starts_sentence
from wtfc.importing.name_letters import NOT_IN_A_WORD_BEFORE, UPPER, WORD_END
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    GIVEN_NAMES,
    GIVEN_NAMES_IN_PLACE_NAMES,
    NOT_NAMES,
    PLACE_SURNAMES_AFTER_GIVEN_NAMES,
    PLACE_WORDS,
    RELATION_WORDS,
)
from wtfc.importing.not_english import (
    community_surname,
    english_beyond_welsh,
    has_english,
    not_english,
)
from wtfc.importing.unlisted_names import may_be_a_name
from wtfc.importing.whole_names import surname_after_a_word_letter
from wtfc.importing.words_after_a_role import ends_no_name, ordinary_after_a_role
from wtfc.importing.words_before import place_head_before
from wtfc.model.search_key import search_key


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Two capitals together: what every such card holds, found far quicker than the words
_TWO_CAPITALS = re.compile(f"[{UPPER}]{{2}}")
# A word in capitals: "MARY", "SMITH'S", "O'NEILL", "SMITH-JONES"
_CAPITALS = re.compile(
    f"{NOT_IN_A_WORD_BEFORE}[{UPPER}]+(?:['’-][{UPPER}]+)*{WORD_END}")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
# Given names thanked: any known one ("THANKS TO SUE"), not a word first ("THANKS TO GRACE")
_THANKED_NAMES = GIVEN_NAMES - NOT_NAMES - COMMON_WORDS
# Given names no one takes for a word, nor for a place's ("ALBERT DOCK"), nor for what their
# letters stand for in capitals ("ED STAFF": the emergency department, "CAR REG NUMBER")
_SURE_NAMES = (_THANKED_NAMES - AMBIGUOUS_GIVEN_NAMES - GIVEN_NAMES_IN_PLACE_NAMES
               - {"ed", "di", "vi", "reg"})
_THANKED = re.compile(
    r"(?i:\bthank(?:s|[ \t]+you)(?:[ \t]+(?:so[ \t]+much[ \t]+|very[ \t]+much[ \t]+)?to)?)"
    r"[ \t]+$")
# What a person did or does, after their given name: no surname ("MARY DROVE ME", "JOHN
# FELL", "KELLY TALKS ON HER PHONE", "MY WIFE EDITH CANNOT MANAGE")
_DID = _words("""
drove took gave left brought made kept fell got went saw sent lost found let put sat stood spoke
wrote bought paid ate ran sang taught thought knew became began felt heard held meant met read
told won caught forgot hurt came said rang rode shook slept threw wore woke drank drew flew grew
hid led fed broke chose froze stole spent lent built cut hit quit lied cried tried died
cannot talks knows likes loves hates tries brings shouts moans chats lives stays sits waits
still also just always never often only kind lovely late early rude
""")
# Names of their own that end as a verb in the past does: "FATIMA AHMED", "JOHN REED"
_ED_NAMES = frozenset({"ahmed", "mohammed", "mohamed", "hameed", "rasheed", "saeed", "waheed",
                       "majeed", "hamed", "reed", "sneed", "alfred", "mildred", "winifred"})
# Welsh words after "BETH" (what): "BETH SYDD DDIM YN GWEITHIO?" asks what is not working
_WELSH = frozenset({"sy", "sydd", "yw", "ydy", "ydi", "oedd", "fydd", "fyddai", "ddylai",
                    "allai", "allwn", "wnaeth", "mae", "am", "yn", "i'w", "i'r", "o'r"})
# An apostrophe is a surname's after its first letter ("O'NEILL", "D'SOUZA") or its
# possessive's; elsewhere it cuts a word short ("BETH SY'N GWEITHIO?", "MARY DIDN'T")
_CUT_SHORT = re.compile(r"[^'’]{2,}['’]")
# What a verb, not a surname, takes after it: "MARY TOOK ME", "JOHN HELPS US OUT", "SANDRA
# KNOWS HOW I LIKE MY TEA", "SANDRA LIKES TO CHAT"
_OBJECTS = _words("""
me us him her them it my our your his their up out off away back home too how what when where
why that if to
""")


def capital_names(text: str) -> list[tuple[int, int]]:
    """Where `text` names someone in capitals by a given name and surname, or a thanked given
    name, as (start, end) pairs."""
    if not _TWO_CAPITALS.search(text):
        return []
    found = []
    shouted = text.isupper()  # once: per word it made a long card in capitals quadratic
    for m in _CAPITALS.finditer(text):
        key = _bare(m.group())
        sure = key in _SURE_NAMES or hyphened_given_name(key)  # "MARY-JANE SMITH"
        if _FAMOUS_BEFORE.search(text, max(0, m.start() - 10), m.start()) or _named_for(
                text, m.end(), key):
            continue  # "KING CHARLES", "KINGS LYNN", "MARIE CURIE NURSES", "MAGGIE'S CENTRE"
        if key in _VERB_NAMES:  # "WILL SMITH CAME LATE", not "WILL SMITH WILL COME"
            if starts_sentence(text, m.start()) and (end := _surname_end(text, m.end())) and (
                    said_after_surname(text, end, _bare(text[m.end():end].split()[-1]))):
                found.append((m.start(), end))
            continue
        if (sure or key in _THANKED_NAMES or key in _WORD_NAMES) and (
                end := _initial_surname_end(text, m.end())) and not (
                place_head_before(text, m.start())
                or _SUBJECT_BEFORE.search(text, max(0, m.start() - 6), m.start())):
            found.append((m.start(), end))  # "HOPE J GREEN HELPS ME", "JOHN A SMITH"
            continue
        if not (sure or key in _THANKED_NAMES or key in _WORD_NAMES):
            if _no_apostrophe(key) and not place_head_before(text, m.start()) and (
                    _OWNED.match(text, m.end())
                    or _owns_a_place(text, m.start(), m.end(), shouted)):
                found.append(m.span())  # "MARYS DAUGHTER RANG", "I STAY AT JOHNS HOUSE"
            continue
        if place_head_before(text, m.start()):  # "I WAS IN ST MARY WARD"
            continue
        if m.group().endswith(("'S", "’S")):  # "SUSAN'S VISITS", "TO ROSE'S DAUGHTER"
            if _OWNED.match(text, m.end()) or (
                    sure and _owns_a_place(text, m.start(), m.end(), shouted)):
                found.append((m.start(), m.end()))
            continue
        if sure and text[m.end():m.end() + 1] in ("'", "’") and (  # "JAMES' WIFE RANG"
                _OWNED.match(text, m.end() + 1)
                or _owns_a_place(text, m.start(), m.end() + 1, shouted)):
            found.append((m.start(), m.end() + 1))
            continue
        end = _surname_end(text, m.end()) if sure else None
        if key in _WORD_NAMES and (end := _surname_end(text, m.end())) is not None and (
                not (said_after_surname(text, end, surname := _bare(text[m.end():end].split()[-1]))
                     or role_is_before(text, m.start())
                     or (text[end - 2:end] in ("'S", "’S") and _OWNED.match(text, end))
                     # a card not in English says it in its own words, and _surname_end took
                     # only a surname a function word follows there: "MOJA OPIEKUNKA SUE SMITH
                     # JEST MILA" (code review A11 S5); not the word starting the sentence,
                     # "GRACE PERIOD NAHI HAI", "ROSE WATER NAHI HAI"
                     or (not_english(text) and not starts_sentence(text, m.start())))
                or surname in NOT_SURNAMES_AFTER_WORD_NAMES
                or (surname in PLACE_WORDS and place_before(text, m.start()))):
            end = None  # "ROSE SMITH CAME", "HOPE GREEN IS MY CARER"; not "ROSE HILL IS NICE"
        if end is None and _THANKED.search(text, max(0, m.start() - 30), m.start()):
            # "THANKS TO HOPE GREEN"; alone "THANKS TO MARY", "THANKS TO ROSE FOR THE LIFT"
            end = _surname_end(text, m.end()) if key in _THANKED_NAMES | _WORD_NAMES else None
            if end is None and (key in _THANKED_NAMES or (
                    key in _THANKED_ALONE and _THANKED_END.match(text, m.end()))):
                end = m.end()
        if end is None and sure and shouted and _alone(text, m.end(), key):
            end = m.end()  # "MARY DROVE ME": a sure given name alone, in a card all capitals
        if end is not None:
            found.append((m.start(), end))
    return found


# A title no carer has, or a word, before a given name that makes it a famous person's or a
# place's: "KING CHARLES", "PRINCESS ANNE", "CAPTAIN TOM", "BIG BEN", "KINGS LYNN", "KING'S LYNN"
_FAMOUS_BEFORE = re.compile(r"\b(?:KING|QUEEN|PRINCE|PRINCESS|CAPTAIN|BIG|KING['’]?S)[ \t]+$")
# Care charities and places named for a person: "MARIE CURIE NURSES", "MAGGIE'S CENTRE", "THE
# ELIZABETH LINE" (code review A3: older people's cards name them often)
_NAMED_FOR = {"marie": frozenset({"curie"}), "maggie": frozenset({"centre", "centres"}),
              "elizabeth": frozenset({"line"})}


def _named_for(text: str, end: int, key: str) -> bool:
    """Whether the given name ``key`` ending at `end` begins a charity's or a place's name."""
    after = _NEXT_WORD.match(text, end) if key in _NAMED_FOR else None
    return after is not None and _bare(after[1]) in _NAMED_FOR[key]


def _no_apostrophe(key: str) -> bool:
    """Whether ``key`` is a sure given name's possessive typed with no apostrophe ("marys",
    "johns"); not a name of its own that ends in s ("james", "charles", "johns" of "Johns
    Hopkins" is no given name, but "jame" is none either)."""
    return (len(key) > 3 and key.endswith("s") and key[:-1] in _SURE_NAMES
            and key not in GIVEN_NAMES and key not in AMBIGUOUS_GIVEN_NAMES
            and key not in _CHARITIES)


# A given name's possessive that names a charity's centres: "MAGGIES CENTRE" (for cancer care)
_CHARITIES = frozenset({"maggies"})


def _owns_a_place(text: str, start: int, end: int, shouted: bool) -> bool:
    """Whether a place's word follows a possessive ending at `end` in a card all in capitals
    (``shouted``, "I STAY AT JOHN'S HOUSE"): the person's home (a place's own name has its head
    before the given name, "ST JOHN'S HOUSE", read by ``place_head_before``). A street's word
    names a street; one that is an everyday word too only where the card says a place ("I LIVE
    IN HELENS CLOSE", "12 PETERS CLOSE", "ANNES COURT HAS A LIFT"), not "I WENT TO MARYS CLOSE
    FRIEND", "JOHNS DRIVE TO THE SHOPS", "MARYS COURT CASE" (held is the safer mistake)."""
    after = _NEXT_WORD.match(text, end)
    if not shouted or after is None:
        return False
    if (key := _bare(after[1])) in _HOMES:
        return True  # "I STAY AT MARYS FLAT", "JOHN'S ROOM"; an estate's "ST MARY'S FLATS"
    if key not in PLACE_WORDS:
        return False
    if key in _STREETS:
        return False
    if key not in _STREETS_AND_WORDS:
        return True  # "JOHNS HOUSE", "WE MET AT JOHNS PLACE": the person's home
    later = _NEXT_WORD.match(text, after.end())
    next_key = _bare(later[1]) if later is not None else None
    place = place_before(text, start) or _NUMBER_BEFORE.search(text, max(0, start - 8), start)
    return not ((place and (next_key is None or next_key in _AFTER_A_STREET))
                or next_key in _A_BUILDING_HAS)


# A home's words that are no place's name's (no PLACE_WORDS: "Flat 3", "Room 4" in an address)
_HOMES = frozenset(("flat", "room", "bedroom", "bungalow", "caravan", "bedsit", "maisonette"))
# A street's or an estate's word names a place of its own, not the person's home: "I LIVE ON
# PETERS ROAD" (code review A5 R2); the ones that are everyday words after a possessive too
# ("MARYS CLOSE FRIEND", "PETERS WAY OF DOING THINGS", review 33 A7 S2) only with a place said
_STREETS = _words("road rd street st lane avenue ave crescent terrace mews gardens parade estate "
                  "wharf vale")
_STREETS_AND_WORDS = _words("way drive close court hill park square grove row walk rise view "
                            "gate green fields")
_NUMBER_BEFORE = re.compile(r"\d+[A-Z]?[ \t]+$")  # "12 PETERS CLOSE", "4A JOHNS COURT"
# what follows a street's name in a sentence, not a noun the possessive owns
_AFTER_A_STREET = _words("and but is was has had have near by in on at with for since now "
                         "because where which so next opposite off until")
_A_BUILDING_HAS = _words("has had have")  # "ANNES COURT HAS A LIFT"


def _alone(text: str, end: int, name: str) -> bool:
    """Whether a sure given name (``name``) ending at `end`, with no surname after it, is a
    person's and not the start of a place's name: not before a place's word ("GEORGE STREET",
    "ELIZABETH HOSPITAL"), one word on ("GEORGE ELIOT HOSPITAL"), nor a Welsh "BETH" (what).
    Only BETH: "MAE FY MERCH ELERI YN HELPU" names Eleri. Scots "MAIR" (more) is a word in a
    card in English, Cantonese "JO" and "SAM", Polish "KIM" (whom) and Irish "SEAN" (old) in
    one not in English ("NGO LOU GUNG SEI JO"); "MAE MAIR YN DOD", "JO DROVE ME" name them."""
    if (name in _SCOTS_WORDS and has_english(text)) or (
            name in _COMMUNITY_WORDS and not_english(_but_next_word(text, end))) or (
            _WELSH_THE.search(text, max(0, end - len(name) - 8), end - len(name))):
        return False  # and after Welsh "'R" (the): "MAE'R GLYN YN DAWEL" is the valley
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return True
    key = _bare(after[1])
    if key in PLACE_WORDS or (name == "beth" and key in _WELSH) or _CUT_SHORT.match(key):
        return False
    later = _NEXT_WORD.match(text, after.end())  # "MARY WENT HOME" is no place's name
    return (later is None or _bare(later[1]) not in PLACE_WORDS
            or not _may_be_surname(after[1], key))


_SCOTS_WORDS = frozenset({"mair"})
_WELSH_THE = re.compile(r"\w['’]R[ \t]+$")
_COMMUNITY_WORDS = frozenset({"jo", "sam", "kim", "sean"})


def _but_next_word(text: str, end: int) -> str:
    """`text` without the word after the name ending at `end`: a surname's place, where a
    community word ("KIM HOU CALLS DAILY") says nothing of the card's language."""
    after = _NEXT_WORD.match(text, end)
    return text if after is None else text[:end] + text[after.end():]


# Given names that are words, a name in capitals only with a surname said of a person after
# them; not the things ("GRANT", "BILL", "MILES AWAY") nor a place's ("VICTORIA STATION")
_WORD_NAMES = (AMBIGUOUS_GIVEN_NAMES - NOT_NAMES - GIVEN_NAMES_IN_PLACE_NAMES
               - {"grant", "bill", "miles", "rich", "art", "chase"})
# Given names that are a verb's or a month's: a name in capitals only at a sentence's start,
# with a surname and what is said of a person after it ("WILL SMITH CAME LATE", "JUNE SMITH
# IS MY CARER"), as in mixed case; not "WILL SMITH WILL COME", "MAY IS MY FAVOURITE MONTH"
_VERB_NAMES = AMBIGUOUS_GIVEN_NAMES & NOT_NAMES
# ...and thanked alone, where the word is not what one is thankful to ("THANKS TO HOPE", "TO
# FAITH", "TO THE MAX"): "THANKS TO ROSE", "THANKS TO PAT FOR THE LIFT"
_THANKED_ALONE = _WORD_NAMES - {"hope", "faith", "grace", "joy", "dawn", "summer", "autumn",
                                "sky", "sunny", "max", "angel", "crystal", "amber", "norman"}
_THANKED_END = re.compile(r"[ \t]*(?:$|[.,;:!?)&+/]|[ \t](?i:for|and)\b)")  # "MARK & SUE"
# What only a person has, after a given name's "'S" ("SUSAN'S VISITS", "THANKS TO SUSAN'S
# HUSBAND"), in capitals as the name is
_OWNED = re.compile(
    r"[ \t]+(?:" + "|".join(sorted({re.escape(w.upper()) for w in RELATION_WORDS}, key=len,
                                     reverse=True)) + r"|VISIT)S?(?![\w'’])")


def _bare(word: str) -> str:
    return search_key(word).removesuffix("'s").removesuffix("’s")


# Words that join the word after them to a surname: Welsh "ap"/"ferch" (son/daughter of),
# Arabic "bin"/"bint", Dutch, French, Italian and Spanish particles
_PARTICLES = _words("ap ab ferch verch bin bint ibn van von der de da du del della le la di")


def _may_be_surname(word: str, key: str) -> bool:
    """Whether `word` in capitals (``key`` its bare look-up) after a given name may be their
    surname: not an everyday word, what the person did, nor the first word of a place's name."""
    if key in _WELSH or _CUT_SHORT.match(key) or key == "next":
        return False  # "TOM AND JEAN NEXT DOOR", "MARY NEXT WEEK": the word, no surname
    if not is_surname(word, after=NOT_BARE_SURNAMES) or not (
            may_be_a_name(word) or key in SURNAME_WORDS):
        return False
    if key in PLACE_WORDS and key not in PLACE_SURNAMES_AFTER_GIVEN_NAMES:
        return False  # "GEORGE STREET", "FLORENCE HOUSE", where "MARY WARD" is a person
    return not (key in _DID or ordinary_after_a_role(word)
                or (ends_no_name(key) and key not in _ED_NAMES))


# A given name's initial and surname: " J GREEN", " J. GREEN", " A SMITH"
_INITIAL_AFTER = re.compile(
    rf"[ \t]+([{UPPER}])(?:\.[ \t]*|[ \t]+)([{UPPER}]{{2,}}(?:['’-][{UPPER}]+)*){WORD_END}")
# "I HOPE J SMITH RINGS ME": a verb that is a given name, after the one who hopes
_SUBJECT_BEFORE = re.compile(r"\b(?:I|WE|YOU|THEY)[ \t]+$")


def _initial_surname_end(text: str, end: int) -> int | None:
    """Where an initial and a surname after the given name ending at `end` end ("HOPE J GREEN
    HELPS ME", "MARY O SMITH", whatever is said after them); A, I and O only before a surname
    no list knows as a word ("THANKS MARY A LOT", "SUE I SAID" are no names); W, Z, U, Y and E
    only with a full stop or in a card with an English word beyond AM ("JOHN W SMITH IS KIND";
    Polish "W ANGLII", Welsh "Y GOFALWR", Bengali "E THAKE" are words), and none in a card not
    in English ("MAE HUW A MEGAN YN DOD")."""
    m = _INITIAL_AFTER.match(text, end)
    if m is None or not _may_be_surname(m[2], _bare(m[2])) or not_english(text):
        return None
    if m[1] in "WZUYE" and not english_beyond_welsh(text) and text[m.start(1) + 1] != "." and (
            not said_after_surname(text, m.end(), _bare(m[2]))):
        return None  # an initial where what a person does follows: "PETER U BROWN RANG"
    if m[1] in "AIO" and not surname_after_a_word_letter(m[2]):
        return None
    return m.end()


def _surname_end(text: str, end: int) -> int | None:
    """Where the surname in capitals after the given name ending at `end` ends, or None when
    the word after it is no surname: an everyday word, what the person did, or the first
    word of a place's name. In a card not in English, where every word is one no English list
    knows ("SYN MAREK W ANGLII NIE DZWONI"), only a common community surname or a word just
    before a function word ("SYN MAREK KOWALSKI NIE DZWONI")."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not m[1].isupper() or len(m[1]) < 2:
        return None
    if not_english(text) and not community_surname(m[1], _NEXT_WORD.match(text, m.end())) and (
            not_english(_but_next_word(text, end))
            or not said_after_surname(text, m.end(), _bare(m[1]))):
        # "SYN MAREK W ANGLII", not "SYN MAREK KOWALSKI NIE DZWONI"; nor "KIM HOU CALLS DAILY",
        # English but for a surname that is a Cantonese word, with what a person does after it
        return None
    word, key = m[1], _bare(m[1])
    if key in _PARTICLES and (joined := _surname_end(text, m.end())) is not None:
        return joined  # "GWEN AP RHYS", "SIAN FERCH GRUFFYDD", "MARY DE SOUZA": one surname
    if not _may_be_surname(word, key):
        return None
    after = _NEXT_WORD.match(text, m.end())
    following = search_key(after[1]) if after else ""
    if following in PLACE_WORDS and not word.endswith(("'S", "’S")):
        return None  # "MARY WARD LANE", "JOHN RADCLIFFE HOSPITAL"; not "MARY SMITH'S HOUSE"
    if following in _OBJECTS:
        return None  # "MARY LIKES ME"
    if after and not_english(text) and community_surname(after[1], None):
        return _surname_end(text, m.end()) or m.end()  # "TARIQ AHMED KHAN AATA HAI"
    return m.end()
