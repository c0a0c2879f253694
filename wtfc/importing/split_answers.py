"""Cells that hold more than one answer: a line each ("To see my grandchildren more⏎To feel
safe at night", or "<br>" once the formatting is off), or parts after "; " ("To have the same
carer every week; To get out to the shops on my own").

On one card they read as one garbled sentence, and the room can put a card in only one theme,
so one answer is lost to theming. Each part becomes a card of the row's kind and person, as the
facilitator chooses on the mapping step (``--split-lines`` / ``--keep-cells``).

A line break alone does not part answers: phones capitalise after Return, and staff type a
paper form up line by line, so "I would like to see⏎My grandson in Leeds more often" is one
sentence (review 34 A14 S2). Lines are answers of their own only when that is clear: the line
before ends a sentence (". ! ?") or a blank line parts them, each starts with a list's mark
("- ", "• ", "1. ": the mark is taken off), or each is an answer to the future's question
("To see my grandchildren more⏎To feel safe at night"). Each must still be a sentence of three
words or more (two for a marked list): a list of words ("Mon; Wed; Fri", "Lunch club⏎Day
centre") stays one card. When in doubt, one card: a cut sentence is two cards that mean nothing.
A heading over a marked list ("What is working?⏎- My carers⏎- The lunch club", "My concerns:⏎-
…") is no one's answer: it is taken off, where it was a card of its own (taking one of the
person's top two places) or, short, kept the list whole, dashes and all (code review A16 R1).
A short heading in the person's own words ("I'm lonely:⏎- nobody visits⏎- the bus stopped",
"I need:", "Nobody visits:", "Why me?") is kept on each answer instead, "I'm lonely: nobody
visits", so no answer loses what it meant (code review A26 R1).
"""

from __future__ import annotations

import re

from wtfc.model.kind_values import KindValues

# A list's mark at a line's start ("- ", "• ", "* ", "1. ", "2) "): a new answer, mark dropped
_BULLET = re.compile(r"^(?:[-–—•*·▪◦]|\d{1,2}[.)])\s+")
# A line that ends a sentence: ". ! ?" (or "…"), perhaps inside a closing quote or bracket
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)]*$")
_MIN_WORDS = 3
_HEADING_WORDS = 4  # "My concerns:", "What I need:": longer is a sentence of the person's
# a person speaking, not a heading: "I feel so alone:", "Help me please:", "Why am I alone?"
# (not "What I need:", "Things I like:")
_OWN_WORDS = re.compile(r"(?i)^(?!what\b|things\b).*\b(?:i|me|i'm|am|my[ \t]+own)\b")
# a question that heads a list asks what: "What matters to me?", not "Where is everyone?"
_ASKS = re.compile(r"(?i)(?:what|which|how)\b")
_KINDS = KindValues.default()  # a kind's own words as a heading ("Things that are good")


def answers_in(cell: str) -> list[str]:
    """The answers ``cell`` (its words, formatting taken off, line ends kept) holds when it
    holds more than one, each on one line; [] when it holds one."""
    return parted(cell)[0]


def parted(cell: str) -> tuple[list[str], str]:
    """``answers_in(cell)``, and how they were parted: "line", "; " or "both" ("" for one)."""
    if "\n" not in cell and "; " not in cell:  # most cells: asked on each mapping change
        return [], ""
    lines = _lines(cell)
    headed = _heading(lines)
    listed = lines[1:] if headed else lines
    by_lines = len(listed) > 1 and all(map(_answer, listed))
    units = [line for line, _ in listed] if by_lines else [
        " ".join(" ".join(line for line, _ in lines).split())]
    parts = [part for unit in units for part in _semicolon_parts(unit)]
    if headed and by_lines and _said_by_the_person(lines[0][0]):
        # "I'm lonely:⏎- nobody visits": the heading is the person's own words, which each
        # answer carries on; taken off, "I'm lonely" was lost (code review A26 R1)
        parts = [f"{lines[0][0]} {part}" for part in parts]
    if len(parts) < 2:
        return [], ""
    return parts, "both" if by_lines and len(parts) > len(units) else "line" if by_lines else "; "


def _lines(cell: str) -> list[tuple[str, bool]]:
    """The cell's lines with words, each with whether it had a list's mark (taken off); a
    line is joined to the one before unless the two are clearly separate answers."""
    raw_lines: list[tuple[str, bool, bool]] = []  # words, marked, a blank line before
    blank = False
    for raw in cell.splitlines():
        line = " ".join(raw.split())
        if not line:
            blank = True
            continue
        bullet = _BULLET.match(line)
        raw_lines.append((line[bullet.end():] if bullet else line, bool(bullet), blank))
        blank = False
    # "To see my grandchildren more⏎To feel safe at night": each line its own answer
    each_to = len(raw_lines) > 1 and all(
        line.split()[0].casefold() == "to" for line, _, _ in raw_lines)
    lines: list[tuple[str, bool]] = []
    for line, marked, blank_before in raw_lines:
        if lines and not (marked or blank_before or each_to) and _goes_on(lines[-1][0], line):
            lines[-1] = (lines[-1][0] + " " + line, lines[-1][1])
        else:
            lines.append((line, marked))
    return lines


def _heading(lines: list[tuple[str, bool]]) -> bool:
    """Whether the first line heads a marked list under it: it has no mark, the next has, and
    it reads as a heading: a kind's words or question ("Problems", "What is working?") or a
    short line ending in ":" or asking what ("My concerns:", "What matters to me?"). A longer
    one is the person's own sentence ("Why does nobody listen to me?", "I need help with:") and
    stays (code review A17 R2), as does a short one of three words or more saying "I"/"me" or
    asking anything else ("Why am I alone?", "Help me please:", "Where is everyone?": code
    review A19 R2). Shorter ("I need:", "Why?") is no card itself and heads the list."""
    if len(lines) < 2 or lines[0][1] or not lines[1][1]:
        return False
    first = lines[0][0]
    # a line too short to be a card ("I need:", "Why?") heads the list whatever it says: kept
    # as the person's own, it joined the whole list into one card (code review A23 S1)
    own = _sentence(first) and (_OWN_WORDS.search(first) is not None or (
        first.endswith("?") and _ASKS.match(first) is None))
    return _KINDS.kind_of(first) is not None or (
        len(first.split()) <= _HEADING_WORDS and not own and first.endswith((":", "?")))


# a short heading of the person's own: "I'm lonely:", "I need:", "Nobody visits:", "No help:",
# "So lonely:", "Feel forgotten:", "Please help:"
_NOBODY = re.compile(r"(?i)^(?:no|nobody|no[ \t]+one|not|never|too|so|very|feel|feeling|please)\b")
# a form's own section heading saying "me": "About me:", "All about me:"; a form's request
# ("Please list:", "Please state:") or an answer-box label ("No comment:", "Not sure:",
# "Very important:") is no one's words either (code review A30)
_FORM_ABOUT = re.compile(
    r"(?i)^(?:all[ \t]+)?about\b"
    r"|^please[ \t]+(?:list|state|specify|tick|describe|explain|give|add|write|comment|note"
    r"|detail|provide|enter|select|circle|indicate|say)(?:[ \t]+(?:below|here|details|them|these"
    r"|all|any[ \t]+\w+))?[ \t]*:"
    # "Not sure:", "Not important:" stay: the answer means the opposite without them (A31)
    r"|^(?:no[ \t]+comments?|not[ \t]+applicable)[ \t]*:")


def _said_by_the_person(first: str) -> bool:
    """Whether the heading ``first`` taken off a list is the person's own words ("I'm lonely:",
    "Nobody visits:", "Why me?"), not a label ("My concerns:", "What I need:", "What matters to
    me?", "About me:", "Problems"): each answer keeps it."""
    return len(first.split()) >= 2 and _KINDS.kind_of(first) is None and (
        _FORM_ABOUT.match(first) is None) and (
        (first.endswith((":", "?")) and _OWN_WORDS.search(first) is not None)
        or (first.endswith(":") and _NOBODY.match(first) is not None))


def _goes_on(before: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence of the line ``before`` it: it does unless
    that line ends a sentence and this one starts another."""
    return not (_ENDS_SENTENCE.search(before) and (line[0].isupper() or line[0] in "\"'“‘("))


def _answer(line: tuple[str, bool]) -> bool:
    """A line that can be a card: a sentence, or two words or more of a marked list."""
    words, marked = line
    return len(words.split()) >= 2 if marked else _sentence(words)


def _sentence(part: str) -> bool:
    """A sentence of three words or more, starting as one does (not with a small letter)."""
    return len(part.split()) >= _MIN_WORDS and not part[0].islower()


def _semicolon_parts(unit: str) -> list[str]:
    """``unit``'s parts after "; " when each is a sentence, else ``unit`` whole."""
    parts = [part.strip() for part in unit.split("; ")]
    return parts if len(parts) > 1 and all(map(_sentence, parts)) else [unit]
