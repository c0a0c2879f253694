"""Letters at a sentence's start that look like initials but are words, abbreviations or brands.

With no title or relation word before them, two capitals or a one-letter word before a
surname-shaped word are read as a person's initials ("AJ Okoro", "Z Kaczmarek"): a missed name
reaches the wall, the projector and the PDFs, where a wrong one costs the facilitator a click.
These lists are the exceptions, each as narrow as its reason: a brand's or an abbreviation's
letters only before its own words ("TK Maxx", "DP Budget"; "TK Brown" and "DP Smith" are
people), Welsh "Y" only before a place ("Y Fenni"; "Y Begum" is a person), and a letter that
is a word only before a nationality, language, faith, charity or shop ("A Welsh speaking
carer"; "AJ Welsh" is a person). All words are lower case, compared without accents.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    NOT_NAMES,
    ORDINARY_WORDS,
    PLACE_WORDS,
)
from wtfc.importing.name_words import PERSON_VERBS as _PERSON_VERBS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Letters that are words at a sentence's start in the languages the guard reads: Polish "w",
# "z", "u", "o" (in, from, at, about: "W Krakowie", "Z Polski"), Welsh "y", "o" ("Y Fenni", "O
# Gaerdydd"), Irish "ó" ("Ó Bhéal Feirste"), English "a", "o", "i". Without a full stop and
# with no title or relation word, such a letter before a surname-shaped word is still held
# back (a missed name is a leak), but it holds back only its own card.
WORD_LETTERS = frozenset("WZUOÓIAY")

# Two capitals and the words after which they are an abbreviation or a brand, not initials.
# Each pair counts only before its own words: "DP Budget" and "TK Maxx" are no one's, "DP Smith"
# and "TK Brown" are people, as "JD Okoro", "HM Khan", "LG Patel" and "BP Adeyemi" are. Care
# abbreviations before the everyday words care reviews put after them (DP direct payments, DN
# district nurse, MS multiple sclerosis, AA Attendance Allowance or the motoring AA, UC
# Universal Credit, NI National Insurance, AM and PM a visit's time, BP blood pressure too),
# bodies and firms before their own names and products (HM Revenue, TK Maxx, BT Openreach,
# GE Healthcare, JD Sports, HP Sauce, LG, EE, VW), and letters as everyday as words ("TV
# Licence", "IT Support"; "PC Smith" is a police constable, a person). Not "JD Williams": the
# catalogue's name is a common surname's too, and held back it costs a click; nor any word that
# is a surname as often ("HM King", "GE Power"). Role letters that are relation words (GP, OT,
# SW, PA) are not here: the name after them ("GP Okoro") is found as after "my carer", and the
# letters stay on the card. Nor "OK": see ``WORDS_IN_CAPITALS``.
LETTER_PAIRS: Mapping[str, frozenset[str]] = MappingProxyType({
    "DP": _words(
        "budget budgets payment payments funding money account accounts card cards package hours "
        "agreement scheme officer advisor adviser monitoring audit paperwork form forms contract "
        "rate rates carer carers employer payroll direct recipients users"
    ),
    "DN": _words(
        "nurse nurses visit visits call calls dressing dressings round rounds referral referrals "
        "team"
    ),
    "MS": _words(
        "society nurse nurses clinic centre therapy group diagnosis flare flares relapse relapses "
        "symptoms medication fatigue specialist trust hub drugs injections"
    ),
    "AA": _words(
        "meeting meetings payment payments claim claims form forms money award rate application "
        "membership breakdown cover patrol man van rescue sponsor group attendance"
    ),
    "UC": _words(
        "payment payments claim claims journal account money advisor adviser deduction deductions "
        "award sanction sanctions form forms coach element"
    ),
    "NI": _words("number numbers contribution contributions credit credits record letter card"),
    "HR": _words(
        "department manager team advisor adviser officer policy policies form forms records"
    ),
    "AM": _words(
        "call calls visit visits carer carers slot slots shift shifts run round rounds medication "
        "meds tablets daily weekdays weekends"
    ),
    "PM": _words(
        "call calls visit visits carer carers slot slots shift shifts run round rounds medication "
        "meds tablets daily weekdays weekends"
    ),
    "BP": _words(
        "garage petrol station monitor machine check checks reading readings cuff medication meds "
        "pills tablets"
    ),
    "MP": _words("office surgery letter letters email"),
    "UK": _words(
        "visas visa border citizenship passport passports government pension pensions parliament "
        "wide citizens residents based"
    ),
    "TV": _words(
        "licence licensing guide remote aerial box channel channels programme programmes times "
        "room lounge dinner dinners set stand volume"
    ),
    "ID": _words("card cards badge badges number check checks lanyard photo photos"),
    "IT": _words(
        "department support team help helpdesk desk skills course class system systems training "
        "problems literacy"
    ),
    "PC": _words("world repair screen keyboard mouse skills class course support"),
    "HM": _words(
        "revenue customs prison prisons courts coastguard treasury passport land government forces "
        "inspectorate coroner"
    ),
    "TK": _words("maxx"),
    "BT": _words(
        "openreach broadband phone line landline engineer hub internet bill tower sport box vision "
        "shop wifi call"
    ),
    "GE": _words("healthcare appliances aviation capital lighting"),
    "JD": _words("sports wetherspoon wetherspoons"),
    "HP": _words("sauce printer printers ink laptop computer"),
    "LG": _words("tv television fridge freezer washer dishwasher phone monitor electronics"),
    "EE": _words("mobile phone signal contract shop broadband network bill sim account"),
    "VW": _words("golf polo van car camper passat beetle caddy garage"),
})

# Two capitals that are a word ("OK Thank you", "OK Sorry"), as "I" is: initials only before a
# surname-shaped word no list knows ("OK Adeyemi", own card only), never before the everyday
# words (``WORDS_AFTER_OK``) nor a capitalised word after that ("OK Great Stuff")
WORDS_IN_CAPITALS = frozenset({"OK"})

# Words "OK" begins a sentence with, besides the guard's everyday lists ("OK Thanks", "OK
# Lovely", "OK Google"): none of them a surname as often
WORDS_AFTER_OK = _words(
    """
    thanks thank ta cheers sorry fine great lovely brilliant cool sure right alright okay
    perfect understood noted agreed done bye goodbye see speak talk let's lets please maybe
    whatever google boomer everyone everybody folks guys then fair lol haha ah oh hmm um
    computer
    """
)

# Nationalities and languages that are never a noun: after a letter that is a word, "from",
# "was" or a person verb shows a person is meant ("A Welsh from the agency was late", where "A
# Welsh speaking carer" is no one's); "A Muslim from the mosque" and "A Somali from the
# mosque" are nouns, still no one's
NATIONS_NEVER_NOUNS = _words(
    """
    welsh english scottish irish british polish turkish spanish kurdish french chinese
    portuguese cantonese
    """
)

# Welsh places (and the Senedd and the language) whose names begin with "Y", "the": "Y Fenni"
# (Abergavenny), "Y Bala", "Y Rhyl", "Y Barri" (Barry), "Y Drenewydd" (Newtown), "Y Trallwng"
# (Welshpool), "Y Fflint", "Y Felinheli", "Y Gelli" (Hay), "Y Waun" (Chirk), "Y Bont-faen"
# (Cowbridge), "Y Bermo" (Barmouth), "Y Mwmbwls" (Mumbles), "Y Rhath" (Roath), "Y Sblot"
# (Splott), "Y Fali" (Valley), "Y Rhws" (Rhoose), "Y Wladfa" (Welsh Patagonia), "Y Wyddgrug"
# (Mold), "Y Porth" (Porth, Rhondda), "Y Pîl" (Pyle), "Y Ddraenen Wen" (Hawthorn), "Y Groes".
# Before any other word "Y" is an initial ("Y Begum", "Y Okafor": Yasmin, Yusuf, Yaw), own card
# only; before a Welsh noun it is "the" (``WELSH_NOUNS_AFTER_Y``).
# Listed, not guessed from a Welsh shape: "Lloyd", "Rhys" and "Griffiths" look as Welsh.
WELSH_PLACES_AFTER_Y = _words(
    """
    fenni bala rhyl barri drenewydd trallwng fflint felinheli gelli waun bont-faen bermo borth
    rhath mwmbwls tymbl wladfa fali rhws sblot groeslon felin ffor senedd gymraeg
    wyddgrug porth pil ddraenen groes
    """
)

# Welsh nouns cards put after "Y" (the), none a given name or surname: "Y Cyngor" (the
# council), "Y Bwrdd Iechyd" (the health board), "Y Gymdeithas" (the society), "Y Ganolfan"
# (the centre), "Y Gwasanaeth" (the service), "Y Gofalwyr" (the carers), "Y Feddygfa" (the
# surgery). Not "Ysbyty": before a vowel "the" is "Yr". Nor a role a name follows ("Y Meddyg
# Jones", the doctor; "Y Gofalwr", the carer): that card stays held back.
WELSH_NOUNS_AFTER_Y = _words(
    "cyngor bwrdd gymdeithas ganolfan gwasanaeth gwasanaethau gofalwyr feddygfa"
)

# Words that after a letter that is a word ("A", "O", "W", "Z", "Y"; see ``WORD_LETTERS``) are
# what the statement is about, not a surname: nationalities and languages (with the Polish,
# Welsh and Irish names for their own: "Z Polski"), faiths, care charities and shops people
# name in a review ("A Welsh speaking carer", "A Muslim carer", "A Macmillan nurse", "A Tesco
# delivery"). Not after "J.", "J" or two capitals: "J. Welsh", "J Boots", "AJ Welsh", "DK
# English" and "MJ French" are people (Welsh, English, French and German are surnames).
NATIONS_FAITHS_AND_SHOPS = _words(
    """
    welsh english scottish irish british polish bengali bangladeshi punjabi urdu hindi
    gujarati somali filipino tagalog asian indian pakistani african caribbean jamaican
    chinese cantonese mandarin arabic turkish kurdish romanian portuguese spanish italian
    french german greek ukrainian russian lithuanian latvian nigerian ghanaian deaf
    polska polski polsce polsku cymraeg gymraeg cymru gaeilge
    sikh muslim hindu jewish catholic christian anglican methodist baptist buddhist
    orthodox quaker islamic
    macmillan crossroads curie alzheimer's alzheimers samaritans barnardo's oxfam mencap
    scope age salvation mind
    tesco lidl aldi asda boots sainsbury's sainsburys morrisons waitrose iceland wilko
    argos primark superdrug ocado greggs specsavers co-op
    """
)


# A letter with its full stop or bracket that labels an item of a list ("A. Carers B. Family")
_LIST_LABEL = re.compile(r"(?<![^\s(])([A-Za-z])[.)](?=[ \t])")
_OPENS = re.compile(r"(?:^|[:?!\n.;])[ \t]*[(\[]?[ \t]*$")
_JOINED = re.compile(r"(?:\band|\bor|&)[ \t]*$", re.IGNORECASE)
_ITEM_SECOND_WORD = re.compile(r"[.)][ \t]+\S+[ \t]+(\w+)")
# An item that is one capitalised word, then a comma or the end ("A. Jones, B. Patel")
_ONE_WORD_ITEM = re.compile(r"[ \t]+([A-Z][a-z'’-]+)[ \t]*(?:[,;.]|$)")
_KNOWN_WORDS = (
    ORDINARY_WORDS | NOT_NAMES | AMBIGUOUS_GIVEN_NAMES | COMMON_WORDS | EVERYDAY_NOUNS | PLACE_WORDS
)


def in_lettered_list(text: str, start: int) -> bool:
    """Whether the letter at `start` is one of a run of list labels from "A" ("A. Carers late
    B. Family not told", "a. carers b. hall c. garden"): items, not initials. The list opens
    the card, a line, or follows a colon or a sentence's end; labels joined by "and"/"or"
    ("My carers are A. Jones and B. Patel"), an item that is a person's doing ("A. Smith
    came at 9") and items that are each one word no list knows ("A. Jones, B. Patel") are
    people."""
    letter = text[start]
    if text[start + 1 : start + 2] not in (".", ")"):
        return False
    base = "a" if letter.islower() else "A"
    count = ord(letter) - ord(base)
    if not 0 <= count < 26:
        return False
    labels = list(_LIST_LABEL.finditer(text))
    wanted = [chr(ord(base) + i) for i in range(max(count + 1, 2))]
    found = iter(labels)
    got = []
    for w in wanted:
        match = next((m for m in found if m[1] == w), None)
        if match is None:
            return False
        got.append(match)
    if not _OPENS.search(text, 0, got[0].start()):
        return False
    if any(_JOINED.search(text, 0, m.start()) for m in labels if m.start() > got[0].start()):
        return False
    heading = text[max(0, got[0].start() - 60) : got[0].start()]
    people = _PEOPLE_HEADING.search(heading.rsplit(".", 1)[-1]) is not None
    if all(_unknown_first_word(text, m.end(), alone=not people) for m in got):
        return False  # "Carers this week: A. Jones, B. Patel, C. Okoro": people, one a label
    item = _ITEM_SECOND_WORD.match(text, start + 1)
    return not (item and item[1].lower() in _PERSON_VERBS)


_FIRST_WORD = re.compile(r"[ \t]+([A-Z][a-z'’-]+)(?![\w'’-])")
# "Who helps?", "Carers this week:", "Named workers:": the items are people
_PEOPLE_HEADING = re.compile(
    r"\b(?:who|whom|carers?|staff|workers?|names?|named|nurses?|team|PAs?)\b", re.IGNORECASE)
# "Physiotherapy", "Independence", "Befriending", "Dominoes": a word's ending no surname has
_NOUN_ENDING = re.compile(
    r"(?:ing|ity|ence|ance|ness|tion|sion|ship|ment|apy|ody|ism|oes|ies|ful)$")


def _unknown_first_word(text: str, end: int, *, alone: bool) -> bool:
    """Whether the item after the label ending at `end` begins with a capitalised word no list
    of the guard's knows (after a heading that says people); else ``alone``: is one such word."""
    if alone:
        item = _ONE_WORD_ITEM.match(text, end)
        return item is not None and _unknown(item[1]) and not _NOUN_ENDING.search(item[1].lower())
    item = _FIRST_WORD.match(text, end)
    return item is not None and _unknown(item[1])


def _unknown(word: str) -> bool:
    """Whether no list of the guard's knows the word ("Jones", not "Rose", "Family", "Lunch")."""
    return word.lower().rstrip("'’") not in _KNOWN_WORDS


def next_label_after(text: str, end: int, initials: str) -> bool:
    """Whether a dotted "A." has the next letter's label after it ("Who helps? A. Kowalski.
    B. Patel."): a short list card is mostly capitals, so its title case says nothing; whether
    the items are people or things is the lettered-list rule's to say."""
    if not initials.endswith("."):
        return False
    label = chr(ord(initials[0]) + 1) + "."
    return re.search(rf"(?<![^\s(]){re.escape(label)}[ \t]+[A-Z]", text[end:]) is not None
