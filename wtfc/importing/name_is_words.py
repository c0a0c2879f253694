"""The name a card says a person has: "MY CARERS NAME IS TARIQ", "my carer's name is: sue", "MY
PAS NAME IS 'HOPE'", "my mums name was grace", "HER NAME IS SUE". The word after "name is" or
"name was" is a name whatever it is, a word no list knows ("GWENLLIAN", "BLESSING") or a word
that is a name too ("JOY", "HOPE"), unless it is what is said of a name ("NAME IS WRONG", "NAME
IS ON THE ROTA", "NAME IS SPELT WRONG"), so no list of given names has to know it (code review A5
S1: only a listed name right after "NAME IS" was caught, the rest went to the wall whole).
"A MAN CALLED TARIQ", "THE WOMAN IS CALLED GWENLLIAN" and "A LADY NAMED …" say a name too, and
so does a "Name:" label opening a card, a line or a sentence, in any case ("Name: Sue Smith",
"NAME: SUE SMITH"; not "Name: not known"), and a role's label before a given name that ends the
sentence or has its surname ("Carer: Sue Smith": "Sue" a verb too, so the capitalised-word rules
leave it).
What is said of a name is a stop list and a list of the past participles written there ("NAME
WAS SCRIBBLED / ENGRAVED / DROPPED") (review 33 A7 R2, R3); not an ending, which given names
share ("JAWED", "SHAHZED", "RASHIED": review 33 A8 S1).
"""

from __future__ import annotations

import re

from wtfc.importing.initial_surnames import is_surname
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    GIVEN_NAMES,
    PERSON_VERBS,
    PLACE_SURNAMES,
    RELATION_WORDS,
)
from wtfc.importing.one_case_given_names import WORKER_SAID
from wtfc.importing.one_case_role_names import FROM_A_SERVICE, WORD_NAMES
from wtfc.importing.unlisted_names import may_be_a_name
from wtfc.model.search_key import search_key

_OWNERS = "|".join(re.escape(w) for w in sorted(
    (*RELATION_WORDS, "his", "her", "their", "she", "he", "help", "doctor", "dentist",
     "consultant", "man", "woman", "lady", "gentleman", "girl", "lad", "boy", "bloke", "fella",
     "chap", "one"),
    key=len, reverse=True))
_CALLED = r"(?:called|named)(?![\w'’])"
# "<role>('s/s/s') name is/was/'s/:", "<role> is called/named", "<role> named", "a (new) man
# called", "someone called", then ":" "-" or a dash, then a quote or a bracket. Bare "called"
# only after "a"/"someone": "MY SON CALLED SOCIAL SERVICES" phoned them. "is"/"was" end there:
# "NAME ISNT ON THE ROTA" read "NT" as the name ("IS[name] ON THE ROTA", review 33 A7 R1)
_NAME_IS = re.compile(
    rf"(?<![\w'’-])(?:(?:(?:an?|one)[ \t]+(?:[^\W\d_]+[ \t]+)?(?:{_OWNERS})|someone|somebody)"
    rf"[ \t]+{_CALLED}"
    rf"|(?:{_OWNERS})(?:(?:['’]?s['’]?)?[ \t]+name"
    r"(?:[ \t]+(?:is|was)(?![\w'’])|['’]s(?![\w'’])|(?=[ \t]*:))"
    rf"|(?:['’]s|[ \t]+(?:is|was))[ \t]+{_CALLED}|[ \t]+named(?![\w'’])))"
    r"(?:[ \t]*[:\-–—])?[ \t]*[\"“'‘(]?[ \t]*(?P<word>[^\W\d_][\w'’-]*)(?![\w'’/-])",
    re.IGNORECASE)
_QUOTES_AFTER = "'’"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "MY CARERS NAMES SUE", "MY CARERS CALLED SUE", "SHES CALLED SUE": the apostrophe left out, so
# read as plurals too ("MY CARERS NAMES ARE ON THE ROTA", "THE CARERS CALLED ME"): a listed given
# name there is one, and a word no list knows that ends the sentence (``_plural_named``)
# "HER NAMES SUE", "MY CARERS NAME SUE": "name's" or "name is" with the apostrophe or "IS" left
# out, read the same way (code review A11 S2)
_PLURAL_NAMED = re.compile(
    rf"(?<![\w'’-])(?:(?:{_OWNERS})s[ \t]+(?P<verb>names|called)|(?:her|his|their)[ \t]+names"
    rf"|(?:{_OWNERS})['’]?s[ \t]+name)[ \t]+"
    r"(?P<word>[^\W\d_][\w'’-]*)(?![\w'’/-])", re.IGNORECASE)
# When carers called, not who: "MY CARERS CALLED SICK / FIRST / SOON / LATER"
_CALLED_WHEN = frozenset((
    "sick", "first", "soon", "later", "earlier", "before", "after", "afterwards", "tonight",
    "promptly", "quickly", "briefly", "lately", "recently", "twice", "thrice", "round", "around",
    "by", "over", "in", "off", "out", "back", "ahead", "again", "instead", "last", "everyday",
    "loads", "lots", "often", "once", "though", "anyhow", "alright", "unannounced", "unexpected",
    "regular", "late", "early", "lunchtime", "teatime", "bedtime", "noon", "midday", "midnight",
    # code review A11 R2: each printed "MY CARERS CALLED [name]"
    "already", "mornings", "evenings", "afternoons", "weekends", "enough", "seldom", "beforehand",
    "plenty", "alot", "nonstop", "helpers", "relatives", "anytime", "randomly", "whenever",
    "then", "less", "more", "most", "least", "constantly", "nightly", "hourly"))
# What carers' names do or are, not what they are: "MY CARERS NAMES VARY / DIFFER / MATTER /
# PLEASE", "HIS NAMES FAMOUS" (code review A11 R2)
_NAMES_DO = _words("""
vary varies differ differs matter matters please badges badge change changes keep keeps rotate
rotates alternate escape escapes slip slips confuse confuses baffle puzzle rhyme rhymes sound
sounds mean means appear appears disappear disappears stick sticks help helps count counts
tags tag list lists board boards sheet sheets rota rotas book folder file sticker stickers label
labels plate sake card cards
famous familiar similar common rare popular unpronounceable welsh biblical
isnt wasnt arent werent doesnt didnt hasnt hadnt wont cant couldnt wouldnt shouldnt aint
""")
# How a word said of when or how they called ends: "UNEXPECTEDLY", "MIDDAY", "ANYWAY", "TWO TIMES",
# "SMILING", "EXHAUSTED"; given names end in -ING and -ED too, in shapes English words seldom take
# ("MING", "MEILING", "JAWED", "SHAHZED", "SAEED": code review A11 S2, review 33 A8 S1)
_CALLED_HOW_ENDINGS = ("ly", "day", "days", "night", "nights", "way", "ways", "time", "times",
                       "wards", "ing", "ed")
_CALLED_ING_ED = _words("morning evening during drunk")
# The first syllable of a two-syllable Chinese given name ending -ING: "MEILING", "XIAOMING"
_FIRST_SYLLABLES = _words("""
mei xiao yu hui li yan xue zi shu ai jia qin lan xiu yi hai jin min wen xin yue hong chun qiu fei
ya yun feng zhi hua yong jian wei
""")
_SYLLABLES_ING = ("ling", "ming", "jing", "ying", "qing", "xing", "ning", "ping", "ting", "bing")
# English words shaped like those names
_NOT_NAMES_ED = _words("indeed need speed freed agreed guaranteed feed weed awed flawed clawed")
_ROLES = "|".join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True))
# A label opening the card, a line or a sentence: "Name: Sue Smith", "NAME: SUE", "Full name:",
# "Carer: Sue Smith" (no owner before it: "<role>'s name:" is _NAME_IS's)
# (code review A11 S1: after a comma, a bracket or a dash too, "Print name:", "Your name:", and
# a dash or "=" for the colon: "CARERS LATE, NAME: SUE SMITH", "NAME - SUE SMITH")
_LABEL = re.compile(
    r"(?:^|(?<=[\n.;!?,(\-–—]))[ \t]*(?:(?P<name>(?:(?:full|first|fore|your|print(?:ed)?)[ \t]*)?"
    r"name)|(?:" + _ROLES + r")s?)"
    r"(?:[ \t]*(?P<colon>:)|[ \t]*=|[ \t]*[-–—][ \t])"
    r"[ \t]*[\"“'‘(]?[ \t]*(?P<word>[^\W\d_][\w'’-]*)(?![\w'’/-])",
    re.IGNORECASE)
# What fills a name's label when no name is given: "Name: anonymous / tbc / see over", who wrote
# the card ("Name: Participant / Resident / Widow / Self") or the group ("Name: Village hall",
# "Name: Foodbank"), or that the name was not known ("Name: Dont know / Illegible / Signature")
# (code review A11 R1: each printed "[name]" in the report and the letter)
_NO_NAME_GIVEN = _words("""
anonymous anon anonymously tbc tba tbd na nil unsure see ask please prefer rather declined
various varies x xx xxx mine myself self me pto dont don't cant can't forgot forget later
illegible signature signed initials dunno unknown n/a same optional required mandatory
compulsory here below above overleaf print block capitals
participant participants volunteer volunteers tenant tenants resident residents client clients
patient patients widow widower pensioner pensioners relative relatives visitor visitors member
members gentleman elderly older elder housebound user users customer individual person people
persons guest attendee respondent neighbour neighbours friend friends couple family parent
village sheltered rotary foodbank table group forum community local mothers fathers
""")
# What makes a word-name or a word no list knows the first word of a group's or a place's name
# ("Name: Hope Church", "Name: Faith group", "Name: Grace Baptist church", "NAME: MOTHERS UNION")
_GROUP_HEADS = _words("""
church churches chapel group groups union club clubs housing forum association society trust
project network cafe café centre center committee foundation fellowship circle baptist
methodist pentecostal catholic anglican evangelical gospel community members member people
people's peoples persons team hub partnership alliance panel charity school college library
surgery hospital ministries mission shop shops
""")
_GIVEN_NAMES = GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES
_SURE_GIVEN_NAMES = GIVEN_NAMES - AMBIGUOUS_GIVEN_NAMES
_JOINS = frozenset(("is", "was", "and", "&"))
# The sentence's end after a name, or an aside: "Carer: Sue (agency)"
_CARD_END = re.compile(r"[ \t]*(?:$|[\n.,;!?()\-–—])")


# What is said of a name, not the name: "NAME IS WRONG / NOT ON THE ROTA / SPELT WRONG / HARD TO
# SAY / DIFFERENT EVERY DAY / ON HER BADGE / STILL ON THE BILLS"
_SAID_OF_A_NAME = _words("""
wrong not never no none nothing on in at by for from with to of off up out over under into onto
spelt spelled misspelt misspelled written printed typed shown listed given said known unknown
forgotten changed changing different same hard easy difficult tricky confusing complicated
impossible foreign unusual strange odd funny weird lovely nice beautiful pretty long short blank
missing unreadable unclear withheld private secret confidential always still also too very so
really quite just only even now then usually sometimes often rarely hardly ever a an the this
that these those my your his her their our its it he she they we you i me him them us and but or
because as like what who which whose where when why how here there is was are were be been
being has have had do does did would can could should might must something someone
anything anyone everything right correct incorrect mentioned needed required important
pronounced mispronounced shortened new old away back every each once twice again
out urgently whenever if down gone all upon early late called named put added noted typed
used moved saved taken removed read seen heard ok okay fine round ahead anyone anybody nobody
everyone everybody yesterday today tonight tomorrow last next daily weekly
""")
# English past participles people write after "name is/was" ("NAME WAS SCRIBBLED / DROPPED /
# ENGRAVED / RECORDED"): a list, not endings, as given names end the same way ("JAWED",
# "SHAHZED", "RASHIED", "WASSED" went up whole, review 33 A8 S1); a participle no list holds
# is taken for a name: a held card is released by a person, a name on the wall is not
_PARTICIPLES = _words("""
engraved scribbled scrawled dropped recorded crossed deleted erased removed entered logged
stored filed kept stamped signed embroidered stitched painted carved etched inscribed
abbreviated capitalised capitalized muddled mixed confused jumbled mangled botched garbled
butchered lost missed omitted left excluded included updated corrected amended altered
replaced switched swapped transferred passed shared published displayed posted reported
announced shouted mumbled misheard misread mistyped mislabelled mislabeled labelled labeled
tagged attached linked registered enrolled flagged highlighted underlined circled ticked
marked blanked blocked redacted hidden masked covered obscured faded smudged blurred damaged
torn cut lengthened hyphenated anglicised anglicized translated mocked ignored remembered
cleared blackened dragged tarnished smeared checked confirmed verified queried questioned
doubted disputed accepted rejected refused approved denied stolen copied borrowed invented
made taped stuck pinned glued sewn carried handed sent emailed texted mailed chosen picked
selected agreed decided inherited raised brought noticed spotted found discovered
""")


def named_words(text: str) -> list[tuple[int, int]]:
    """Where `text` says what a person's name is, as (start, end): the word after "<role>'s name
    is" and a surname after it in the same case ("my carers name is hope green")."""
    found = _labelled(text) if (":" in text or "=" in text or "- " in text or "– " in text
                                or "— " in text) else []
    if not ("name" in text or "NAME" in text or "Name" in text or "called" in text
            or "CALLED" in text or "Called" in text):  # most cards say neither ("named" too)
        return found
    for m in _NAME_IS.finditer(text):
        word = m["word"].rstrip(_QUOTES_AFTER)
        if not word or not _is_a_name(search_key(word)):
            continue
        start = m.start("word")
        end = _surname_end(text, start + len(word), word)
        found.append((start, end))
    return found + _plural_named(text)


def _plural_named(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _PLURAL_NAMED.finditer(text):
        word = m["word"].rstrip(_QUOTES_AFTER)
        key = search_key(word)
        if not word or not _is_a_name(key) or key in _CALLED_WHEN or key in _CALLED_ING_ED or (
                key in _NAMES_DO and (m["verb"] or "").lower() != "called"):
            continue
        end = m.start("word") + len(word)
        ends = _CARD_END.match(text, end) is not None or _said_after(text, end)
        if key in GIVEN_NAMES or (ends and (
                key in AMBIGUOUS_GIVEN_NAMES or key in WORD_NAMES or (
                    # may_be_a_name takes -ING for a department's ("Nursing"), not "MEILING"
                    (may_be_a_name(word) or key.endswith("ing")) and not _said_how(key)))):
            start = m.start("word")
            found.append((start, _surname_end(text, start + len(word), word)))
    return found


def _said_how(key: str) -> bool:
    """Whether a word after CALLED says when or how ("UNEXPECTEDLY", "MIDDAY", "SMILING"), not
    a given name ("BEVERLY" for Beverley, "MING", "MEILING", "JAWED", "SHAHZED", "SAEED")."""
    return key.endswith(_CALLED_HOW_ENDINGS) and not _shaped_like_a_name(key)


def _shaped_like_a_name(key: str) -> bool:
    """Whether a word ending like a word said of when or how is shaped like a given name."""
    if key.endswith("ly"):
        return key[:-2] + "ley" in GIVEN_NAMES
    if key.endswith("ing"):
        return len(key) <= 4 or (key.endswith(_SYLLABLES_ING) and key[:-4] in _FIRST_SYLLABLES)
    if key.endswith("ed") and key not in _NOT_NAMES_ED:
        # "SAEED", "WAHEED"; "SHAHZED" (not "amazed", "dazed"); "JAWED"; "RASHIED"
        return (key.endswith("eed") or (key.endswith("zed") and key[-4:-3] not in "aeiou")
                or key.endswith("awed") or (key.endswith("shied") and len(key) > 5))
    return False


def _labelled(text: str) -> list[tuple[int, int]]:
    """The name after a "Name:" label, and a given name after a role's label ("Carer: Sue
    Smith") where its surname or the sentence's end follows."""
    found = []
    for m in _LABEL.finditer(text):
        word = m["word"].rstrip(_QUOTES_AFTER)
        key = search_key(word)
        if not word or not _is_a_name(key) or key in _NO_NAME_GIVEN or not (
                key in _GIVEN_NAMES or key in WORD_NAMES or may_be_a_name(word)):
            continue  # "Name: Carers Together"
        start = m.start("word")
        end = _surname_end(text, start + len(word), word)
        if m["name"] is not None and _no_name_in_label(text, word, start + len(word)):
            continue
        if m["name"] is None and not _role_label_takes(m, text, start, end):
            continue
        found.append((start, end))
    return found


def _role_label_takes(m: re.Match[str], text: str, start: int, end: int) -> bool:
    """Whether the word after a role's label (`start` to its surname's `end`) is a name: a
    given name, capitalised in a mixed card, with the sentence's end, "is", "and" or a person
    verb after it ("Carer: Sue Smith"; not "Carer: Will come", "CARER: GRACE PERIOD OVER"), or
    a word-name with its surname or "from the agency" ("Carer: Blessing Jones", "Carer: Mercy
    from the agency": code review A11 S1). After a dash, not a colon, a word-name needs its
    surname ("CARERS - GRACE AND DIGNITY", "CARER - HOPE. THAT IS ALL"; "CARER - SUE SMITH")."""
    word = m["word"].rstrip(_QUOTES_AFTER)
    key = search_key(word)
    if m["colon"] is None and key not in _SURE_GIVEN_NAMES and end == start + len(word):
        return False
    if key in _GIVEN_NAMES and (word[:1].isupper() or text.islower()) and (
            _CARD_END.match(text, end) or _said_after(text, end)):
        return True
    return key in WORD_NAMES and word[:1].isupper() and (
        end > start + len(word) or _FROM_A_SERVICE.match(text, end) is not None)


def _no_name_in_label(text: str, word: str, word_end: int) -> bool:
    """Whether the word after "Name:" is no name: a word-name or a word no list knows before a
    group's word ("Name: Faith group", "Name: Grace Baptist church"), or a word no list knows
    before a number ("Name: Table 3")."""
    key = search_key(word)
    if key in GIVEN_NAMES:
        return False
    return _group_named(text, word_end) or (
        key not in _GIVEN_NAMES and _NUMBER_NEXT.match(text, word_end) is not None)


_NUMBER_NEXT = re.compile(r"[ \t]+\d")
# "from the agency" and the sentence's end or what is said of a worker after it: "Carer: Mercy
# from the agency", not "Carer: Charity from the council would help"
_FROM_A_SERVICE = re.compile(r"[ \t]*,?[ \t]+" + FROM_A_SERVICE
                             + r"(?:,?(?i:" + WORKER_SAID + r")|[ \t]*(?:$|[.!;\n)]))")


def _group_named(text: str, end: int) -> bool:
    """Whether a group's or a place's word comes next or next but one ("Hope Church", "Grace
    Baptist church", "Older people's forum")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    if search_key(m[1]) in _GROUP_HEADS:
        return True
    m = _NEXT_WORD.match(text, m.end())
    return m is not None and search_key(m[1]) in _GROUP_HEADS


def _said_after(text: str, end: int) -> bool:
    """Whether "is", "and" or a person verb follows ("Carer: Sue Smith is kind")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and ((key := search_key(m[1])) in PERSON_VERBS or key in _JOINS)


def _is_a_name(key: str) -> bool:
    """Whether the word after "name is" / "called" is the name, not what is said of it."""
    return key not in _SAID_OF_A_NAME and key not in _PARTICIPLES


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
# Verbs after a word-name that may be a surname's shape: "carer: may come", "son: will visit"
_VERBS_NOT_SURNAMES = _words("come go be see get do call ring help visit stay")


def _surname_end(text: str, end: int, word: str) -> int:
    """`end` past a surname after the name, typed in the name's case ("HOPE GREEN", "hope
    green"; not "SUE x", "SUE TODAY", "Sue and", "oduya rang")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return end
    after = m[1]
    same_case = (after.isupper() if word.isupper() else after.islower() if word.islower()
                 else after[:1].isupper())
    key = search_key(after)
    if (same_case and len(after) > 1 and key not in _SAID_OF_A_NAME and key not in PERSON_VERBS
            and key not in _VERBS_NOT_SURNAMES
            and is_surname(after)
            and (may_be_a_name(after) or key in PLACE_SURNAMES)):
        return m.end()
    return end
