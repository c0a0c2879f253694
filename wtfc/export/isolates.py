"""A person's words set apart from the words the export puts around them: Unicode's isolates.

"Adolygiad … / بہار کا جائزہ · 3 March 2027" put in visual order as one line pulled the day
into the Urdu title ("3 · بہار کا جائزہ March 2027"): a number after Arabic letters reads as
theirs. So was "Because:" into the Urdu cause after it (":Because"). The typed words are
marked as one piece (FSI … PDI, U+2068 … U+2069, ``isolated``): around them the line reads the
way its own words do ("Because:", " · 3 March 2027"), and they stand in it as one neutral
character; inside, they read the way they read alone (``direction``). python-bidi's
step-by-step algorithm (``writing.visual_order``) predates isolates, so they are laid out here
(``ordered``). The marks are never drawn or measured: ``paragraph.BidiParagraph`` takes them
out of its text as it is parsed, ``text.Text`` as each line is put in visual order.
Only words with right-to-left letters are marked: English is exported exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

FSI, PDI = "\u2068", "\u2069"
MARKS = frozenset((FSI, PDI))
# every isolate control a person may have pasted: taken out of the words marked here
_CONTROLS = str.maketrans("", "", "\u2066\u2067\u2068\u2069")
_SPLIT = re.compile("([\u2068\u2069])")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # as ``writing.has_rtl``

Span = tuple[int, int, bool]  # start, end, and whether the isolated words read right to left
Order = Callable[[str, bool], list[tuple[int, str]]]


def isolated(text: str) -> str:
    """``text`` marked as one piece where it has right-to-left letters, else as it is. The
    room views and the wall's outline use it too: Qt lays isolates out itself."""
    if text.isascii() or not _RTL.search(text):
        return text
    return f"{FSI}{text.translate(_CONTROLS)}{PDI}"


def has_marks(text: str) -> bool:
    return not text.isascii() and (FSI in text or PDI in text)


def each_piece(text: str, change: Callable[[str], str]) -> str:
    """``change`` applied to the text between the marks, the marks kept."""
    if not has_marks(text):
        return change(text)
    return "".join(part if part in MARKS else change(part) for part in _SPLIT.split(text))


def depths(text: str) -> Iterable[tuple[str, int]]:
    """Each character that is not a mark, with the number of the outermost isolate it is in
    (1, 2 …) or 0. An isolate not closed runs to the end; a stray PDI is passed over."""
    depth = number = 0
    for ch in text:
        if ch == FSI:
            depth += 1
            if depth == 1:
                number += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        else:
            yield ch, number if depth else 0


def judged(text: str) -> str:
    """The words that decide which way a line reads: those around its isolates when they have
    a letter ("Because: …", "So people can say: “…”"), else all of them (a quote “…” alone
    reads as its words do)."""
    outside = "".join(ch for ch, n in depths(text) if not n)
    return outside if any(_strong(ch) for ch in outside) else text.translate(_CONTROLS)


def spans_of(text: str) -> tuple[str, list[Span]]:
    """``text`` without its marks, and where its isolates are in that."""
    from wtfc.export.direction import reads_rtl

    plain: list[str] = []
    owners: list[int] = []
    for ch, n in depths(text):
        plain.append(ch)
        owners.append(n)
    return "".join(plain), spans(owners, lambda start, end: reads_rtl("".join(plain[start:end])))


def spans(owners: list[int], rtl: Callable[[int, int], bool]) -> list[Span]:
    """The runs of characters with the same isolate number (not 0), with their direction."""
    out: list[Span] = []
    start = 0
    for at in range(1, len(owners) + 1):
        if at == len(owners) or owners[at] != owners[start]:
            if owners[start]:
                out.append((start, at, rtl(start, at)))
            start = at
    return out


def ordered(text: str, found: list[Span], rtl: bool, order: Order) -> list[tuple[int, str]]:
    """``order`` (``writing.visual_order``) for a line with isolates: each one set on its own,
    in its own direction, where a neutral stand-in (U+FFFC) for it falls in the line."""
    if not found:
        return order(text, rtl)
    outer: list[str] = []
    where: list[int | Span] = []
    at = 0
    for span in found:
        outer += text[at:span[0]]
        where += range(at, span[0])
        outer.append("\ufffc")
        where.append(span)
        at = span[1]
    outer += text[at:]
    where += range(at, len(text))
    out: list[tuple[int, str]] = []
    for index, ch in order("".join(outer), rtl):
        place = where[index]
        if isinstance(place, int):
            out.append((place, ch))
        else:
            start, end, inner = place
            out += [(start + i, c) for i, c in order(text[start:end], inner)]
    return out


def _strong(ch: str) -> bool:
    import unicodedata

    return unicodedata.bidirectional(ch) in ("L", "R", "AL")


def take_out(frags: list) -> list:
    """A parsed paragraph's fragments without the marks: each piece of text that was inside
    an isolate is a fragment of its own, with ``isolate``: the isolate's number, and whether
    its words (all of them, over every line) read right to left."""
    from wtfc.export.direction import reads_rtl

    out: list = []
    depth = number = 0
    texts: dict[int, list[str]] = {}
    for frag in frags:
        text = getattr(frag, "text", "")
        if not text or (not depth and not has_marks(text)):
            out.append(frag)
            continue
        for part in _SPLIT.split(text):
            if part == FSI:
                depth += 1
                number += depth == 1
            elif part == PDI:
                depth = max(0, depth - 1)
            elif part:
                piece = frag.clone(text=part)
                if depth:
                    piece.isolate = number
                    texts.setdefault(number, []).append(part)
                out.append(piece)
    ways = {n: reads_rtl("".join(parts)) for n, parts in texts.items()}
    for frag in out:
        if isinstance(getattr(frag, "isolate", None), int):
            frag.isolate = (frag.isolate, ways[frag.isolate])
    return out


def marked(frag) -> str:
    """A fragment's text, between the marks again if it was in an isolate."""
    text = getattr(frag, "text", "")
    return f"{FSI}{text}{PDI}" if getattr(frag, "isolate", None) and text else text


def open_at_end(text: str, already: int = 0) -> int:
    """How many isolates are still open at the end of ``text``, ``already`` open at its start."""
    depth = already
    for ch in text:
        if ch == FSI:
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
    return depth


def without_marks(text: str) -> str:
    return text.translate(_CONTROLS) if has_marks(text) else text
