"""Web (HTML) and Word (RTF) formatting that care systems export inside a cell, taken off.

A rich-text field of a care system (Mosaic, LAS…) exports as "Rang 07700&nbsp;900123",
"<p>To get out</p>" or "{\\rtf1… Nobody rings back\\par }": on a card that is rubbish on the
wall, and "&nbsp;" between a phone number's digits hides it from the guard. Only real markup is
taken off: an entity ends in ";" and is one HTML knows, a tag is an HTML tag by name, RTF starts
"{\\rtf". So "I <3 my cat", "5 < 6", "Fish & chips" and "AT&T;" stay as typed.
"""

from __future__ import annotations

import html
import re

# An entity as HTML writes it, ";" and all ("&nbsp;", "&#39;", "&#x27;"); html.unescape alone
# would also read "&copy" in "&copy2" or "&para" with no ";", which people type.
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")

# The tags rich-text editors and Word's HTML write; anything else in <…> is someone's words.
_TAG_NAMES = (
    "a|abbr|b|big|blockquote|body|br|caption|center|cite|code|col|colgroup|dd|del|div|dl|dt|em|"
    "font|h[1-6]|head|hr|html|i|img|ins|kbd|label|li|mark|meta|ol|p|pre|q|s|samp|section|small|"
    "span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|title|tr|tt|u|ul|wbr"
)
# A tag by name (Word's "<o:p>" too), with any attributes; a comment (Word's "<!--[if …]>")
_TAG = re.compile(rf"<(/?)(?:[a-z]\w*:\w+|(?:{_TAG_NAMES}))(?=[\s/>])[^<>]*>|<!--.*?-->",
                  re.IGNORECASE | re.DOTALL)
# Tags that end a line of the text as it was shown; the others only change its look
_BREAKS = re.compile(r"<(?:br|hr)\b[^<>]*>|</(?:p|div|li|tr|h[1-6]|blockquote|pre|table)\s*>",
                     re.IGNORECASE)
# A style or script block: its words are never the person's
_BLOCKS = re.compile(r"<(style|script)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)

# Spaces HTML writes as entities and no one reads as more than a space
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u00ad": None})

# RTF: a control word (\par, \fs20, \u8217?), a hex byte (\'92), or a control symbol (\~, \{)
_RTF_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|\r?\n",
                        re.DOTALL)
_RTF_BREAKS = {"par", "line", "row", "sect", "page"}
# Groups whose words are the document's set-up, not its text
_RTF_SKIPPED = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer",
                "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl"}


def may_hold_markup(text: str) -> bool:
    """Whether ``text`` has a character markup starts with: most cells have none."""
    # (every text cell of a 100,000-row sheet is asked on each correction of the mapping)
    return "&" in text or "<" in text or "{\\rtf" in text


def without_markup(text: str) -> str:
    """``text`` with any HTML tags, entities or RTF wrapper taken off, line ends kept where the
    markup ended a line ("<br>", "</p>", "\\par"); ``text`` itself when it holds none."""
    if not may_hold_markup(text):
        return text
    cleaned = _rtf_text(text) if text.lstrip().startswith("{\\rtf") else text
    if "<" in cleaned:
        cleaned = _without_tags(cleaned)
    if "&" in cleaned:
        cleaned = _decoded(_decoded(cleaned))  # twice: "&amp;nbsp;" is an export's "&nbsp;"
        if "<" in cleaned and "&lt;" in text:  # HTML escaped as a whole: "&lt;p&gt;…"
            cleaned = _without_tags(cleaned)
    return text if cleaned == text else cleaned.translate(_SPACES)


def _without_tags(text: str) -> str:
    text = _BLOCKS.sub("", text)
    text = _BREAKS.sub("\n", text)
    return _TAG.sub("", text)


def _decoded(text: str) -> str:
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


def _rtf_text(text: str) -> str:
    """The words of an RTF cell ("{\\rtf1\\ansi {\\fonttbl…} Nobody rings back\\par }")."""
    out: list[str] = []
    depth = 0
    skip_from: int | None = None  # the depth of a set-up group being passed over
    skip_chars = 0  # the "?" after \u8217 stands in for readers without Unicode
    pos = 0
    for match in _RTF_TOKEN.finditer(text):
        plain = text[pos:match.start()]
        pos = match.end()
        if skip_from is None and plain:
            if skip_chars:
                plain, skip_chars = plain[skip_chars:], max(0, skip_chars - len(plain))
            out.append(plain)
        word, number, hex_byte, symbol, brace = match.groups()
        if brace == "{":
            depth += 1
        elif brace == "}":
            depth -= 1
            if skip_from is not None and depth < skip_from:
                skip_from = None
        elif skip_from is not None or match.group() in ("\n", "\r\n"):
            continue
        elif word:
            skip_chars = 0
            if word in _RTF_SKIPPED:
                skip_from = depth
            elif word in _RTF_BREAKS:
                out.append("\n")
            elif word == "tab":
                out.append(" ")
            elif word == "u" and number:
                out.append(chr(int(number) % 65536))
                skip_chars = 1
        elif hex_byte and skip_chars:  # \u8217\'92: the byte stands in for the letter
            skip_chars -= 1
        elif hex_byte:
            out.append(bytes([int(hex_byte, 16)]).decode("cp1252", errors="replace"))
        elif symbol == "*":  # "{\*\generator …}": a group to pass over
            skip_from = depth
        elif symbol in "{}\\":
            out.append(symbol)
        elif symbol == "~":
            out.append(" ")
        elif symbol == "_":
            out.append("-")
    if skip_from is None:
        out.append(text[pos:])
    return "".join(out).strip()
