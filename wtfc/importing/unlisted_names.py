"""A name no list of the guard's knows, where what is said of it says a person: "Ayesha is my
carer", "Gwenllian was our support worker", "Bilal never rang me back". The word must be
capitalised and no everyday word, pronoun, role, title, place word or shop of the guard's lists;
"never rang" and its like are said of a body as often ("Agency never rang", "Reception never
phoned"), so the bodies care statements name are left out by name.

Most statements say neither, so a quick look for " is my ", " never "… spares them the search.

A sentence's first word with a care role set beside it is a name too: "Bernadette the night
carer is wonderful", "Tendai from the agency is always late", "Dawn, the new carer, is kind"
(review 34 W2 S2); not "Sometimes the carer is late", "Monday the carer came late".
"""

from __future__ import annotations

import re

from wtfc.importing.known_words import known_word
from wtfc.importing.letters_not_initials import NATIONS_FAITHS_AND_SHOPS
from wtfc.importing.lower_case_sign_off import lower_case_sign_off
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    EVERYDAY_NOUNS,
    GIVEN_NAMES,
    NOT_NAMES,
    ORDINARY_WORDS,
    PLACE_WORDS,
    RELATION_WORDS,
    TITLES,
)
from wtfc.importing.sign_off_names import sign_off_names
from wtfc.importing.word_names import WORD_NAMES
from wtfc.model.search_key import search_key

# The care roles only: "Music is my friend", "Gardening is my therapy" name no one
_ROLES = (r"carer|care[ \t]+worker|support[ \t]+worker|key[ \t]?worker|social[ \t]+worker"
          r"|PA|CPN|HCA|SW|OT|GP|nurse|physio|district[ \t]+nurse")
_IS_MY_ROLE = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:is|was)[ \t]+(?:my|our|the)[ \t]+"
    r"(?:(?:new|main|regular|usual|lovely|best|only|kind|old)[ \t]+)?"
    # the role ends what is said: "Paperwork is the social worker job" names no one
    rf"(?i:{_ROLES})s?(?=[ \t]*(?:$|[.,;:!?)]|(?:and|but|now|for|who|from|since|at|in|too"
    r"|here|there|today|again)\b))")
_NEVER_RANG = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+never[ \t]+"
    r"(?:rang|phoned|called|rings|phones|calls|returned|rung)\b")
# Bodies and people in general that ring, or do not
_BODIES = frozenset({
    "agency", "agencies", "council", "hospital", "surgery", "reception", "receptionist",
    "pharmacy", "chemist", "dentist", "optician", "housing", "management", "manager", "staff",
    "services", "service", "team", "doctors", "nurses", "carers", "gp", "gps", "police",
    "ambulance", "transport", "someone", "somebody", "anyone", "anybody", "nobody", "everyone",
    "people", "they", "she", "he", "it", "social", "adult", "triage", "district", "admin",
    "bank", "school", "physio", "physios", "hospice", "clinic", "ward", "wards", "paramedics",
    "occupational", "community", "discharge", "outpatients", "appointments",
    "booking", "bookings", "helpline", "care", "careline", "lifeline", "nhs", "dwp", "benefits",
    "pension", "pensions", "insurance", "landlord", "landlords", "neighbours", "family",
    "friends", "son", "daughter", "husband", "wife", "mum", "dad", "brother", "sister",
})
# Services, departments, firms, faith, family, trades and things a card says ring or care, and
# the first words of bodies' names ("Age Concern", "Citizens Advice"): held back, every one of
# them was a false alarm on real cards (code review A5, session 28); not Faith, Sky, Trent or
# Alexa, given names too: a held card is the safer mistake (code review A13)
_THINGS = frozenset({
    "podiatry", "continence", "duty", "finance", "brokerage", "respite", "domiciliary",
    "adaptations", "reviews", "review", "pendant", "alarm", "rota", "work", "office", "tenancy",
    "repairs", "maintenance", "warden", "concierge", "security", "wheelchair", "equipment",
    "age", "citizens", "meals", "blue", "badge", "direct", "trust", "alzheimer", "alzheimers",
    "universal", "credit", "attendance", "allowance", "british", "gas", "electric", "water",
    "hearing", "aid", "tax", "out", "hours", "wheels", "concern", "advice", "society",
    "anchor", "hanover", "riverside", "sanctuary", "amazon", "virgin", "openreach", "bupa",
    "caremark", "ofsted", "barchester", "royal", "mail", "post", "bt", "talktalk", "vodafone",
    "mosque", "imam", "rabbi", "priest", "vicar", "chaplain", "minister", "god", "jesus",
    "allah", "lord", "prayer", "temple", "gurdwara", "synagogue", "chapel",
    "nain", "taid", "mam", "gran", "granny", "grandma", "grandad", "grandpa", "nan", "nanna",
    "dementia", "depression", "arthritis", "telly", "tv", "dog", "cat", "whisky", "alcohol",
    "radio", "phone", "garden", "bible", "quran", "koran",
    "plumber", "handyman", "dietitian", "paramedic", "postman", "postie", "electrician",
    "technician", "physician", "optician", "builder", "gardener", "hairdresser", "chiropody",
    "curie", "lives", "repair", "gofal", "bowel", "diabetes", "octopus", "clarion",
    "shelter", "silverline", "chaplaincy", "parish", "registrar", "locum", "coordinator",
    "scheduler", "supervisor", "boss", "solicitor", "advocate", "advocacy", "ombudsman",
    "caretaker", "optometry", "gastro", "ortho", "cardio", "respiratory", "stroke", "frailty",
    "falls", "memory", "healthwatch", "warfarin", "television", "allied", "bluebird",
    "cqc", "therapy", "therapies", "connect", "cross", "voluntary", "fire", "lottery", "bus",
})
# Endings of departments, trades and ideas, never of a name: "Audiology", "Orthopaedics",
# "Chiropodist", "Homecare", "Telecare"
_THING_ENDINGS = ("ing", "ness", "tion", "ment", "ity", "ology", "ologist", "ics", "care", "ist",
                  "ism")
_NOT_NAMES = (COMMON_WORDS | EVERYDAY_NOUNS | NOT_NAMES | ORDINARY_WORDS | PLACE_WORDS | _BODIES
              | _THINGS
              | NATIONS_FAITHS_AND_SHOPS  # "Tesco never rang", "Macmillan never rang"
              | {w.lower() for w in RELATION_WORDS} | {t.lower() for t in TITLES})


# "My carer's name is Gwenllian", "my sons name is Tendai": what the name is said to be
_NAME_IS = re.compile(
    r"\b(?i:" + "|".join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True))
    + r")(?i:['’]?s)?[ \t]+(?i:name)[ \t]+(?i:is|was)[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?![\w'’-])")


def unlisted_names(text: str, *, name_is: bool = True) -> list[tuple[int, int]]:
    """Where `text` names someone no list knows by what it says of them, as (start, end);
    ``name_is``: after "my carer's name is" too (not in capitals: "MY CARERS NAME IS WRONG")."""
    found = []
    # what every match of _IS_MY_ROLE holds, found far quicker than the match
    matches: list[re.Match[str]] = []
    if name_is and (" name is " in text or " name was " in text):
        matches += _NAME_IS.finditer(text)
    if (" is my " in text or " was my " in text or " is our " in text or " was our " in text
            or " is the " in text or " was the " in text):
        matches += _IS_MY_ROLE.finditer(text)
    if " never r" in text or " never p" in text or " never c" in text:
        matches += _NEVER_RANG.finditer(text)
    if " the " in text or " from " in text or ", the " in text:
        found += apposed_names(text)
    found += sign_off_names(text, may_be_a_name)  # "Signed: Fenella O.", "Entered by FOKONJO"
    found += lower_case_sign_off(text)  # "i am lonely. thanks, mary smith"
    for m in matches:
        if not may_be_a_name(m[1]):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        if before is not None and before[1] and may_be_a_name(before[1]):
            found.append((before.start(1), m.end(1)))  # "Gwenllian Pugh never rang": both
        elif before is None or not _ends_a_bodys_name(before[1], before[2]):
            # "Yesterday Bilal never rang", "Lovely Ayesha is my carer", "Imam Bilal never rang"
            found.append(m.span(1))
        # else the end of a body's name: "Age Concern", "Citizens Advice", "Meals on Wheels"
    return found


def shouted_unlisted_names(text: str) -> list[tuple[int, int]]:
    """In a card all in capitals, where no capital marks a name, what ``unlisted_names`` finds
    in the card in lower case with each word no list knows capitalised: "GWENLLIAN IS MY
    CARER", "TODAY TARIQ NEVER RANG BACK" (code review A3: on the labelled statements typed
    in capitals, more names found and no new false alarm)."""
    lowered = text.lower()
    if len(lowered) != len(text) or not (" IS " in text or " WAS " in text or " NEVER " in text):
        return []
    letters = list(lowered)
    # a word right after THE or MY is a thing or a family word ("MY HUBBY IS MY CARER", "MY NEICE",
    # "THE ENGINEER NEVER RANG"), and so is the word after an everyday noun ("THE GAS BOARD",
    # "THE BOILER MAN"); not after a role ("THE CARER TARIQ NEVER RANG"), nor after OUR ("OUR
    # GWENLLIAN IS MY CARER", a labelled name) (code review A5 R1), nor after a word no list
    # knows: that is a family word too, "MY FELLA TARIQ", "MY HUBBY KWABENA" (review 33 A7 S1)
    determiner = thing = False
    end = 0
    for m in _A_WORD.finditer(text):
        word = m.group()
        # right after a determiner or such a noun, with only spaces between
        joined = (determiner or thing) and not text[end:m.start()].strip()
        if not joined and word not in _RANG and may_be_a_name(word):
            letters[m.start()] = text[m.start()]
        thing = joined and determiner and (key := search_key(word)) in _NOUNS and (
            key not in _PEOPLE_WORDS and key not in _ROLE_WORDS)
        # "MY OLD MAN TARIQ": OLD after MY is part of the determiner, MAN the family word
        determiner = word in _DETERMINERS or (joined and determiner and word == "OLD")
        end = m.end()
    return unlisted_names("".join(letters), name_is=False)


_DETERMINERS = frozenset({"THE", "A", "AN", "MY", "YOUR", "HIS", "HER", "THEIR", "THIS", "THAT",
                          "OTHER"})
_NOUNS = _THINGS | _BODIES | EVERYDAY_NOUNS | {"electricity", "boiler", "funeral"}
_ROLE_WORDS = frozenset(w.lower() for r in RELATION_WORDS for w in r.split())
_A_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’][^\W\d_]+)*")
# the words _NEVER_RANG reads in lower case, and verbs that are names too ("SUE SAID KWABENA
# NEVER RANG"), which no list knows as everyday words
_RANG = frozenset({"RANG", "PHONED", "CALLED", "RINGS", "PHONES", "CALLS", "RETURNED", "RUNG",
                   "SAID", "SAYS"})


def _ends_a_bodys_name(word_before: str | None, joined_to: str | None) -> bool:
    """Whether the name follows a body's or a thing's first word ("Age", "Citizens", "British",
    "Blue"), also joined by of/on/for/& ("Meals on Wheels", "Out of Hours"), so it ends the
    body's name; an everyday word ("Yesterday", "Dear", "Our", "Waited for") or a person's
    role ("Imam", "Office") does not; after a joining word a body's own does ("Friends of")."""
    if word_before is None:
        key = search_key(joined_to or "")
        return key in _BODIES or key in _THINGS or key in NATIONS_FAITHS_AND_SHOPS
    key = search_key(word_before)
    return (key in _THINGS or key in NATIONS_FAITHS_AND_SHOPS) and key not in _PEOPLE_WORDS


# The word before: a capitalised one, or one that joins a body's name, with the word it joins
# ("Out of Hours", "Bowel & Bladder")
_WORD_BEFORE = re.compile(
    r"(?:(?<![\w'’-])([A-Z][\w'’-]*)"
    r"|(?:(?<![\w'’-])([\w'’-]+)[ \t]+)?(?:\b(?i:of|on|for)|&))[ \t]+$")
# People's roles and family words among the things: "Imam Bilal never rang" names Bilal
_PEOPLE_WORDS = frozenset({
    "imam", "rabbi", "priest", "vicar", "chaplain", "minister", "supervisor", "boss",
    "coordinator", "scheduler", "advocate", "solicitor", "plumber", "handyman", "dietitian",
    "paramedic", "postman", "postie", "electrician", "technician", "physician", "optician",
    "builder", "gardener", "hairdresser", "caretaker", "warden", "concierge", "locum",
    "registrar", "nain", "taid", "mam", "gran", "granny", "grandma", "grandad", "grandpa", "nan",
    "nanna", "lord", "office", "rota",
})


def may_be_a_name(word: str) -> bool:
    """Whether a word no list of the guard's knows as a word, pronoun, role, body or thing
    ("Ayesha", "Gwenllian"; not "Audiology", "Nobody", "Prayer")."""
    key = search_key(word).removesuffix("'s").removesuffix("’s")
    return key not in _NOT_NAMES and not key.endswith(_THING_ENDINGS)


# A care role set beside the sentence's first word: "Bernadette the night carer", "Tendai, the
# new driver", "Oksana from the agency", "Chipo from Bluebird Care"; the role one person's,
# not "the carers" nor "the carer's", and the body a care worker's
_APPOSED = re.compile(
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?P<comma>[ \t]*,)?[ \t]+"
    r"(?:(?P<role>(?i:the[ \t]+(?:(?:night|day|new|old|regular|usual|main|lovely|kind|nice"
    r"|weekend|morning|evening|tea-?time|late|early|senior"
    r"|agency|only|other|young|male|female|live-in|relief|bank|community|district|lead|head"
    r"|duty|temp|temporary|locum|reablement|care|home)[ \t]+){0,2}"
    r"(?:carer|care[ \t]+(?:worker|assistant|manager|co-?ordinator)|support[ \t]+worker"
    r"|key[ \t]?worker|social[ \t]+worker|nurse|driver|cleaner|manager|home[ \t]+help|helper"
    r"|cook|physio|receptionist|co-?ordinator|supervisor|assistant|warden|pa|ot|sw|hca)))"
    r"(?![\w'’-])"
    r"|(?i:from[ \t]+(?:the|our|my)[ \t]+(?:care[ \t]+|home[ \t]+care[ \t]+)?(?:agency|office"
    r"|council|team|reablement(?:[ \t]+team)?|social[ \t]+services|care[ \t]+company))\b"
    # "from Bluebird", "from Care UK", "from Helping Hands": a firm's capitalised name
    r"|from[ \t]+[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,3}\b)")
# What is said of the person after the role or the body, or the sentence's end: "… is
# wonderful", "…, never rang", "… came late"; not "Give the carer more time", "Want the carer
# to come", "Hate the carer rushing me"
_SAID_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:$|[.!;\n]|(?i:(?:is|was|has|had|never|always|still|often|usually|came"
    r"|comes|rang|rings|phoned|said|says|helps|helped|does|did|doesn['’]t|didn['’]t|won['’]t"
    r"|can['’]t|isn['’]t|wasn['’]t|keeps|kept|visits|visited|takes|took|brings|brought|makes"
    r"|made|cooks|cleans|gets|got|turns|turned|arrives|arrived|left|leaves|goes|went|forgot"
    r"|forgets|rushes|rushed|stays|stayed|talks|talked|listens|knows|cares|treats|gives|gave"
    r"|sorts|sorted|sings|speaks|spoke|shouts|shouted|moans|lets)\b))")
_ASIDE_CLOSED = re.compile(r"[ \t]*,")
# Where a sentence starts (known_names.starts_sentence's reading), quicker than asking it of
# every capitalised word
_SENTENCE_STARTS = re.compile(r"(?:^|[.!?:;\n])[ \t\"'“‘(]*(?=[A-Z])")
# Everyday words a sentence starts with before "the carer" or "from the council" that no list
# knows: "Sometimes the carer is late", "Ask the carer", "Letters from the council"
_OPENERS = frozenset({
    "sometimes", "ask", "tell", "call", "ring", "phone", "thank", "thanks", "perhaps", "maybe",
    "once", "twice", "nowadays", "lately", "food", "everybody", "whoever", "last", "next",
    "overnight", "otherwise", "meanwhile", "afterwards", "earlier", "later", "soon", "sometime",
    "anyway", "plus", "however", "whereas", "whenever", "wherever", "info", "letter", "feedback",
    "paperwork", "sorry", "hello", "hi", "bless", "praise", "shame", "afternoon", "night",
    "weekend", "week", "month", "year", "season", "summer", "autumn", "tonight", "whilst",
    "despite", "unlike", "including", "except", "apart", "besides", "unless", "whether",
    "although", "though", "both", "either", "neither", "even", "especially", "mainly",
    "funding", "transport", "post", "mail", "contact", "news", "word", "nothing", "everything",
    "something", "anything", "hopefully", "instead", "again", "already", "yet", "still", "too",
    "pay", "get", "let", "make", "see", "meet", "wait", "ideally", "firstly", "secondly",
    "oh", "ah", "wow", "ooh", "great", "wish", "hate", "want", "give", "overall", "altogether",
    "weekday", "fab", "brilliant", "fantastic", "fine", "awful", "terrible", "cheers", "alas",
    "blimey", "cor", "crikey", "gosh", "golly", "hmm", "erm", "um", "yeah", "yep", "nope", "okay",
    "ok", "aye", "please", "hence", "therefore", "thus", "anyhow", "somehow", "bedtime",
    "teatime", "lunchtime", "dinnertime", "suppertime", "daytime", "nighttime", "midweek",
    "commode", "keysafe", "hoist",
    # what is sent or comes "from the office": "Email from the office never came"
    "leaflet", "phonecall", "email", "text", "message", "invoice", "timesheet", "note", "form",
    "report", "parcel", "package", "delivery", "prescription", "voicemail", "reply", "response",
    "answer", "update", "reminder", "notice", "statement", "quote", "estimate", "cheque",
    "payment", "refund", "card", "booklet", "newsletter", "survey", "questionnaire", "voucher",
    "order", "rota", "schedule", "timetable", "complaint", "request", "referral", "visit",
})
# Given names that are everyday words and verbs as often at a sentence's start: "Hope the
# new carer is better", "Pat the carer on the back", "Summer the carers change"
_VERBS_TOO = frozenset({"hope", "pat", "mark", "bill", "grant", "sue", "rob", "chase", "lance",
                        "miles", "max", "rich", "guy", "art", "frank", "sky", "angel", "crystal",
                        "summer", "autumn"})


# Care and kitchen nouns the English word table lacks: "Porridge from Tesco", "Custard the
# carer makes"
_TABLE_LACKS = frozenset({"porridge", "marmalade", "custard", "paracetamol", "stairlift",
                          "handrail", "minibus", "duvet", "scone", "cuppa", "biscuits"})
# "Toast the carer makes is burnt": a verb then is/was closes an object clause, no apposition
_CLAUSE_AFTER = re.compile(
    r"[ \t]+(?:makes|made|gives|gave|brings|brought|cooks|cooked|does|did|takes|took|gets|got"
    r"|leaves|left|keeps|kept|buys|bought|sends|sent)[ \t]+(?:is|was|are|were)\b")


def _english(key: str) -> bool:
    """Whether the word table knows ``key`` as English ("Milk", "Rent"); with no table (a word
    nonsense counts as known then) no word is, so the guard holds as it did before."""
    return known_word(key) and not known_word("qxzjv")


def apposed_names(text: str) -> list[tuple[int, int]]:
    """Where a sentence's first word is a name by the care role set beside it: "Bernadette the
    night carer is wonderful", "Tendai from the agency is always late", "Dawn, the new carer,
    is kind"; not "Sometimes the carer is late", "Monday the carer came late", "Age UK from the
    council", "Letters from the council"."""
    found = []
    for start in _SENTENCE_STARTS.finditer(text):
        m = _APPOSED.match(text, start.end())
        if m is None or not (_ASIDE_CLOSED if m["comma"] else _SAID_AFTER).match(text, m.end()):
            continue  # "Therefore, the carer never came": an aside is closed by a comma
        key = search_key(m[1])
        if m["role"] and _CLAUSE_AFTER.match(text, m.end()):
            continue  # "Comfort the carer gives is lovely": what the carer gives
        if key in WORD_NAMES and not m["role"]:
            continue  # "Comfort from the council": _WORD_NAME_FIRST reads it
        if key in AMBIGUOUS_GIVEN_NAMES:  # "Dawn the night carer"; not "Will the carer…"
            if key not in NOT_NAMES and key not in _VERBS_TOO:
                found.append(m.span(1))
        elif key in WORD_NAMES or (
                may_be_a_name(m[1]) and key not in _OPENERS and not key.endswith("ly")
                # an English word only if a given name too: "Milk from Tesco", not "Kerry"
                and key not in _TABLE_LACKS and (key in GIVEN_NAMES or not _english(key))
                # a plural: "Weekends the carer…", "Visitors from the council"; not Marcus
                and (not key.endswith("s") or key.endswith(("us", "as", "os", "is")))):
            found.append(m.span(1))
    return found
