"""Given names in a card typed all in lower case or all in capitals, where no capital letter
marks a name: after a relation word ("my carer linda is lovely"; in capitals the
capitalised-word rules see "MY CARER LINDA") and two joined ("sue and linda never come", "SUE
AND LINDA ARE MY CARERS").

Only names the guard's lists know, and in a pair at least one that is no word, since in one case
"rose and ivy" or "holly and ivy" are as often the plants.
"""

from __future__ import annotations

import re

from wtfc.importing.bare_given_names import (
    care_role_after,
    role_is_before,
    surname_end,
    surname_said_end,
)
from wtfc.importing.name_words import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    GIVEN_NAMES,
    NOT_NAMES,
    RELATION_WORDS,
)
from wtfc.importing.one_case_role_names import (
    _PERSON_VERB_AFTER,
    FROM_A_SERVICE,
    PERSON_DOES,
    WORD_NAMES,
    one_case_given_name,
    one_case_surname_end,
)
from wtfc.importing.unlisted_names import may_be_a_name
from wtfc.importing.word_names import QUALITY_AFTER_THE_CARER
from wtfc.model.search_key import search_key

_RELATIONS = "|".join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True))
# "my carer linda", "carer: linda", "a neighbour called sue", "my carer is linda", "my carer
# (linda)", "my carers name is linda" (not NAME itself: "MY CARERS NAME IS SUE")
_AFTER_A_RELATION = re.compile(
    rf"\b(?:{_RELATIONS})(?:(?:['’]?s)?(?P<named>[ \t]+name[ \t]+is[ \t]+)"
    r"|s?[,:]?[ \t]+(?:is[ \t]+(?:called[ \t]+)?|called[ \t]+|named[ \t]+)?)"
    r"[(\"“]?(?P<word>[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
_WORD = r"[^\W\d_][\w'’-]*"
# "sue and linda", "sue, linda and pat", "sue & linda", "sue or linda"; a list of at most nine,
# so a long comma list is not read again from each of its words (quadratic: 140 ms a card)
_JOINED = re.compile(rf"(?<![\w'’-])({_WORD}(?:,[ \t]*{_WORD}){{0,8}})[ \t]*(?:,[ \t]*)?"
                     rf"[ \t]+(?i:and|&|or)[ \t]+({_WORD})")
# Given names no one takes for a word
_SURE_NAMES = GIVEN_NAMES - AMBIGUOUS_GIVEN_NAMES - COMMON_WORDS
# Word-names that are as often a verb or a thing beside another name ("will and linda" may be
# "linda will"); the rest count beside a sure name ("sue and linda")
_NOT_IN_A_PAIR = frozenset({"will", "may", "grant", "bill", "miles", "rich", "art", "chase",
                            "mark", "sky", "sunny", "summer", "autumn"})


def one_case_given_names(text: str) -> list[tuple[int, int]]:
    """The given names in `text` when it is typed all in one case, as (start, end) pairs."""
    if not (text.islower() or text.isupper()):
        return []
    found = []
    # in capitals the capitalised-word rules see "MY CARER LINDA", not "CARER: LINDA", "MY
    # CARER IS LINDA", "MY CARER (LINDA)"
    if text.islower() or ":" in text or " IS " in text or "(" in text or '"' in text:
        found += [(m.start("word"), one_case_surname_end(text, m.end("word")))
                  for m in _AFTER_A_RELATION.finditer(text)
                  if one_case_given_name(text, m.end("word"), m["word"]) or (
                      # "MY CARERS NAME IS WILL": a word-name said to be the name is one
                      m["named"] and search_key(m["word"]) in AMBIGUOUS_GIVEN_NAMES)]
    if " and " in text or " or " in text or "&" in text or " AND " in text or " OR " in text:
        found += _joined(text)
    if (first := _WORD_NAME_FIRST.match(text)) and search_key(first[1]) in WORD_NAMES:
        found.append(first.span(1))
    if _PARTICLE.search(text):  # looked for first: few cards hold one
        found += [m.span() for m in _WITH_PARTICLES.finditer(text)
                  if search_key(m["given"]) in _NAMES | _NOT_IN_A_PAIR
                  and _PERSON_VERB_AFTER.match(text, m.end())]
    return found


# not the care's amount but the carer's visits: "… is missing from my care plan visits", "…
# the problem with my care visits" (code review A23 R4)
_NO_VISITS = r"(?![ \t]+(?:plan[ \t]+)?(?:visits?|calls?|times?|rota|workers?|staff|team)\b)"

# What a worker from a service does or is, after "BLESSING FROM THE AGENCY": a person verb, or
# "is"/"was" before anything but what is said of a quality ("Patience from the council is
# wearing thin", "Mercy from the agency is rare": code review A11 R3); a short list of what is
# said of a person let "BLESSING FROM THE AGENCY IS NEVER ON TIME" up (code review A13 S1)
WORKER_SAID = (
    r"(?:['’]s)?[ \t]+(?:(?:is|was)(?![ \t]+(?:(?:so|very|really|always|such|a|an|getting|"
    r"becoming|quite|too|not|still|often|sometimes|much|in)[ \t]+)*(?:wearing|rare|rarer|needed"
    r"|wanted|enough|running|scarce|lacking|virtue|key|essential|important|vital|required|thin"
    r"|limited|short|supply|answer|must|gift|appreciated|what|golden|zero|nil|low"
    r"|non-?existent|everything"
    # a thing given: "Gift from the council was a food parcel", "… was a one-off payment"
    r"|(?:food[ \t]+)?(?:parcels?|hampers?|vouchers?|cheques?)|one-off|payments?"
    # of amount or absence: "Patience from the agency is not there", "… is nowhere to be
    # seen", "Mercy from the council is hard to find", "… is a joke" (A15 R1); not "gone",
    # said of a worker who left as often
    r"|(?:poor|nothing|little|less|missing|lost|hard[ \t]+to[ \t]+find|nowhere|not[ \t]+there"
    r"|joke|unheard|shocking|zilch|non[ \t]+existent|the[ \t]+problem"
    r"|all[ \t]+i[ \t]+(?:ask|want)(?:[ \t]+for)?)"
    # … only where the sentence ends there, or a comma/"and" with nothing said of a person
    # after: not "… is missing my medication", "… is not there on Sundays", "… is a joke, she
    # never washes me" (code review A17 S3)
    r"(?:[ \t]+(?:to[ \t]+be[ \t]+(?:seen|found|had)|at[ \t]+all|these[ \t]+days|nowadays"
    r"|of|now|today|here|any[ \t]*more|again|as[ \t]+usual))*(?=[ \t]*(?:[.!?…]+[ \t]*)?(?:$|\n)"
    # … or a comma/"and" before a new subject or a word of comment ("… is a joke, if you ask
    # me", "… is missing, sadly"); not more said of the carer, "… is a joke and never washes
    # me" (code review A19 S4)
    r"|[ \t]*(?![^\n]*\b(?:she|he|her|him|his|hers)\b)"
    r"(?:[.!?…]|(?:[,;&-][ \t]*(?:and\b)?|and\b)[ \t]*"
    r"(?:they|the|it|i|we|my|our|there|this|that|but|so|which|you|if|as|because|since|when"
    r"|while|though|although|or|nor|sadly|honestly|frankly|really|absolutely|totally|utterly"
    r"|completely|unfortunately|apparently|especially|even|not[ \t]+(?:the|a|an|my)"
    r"|nothing|none|zero|nil)\b)"
    # … or what is said of the amount after it: "… is nowhere near enough", "… is nothing like
    # it used to be", "… is missing from my care", "… is lost on me" (code review A19 R1); not
    # "… is missing my medication", "… is not there on Sundays", "… nowhere near on time"
    r"|[ \t]+(?![^\n]*\b(?:she|he|her|him|his|hers)\b)(?:near[ \t]+enough|like[ \t]+(?:it|before"
    r"|what|they|we)|if[ \t]+(?:you|i|we|anyone)|than[ \t]+(?:it|before|ever|what|they|we|i"
    r"|last|used)|compared[ \t]+to[ \t]+(?:before|what|how|last|then)|with[ \t]+(?:this|the|these"
    r"|that|our|my)[ \t]+(?:service|system|agency|council|company|care|place|lot)" + _NO_VISITS
    + r"|in[ \t]+(?:my|our)[ \t]+(?:opinion|view|book|experience)|on[ \t]+(?:me|us|them|everyone"
    r"|people)|from[ \t]+(?:my|our|the)[ \t]+(?:care[ \t]+plan|care|service|support|life|lives)"
    + _NO_VISITS + r")\b)"
    r")\b)(?=[ \t]+\S)|"
    + PERSON_DOES + r")\b")
# What follows a care role when the word-name before it is the quality a carer has: "Patience
# is the main carer skill", "… my carer's best quality", "Patience is our carer every time",
# "Blessing is my carer coming at all"; anything else (a time, a day, "every morning") leaves
# the word-name a carer's name (code review A13 S1)
_ROLE_QUALITY = (
    r"(?![\w'’])(?![ \t]+(?:(?:[a-z]+est|most|main|top|real|true|great|big|key|best|one"
    r"|only)[ \t]+){0,2}(?:skills?|qualit(?:y|ies)|tools?|gifts?|virtues?|traits?|jobs?"
    r"|attributes?|strengths?|assets?|values?|requirements?|every[ \t]+time|coming|needs?"
    r"|should|must|all[ \t]+over|through[ \t]+and[ \t]+through)(?![\w'’]))")
# A word-name beginning the card, the place it works at and what a person does or the card's
# end after, or a care role said of it: "BLESSING FROM THE AGENCY NEVER CAME", "BLESSING IS MY
# CARER EVERY MORNING", "Patience is my carer." (review 33 M1 D1); not "BLESSING FROM THE
# CHURCH", "PATIENCE HELPS", "CHARITY FROM THE COUNCIL WOULD HELP", "SERENITY IS MY CARER'S
# GIFT", "Patience is the main carer skill" (code review A11 R3)
_WORD_NAME_FIRST = re.compile(
    # possessive: "Had" and 4,900 spaces took 2-5 s (review 37 A3)
    r"[ \t]*+([^\W\d_]++)(?:[ \t]*+,)?[ \t]++(?:" + FROM_A_SERVICE
    + r"(?:,?(?i:" + WORKER_SAID + r")|[ \t]*(?:$|[.!;\n]))"
    + r"|(?P<role>(?i:(?:is|was)[ \t]+(?:my|our|the)[ \t]+(?:new[ \t]+|main[ \t]+)?"
    r"(?:carer|care[ \t]+worker|support[ \t]+worker|key[ \t]?worker|social[ \t]+worker"
    r"|pa|nurse)s?" + _ROLE_QUALITY
    # "PATIENCE MY CARER IS KIND", "BLESSING, MY CARER, IS KIND" (code review A19 R7)
    + r"|(?:my|our)[ \t]+(?:carer|care[ \t]+worker|support[ \t]+worker|key[ \t]?worker|pa"
    r"|nurse)(?![\w'’])(?!" + QUALITY_AFTER_THE_CARER + r"))))")
# A given name and a surname with its particles, what a person does after: "sue van der berg
# helps me", "jo de souza came late" (code review A5 R3: the mixed-case rule's twin)
_PARTICLE = re.compile(r"(?i) (?:van|von|d[aeiu]|de[lr]|l[ae]|a[pb])[ \t]")  # a space first: quick
_WITH_PARTICLES = re.compile(
    r"(?<![\w'’-])(?P<given>[^\W\d_]+)(?:[ \t]+(?i:van|von|de|da|di|du|del|der|le|la|ap|ab))+"
    r"[ \t]+[^\W\d_][\w'’-]*")


def _joined(text: str) -> list[tuple[int, int]]:
    """"sue and linda", "sue, linda and pat": the names of the list's end ("tea, sue and linda")
    when all are given names, none a word as often a verb or a thing, one a sure name."""
    found = []
    for m in _JOINED.finditer(text):
        spans = [(m.start(1) + w.start(), m.start(1) + w.end())
                 for w in _A_WORD.finditer(m[1])] + [m.span(2)]
        keys = [search_key(text[a:b]) for a, b in spans]
        first = len(keys)
        while first > 0 and keys[first - 1] in _NAMES:
            first -= 1
        named = keys[first:]
        if len(named) >= 2 and len(named) == len(keys) - first and keys[-1] in _NAMES and (
                any(k in _SURE_NAMES for k in named) or _people_after(text, m.end(2))):
            if (first == 1 and keys[0] == "mark" and "," in text[spans[0][1]:spans[1][0]]
                    and not _A_MARK_BEFORE.search(text, max(0, spans[0][0] - 12), spans[0][0])):
                first = 0  # "thank you mark, sue and jo": a list of names is one whole
            found += spans[first:]
        elif (len(keys) == 2 and keys[0] == "mark" and keys[1] in _NAMES
              and _people_after(text, m.end(2))):
            found += spans  # "MARK AND SUE ARE KIND": no one marks and sues kindly
    return found


_A_WORD = re.compile(_WORD)
# "a good mark, sue and jo said", "the top mark": the word, not the name
_A_MARK_BEFORE = re.compile(
    r"\b(?i:a|an|the|my|your|his|her|our|their|good|full|top|high|low|bad|no|question|birth)"
    r"[ \t]+$")
# What is said only of people after two word-names ("ROSE AND JOY FROM THE AGENCY", "MARK AND
# SUE ARE KIND", "… ARE MY CARERS"); not "lovely" or "wonderful", which "rose and ivy" are too
_PEOPLE_AFTER = re.compile(
    r"[ \t]+(?i:are|were)[ \t]+(?:(?i:so|very|always|really)[ \t]+)?"
    r"(?i:kind|caring|friendly|polite|rude|gentle|patient|angels|late)\b")


def _people_after(text: str, end: int) -> bool:
    """Whether what follows a list ending at `end` says its words are people."""
    return _PEOPLE_AFTER.match(text, end) is not None or care_role_after(text, end)
_NAMES = (GIVEN_NAMES | AMBIGUOUS_GIVEN_NAMES) - _NOT_IN_A_PAIR


def lower_case_given_names(text: str) -> list[tuple[int, int]]:
    """The given names typed in lower case in a card of mixed case, as (start, end) pairs: the
    phone capitalised the first letter, or the writer "I" ("My carer linda is lovely", "I miss
    my husband ken", "Sue and linda never come"). The one-case rules, read on the card in lower
    case, and only where a lower-case word is a given name (a set look-up, as most are not)."""
    # "Blessing from the agency never came", "Patience is my carer": capitalised, as the card's
    # first word is, but no rule for capitalised words knows these word-names; in capitals too
    # before a care role ("BLESSING is my carer"), not before "from the …" ("CHARITY from the
    # council never came", stressed: code review A11 S4)
    found = [first.span(1)] if ((first := _WORD_NAME_FIRST.match(text)) and (
        first[1].istitle() or (first["role"] and first[1].isupper()))
                                and search_key(first[1]) in WORD_NAMES) else []
    if _TITLED_WORD_NAME.search(text):
        found += _word_names_surnamed(text)
    if _LOWER_NAMES.isdisjoint(_LOWER_WORD.findall(text)):
        return found
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two letters: the places would not agree
        return found
    return found + [(a, b) for a, b in one_case_given_names(lowered) if text[a:b].islower()]


_TITLED_WORD_NAME = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(w.title() for w in sorted(WORD_NAMES)) + r")(?![\w'’-])")


def _word_names_surnamed(text: str) -> list[tuple[int, int]]:
    """A capitalised word-name with its surname, said of a person after it or a care role
    before it: "Blessing Okafor came late", "My carer is Blessing Jones" (code review A11 S4;
    the capitalised-word rules read only listed given names so)."""
    found = []
    for m in _TITLED_WORD_NAME.finditer(text):
        end = surname_said_end(text, m.end())
        if end is None and role_is_before(text, m.start()):
            end = surname_end(text, m.end())
        if end is not None and _a_surname(text[m.end():end].split()[-1]):
            found.append((m.start(), end))
    return found


def _a_surname(word: str) -> bool:
    """Whether the word after a word-name is its surname, not what it names ("Serenity Prayer",
    "Blessing Ceremony", "Charity Shop", "Trinity House", "Mercy Ships")."""
    return may_be_a_name(word) and search_key(word) not in _WORD_NAMES_THINGS


_WORD_NAMES_THINGS = frozenset({
    "ceremony", "ceremonies", "ship", "ships", "shop", "shops", "fund", "funds", "appeal", "ball",
    "event", "events", "walk", "week", "trust", "project", "box", "boxes", "run", "sale", "sales",
    "bazaar", "choir", "singers", "singing", "service", "services", "concert", "chorus", "works",
    "group", "groups", "cafe", "bank", "homes", "lodge", "court", "prayer", "prayers", "mission",
    "fellowship", "foundation", "society", "network", "hub", "shelter", "partnership",
    "commission", "mirror", "spa", "salon", "academy", "press", "hotel", "store", "stores"})


_LOWER_WORD = re.compile(r"(?<![\w'’-])([a-z]+)(?:['’]s)?(?![\w'’-])")
# Given names that are no everyday word, and the months' names one_case_given_name reads
# and the word-names after a role ("My carer blessing is lovely")
_LOWER_NAMES = (GIVEN_NAMES - COMMON_WORDS - NOT_NAMES) | {"april", "august", "june"} | WORD_NAMES
