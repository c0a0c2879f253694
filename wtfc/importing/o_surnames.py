"""Irish surnames with "O'" however typed: "O'Neill rang me", "Carer: O’Neill", "O'NEILL NEVER
RANG" (a capitalised word, read by ``personal_details``) and, in a card typed all in lower case
or capitals, "o'brien came late" and "CARER: O NEILL". After "O" and an apostrophe a word is a
surname but for "o'clock" and "O' level"; after "O" and a space only the commonest Irish
surnames count ("O NEILL", "o brien"), since "o" and a word is also "oh" or a label. In mixed
case the capitalised-word rules see "Mrs O Neill" and "Carer: O Neill".
"""

from __future__ import annotations

import re

from wtfc.model.search_key import search_key

_STEMS = (
    "neill|neil|neal|brien|brian|connor|conor|connell|donnell|donoghue|donovan|reilly|sullivan"
    "|hara|mara|meara|leary|keefe|keeffe|dwyer|shea|dea|toole|driscoll|malley|mahony|mahoney"
    "|callaghan|rourke|kane|grady|dowd|flaherty|doherty|hagan|halloran|regan|riordan|carroll"
    "|gorman|hanlon|higgins|boyle|byrne|kelly|farrell|loughlin|mullan|gara|hare|hora"
)
# "o'clock", "O' level", "a cup o'tea", "top o' the morning", "will o' the wisp"
_NOT_SURNAMES = frozenset({"clock", "clocks", "level", "levels", "tea", "the", "lantern", "wisp"})
# "O' " meaning "of" in a card in one case: "A BIT O' HELP", "LOTS O' LOVE", "a game o' bingo"
_OF_WORDS = (
    "clock|clocks|level|levels|tea|the|lantern|wisp|course|coffee|help|love|lots|chips|bingo"
    "|milk|beer|ale|wine|rum|gin|water|luck|money|time|sense|sugar|bread|cake|that|this|them"
    "|my|your|his|her|our|their|a|an|it|war|lads|mine|fresh|air|fun|pop|sleep|grub|scran"
)
# After "O'" a word, unless one of those; after "O' " any word but an "of"'s ("O' SHAUGHNESSY",
# "o' beirne"; not "O' TEA"); after "O " only a common Irish surname's stem ("O NEILL")
_ONE_CASE = re.compile(
    r"(?<![\w'’‘-])[OoÓó](?:"
    r"['’‘](?!(?i:clock|clocks|level|levels|tea|the|lantern|wisp)\b)[^\W\d_][\w-]+"
    r"(?:['’][\w-]+)*"
    rf"|['’‘][ \t]+(?!(?i:{_OF_WORDS})(?![\w'’-]))[^\W\d_][\w-]+"
    rf"|[ \t]+(?i:{_STEMS})(?![\w'’-]))"
)


def is_o_surname(word: str) -> bool:
    """Whether the capitalised `word` is an "O'" surname: "O'Neill", "O’BRIEN"; not "O'Clock"."""
    return (word[1:2] in ("'", "’") and word[:1] in ("O", "Ó") and len(word) > 3
            and search_key(word[2:]) not in _NOT_SURNAMES)


def one_case_o_surnames(text: str) -> list[tuple[int, int]]:
    """Where `text`, typed all in lower case or capitals, has an "O'" surname, as (start, end)
    pairs in reading order."""
    if not (text.islower() or text.isupper()):
        return []
    return [m.span() for m in _ONE_CASE.finditer(text)]
