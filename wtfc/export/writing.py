"""People's words as the PDF fonts can draw them: Arabic joined, right-to-left in visual order,
and a visible marker for writing that no font has.

reportlab draws a string's characters one after another, left to right, one glyph each. So:

* Arabic-script letters (Urdu, Arabic, Persian) are swapped for their joined presentation forms
  first (``arabic-reshaper``), else each letter stands alone, which no reader would accept;
* after a paragraph is broken into lines, each line is put in visual order (the Unicode
  bidirectional algorithm, from ``python-bidi``): Urdu or Hebrew runs read right to left, an
  English word or a number inside them stays left to right. Lines are broken first and reordered
  second, as the algorithm requires; reordering a whole paragraph first would put its last words
  on the first line (which way each typed line reads: ``direction.py``);
* Bengali, Gurmukhi (Punjabi), Gujarati, Devanagari (Hindi) and Tamil are kept as they are: their
  fonts draw them shaped by HarfBuzz (``indic.py``), so only the joiners that choose a
  conjunct's form (ZWJ, ZWNJ) are kept where they would be dropped elsewhere;
* emoji are printed as their names in brackets, "[smiling face]" (``emoji_names.py``), the
  same on every computer, so a reader always has the words;
* characters none of the embedded fonts can draw (Chinese, Japanese, Korean, …)
  would come out as empty boxes, so a run of them becomes a marker such as "[Chinese or Japanese
  text not shown]": a reader sees plainly that someone's words are missing there, where a box or
  a gap could be taken for nothing at all. ``unshowable.py`` tells the facilitator before the
  export.

Everything here is skipped for a string that needs none of it (the common all-English case):
one set lookup per string, and none for plain ASCII, which every font here draws.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from wtfc.export import isolates
from wtfc.export.direction import reads_rtl
from wtfc.export.emoji_names import has_emoji, is_picture, named
from wtfc.export.indic import JOINERS, SHARED, drawn, has_indic, script_of

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and both Arabic presentation blocks.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_NEWLINE_AND_TAB = frozenset("\n\t")
# Urdu's full stop where a font lacks it: the same meaning, in the mark English readers know.
_STAND_INS = {"\u06d4": "."}
# A script's name as a facilitator would say it, where the Unicode name is not that word.
_SCRIPT_NAMES = {
    "CJK": "Chinese or Japanese", "IDEOGRAPHIC": "Chinese or Japanese",
    "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean", "BOPOMOFO": "Chinese",
    "DEVANAGARI": "Hindi (Devanagari)", "GURMUKHI": "Punjabi (Gurmukhi)",
    "ETHIOPIC": "Amharic or Tigrinya (Ethiopic)", "MYANMAR": "Burmese",
}


@functools.cache
def _covered() -> frozenset[str]:
    """Every character some embedded font draws, and the spacing characters."""
    from wtfc.export import fonts as f

    fs = f.fonts()
    chars = fs.main_chars | fs.fallback_chars | f.arabic_chars()
    return _visible(map(chr, chars)) | _NEWLINE_AND_TAB | {" "}


@functools.cache
def _covered_without_arabic() -> frozenset[str]:
    """As ``_covered``, without loading the Arabic font: enough to pass an English string."""
    from wtfc.export import fonts as f

    fs = f.fonts()
    return _visible(map(chr, fs.main_chars | fs.fallback_chars)) | _NEWLINE_AND_TAB | {" "}


def _visible(chars) -> frozenset[str]:
    """Leave out the invisible characters a font maps anyway (DejaVu has the bidi controls,
    the byte-order mark…): they are dropped, not drawn (see ``_invisible``); and the emoji a
    font has (DejaVu's 😊), which are named, not drawn (``emoji_names``)."""
    return frozenset(ch for ch in chars if not _invisible(ch) and not is_picture(ch))


def drawable(text: str) -> str:
    """``text`` in logical order, with Arabic joined and writing no font has marked.

    Control and invisible formatting characters are dropped: they have no glyph anywhere and
    only show as boxes.
    """
    if plain_ascii(text) or (_covered_without_arabic().issuperset(text)
                             and not _ARABIC.search(text)
                             and unicodedata.is_normalized("NFC", text)):
        return text
    return _prepared(text)[0]


def unshown(text: str) -> tuple[str, ...]:
    """What the PDF cannot show of ``text``: ("Korean text", "emoji"), or () for nothing."""
    if plain_ascii(text) or _covered_without_arabic().issuperset(text):
        return ()
    return _prepared(text)[1]


def plain_ascii(text: str) -> bool:
    """Printable ASCII only (no control characters), which the main font draws: nothing to
    join, reorder, mark or switch fonts for. Python knows a string is ASCII without reading it."""
    return text.isascii() and text.isprintable() and _ascii_drawn()


@functools.cache
def _ascii_drawn() -> bool:
    from wtfc.export import fonts as f

    return f.fonts().main_chars.issuperset(range(32, 127))


@functools.lru_cache(maxsize=20_000)
def _prepared(text: str) -> tuple[str, tuple[str, ...]]:
    text = unicodedata.normalize("NFC", text)
    if has_emoji(text):
        text = named(text)
    if _ARABIC.search(text):
        text = _reshaper().reshape(text)
    have = _covered()
    indic = has_indic(text)
    out: list[str] = []
    labels: list[str] = []
    marker_label = ""  # the label of the marker just written, while only spaces follow it
    spaces = ""
    for ch in text:
        if marker_label and ch.isspace() and ch != "\n":
            spaces += ch  # kept unless the same script carries on after it
            continue
        if ch in have or (indic and _shaped_here(ch, out)):
            piece = ch
        elif _invisible(ch):
            continue
        else:
            piece = _stand_in(ch, have)
        if piece:
            if marker_label:
                out.append(spaces)
                marker_label, spaces = "", ""
            out.append(piece)
            continue
        # A danda or joiner is of the script around it: "[Bengali text not shown]" goes on.
        label = marker_label if ch in SHARED and marker_label else _label(ch)
        if label != marker_label:  # one marker for a run, spaces and all, of one script
            if marker_label:
                out.append(spaces)
            out.append(f"[{label} not shown]")
            if label not in labels:
                labels.append(label)
        marker_label, spaces = label, ""
    out.append(spaces)
    return "".join(out), tuple(labels)


def _shaped_here(ch: str, before: list[str]) -> bool:
    """A letter of the scripts ``indic.py`` draws, or a joiner (ZWJ, ZWNJ) right after one,
    where it chooses the form of a conjunct; elsewhere a joiner is dropped (``_invisible``)."""
    if ch in JOINERS:
        last = before[-1][-1:] if before else ""
        return bool(last) and script_of(last) is not None
    return drawn(ch)


def _invisible(ch: str) -> bool:
    """Characters that draw nothing by design (controls, joiners, bidi marks, emoji variation
    selectors), and the vowel marks of right-to-left scripts: reportlab cannot place a mark over
    its letter once a line is reversed, and Urdu, Arabic and Hebrew are read without them daily.
    """
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf") or "\ufe00" <= ch <= "\ufe0f":
        return True
    if "\U000e0100" <= ch <= "\U000e01ef":  # the supplement of variation selectors
        return True
    return category == "Mn" and bool(_RTL.match(ch))


def _stand_in(ch: str, have: frozenset[str]) -> str:
    """A drawable equivalent: a joined Arabic form's letter on its own (the font lacks that
    joined form), a full-width Latin letter's ordinary form, or a punctuation stand-in."""
    if ch in _STAND_INS:
        return _STAND_INS[ch]
    isolated = _isolated_forms().get(ch)
    if isolated and isolated in have:
        return isolated
    plain = unicodedata.normalize("NFKC", ch)
    if plain != ch and plain.strip() and have.issuperset(plain):
        return plain
    return ""


def _label(ch: str) -> str:
    """What a reader is told is missing: "Korean text", "emoji" or "symbol"."""
    name = unicodedata.name(ch, "")
    category = unicodedata.category(ch)
    # A danda with no letters before it is named for Devanagari, whose block it is in.
    if (category[0] in "LMN" or ch in SHARED) and name:
        word = name.split()[0]
        return f"{_SCRIPT_NAMES.get(word, word.title())} text"
    if ord(ch) >= 0x1F000 or "\u2600" <= ch <= "\u27bf":
        return "emoji"
    return "symbol" if name else "character"


@functools.cache
def _isolated_forms() -> dict[str, str]:
    from arabic_reshaper.letters import ISOLATED, LETTERS_ARABIC

    return {form: forms[ISOLATED] for forms in LETTERS_ARABIC.values() for form in forms[1:]
            if form and forms[ISOLATED]}


@functools.cache
def _reshaper():
    """An Arabic reshaper that makes only the ligatures the Arabic font has glyphs for."""
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES
    from arabic_reshaper.reshaper_config import default_config

    from wtfc.export import fonts as f

    have = f.arabic_chars() | f.fonts().fallback_chars
    # The library's own choice of ligatures (lam-alef, Allah), where the font has the glyphs.
    # Its default also drops the vowel marks, which could not be placed (see ``_invisible``).
    config: dict[str, bool] = {"delete_harakat": True, "support_ligatures": True}
    for name, (_, forms) in LIGATURES:
        config[name] = (bool(default_config.get(name))
                        and all(ord(form) in have for form in forms if form))
    return ArabicReshaper(configuration=config)


# --- Visual order -------------------------------------------------------------------------


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left letter (else no reordering is needed)."""
    return not text.isascii() and bool(_RTL.search(text))


def visual(line: str, rtl: bool) -> str:
    """One line, as drawn from left to right (mirrored brackets included). A line with no
    right-to-left letter needs reordering only inside a right-to-left paragraph, where its
    closing marks ('package)”') belong at its left, as on the paragraph's other lines. A
    line with a person's words marked as one piece (``isolates``) is drawn without the marks."""
    if isolates.has_marks(line):
        plain, found = isolates.spans_of(line)
        return "".join(ch for _, ch in isolates.ordered(plain, found, rtl, visual_order))
    if not has_rtl(line) and not (rtl and any(not ch.isalpha() and ch != " " for ch in line)):
        return line  # letters and spaces only: one left-to-right run, as stored
    return "".join(ch for _, ch in visual_order(line, rtl))


def line_text(text: str) -> str:
    """A string drawn on one line (a footer, a chart label), drawable, still in logical order:
    shorten it, then draw ``visual_line`` of it."""
    return drawable(text).replace("\n", " ")


def visual_line(text: str) -> str:
    """A one-line string in visual order, reading the way it reads (``direction``)."""
    return visual(text, reads_rtl(text)) if has_rtl(text) else text


def visual_order(line: str, rtl: bool) -> list[tuple[int, str]]:
    """Each character of ``line`` as (its index in ``line``, the character to draw), from left
    to right. ``rtl`` is the paragraph's direction, so every line of it agrees.

    The levels come from python-bidi's reference implementation of the algorithm
    (``bidi.algorithm``); it is used step by step because its one-call form returns only the
    reordered string, and the report's paragraphs need to know which styled piece each
    character came from.
    """
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(line, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    _pair_brackets(storage["chars"], "R" if rtl else "L")
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    return [(char["index"], char["ch"]) for char in storage["chars"]]


_OPENING = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›", "⁅": "⁆", "〈": "〉"}


def _pair_brackets(chars: list[dict], embedding: str) -> None:
    """Rule N0 of the bidirectional algorithm, which python-bidi's reference module predates:
    a pair of brackets takes the direction of what it holds (the paragraph's, when that is in
    it; else the other one when the text before it runs that way too), so "(carer)" inside an
    Urdu sentence stays "(carer)", not "carer)" with its brackets scattered."""
    def strong(kind: str) -> str | None:
        return "R" if kind in ("R", "AL", "EN", "AN") else "L" if kind == "L" else None

    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(chars):
        if char["type"] != "ON":
            continue
        if char["ch"] in _OPENING:
            stack.append((_OPENING[char["ch"]], i))
        else:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char["ch"]:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    for start, end in sorted(pairs):
        inside = {strong(c["type"]) for c in chars[start + 1:end]} - {None}
        if not inside:
            continue
        if embedding in inside:
            direction = embedding
        else:  # only the other direction inside: it wins if the text before runs that way too
            before = next((d for c in reversed(chars[:start])
                           if (d := strong(c["type"])) is not None), embedding)
            direction = before if before in inside else embedding
        chars[start]["type"] = chars[end]["type"] = direction


def runs(pieces: list[str], rtl: bool,
         apart: list[tuple[int, bool] | None] | None = None) -> Iterator[tuple[int, str]]:
    """A line made of pieces (each drawn in its own style) in visual order, as (the piece's
    index, text) runs from left to right. ``apart``: for each piece, the isolate it is in
    (its number, and whether it reads right to left: ``isolates``), or None."""
    owner: list[int] = []
    isolate: list[int] = []
    ways: dict[int, bool] = {}
    for number, piece in enumerate(pieces):
        owner += [number] * len(piece)
        one = apart[number] if apart else None
        isolate += [one[0] if one else 0] * len(piece)
        if one:
            ways[one[0]] = one[1]
    joined = "".join(pieces)
    found = isolates.spans(isolate, lambda start, _: ways[isolate[start]]) if ways else []
    current, text = -1, list[str]()
    for index, ch in isolates.ordered(joined, found, rtl, visual_order):
        if owner[index] != current and text:
            yield current, "".join(text)
            text = []
        current = owner[index]
        text.append(ch)
    if text:
        yield current, "".join(text)
