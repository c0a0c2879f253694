"""Invisible control characters (Escape, NUL, bell…) taken out of a workshop file as it opens.

wtfc never writes them (Import strips them from a spreadsheet's cells), so only a hand edit or
another program puts them in a ``.wtfc``. Left in, they showed as boxes on the projector's
welcome and the wall, and ``wtfc check`` sent them to the terminal, where ESC[2J cleared it.
Tab and newline stay, as typed in a card; a Windows line end (CR LF) becomes a newline, and so
does any other line break (Word's Shift+Enter pastes as U+000B): deleted, the words either side
ran together ("listened tonot talked over"). In a one-line field (a title, a person's or a
card's tags, a theme's name) any line break is a space; in an id or a person code it is taken
out. U+2028 and U+2029, which wtfc writes unescaped, count as found here as well (``storage``).
Loaded only for a file that holds one: ``storage`` looks for them in its bytes first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from wtfc.model.counting import count_phrase

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LINE_ENDS = re.compile(r"\r\n?")
# the line breaks other than CR and LF (those str.splitlines reads as one): one character for
# one, so a personal detail's place in the words stays right
_BREAKS = str.maketrans(dict.fromkeys("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"))

# what only points at a part (ids, a card's person code, ``*_id(s)``): cleaned alike wherever
# it stands, so "P01\a" on a card still finds the person "P01" (left as it was, the file was
# refused naming a "P01" that looked listed), but never where two ids would become one ("c1"
# and "c1\a"), which refused the whole file. A dict's keys are left as they are.
_POINTERS = frozenset({"id", "person", "former_codes"})
# tab and newline too. A pattern, compiled (by re, kept in its cache) where a file is first
# cleaned or a code typed: a class reaching past U+00FF is slow to compile (~4 M instructions
# with _UNPRINTABLE), and start-up (the demo, any clean file) uses neither
_IN_POINTERS = r"[\x00-\x1f\x7f\x85\u2028\u2029]"
# the line and paragraph separators (and NEL) among them, which wtfc itself writes as they are:
# a code holding only these had them pasted in wtfc (from Word or a web page), not put in by
# hand as Escape, NUL or an escaped line break are, and the notice says so
_SEPARATORS = re.compile("[\x85\u2028\u2029]")
# the words a part cannot be without: emptied, the whole file was refused
_REQUIRED = {"cards": "text", "teams": "name"}
BLANK = "(blank)"
# typed in one-line boxes and printed on one line: the edit commands and opening flatten them
ONE_LINE_DETAILS = ("title", "venue", "facilitator")
ONE_LINE_ACTION = ("owner", "what", "first_step", "how_we_know", "resources")
ONE_LINE_PERSON = ("age_band", "service_type", "locality")  # a person's tags (People…)
ONE_LINE_THEME = ("name",)  # typed on one line (``rename_theme``), a heading on the projector
# each of a card's tags, shown on one line on the wall and in exports; Import tidies them as it
# tidies a person's (a pasted U+2028 kept sent every opening down the careful path, as a newline)
ONE_LINE_CARD_LISTS = ("tags",)
# each part of the file that holds a list, named as the note names it: (one, many)
_PARTS = {"cards": ("card", "cards"), "themes": ("theme", "themes"),
          "people": ("person", "people"), "actions": ("action", "actions"),
          "causes": ("cause", "causes"), "success": ("success statement", "success statements"),
          "teams": ("team", "teams")}


def without_controls(raw: dict[str, Any]) -> str:
    """Take the control characters out of every text in ``raw`` (a workshop file's JSON, in
    place; ids and references alike, see ``_pointer_cleaner``). The note that says so, for the
    opening notice and ``wtfc check``; "" when there were none. A card's words (a team's
    name) of nothing else, or of only a line break, read "(blank)"."""
    taken = 0
    places: list[str] = []
    blanked: list[str] = []
    breaks: list[int] = []  # separators taken out of codes, as counted in ``taken``
    pointer = _pointer_cleaner(raw, breaks)
    one_line_fields(raw)  # quietly: a line break as a space says nothing worth a notice
    for key, value in raw.items():
        if isinstance(value, list) and key in _PARTS:
            changed = 0
            field = _REQUIRED.get(key, "")
            for number, item in enumerate(value):
                before = item.get(field) if isinstance(item, dict) else None
                value[number], count = _cleaned(item, pointer)
                taken, changed = taken + count, changed + bool(count)
                # a card of only control characters, or of only a line break (an invisible
                # blank card, said nowhere), reads "(blank)"
                if isinstance(before, str) and before.strip(" ") and isinstance(
                        item, dict) and not str(item.get(field, "")).strip():
                    item[field] = BLANK
                    changed += not count
                    blanked.append(f"{_PARTS[key][0]} {number + 1}")
            if changed:
                places.append(count_phrase(changed, *_PARTS[key]))
        else:
            raw[key], count = _cleaned(value, pointer)
            if count:
                taken += count
                places.append("the title" if key == "title" else "the workshop's details")
    if not taken and not blanked:
        return ""
    one = len(blanked) == 1
    emptied = (f"{_joined(blanked)[:1].upper()}{_joined(blanked)[1:]} held "
               f"{'nothing else' if taken else 'no words'}, so "
               f"{'it reads' if one else 'each reads'} “{BLANK}”: put the words back, or "
               f"delete {'it' if one else 'them'}." if blanked else "")
    if not taken:
        return emptied
    where = " and ".join(dict.fromkeys(places))
    if sum(breaks) == taken:  # only U+2028 and the like, in codes: pasted, not hand-made
        what = f"{count_phrase(taken, 'line break')} (pasted from Word or a web page)"
        shown = "boxes or odd breaks"
    else:
        what = (f"{count_phrase(taken, 'invisible control character')} (such as Escape or "
                "NUL, put in by hand or by another program)")
        shown = "boxes"
    return (f"wtfc took out {what} from {where}: they would show as {shown} on the projector."
            " The file keeps them until it is saved." + (f" {emptied}" if emptied else ""))


def _pointer_cleaner(raw: dict[str, Any], breaks: list[int]
                     ) -> Callable[[str], tuple[str, int]]:
    """How a pointer (an id, or a reference to one) is cleaned, the same wherever it stands:
    an id loses its control characters unless another id of its part would then be the same
    (both stay as they are); a reference that is no id loses them, so it finds its part.
    How many of those taken out were separators (``_SEPARATORS``) is added to ``breaks``."""
    ids: dict[str, dict[str, str]] = {}  # part (its list's key) → id → cleaned
    _gather_ids(raw, ids)
    kept = set()
    for cleaned in ids.values():
        seen: dict[str, str] = {}
        for before, after in cleaned.items():
            if after in seen and seen[after] != before:
                kept |= {before, seen[after]}
            seen.setdefault(after, before)
    known = {before: after for part in ids.values() for before, after in part.items()}

    def clean(text: str) -> tuple[str, int]:
        after = text if text in kept else known.get(text, re.sub(_IN_POINTERS, "", text))
        if after != text:
            breaks.append(len(_SEPARATORS.findall(text)) - len(_SEPARATORS.findall(after)))
        return after, len(text) - len(after)
    return clean


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def with_line_breaks(text: str) -> str:
    """``text`` with each line break other than a newline as a newline: where words are typed
    or pasted, so wtfc never saves what it would take out on opening."""
    return text.translate(_BREAKS)


def as_code(text: str) -> str:
    """A typed or pasted person code (or other pointer) as opening cleans one: its line breaks
    and control characters taken out, not made spaces ("P01" + a pasted U+2028 is "P01")."""
    return re.sub(_IN_POINTERS, "", text).strip()


def one_line_fields(raw: dict[str, Any]) -> None:
    """Flatten the one-line fields of a workshop file's JSON (in place: the details, each
    action's, person's and card's tags and theme's name) as ``on_one_line`` does for typing: a
    file saved before that kept a pasted line break printed "Town Hall / Room 2" and "Facilitated
    by Sam / Jones" split, and an old action's split owner read as a change
    beside "Mark … as done" (the dialog sends every box), so the undo step was "Edit action"."""
    parts: list[tuple[dict[str, Any], tuple[str, ...]]] = [(raw, ONE_LINE_DETAILS)]
    for key, fields in (("actions", ONE_LINE_ACTION), ("people", ONE_LINE_PERSON),
                        ("themes", ONE_LINE_THEME)):
        items = raw.get(key)
        parts += [(item, fields) for item in (items if isinstance(items, list) else [])
                  if isinstance(item, dict)]
    for part, names in parts:
        for name in names:
            if isinstance(part.get(name), str) and _has_line_break(part[name]):
                part[name] = on_one_line(part[name])
    cards = raw.get("cards")
    for card in cards if isinstance(cards, list) else []:
        for name in ONE_LINE_CARD_LISTS:
            values = card.get(name) if isinstance(card, dict) else None
            if isinstance(values, list) and all(isinstance(value, str) for value in values) \
                    and (_has_line_break("".join(values)) or repeats(values)):
                card[name] = _on_one_line_each(values)


def one_line_boxes(workshop: Any) -> None:
    """``one_line_fields`` for a workshop read straight into the model (the fast way a file this
    version wrote opens): a line break kept in a one-line box by an earlier version, and a tag
    repeated on a card (an import before tags were kept once saved "Home care" twice)."""
    for part, names in [(workshop, ONE_LINE_DETAILS)] + [
            (action, ONE_LINE_ACTION) for action in workshop.actions] + [
            (person, ONE_LINE_PERSON) for person in workshop.people] + [
            (theme, ONE_LINE_THEME) for theme in workshop.themes]:
        for name in names:
            value = getattr(part, name)
            if isinstance(value, str) and _has_line_break(value):
                setattr(part, name, on_one_line(value))
    for name in ONE_LINE_CARD_LISTS:  # looked at all at once: ~1 ms for 10,000 cards, not 10
        broken = _has_line_break("".join(map("".join, [getattr(c, name) for c in workshop.cards])))
        for card in workshop.cards:
            values = getattr(card, name)
            if (broken and _has_line_break("".join(values))) or repeats(values):
                setattr(card, name, _on_one_line_each(values))


def repeats(values: list[str]) -> bool:
    """A list holding one value twice (a card's tags, say)."""
    return len(values) > 1 and len(set(values)) < len(values)


def _on_one_line_each(values: list[str]) -> list[str]:
    """A card's tags each on one line, each once (as Import gives them: "Home⏎care" beside
    "Home care" read "Home care, Home care" on Collect); one of nothing but a line break is no
    tag."""
    return list(dict.fromkeys(flat for value in values if (flat := on_one_line(value))))


def _has_line_break(text: str) -> bool:
    """Only a line break makes a one-line box change as it opens (its spaces stay as typed)."""
    return any(mark in text for mark in "\n\r\v\f\x85\u2028\u2029")


def on_one_line(text: str) -> str:
    """``text`` for a one-line box (a title, an action's owner): any line break or run of
    spaces as one space. Kept as a newline, a pasted Word line break showed as a space while
    typed but split "Town Hall / Room 2" on the report and posters."""
    return " ".join(text.split())


def _gather_ids(value: Any, ids: dict[str, dict[str, str]], part: str = "") -> None:
    """Each id in ``value``, by the key of the list that holds its part (a theme's comments
    too), with its text cleaned."""
    if isinstance(value, dict):
        found = value.get("id")
        if part and isinstance(found, str):
            ids.setdefault(part, {})[found] = re.sub(_IN_POINTERS, "", found)
        for key, item in value.items():
            if isinstance(item, list | dict):
                _gather_ids(item, ids, key)
    elif isinstance(value, list):
        for item in value:
            _gather_ids(item, ids, part)


def _cleaned(value: Any, pointer: Callable[[str], tuple[str, int]], *,
             points: bool = False) -> tuple[Any, int]:
    """``value`` without control characters, and how many were taken out (a line break made a
    newline counts as none). ``points``: ``value`` is a pointer, cleaned by ``pointer``."""
    if isinstance(value, str):
        if points:
            return pointer(value)
        text = _LINE_ENDS.sub("\n", value).translate(_BREAKS)
        cleaned, count = _CONTROLS.subn("", text)
        return cleaned, count
    if isinstance(value, list):
        count = 0
        for number, item in enumerate(value):
            value[number], taken = _cleaned(item, pointer, points=points)
            count += taken
        return value, count
    if isinstance(value, dict):
        count = 0
        for key, item in value.items():
            value[key], taken = _cleaned(item, pointer, points=key in _POINTERS
                                         or key.endswith(("_id", "_ids")))
            count += taken
        return value, count
    return value, 0


# control characters for a terminal (tab and newline are kept as they are, for the words),
# and the bidi embeddings and overrides, which turned the rest of a line around (a file
# "Spring[U+202E]gpj.wtfc"); U+2068 … U+2069, which set a name apart (``name_shown``), stay
_UNPRINTABLE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066\u2067]"  # as _IN_POINTERS


def _code(found: re.Match[str]) -> str:
    number = ord(found.group())
    return f"\\x{number:02x}" if number < 0x100 else f"\\u{number:04x}"


def shown_visibly(text: str) -> str:
    """``text`` for a terminal, each control character written as ``\\x1b`` (a bidi control as
    ``\\u202e``): a file's name holding ESC[2J would otherwise clear the screen ``wtfc check``
    prints to."""
    return re.sub(_UNPRINTABLE, _code, text)


# in a name (a file's, a sheet's, a heading's) in wtfc's own words: a line break (or tab) as a
# space, as a heading typed on two lines reads (a sheet "Real⏎Sheet" split the message); other
# controls and the bidi controls as codes, which turned the words after the name around
# ("Notes[U+202E]txt.exe" read "Notesexe.txt' … left out")
_SPACES_IN_NAMES = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]+")
_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ISOLATES = re.compile("[\u2066-\u2069]")
# the bidi controls: a set, not a regex class (~2 M instructions to compile at every start)
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u061c")
_SURROGATES = re.compile("[\ud800-\udfff]")  # a byte of a name the system could not read
_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})


def name_shown(name: str) -> str:
    """A file's, a sheet's or a heading's name as wtfc's own words show it: a line break as a
    space, each other control character or bidi control written as a code
    ("Notes\\u202etxt.exe"), a byte that is not text (a name a USB stick wrote in Latin-1) as
    "\ufffd", and a name with right-to-left letters set apart (``set_apart``), so the words
    after it stay in their order."""
    shown = _SPACES_IN_NAMES.sub(" ", _SURROGATES.sub("\ufffd", name))
    return set_apart(_IN_NAMES.sub(_code, shown))


def set_apart(text: str) -> str:
    """``text`` between U+2068 and U+2069 when it holds right-to-left letters or bidi controls:
    bidi isolated, so nothing in it can reorder the words around it (a Hebrew name before
    "(3 rows)" took the number with it). Isolates of its own are taken out, as one would end
    it early; other text is left as it is."""
    text = _ISOLATES.sub("", text)
    if not _BIDI.isdisjoint(text) \
            or any(unicodedata.bidirectional(c) in _RIGHT_TO_LEFT for c in text):
        return f"\u2068{text}\u2069"
    return text
