"""Emoji and other pictures-as-characters in words a reader can follow: "[smiling face]".

People type emoji on cards and actions ("Lovely carer 😊", "👍🏽", "❤️"). The PDF's fonts draw a
few of them as small black-and-white shapes, most not at all, and reportlab writes a character
beyond the first 65,536 into the PDF's copy-and-search map cut to four hex digits, so a drawn 😊
came out of the PDF as "ὠ". So every emoji is printed as its plain Unicode name in brackets,
the same on every export and on every computer, whichever fonts it has: a commissioner reading
the report, an older reader holding the feedback sheet and a screen reader all get the words.

An emoji here is a picture character past U+1F000 (faces, hands, animals, flags), one of the
older symbols phones send as pictures ("✅", "⭐"), or any symbol typed with the emoji selector
(U+FE0F, "❤️"). Another symbol ("❤", "✓", "★", "⚠") is drawn as the symbol where a font has
it, else marked as ``writing.py`` marks writing no font has.
Each is named by the name people use for it (CLDR's, ``emoji_words``) where Unicode's own
says something else ("[check mark button]" for ✅, not "[white heavy check mark]"), else by its
Unicode name. Skin tones and selectors are part of the emoji before them and are not named;
pictures joined into one (by U+200D) are named as the one: "[woman health worker]",
"[rainbow flag]", "[family: man, woman, girl]", and part by part where no name is known.
A run of emoji with nothing between is one bracket ("[thumbs up, red heart]"), a repeat
counted ("[smiling face with smiling eyes ×3]").
"""

from __future__ import annotations

import re
import unicodedata

from wtfc.export import emoji_words as words

EMOJI_SELECTOR = "\ufe0f"
_JOINER = "\u200d"
_SKIN_TONES = ("\U0001f3fb", "\U0001f3ff")
_REGIONAL = ("\U0001f1e6", "\U0001f1ff")  # two of them make a country's flag: 🇬🇧
_TAGS = ("\U000e0020", "\U000e007f")  # spell a region after 🏴: England, Scotland, Wales
_KEYCAP, _KEYCAP_SIGNS = "\u20e3", frozenset("0123456789#*")
_PERSON = re.compile(r"\b(person|people)\b")
# The symbols below U+1F000 that phones send as pictures with no selector (Unicode's
# Emoji_Presentation list): "✅", "⭐", "☕", "⚽"…
_PICTURE_SYMBOLS = (
    "\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f\u2693"
    "\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa"
    "\u26fd\u2705\u270a\u270b\u2728\u274c\u274e\u2753-\u2755\u2757\u2795-\u2797\u27b0"
    "\u27bf\u2b1b\u2b1c\u2b50\u2b55"
)
_PICTURE = re.compile(f"[{_PICTURE_SYMBOLS}\U0001f000-\U0001faff]")
# Quick test: a string with none of these has no emoji (nearly every card).
_MAYBE = re.compile(f"[{_PICTURE_SYMBOLS}\U0001f000-\U0001faff\ufe0f\u20e3]")


def has_emoji(text: str) -> bool:
    return not text.isascii() and bool(_MAYBE.search(text))


def is_picture(ch: str) -> bool:
    """A picture character, named wherever it is (see the module's note)."""
    return bool(_PICTURE.match(ch))


def named(text: str) -> str:
    """``text`` with each run of emoji as its names in brackets."""
    if not has_emoji(text):
        return text
    out: list[str] = []
    run: list[str] = []  # the names of the run being read
    i = 0
    while i < len(text):
        ch = text[i]
        following = text[i + 1] if i + 1 < len(text) else ""
        if _REGIONAL[0] <= ch <= _REGIONAL[1]:
            if _REGIONAL[0] <= following <= _REGIONAL[1]:
                code = _letter(ch) + _letter(following)
                run.append("flag: " + words.COUNTRIES.get(code, code))
                i += 2
                continue
            run.append("letter " + _letter(ch))
        elif ch == "\U0001f3f4" and _TAGS[0] <= following <= _TAGS[1]:
            end = i + 1
            while end < len(text) and _TAGS[0] <= text[end] <= _TAGS[1]:
                end += 1
            region = "".join(chr(ord(t) - 0xE0000) for t in text[i + 1:end]).strip("\x7f")
            run.append("flag: " + words.REGIONS.get(region, region.upper()))
            i = end
            continue
        elif ch in _KEYCAP_SIGNS and (following == _KEYCAP
                                       or text[i + 1:i + 3] == EMOJI_SELECTOR + _KEYCAP):
            run.append("keycap " + ch)  # "1️⃣": the digit, the selector, an enclosing key
            i += 2 if following == _KEYCAP else 3
            continue
        elif is_picture(ch) or (following == EMOJI_SELECTOR and _symbol(ch)):
            parts, i = _joined(text, i)
            if parts:  # a skin tone alone is nobody's picture
                run.append(_name(parts))
            continue
        elif run and (ch in "\u200d\ufe0f" or _SKIN_TONES[0] <= ch <= _SKIN_TONES[1]):
            pass  # part of the emoji before it: a joiner, the selector, a skin tone
        else:
            if run:
                out.append(_bracket(run))
                run = []
            if ch != EMOJI_SELECTOR:
                out.append(ch)
        i += 1
    if run:
        out.append(_bracket(run))
    return "".join(out)


def _joined(text: str, i: int) -> tuple[list[str], int]:
    """The pictures of the emoji that starts at ``i`` (one, or several joined by U+200D), and
    where the text goes on after it, its skin tones and selectors passed over."""
    parts: list[str] = []
    while i < len(text):
        ch = text[i]
        if not _SKIN_TONES[0] <= ch <= _SKIN_TONES[1]:
            parts.append(ch)
        i += 1
        while i < len(text) and (text[i] == EMOJI_SELECTOR
                                 or _SKIN_TONES[0] <= text[i] <= _SKIN_TONES[1]):
            i += 1
        after = text[i + 1] if i + 1 < len(text) else ""
        if not (text[i:i + 1] == _JOINER and after and (is_picture(after) or _symbol(after))):
            return parts, i
        i += 1  # the joiner: the next picture is part of this one
    return parts, i


def _name(parts: list[str]) -> str:
    """One emoji's name: what people call it (``emoji_words``), else its parts' names."""
    key = tuple(parts)
    if len(parts) == 1 or key in words.SEQUENCES:
        return words.SEQUENCES.get(key) or _one(parts[0])
    first, last = parts[0], parts[-1]
    if len(parts) == 2 and first in words.ADULTS and last in words.JOBS:
        job, adult = words.JOBS[last], words.ADULTS[first]
        if job == "bald":
            return f"bald {adult}"
        if adult == "person" and not job.startswith(("with ", "in ", "feeding ")):
            return job  # "health worker"
        return f"{adult} {job}"  # "woman health worker", "person in manual wheelchair"
    if len(parts) == 2 and last in words.GENDER_SIGNS:
        return _gendered(_one(first), last)
    if all(part in words.PEOPLE for part in parts):
        return "family: " + ", ".join(words.PEOPLE[part] for part in parts)
    if (len(parts) in (3, 4) and first in words.PEOPLE and last in words.PEOPLE
            and parts[1] == words.HEART and parts[2:-1] in ([], [words.KISS])):
        kind = "kiss" if len(parts) == 4 else "couple with heart"
        return f"{kind}: {words.PEOPLE[first]}, {words.PEOPLE[last]}"
    return ", ".join(map(_one, parts))


def _gendered(name: str, sign: str) -> str:
    """A person's name with a sign for woman or man: "person running" → "man running", "person:
    beard" → "man: beard", "deaf person" → "deaf man", "police officer" → "woman police
    officer" (CLDR's names, ``emoji_words``)."""
    found = _PERSON.search(name)
    if not found:
        return f"{words.GENDER_SIGNS[sign]} {name}"
    who = words.GENDER_SIGNS if found[0] == "person" else words.GENDER_PLURALS
    return name[:found.start()] + who[sign] + name[found.end():]


def _one(ch: str) -> str:
    return words.NAMES.get(ch) or unicodedata.name(ch, "picture").lower()


def _symbol(ch: str) -> bool:
    """A symbol the emoji selector can make a picture of ("❤", "☀", "✔"), not a digit or "#"
    (the start of a keycap: "1️⃣"), nor a letter-like sign ("©", "™"), drawn as they are."""
    return ch >= "\u2190" and unicodedata.category(ch) in ("So", "Sm")


def _letter(regional: str) -> str:
    return chr(ord(regional) - ord(_REGIONAL[0]) + ord("A"))


# The longest name kept on one line: the theme poster's quote column holds about 28 letters.
_LONGEST_UNBROKEN = 24


def _bracket(names: list[str]) -> str:
    counted: list[str] = []
    for name, count in _counted(names):
        counted.append(name if count == 1 else f"{name} ×{count}")
    # A line breaks only after a name's comma: no-break spaces in a name keep "[thumbs up]"
    # on one line (split, a right-to-left paragraph drew each half's lone bracket mirrored,
    # "thumbs]"). Not the whole bracket: one run wider than its column is cut at any letter
    # ("re / d heart"). A name too long for a narrow column breaks between its words.
    return "[" + ", ".join(map(_unbroken, counted)) + "]"


def _unbroken(name: str) -> str:
    return name.replace(" ", "\xa0") if len(name) <= _LONGEST_UNBROKEN else name


def _counted(names: list[str]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for name in names:
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + 1)
        else:
            out.append((name, 1))
    return out
