"""A sign-off typed all in small letters at a card's end: "i am lonely. thanks, mary smith",
"nobody visits. regards, fenella okonjo x" (session 35's list of names not caught). The
capitalised-word rules cannot see it, so only the narrowest shape counts: a sign-off's word, a
given name the lists know that is no everyday word, and a common surname or a word no word
table knows, then nothing but a kiss or a full stop. "thanks, mary" alone, "thanks, hope you
can help", "thanks, mary please" and "thanks, mary and all the staff" stay as typed."""

from __future__ import annotations

import re

from wtfc.importing.known_words import known_word
from wtfc.importing.name_words import AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, NOT_NAMES
from wtfc.importing.not_english import community_surname

# the sign-off's word starts the card, a sentence, a line or follows a comma ("we went shopping
# from mary hill" is no sign-off)
_SIGN_OFF = re.compile(
    r"(?:\A|(?<=[.!?,;:\n]))[ \t]*(?i:thanks|thank[ \t]+you|many[ \t]+thanks|ta|cheers|regards"
    r"|kind[ \t]+regards|best[ \t]+wishes|love|from|signed[ \t]*:?|author[ \t]*:"
    r"|(?:signed|entered|completed|written|typed|reviewed|assessed|updated|recorded)[ \t]+by:?"
    r"|yours[ \t]+(?:sincerely|faithfully|truly))"
    r"[ \t]*,?[ \t]+(?P<given>[a-z]+)[ \t]+(?P<surname>[a-z]+(?:['’-][a-z]+)?)"
    r"(?:[ \t]*,?[ \t]*x+)?[ \t]*[.!]*[ \t]*\Z")
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
"""
_SURNAMES = frozenset(_SURNAMES_TEXT.split())
# a firm or charity thanked, named after a person: "thanks, marie curie"
_BODIES = frozenset({("john", "lewis"), ("marie", "curie"), ("sue", "ryder")})


def lower_case_sign_off(text: str) -> list[tuple[int, int]]:
    """The given name and surname of a sign-off in small letters ending `text`, as one
    (start, end); none when the shape or the words say it may be something else."""
    if not text[-1:].isalpha() and text[-1:] not in ".!x ":
        return []
    m = _SIGN_OFF.search(text, max(0, len(text) - 80))
    if m is None:
        return []
    given, surname = m["given"], m["surname"]
    if (given, surname) in _BODIES or given not in GIVEN_NAMES or (
            given in AMBIGUOUS_GIVEN_NAMES or given in NOT_NAMES):  # "thanks, hope you…"
        return []
    # a surname: a common one ("smith", "patel") or no word at all ("ferrier"), never a word
    # a thank-you ends with ("thanks, mary please", "…, john everything", "…, sarah carer")
    if surname in _SURNAMES or community_surname(surname, None) or (
            len(surname) > 2 and surname.strip("x") and not known_word(surname)):
        return [(m.start("given"), m.end("surname"))]
    return []

