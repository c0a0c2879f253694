"""Which way a typed line, and a paragraph, reads: right to left (Urdu, Arabic, Hebrew) or left
to right, for setting it on its side of the column and putting it in visual order
(``writing.visual``).

Unicode's rule for a paragraph, its first letter with a direction, gets people's mixed lines
wrong both ways: an Urdu sentence often starts with the name of a service ("GP سے ہر ماہ بات
ہوگی۔", "We will talk to the GP every month."), and an English one with a name typed in Urdu
("فاطمہ said she likes the lunch club on Fridays."). So a line reads the way most of its words
do, not counting words in capitals ("GP", "NHS", "COVID", "CARE PLAN": the service names
Urdu about care borrows) or numbers. Unless the line is English typed in capitals: "PLEASE TELL
فاطمہ'S CARER", "I MISS فاطمہ"; then its capitals words count.

Which of the two a line with capitals is, its grammar words say first: Urdu's joining words
and verb endings ("نے", "سے", "نہیں", "ہے") make it an Urdu sentence about services
("SOCIAL WORKER نے CARE PLAN نہیں بھیجا۔"); English ones in capitals ("I", "MY", "IS",
"PLEASE", and "A", "TO", "FOR" where no name before Urdu words holds them, as "DIAL A RIDE بس"
does) an English one ("فاطمہ NEEDS A LIFT"). More of one language's than the other's decide;
but English ones that all stand in one run of capitals, in a line with Urdu joining words or an
Urdu noun for a club, group or form after that run, are a name's: "MY LIFE MY CHOICE گروپ اچھا
ہے", "LIFE IS GOOD کلب" are Urdu.
With as many (mostly none), the capitals are told as English by at least two that look like
words (four letters or more, with a vowel), standing on both sides of its Urdu or more of them
together than a name has ("CALL محمد علی TODAY"); capitals that only lead an Urdu line ("CARE
PLAN ملا", "TESCO ASDA دونوں دور") or sit inside one ("ہمیں NHS CHC فارم ملا") are names.
Half and half, the way the paragraph reads, and the paragraph itself (its first typed line with
letters) the way that line's last word does: an Urdu sentence ends with its verb ("ہوگی۔"), an
English one here with "Fridays.". (A count of letters, not words, gets an Urdu line with longer
English names in it than Urdu words wrong.)

A few Urdu words together in a line with English words are a name, and count as one word:
"Dr محمد علی", "Talk to نسرین بیگم" are English. Unless they hold one of Urdu's joining words or
verb endings ("سے", "ہے", "بہت"): then they are a clause, "Carer وقت پر نہیں آتا", and count in
full. Half and half, English words and a name read left to right ("Dr محمد علی", on any line),
and a paragraph whose first line has such a clause right to left ("بہت اچھا Day Centre").

The words this module's callers put in brackets ("[thumbs up]", "[Korean text not shown]") are
not what was typed and are passed over: "👍 بہت اچھا" is Urdu.
"""

from __future__ import annotations

import re
import unicodedata

from wtfc.export import isolates

# Brackets with no right-to-left letter in them: the emoji's names and the markers for writing
# no font has. (A Latin aside typed in brackets is passed over too, where at worst the rest of
# the line decides.)
_BRACKETED = re.compile(r"\[[^\[\]\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]*\]")


def reads_rtl(text: str) -> bool:
    """Whether a paragraph reads right to left: as its first typed line with a letter that has
    a direction reads, half-and-half lines the way their last word does."""
    for line in text.split("\n"):
        found = _direction(line, None)
        if found is not None:
            return found == "R"
    return False


def line_rtl(line: str, paragraph_rtl: bool) -> bool:
    """Whether a line typed on its own reads right to left: as most of its words do (see the
    module's note), else as its paragraph (half and half, or no letters: "123 (4567)")."""
    found = _direction(line, "R" if paragraph_rtl else "L")
    return paragraph_rtl if found is None else found == "R"


# Urdu's commonest joining words and verb endings: Urdu words with one among them are a clause.
_CLAUSE_WORDS = frozenset({
    "ہے", "ہیں", "ہوں", "ہو", "ہوگی", "ہوگا", "گے", "گی", "گا", "سے", "کا", "کی", "کے", "کو",
    "پر", "میں", "نہیں", "تھا", "تھی", "تھے", "اور", "بہت", "نے", "بھی", "چاہیے", "لگتا", "لگتی",
    "گیا", "گئی", "گئے", "والا", "والی", "والے"})
# Urdu nouns that say what a name in capitals before them is: the club, group or form called
# "LIFE IS GOOD", "MY LIFE MY CHOICE", "YOUR CARE YOUR WAY". Right after a capitals word they
# tell an Urdu line as its joining words do; not after "THE", "A", "MY": "I LIKE THE ٹیم" is
# English with one Urdu word.
_KINDS_OF_NAME = frozenset({
    "کلب", "گروپ", "ٹیم", "سروس", "اسکیم", "سکیم", "فارم", "خط", "سینٹر", "پروگرام", "تنظیم"})
# English grammar words typed in capitals: ones no service's name holds ("IT", "ME" are names
# too: the IT team, ME the illness) ...
_ENGLISH_WORDS = frozenset({
    "I", "I'M", "I'VE", "MY", "WE", "OUR", "YOU", "YOUR", "HE", "SHE", "HIS", "HER", "THEY",
    "THEIR", "IS", "ARE", "WAS", "WERE", "AM", "HAS", "HAVE", "HAD", "DO", "DOES", "DID", "NOT",
    "DON'T", "CAN'T", "DIDN'T", "CAN", "WILL", "WOULD", "SHOULD", "COULD", "MUST", "PLEASE",
    "THIS", "THAT", "IT'S", "BUT"})
# ... and ones a name may hold ("DIAL A RIDE", "MEALS ON WHEELS", "CARE AT HOME")
_NAME_JOINING = frozenset({"A", "AN", "THE", "OF", "ON", "AND", "OR", "FOR", "AT", "IN", "TO",
                           "WITH", "FROM", "ABOUT", "BY"})
_NAME_WORDS = 3  # the most words of a name typed in Urdu: "فاطمہ بی بی"
_LONGEST_NAME = 4  # the most words of a name in capitals before a "kind" noun: "MY LIFE MY CHOICE"
_STOPS = "۔.,،!?؟:;\"'“”‘’«»()"  # and the quotes the posters put round a card


def _direction(line: str, even: str | None) -> str | None:
    """"R", "L", or None for a line with no letter that has a direction. ``even``: the answer
    for as many words one way as the other, unless they are English words and a name (None:
    right to left for an Urdu clause, else the way the last letter reads). A person's words
    set apart in the line (``isolates``) count only where nothing around them does."""
    if isolates.has_marks(line):
        line = isolates.judged(line)
    if "[" in line:
        line = _BRACKETED.sub(" ", line)
    words = [(word, kinds) for word in line.split()
             if (kinds := [kind for ch in word if (kind := _kind(ch))])]
    if not words:
        return None
    last = words[-1][1][-1]
    capitals = _capitals(words)
    grammar = _english_grammar(words, capitals)
    urdu = sum("R" in kinds and (_bare(word) in _CLAUSE_WORDS or _names_kind(words, capitals, at))
               for at, (word, kinds) in enumerate(words))
    # a run of capitals longer than a name, with no Urdu joining word, before a "kind" noun that
    # is the line's only Urdu word is English typed in capitals ending in one Urdu word
    # ("PLEASE SEND ME THE DIRECT PAYMENT فارم"): its grammar words still count
    clause = any("R" in kinds and _bare(word) in _CLAUSE_WORDS for word, kinds in words)
    more_urdu = sum("R" in kinds for _, kinds in words) > 1  # a name, then an Urdu sentence
    named = clause or more_urdu or _run_of(grammar, capitals) <= _LONGEST_NAME
    if urdu and named and _in_one_name(grammar, capitals):
        grammar = [False] * len(words)
    shouted = (_typed_in_capitals(words, capitals) if sum(grammar) == urdu
               else sum(grammar) > urdu)
    runs: list[list] = []  # [kind, words, holds a joining word]; kind "A": capitals (GP, NHS)
    for (word, kinds), caps, said in zip(words, capitals, grammar, strict=True):
        kind = "A" if caps and not (shouted and (said or _word_like(word))) else kinds[0]
        joining = kind == "R" and _bare(word) in _CLAUSE_WORDS
        if runs and runs[-1][0] == kind:
            runs[-1][1] += 1
            runs[-1][2] |= joining
        else:
            runs.append([kind, 1, joining])
    english = any(kind == "L" for kind, _, _ in runs)
    counts = {"L": 0, "R": 0, "A": 0}
    names = clauses = False
    for kind, many, clause in runs:
        name = kind == "R" and english and many <= _NAME_WORDS and not clause
        counts[kind] += 1 if name else many
        names |= name
        clauses |= kind == "R" and clause
    if counts["L"] != counts["R"]:
        return "L" if counts["L"] > counts["R"] else "R"
    if counts["A"] and not counts["R"]:  # capitals alone: "NHS 111"
        return "L"
    if names and not clauses:  # English words and a name: "Dr محمد علی", "فاطمہ: yes"
        return "L"
    if even:
        return even
    return "R" if clauses else last


def _capitals(words: list[tuple[str, list[str]]]) -> list[bool]:
    """Which words are Latin capitals ("GP", "CARE", and "A" in "DIAL A RIDE" when no Latin
    letter in the line is small: a single capital among small letters is "I" or "A", a word)."""
    small = any(ch.islower() for word, kinds in words if "R" not in kinds for ch in word)
    return ["R" not in kinds and word.upper() == word and (len(kinds) > 1 or not small)
            for word, kinds in words]


def _bare(word: str) -> str:
    # The PDFs pass text already joined (presentation forms, "ﺑﮩﺖ"): NFKC folds it back.
    return unicodedata.normalize("NFKC", word).strip(_STOPS).replace("’", "'")


def _english_grammar(words: list[tuple[str, list[str]]], capitals: list[bool]) -> list[bool]:
    """Which capitals words are English grammar words: "I", "IS", "PLEASE" anywhere; "A", "TO",
    "FOR" unless between two capitals words that lead Urdu words, as in a service's name
    ("DIAL A RIDE بس", "MEALS ON WHEELS دونوں بند ہیں"; not "فاطمہ NEEDS A LIFT")."""
    said = []
    for at, ((word, _), caps) in enumerate(zip(words, capitals, strict=True)):
        bare = _bare(word)
        if not caps or bare not in _ENGLISH_WORDS | _NAME_JOINING:
            said.append(False)
            continue
        after = next((i for i in range(at, len(words)) if not capitals[i]), len(words))
        in_a_name = (bare in _NAME_JOINING and at > 0 and capitals[at - 1] and after > at + 1
                     and after < len(words) and "R" in words[after][1])
        said.append(not in_a_name)
    return said


def _names_kind(words: list[tuple[str, list[str]]], capitals: list[bool], at: int) -> bool:
    """Whether the word at ``at`` is an Urdu noun saying what the name in capitals before it is
    ("LIFE IS GOOD کلب"), that name not ending in an English grammar word ("THE کلب")."""
    return (_bare(words[at][0]) in _KINDS_OF_NAME and at > 0 and capitals[at - 1]
            and _bare(words[at - 1][0]) not in _ENGLISH_WORDS | _NAME_JOINING)


def _in_one_name(grammar: list[bool], capitals: list[bool]) -> bool:
    """Whether the English grammar words all stand in one run of capitals words: in a line
    with Urdu joining words that run is a name ("ہمیں FOR YOUR INFORMATION والا خط ملا"), not
    English typed in capitals."""
    said = [at for at, yes in enumerate(grammar) if yes]
    return not said or all(capitals[said[0]:said[-1] + 1])


def _run_of(grammar: list[bool], capitals: list[bool]) -> int:
    """How many words the run of capitals holding the grammar words has."""
    said = [at for at, yes in enumerate(grammar) if yes]
    if not said:
        return 0
    start, end = said[0], said[-1]
    while start > 0 and capitals[start - 1]:
        start -= 1
    while end + 1 < len(capitals) and capitals[end + 1]:
        end += 1
    return end - start + 1


def _typed_in_capitals(words: list[tuple[str, list[str]]], capitals: list[bool]) -> bool:
    """Whether the line's capitals are English typed in capitals, not names: at least two that
    look like words, standing on both sides of its Urdu ("CALL محمد علی TODAY") or more of them
    together than a name has ("فاطمہ SAID SHE LIKES THE LUNCH CLUB")."""
    if sum(caps and _word_like(word) for (word, _), caps in zip(words, capitals, strict=True)) < 2:
        return False
    at = [i for i, caps in enumerate(capitals) if caps]
    if any("R" in kinds for _, kinds in words[at[0]:at[-1]]):
        return True
    together = longest = 0
    for caps in capitals:
        together = together + 1 if caps else 0
        longest = max(longest, together)
    return longest > _NAME_WORDS


def _word_like(word: str) -> bool:
    """A capitals word of four letters or more with a vowel ("TELL", "CARER"), not "GP", "CQC"."""
    letters = [ch for ch in word.upper() if _kind(ch) == "L"]
    return len(letters) >= 4 and any(ch in "AEIOUY" for ch in letters)


def _kind(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    return "L" if kind == "L" else "R" if kind in ("R", "AL") else ""
