"""Everyday words that follow a role and are no one's name, for the rules that take a word no
list knows after a role for a name: "My carer DIDN'T come", "My carer REALLY is lovely",
"MY CARERS PAY IS TOO LOW", "MY PA BUDGET WAS CUT" (code review A13, session 28). The guard's
word lists know too few words for "not a listed word" to mean "a name" there.
"""

from __future__ import annotations

from wtfc.model.search_key import search_key


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# What a carer, a PA or a son has, said in capitals after the role ("MY CARERS NAME IS SUE":
# the name is SUE, not NAME)
_ROLE_THINGS = _words("""
name names surname address
account allowance app bag benefit benefits bill bills book break budget car card cards
certificate charge charges company contract cost costs cover diary employer fee fees folder form
forms grant group holiday holidays job wage wages salary mileage petrol bike hair flat notes
number package pay rate rates records schedule shift shifts uniform van phone keys leave
""")
# Verbs and words that end a sentence after a name: "MY WIFE CAROL DIED", "MY CARER LINDA LEFT"
_SENTENCE_END_WORDS = _words("""
left quit sings phones smiles cried swears listens please rocks died rang came went comes goes
helps cares visits cooks cleans cries laughs sleeps works moved retired resigned
""")
# n't written without its apostrophe: "MY CARER DIDNT COME"
_NOTS = _words("""
dont didnt wont cant doesnt isnt hasnt wasnt couldnt shouldnt arent werent havent mustnt
wouldnt aint
""")


def ordinary_after_a_role(word: str) -> bool:
    """Whether `word` after a role is an everyday word, not a name: a "n't" form, an "-ly"
    word ("REALLY", "DEFINITELY"), or what a role has ("PAY", "BUDGET", "CAR")."""
    key = search_key(word).removesuffix("'s").removesuffix("’s")
    return (key.endswith(("n't", "n’t")) or key.endswith("ly") or key in _NOTS
            or key in _ROLE_THINGS)


def ends_no_name(word: str) -> bool:
    """Whether `word`, last in a sentence after a given name, is what the person did
    ("DIED", "LEFT", "RETIRED") or an everyday word, not their surname; an "-ly" word may be
    one there ("LINDA KELLY", "SUE DONNELLY")."""
    key = search_key(word)
    return (key.endswith(("n't", "n’t")) or key in _NOTS or key in _ROLE_THINGS
            or key in _SENTENCE_END_WORDS or key in {"mostly", "especially", "really"}
            or (key.endswith("ed") and len(key) > 4 and not key.endswith("eed")))
