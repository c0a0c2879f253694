"""Text from a CSV's bytes as Excel leaves them: UTF-8, and any line that is not UTF-8 read in
the Windows code page (Excel's "CSV (Comma delimited)", or a row pasted in from one: £ ’ “).
Here, not in wtfc.importing, so that ``wtfc suggest`` (clustering, which may not import the
importer) reads a file exactly as Import does and its ids match the cards ('Café-1')."""

from __future__ import annotations


def decode_lines(data: bytes) -> tuple[str, int, int]:
    """(the text, how many lines held UTF-8 beyond ASCII, how many were read as Windows-1252)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        return text, int(not data.isascii()), 0
    decoded = []
    utf8_lines = windows_lines = 0
    for line in data.split(b"\n"):
        try:
            decoded.append(line.decode("utf-8"))
            utf8_lines += not line.isascii()
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; "replace" keeps the rest of the line.
            decoded.append(line.decode("cp1252", errors="replace"))
            windows_lines += 1
    return "\n".join(decoded), utf8_lines, windows_lines
