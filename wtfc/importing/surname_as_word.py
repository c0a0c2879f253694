"""Whether the words around a pasted surname that is an everyday word make it a thing or a
place: "Long waits", "Power cut", "Day centre", "Best wishes", "Green Lane", "the Village
Hall", "Will the council fund it?", "going to Church".

A team pastes its names so that they are not printed, and older people write "Day is always
cheerful", "Lane drives the minibus", "Ask Green about the bus" of a named carer; no list of
what a person does is ever whole (code review A4 S1). So such a capitalised word is a name
wherever it stands unless one of these readings makes it the word: when in doubt it is hidden.
"""

from __future__ import annotations

import re

from wtfc.importing.known_names import starts_sentence
from wtfc.importing.name_words import GIVEN_NAMES, GIVEN_NAMES_IN_PLACE_NAMES, PLACE_WORDS

# the guard's own "what a thing does" ("Power never came back on", "Day never ends"), unless
# a person is said later in the sentence: one reading for both
from wtfc.importing.said_of_a_person import _PERSON_LATER, _THING_AFTER
from wtfc.importing.words_before import place_head_before
from wtfc.model.dates import MONTHS, WEEKDAYS

# Not "that", "one", "some", "any": before a person as often ("I think that Hall is the best
# carer", "That Hall is a saint"; code review A5 S1)
_DETERMINER_BEFORE = re.compile(r"\b(?i:a|an|the|this|every|each|per|next|last)[ \t]+$")
# the capitalised word just before, not "I" or "OK": "Village Hall", "Christmas Day", "Ask Green"
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:I|OK|Ok)[ \t])([A-Z][\w'’-]*)[ \t]+$")
# A day or a month names no thing with the word after it ("On Monday Day is always cheerful",
# "In March Green was off sick", "Hall Monday to Friday visits me"); a festival only a day
# ("Christmas Day", "May Day"; not "At Christmas Hall brought us a cake"): code review A5 S1
_WHEN = frozenset(w.lower() for w in WEEKDAYS + MONTHS) | frozenset((
    "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas",
    "xmas", "easter", "boxing", "remembrance", "pancake", "armistice", "whitsun", "bonfire",
))
_DAY_AFTER = frozenset(("christmas", "xmas", "easter", "boxing", "remembrance", "pancake",
                        "armistice", "may"))
# A festival's day is a date too, so the surname after it is a name: "On Christmas Day Hall
# brought a cake", "Christmas Eve Hall rang", not a place like "Village Hall" (code review A6 S1)
_FESTIVAL_DAY_BEFORE = re.compile(
    r"\b(?:(?:christmas|xmas|easter|boxing|remembrance|pancake|armistice|may|year['’]?s"
    r"|valentine['’]?s|mother['’]?s|father['’]?s|bonfire|burns|hallows['’]?)[ \t]+"
    r"(?:day|eve|night|morning)|new[ \t]+year)[ \t]+$", re.IGNORECASE)
# Starting a sentence, only these make a place's or a day's name with the word after them;
# any other ("Ask Green", "Sometimes Lane", "Then Hall") is said to a person or of one
_NAMED_WITH = PLACE_WORDS | frozenset((
    "village", "town", "city", "county", "community", "parish", "memorial", "civic", "market",
    "sports", "leisure", "scout", "methodist", "baptist", "catholic", "saint", "christmas",
    "boxing", "easter", "remembrance", "pancake", "armistice",
))
_NEXT_WORD = re.compile(r"[ \t]+([^\W_][\w'’-]*)")
# Place words that are also verbs a person does after "can", "will", "let": "Can Lane drive?"
_VERB_PLACES = frozenset({"drive", "close", "walk", "view", "rise", "row", "place", "park",
                          "house", "home", "fold", "gate", "way", "square", "court"})
_PLACES_AFTER = PLACE_WORDS - _VERB_PLACES
# Nouns that make the word before them a thing's name, whichever surname it is: "Day centre",
# "Young people". None is a verb said of a person ("visits", "helps", "drives" are not here, nor
# "shops", "services", "trips", "bills": "Hall shops for me", "Lane services my wheelchair").
_NOUNS_AFTER = frozenset((
    "centre", "centres", "center", "centers", "club", "clubs", "bus", "buses", "shop",
    "thing", "things", "news", "service", "people", "group", "groups", "trip",
    "lunch", "lunches", "failure", "failures", "term",
    "list", "queue", "space", "party", "room", "rooms",
    "hours", "weeks", "months", "years", "meeting", "meetings", "event", "events", "fair",
    "fete", "bells",
))
# Those plurals name a thing after one surname only ("Day trips", "Power bills"), and not with
# a person or "over" after them: "Power bills me for the meals", "Day trips over the rug"
_VERB_ABLE = frozenset(("shops", "services", "trips", "bills", "lists", "queues", "spaces",
                        "parties"))
# and their singulars after a helping verb: "Can Hall shop for me?", "Did Lane service it?"
_VERB_ABLE_ONE = frozenset(("shop", "service", "trip", "list", "queue", "space", "party"))
_HELPING_BEFORE = re.compile(
    r"\b(?i:can|could|will|would|shall|should|may|might|must|do|does|did|let|help|helps|helped"
    r"|make|makes|made|watch|see|saw|hear|heard)[ \t]+$")
_VERB_OBJECT = re.compile(
    r"[ \t]+(?i:me|us|him|her|them|you|my|our|his|their|your|over|round|around)\b")
# "over" a time is no verb's object: "Day trips over Easter", "Green spaces over the summer";
# not "Young trips over the rug", nor "Day trips over Christmas lights" (code review A6 M1)
_OVER_A_TIME = re.compile(
    r"[ \t]+(?i:over)[ \t]+(?i:(?:the[ \t]+)?(?:summer|winter|spring|autumn|weekends?|holidays?"
    r"|years)|christmas|xmas|easter|new[ \t]+year|half[ \t]+term|"
    + "|".join(sorted(w for w in _WHEN if len(w) > 3)) + r")"
    r"(?=[ \t]*(?:$|[.,;:!?)]|(?i:and|but|or|were|was|are|is|have|has|had|stopped|ended|cost"
    r"|this|last|next|too)\b))")
# An amount after is said of a person ("Lane 2 hours late again", "Hall 9-5pm"); a number
# alone names a thing ("Hall 2 is ready", "Day 3 of no hot water")
_AMOUNT_AFTER = re.compile(
    r"[ \t]+\d[\d.,:–-]*[ \t]*(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?|wks?|months?"
    r"|years?|yrs?|times|x|am|pm|o['’]clock)\b", re.IGNORECASE)
# Nouns after one surname only, where they might be a verb after another: "Power cut", not
# "Hall cut my hair"; "Long waits", not "Hall waits outside"
_PHRASES = {
    "long": "wait waits waiting way time times walk walks stay stays journey journeys delay "
            "delays days story distance haul weekend of queues lists trips",
    "power": "cut cuts bill bills failure of point points chair chairs outage outages supply "
             "station",
    "day": "care out off one two three trips services",
    "best": "thing wishes regards part bit bits of way time day days place",
    "green": "bin bins belt light lights energy tea area areas spaces",
    "young": "person carer carers ones families children volunteers adults",
    "little": "bit bits help ones by of",
    "will": "power writing",
    "church": "army council family services trips",
    "lane": "closure closures",
}
_AFTER_ONE = {word: frozenset(nouns.split()) for word, nouns in _PHRASES.items()}
# Sayings: "Day by day", "Day after day", "Little by little", "Young at heart"
_SAYING = re.compile(r"[ \t]+(?:(?:by|after|to)[ \t]+([^\W\d_]+)|at[ \t]+heart\b)", re.IGNORECASE)
# Sayings of one surname, a word and its opposite among them (code review A5 M1): "Long may it
# continue", "Young or old", "Day and night", "Little or no help"; not "Long may come later"
_SAYINGS_OF = {word: re.compile(r"[ \t]+(?:" + tail + r")\b", re.IGNORECASE) for word, tail in {
    "long": r"ago|live|may[ \t]+(?:it|they|this|that|we|you|he|she|the)",
    "young": r"(?:and|or)[ \t]+old",
    "day": r"(?:and|or)[ \t]+night",
    "little": r"(?:and|or)[ \t]+(?:no|nothing|none)",
    "power": r"to[ \t]+the[ \t]+people",
}.items()}
# An auxiliary starting a question: "Will the council fund it?", "May we come?"
_ASKING = frozenset({"will", "may", "can", "shall", "would", "could", "should", "must"})
_TO_THE_QUESTION_MARK = re.compile(r"[^.!?\n]*\?")
# Where one goes without "the" (code review A4 M3): "going to Church", "lunch at Church",
# "after Chapel"; not "Thanks to Church", "I rang Church" (said of a person before this)
_WITHOUT_THE = frozenset({"church", "chapel"})
_GONE_TO = re.compile(
    r"(?:\b(?i:at|after|before)"
    r"|\b(?i:go|goes|going|went|gone|get|gets|getting|got|come|comes|coming|came|back|walk"
    r"|walks|walked|walking|drive|drives|drove|driving|lift|lifts|take|takes|taking|took|bring"
    r"|brings|brought|me|us|him|her|them)[ \t]+(?i:to))[ \t]+$")


# A family's word after it names people, whatever comes before: "the Hall family", "a Wood
# family visit", "THE YOUNG FAMILY'S VISITS" (code review A7 S1: read as the word after "the")
_FAMILY_AFTER = re.compile(
    r"[ \t]+(?i:family|families|children|kids|twins|sisters|brothers|siblings|household"
    r"|grandchildren|grandkids|girls|boys|clan|lot)(?![\w-])")


def read_as_word(text: str, start: int, end: int) -> bool:
    """Whether the capitalised ``text[start:end]`` (a pasted surname that is an everyday word,
    not said of a person nor beside a name) is the everyday word by the words around it."""
    if _FAMILY_AFTER.match(text, end):
        return False
    word = text[start:end]
    first = starts_sentence(text, start)
    # typed in capitals, a word in mid-sentence is as if in lower case: the everyday word
    shouted = word.isupper() and len(word) > 1
    if shouted and not first:
        return True
    near = max(0, start - 30)
    if _DETERMINER_BEFORE.search(text, near, start):
        return True  # "the Best news", "a Power cut", "the Green"
    low = word.lower()
    if named_by_the_word_before(text, start, end):
        return True
    helped = _HELPING_BEFORE.search(text, near, start) is not None
    if _thing_after(text, end, low, shouted, helped):
        return True
    if first and low in _ASKING and _TO_THE_QUESTION_MARK.match(text, end):
        return True
    return low in _WITHOUT_THE and _GONE_TO.search(text, near, start) is not None \
        and not text.startswith(("'", "’"), end)


def named_by_the_word_before(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word just before ``text[start:end]`` makes it the name of a
    place or a day: "at the Village Hall", "Green Lane", "Christmas Day"; not "On Monday Day",
    "At Christmas Hall", "Ask Green" (said to a person), nor a given name: a street or a ward
    may be named "Mary Ward", but "Thanks to Mary Ward for the lift" printed a person's name in
    the letter with Ann Ward pasted (review 32 R1a D1). When in doubt, hidden: what comes after
    still makes one a place ("Mary Ward Lane")."""
    word = text[start:end]
    if word.isupper() and len(word) > 1:
        return False  # typed in capitals: no word before stands out
    near = max(0, start - 30)
    before = _CAPITALISED_BEFORE.search(text, near, start)
    lead = "" if before is None else before[1].lower()
    if lead in _WHEN or _FESTIVAL_DAY_BEFORE.search(text, near, start):
        return word.lower() == "day" and lead in _DAY_AFTER
    if before is None or a_persons_given_name(text, before.start(1), lead):
        return False
    return not starts_sentence(text, before.start(1)) or lead in _NAMED_WITH


def a_persons_given_name(text: str, start: int, word: str) -> bool:
    """Whether ``word`` (lower case) at ``start`` is a given name no list reads as a word or a
    place's: "Mary", "Tom"; not "Grace", "Albert" of "Albert Park", "Mary" of "St Mary Ward"."""
    return (word in GIVEN_NAMES and word not in GIVEN_NAMES_IN_PLACE_NAMES
            and not place_head_before(text, start))


def _thing_after(text: str, end: int, low: str, shouted: bool, helped: bool) -> bool:
    """Whether what follows makes the word a thing's or a place's name: a capital or number
    ("Green Lane", "Hall 2"), a noun it names ("Day centre", "Long waits"), or what a thing
    does ("Power never came back on")."""
    if (thing := _THING_AFTER.match(text, end)) and not _PERSON_LATER.match(text, thing.end()):
        return True
    if (saying := _SAYING.match(text, end)) and (saying[1] or low).lower() == low:
        return True
    if (one := _SAYINGS_OF.get(low)) is not None and one.match(text, end):
        return True
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    following = after[1]
    if following[0].isdigit():
        return _AMOUNT_AFTER.match(text, end) is None
    if not shouted and following[0].isupper() and following != "I":
        return following.lower() not in _WHEN  # "Green Lane"; not "Hall Monday to Friday"
    following = following.lower()
    if (following in _VERB_ABLE and _VERB_OBJECT.match(text, after.end())
            and not _OVER_A_TIME.match(text, after.end())) or (
            helped and following in _VERB_ABLE_ONE):
        return False
    return (following in _NOUNS_AFTER or following in _PLACES_AFTER
            or following in _AFTER_ONE.get(low, ()))
