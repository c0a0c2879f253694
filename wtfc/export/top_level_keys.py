"""Which of some keys a JSON object file holds at its top level, read a piece at a time.

An export asked to replace a JSON file wtfc did not write must tell whether it is a workshop
(``workshop_at_out``). Loading it to know read and parsed a file of up to 200 MB whole: 4.6 s
and 950 MB for 150 MB of numbers, with the window frozen after its Save dialog. This reads a
quarter of a megabyte at a time and keeps only where it is: how deep, and the start of a string
a piece ends inside while it could be a key asked about. A piece all nested (most of a big
file) is passed over whole, by what is outside its strings; the top level is read one thing at
a time. It stops as soon as it knows. UTF-8 is read as its bytes (a quote, a backslash or a
bracket is never part of another character); Notepad's "Unicode" is made UTF-8 first.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable
from typing import BinaryIO

CHUNK = 256 * 1024
# At the top level: a whole string, a bracket or punctuation, or a bare value (a number, true)
_TOP = re.compile(rb'\s*(?:("[^"\\]*(?:\\.[^"\\]*)*")|([{}\[\],:])|([^"{}\[\],:\s]+))',
                  re.DOTALL)
# Nested, one by one: a run of anything but brackets, whole strings among it; it stops at a
# bracket, or at a string the piece ends inside
_NESTED = re.compile(rb'[^"{}\[\]]*(?:"[^"\\]*(?:\\.[^"\\]*)*"[^"{}\[\]]*)*', re.DOTALL)
# Nested, a piece at a time: all but its brackets taken out (from outside its strings), then
# pairs of those, as many times over as they nest (a piece nested deeper goes one by one)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"{}[]")
_PAIRS_NESTED = 32
_KEY_AT_MOST = 64  # a string longer than this is no key asked about: not kept
# What stands for an escape, and for a string too long to keep as it goes on: a NUL is never in
# a JSON string as it is, so such a string is no key asked about.
_NUL = b"\0"


def holds(file: BinaryIO, utf16: bool, enough: Callable[[set[str]], bool],
          wanted: Iterable[str]) -> bool:
    """Whether ``enough`` of the ``wanted`` keys are at the top level of the JSON object read
    from ``file`` (from its start; ``utf16``: with a UTF-16 byte-order mark). A file cut short
    holds the keys read before its end; one not JSON past some point holds those before it."""
    decoder = codecs.getincrementaldecoder("utf-16")("replace") if utf16 else None
    scan = _Scan(set(wanted))
    first = True
    while piece := file.read(CHUNK):
        if decoder is not None:
            piece = decoder.decode(piece).encode("utf-8")
        elif first:
            piece = piece.removeprefix(codecs.BOM_UTF8)
        first = False
        if scan.feed(piece) or enough(scan.found):
            break
    return enough(scan.found)


def mentions(file: BinaryIO, utf16: bool, word: str) -> bool:
    """Whether ``word`` is anywhere in ``file``, as its bytes (quickly: no JSON read)."""
    # a UTF-16 file's bytes may be either way round: both are looked for
    needles = [word.encode(e) for e in (("utf-16-le", "utf-16-be") if utf16 else ("utf-8",))]
    tail = b""
    while piece := file.read(CHUNK):
        seen = tail + piece
        if any(needle in seen for needle in needles):
            return True
        tail = seen[-2 * len(needles[0]):]
    return False


class _Scan:
    """Where the reading is, from one piece to the next."""

    def __init__(self, wanted: set[str]) -> None:
        self.wanted, self.found = wanted, set[str]()
        self.depth = 0
        self.key_next = False  # at the top level, the next string is a key
        self.carry = b""  # the start of a string the last piece ended inside

    def feed(self, text: bytes) -> bool:
        """Read ``text`` on from the last piece: True when the reading is over (the top
        object closed, or what follows is no JSON)."""
        text, self.carry = self.carry + text, b""
        if self.depth >= 2 and self._passed_over(text):
            return False
        at = 0
        while at < len(text):
            if self.depth >= 2:
                at = _NESTED.match(text, at).end()  # type: ignore[union-attr]  # may be b""
                if at == len(text):
                    return False
                if text[at:at + 1] == b'"':  # a string the piece ends inside
                    self.carry = _unfinished(text[at:])
                    return False
                self.depth += 1 if text[at:at + 1] in b"{[" else -1
                at += 1
                continue
            found = _TOP.match(text, at)
            if found is None:  # a string the piece ends inside (or only spaces): read on
                self.carry = _unfinished(text[at:].lstrip())
                return False
            at = found.end()
            if self._token(found):
                return True
        return False

    def _passed_over(self, text: bytes) -> bool:
        """Pass over ``text`` whole when it is all nested: True, with the depth it ends at;
        False when it reaches the top level, or is nested too deep to tell quickly, to be read
        one by one (150 MB of records: 4 s that way, 1.5 s so)."""
        # outside a string there is no backslash in JSON: every escape is in one, and with
        # them gone every quote opens or closes a string
        parts = text.replace(b"\\\\", _NUL).replace(b'\\"', _NUL).split(b'"')
        brackets = b"".join(parts[0::2]).translate(None, _NOT_BRACKETS)  # outside the strings
        for _ in range(_PAIRS_NESTED):
            fewer = brackets.replace(b"{}", b"").replace(b"[]", b"")
            if fewer == brackets:
                break
            brackets = fewer
        opening = brackets.lstrip(b"}]")
        closed = len(brackets) - len(opening)
        if closed >= self.depth - 1 or opening.strip(b"{["):  # the top level, or pairs left
            return False
        self.depth += len(opening) - closed
        # an odd number of quotes: the piece ends inside a string
        self.carry = b"" if len(parts) % 2 else _unfinished(b'"' + parts[-1])
        return True

    def _token(self, found: re.Match[bytes]) -> bool:
        """Take one thing at the top level (or the opening brace); True: the reading is over."""
        string, mark = found.group(1), found.group(2)
        if self.depth == 0:
            if mark != b"{":
                return True
            self.depth, self.key_next = 1, True
        elif string is not None:
            if self.key_next and len(string) <= _KEY_AT_MOST + 2:
                try:
                    key = json.loads(string)  # its escapes read
                except ValueError:  # a stand-in (``_NUL``), or no JSON
                    key = None
                if key in self.wanted:
                    self.found.add(key)
            self.key_next = False
        elif mark == b":":
            self.key_next = False
        elif mark == b",":
            self.key_next = True
        elif mark in (b"{", b"["):
            self.depth = 2
        elif mark in (b"}", b"]"):
            return True  # the top object closed, or no JSON
        return False


def _unfinished(start: bytes) -> bytes:
    """What to carry of a string the piece ends inside, from its quote: itself when short,
    else a stand-in that matches no key, with a last backslash that escapes what follows."""
    if len(start) <= 2 * _KEY_AT_MOST:
        return start
    backslashes = len(start) - len(start.rstrip(b"\\"))
    return b'"' + _NUL + (b"\\" if backslashes % 2 else b"")
