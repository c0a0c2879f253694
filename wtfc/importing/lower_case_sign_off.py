"""A sign-off typed all in small letters at a card's end: "i am lonely. thanks, mary smith",
"nobody visits. regards, fenella okonjo x" (session 35's list of names not caught), or after a
dash with a staff role, "nobody visits - irina dalton (social worker)". The capitalised-word
rules cannot see it, so only the narrowest shape counts: a sign-off's word, a given name the
lists know that is no everyday word, and a common surname or a word no word table knows, then
nothing but a staff role, a date, a kiss or a full stop. "thanks, mary" alone, "thanks, hope you
can help", "thanks, mary please" and "thanks, mary and all the staff" stay as typed."""

from __future__ import annotations

import re

from wtfc.importing.known_words import known_word
from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, NOT_NAMES, PLACE_WORDS
from wtfc.importing.not_english import community_surname
from wtfc.importing.o_surnames import is_o_surname
from wtfc.model.search_key import search_key

# a staff role after the signer's name: "…, sw", "(social worker)" (code review 36 A1 R4)
_ROLE = (r"(?i:s?sw|ot|cpn|gp|hca|rn"
         r"|(?:(?:district|community|practice|charge|staff|ward)[ \t]+)?nurse"
         r"|(?:(?:care|team|case|duty|ward)[ \t]+)?manager|assessor|reviewer|officer"
         r"|(?:(?:social|support|care|key|duty|student)[ \t]+)worker|(?:senior[ \t]+)?practitioner"
         r"|(?:occupational[ \t]+)?therapist|care[ \t]+co-?ordinator)(?![a-z])")
# what may follow the name to the card's end: a role, a date, a kiss, a full stop
_AFTER = (r"(?:[ \t]*,?[ \t]*\(" + _ROLE + r"\)|(?:[ \t]*,[ \t]*|[ \t]+)(?:" + _ROLE
          + r"|(?:on[ \t]+)?\d[\d/.-]*))*"
          r"(?:[ \t]*,?[ \t]*x+)?[ \t]*[.!]*[ \t]*\Z")
# a given name ("mary", or "Mary" before a surname in small letters: "Thanks, Mary smith") and a
# surname ("o'brien", "dalton-smith")
# letters of any alphabet but capitals A-Z: "siân jones", "mary wójcik", "zoë smith" went up
# (review 37 A3)
_SMALL = r"[^\W\d_A-Z]"
_NAME = (r"(?P<given>[^\W\d_]" + _SMALL + r"+)[ \t]+(?P<surname>" + _SMALL + r"+(?:['’-]"
         + _SMALL + r"+)?)")
# the sign-off's word starts the card, a sentence, a line or follows a comma ("we went shopping
# from mary hill" is no sign-off); the name may be on the next line, as in a letter
_SIGN_OFF = re.compile(
    r"(?:\A|(?<=[.!?,;:\n]))[ \t]*(?i:thank[ \t]*you[ \t]+(?:so|very)[ \t]+much|thanks[ \t]+again"
    r"|thanks|thank[ \t]*you|thank[ \t]+u|thx|ty|many[ \t]+thanks"
    r"|ta|cheers|(?:kind|best|warm|warmest)[ \t]+regards|regards|best[ \t]+wishes|with[ \t]+thanks"
    r"|god[ \t]+bless|take[ \t]+care|all[ \t]+the[ \t]+best|love[ \t]+from"
    r"|love|from|sincerely|signed[ \t]*:?|author[ \t]*:"
    r"|(?:signed|entered|completed|written|typed|reviewed|assessed|updated|recorded)[ \t]+by:?"
    r"|yours(?:[ \t]+(?:sincerely|faithfully|truly))?"
    # Welsh "thanks", "regards"; Urdu typed in Roman letters "thanks"
    # ("diolch yn fawr", "cofion gorau"; "bahut shukriya", "khuda hafiz": code review 36 A4)
    r"|diolch(?:[ \t]+yn[ \t]+fawr(?:[ \t]+iawn)?)?|cofion(?:[ \t]+(?:gorau|cynnes))?"
    r"|(?:(?:bahut|bohat|bohot)[ \t]+)?shukriya|(?:khuda|allah)[ \t]+hafiz)"
    r"[ \t]*,?[ \t]*(?:\n[ \t]*){0,2}(?<=[\s,])" + _NAME
    # or a team, a town, a second signer after a comma or "and": "…, mary smith, north team"
    + r"(?:" + _AFTER + r"|[ \t]*(?:[,&(]|and[ \t])[^\n]*\Z)")
# a dash, the signer and a staff role in brackets: "nobody visits - irina dalton (social worker)"
# (code review 36 A1 R5; the capitalised rules read "- Irina Dalton (Social Worker)")
# after the signer and a role in brackets, anything on the line: "…, north team", "…, son rarely
# visits", "…, mary smith" (the Title Case twins are held; code review 36 A4)
_DASHED = re.compile(r"[ \t](?:[-–—]|--)[ \t]+" + _NAME + r"[ \t]*\(" + _ROLE + r"\)[^\n]*\Z")
# a second signer after the first: "…, mary smith and john jones", "… & john jones"
_SECOND = re.compile(r"[ \t]*(?:,|&|and)[ \t]*" + _NAME.replace("[^\\W\\d_]", _SMALL, 1)
                     + r"(?![\w'’])")
# words a dash's name shape may hold that are no surname: "- mary rang (social worker)"
_NOT_SURNAMES = frozenset({"and", "or", "the", "to", "from", "at", "is", "was", "said", "says",
                           "rang", "came", "visited", "called", "phoned", "my", "our", "your"})
# The commonest surnames of England and Wales that the word table knows as words (those that no
# word table knows, "ferrier", "okonjo", count anyway); left out as what a thank-you may end
# with: day, long, may, read, miles, cross, page, west, grant, hunt, rose, fox, stone, best
_SURNAMES_TEXT = """
    smith jones taylor williams brown davies evans wilson thomas johnson roberts robinson
    thompson wright walker white edwards hughes green hall lewis harris clarke jackson wood
    turner martin cooper hill ward morris moore clark lee king baker harrison morgan allen
    james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook
    carter richardson bailey collins bell shaw murphy miller cox richards marshall anderson
    simpson ellis adams wilkinson foster chapman powell webb rogers gray mason hussain
    campbell matthews owen palmer holmes mills barnes knight lloyd butler russell barker
    fisher stevens jenkins murray dixon harvey graham pearson fletcher walsh gibson howard
    andrews stewart elliott reynolds saunders payne ford pearce brooks lawrence cole atkinson
    bradley spencer gill dawson ball burton watts booth perry ryan wells armstrong francis
    rees hayes hart hudson newman barrett webster hunter gregory carr lowe marsh riley dunn
    woods parsons berry reid holland hawkins harding porter robertson newton oliver reed
    kennedy williamson bird gardner dean lane cooke bates henderson parry burgess bishop
    walton burns nicholson shepherd ross freeman warren nicholls hamilton byrne sutton
    mcdonald yates hodgson robson curtis hopkins harper coleman watkins moss mccarthy
    chambers griffin sharp hardy wheeler potter osborne johnston gordon doyle wallace
    jordan hutchinson rowe burke pritchard gilbert willis higgins stevenson hammond arnold
    buckley walters hewitt barber nelson slater austin sullivan
    sharma verma gupta kumar ivanov petrov popov smirnov popescu novak
"""
_SURNAMES = frozenset(_SURNAMES_TEXT.split())
COMMON_SURNAMES = _SURNAMES  # kin_titles.py: "Nurse White Was Rude" (code review 36 A4)
# common surnames a word-name before makes a place or a thing: "holly wood", "max price"
_PLACES_TOO = frozenset({"wood", "woods", "price", "king", "bird", "ball"})
# a firm or charity thanked, named after a person: "thanks, marie curie"
_BODIES = frozenset({("john", "lewis"), ("marie", "curie"), ("sue", "ryder")})


def _surname(surname: str) -> bool:
    # a common one ("smith", "patel"), an "O'" one, or no word at all ("ferrier"), never a word a
    # thank-you ends with ("thanks, mary please", "…, john everything", "…, sarah carer")
    return (surname in _SURNAMES or community_surname(surname, None)
            or is_o_surname(surname[:1].upper() + surname[1:])
            or (len(surname) > 2 and bool(surname.strip("x")) and not known_word(surname)))


def _worded_signer(surname: str) -> bool:
    """Whether a given name that is a word ("thanks, hope you…") signs before `surname`: only
    before a common surname that is no place's word, "thanks, grace smith" (not "thanks, rose
    ward", "love, holly wood"), or a community or O' one, "thanks, joy sharma"."""
    if surname in _SURNAMES:
        return surname not in PLACE_WORDS and surname not in _PLACES_TOO
    # "thanks, joy sharma", "thanks, grace o'brien"; not one no word table knows, as a typo is
    # as often ("thanks, hope tomorow", "love, joy xoxo")
    return community_surname(surname, None) or is_o_surname(surname[:1].upper() + surname[1:])


def lower_case_sign_off(text: str) -> list[tuple[int, int]]:
    """The given name and surname of a sign-off in small letters ending `text`, as one
    (start, end); none when the shape or the words say it may be something else."""
    if not text[-1:].isalnum() and text[-1:] not in ".!) ":
        return []
    start = max(0, len(text) - 80)
    m = _SIGN_OFF.search(text, start)
    dashed = m is None
    m = m or _DASHED.search(text, start)
    if m is None:
        return []
    given, surname = search_key(m["given"]), search_key(m["surname"])
    if not m["given"].islower() and not surname.strip("xo"):
        return []  # "Signed: Amara xoxo": a kiss, and the capitalised rules read "Amara"
    if (given, surname) in _BODIES or given in NOT_NAMES or (
            given not in GIVEN_NAMES and given not in AMBIGUOUS_GIVEN_NAMES):
        return []
    if given in AMBIGUOUS_GIVEN_NAMES and not _worded_signer(surname):
        return []
    # after a dash with a staff role in brackets any surname but a plain word of the sentence
    if _surname(surname) or (dashed and surname not in _NOT_SURNAMES):
        found = [(m.start("given"), m.end("surname"))]
        # a second signer: "thanks, mary smith and john jones" (code review 36 A4)
        second = _SECOND.match(text, m.end("surname"))
        second_given = search_key(second["given"]) if second else ""
        second_surname = search_key(second["surname"]) if second else ""
        if second and second_given not in NOT_NAMES and (
                (second_given in GIVEN_NAMES and _surname(second_surname))
                or (second_given in AMBIGUOUS_GIVEN_NAMES and _worded_signer(second_surname))):
            found.append((second.start("given"), second.end("surname")))
        return found
    return []
