"""A saved workshop told by its first bytes, whatever its file is called (a copy saved as
.csv or .txt): ``storage`` writes ``schema_version`` first; a text editor may have added a
byte-order mark, or spaces and line breaks (pretty-printed JSON). Apart from ``storage`` so
that the importer and ``wtfc suggest`` can refuse one, rather than list its JSON (card words
and all) as a table's columns, without loading the model's file code."""

from __future__ import annotations

import re

START_BYTES = 200  # read this much: the opening, with room for a pretty-printer's spaces
_START = re.compile(rb'\s*\{\s*"schema_version"\s*:')
_UTF8_BOM = b"\xef\xbb\xbf"


def starts_as_workshop(start: bytes) -> bool:
    """Whether a file whose first bytes are ``start`` is a saved workshop."""
    return _START.match(start.removeprefix(_UTF8_BOM)) is not None
