"""What the import report says of a CSV's text encoding: UTF-8 needs no word, Windows text a
look at its accented letters and £ signs."""

from __future__ import annotations

_CHECK_LETTERS = "check that accented letters and £ signs look right on the cards."


def encoding_lines(encoding: str) -> list[str]:
    """UTF-8 (Excel's "CSV UTF-8") reads every letter as typed: nothing to say. Windows text
    (Excel's plain "CSV") usually does too, but not always, so the facilitator looks."""
    if encoding == "Windows-1252":
        return [f"The file was read as Windows text (Excel's plain CSV): {_CHECK_LETTERS}"]
    if encoding.startswith("mixed"):
        lines = encoding.removeprefix("mixed: UTF-8, with ").removesuffix(" in Windows-1252")
        return [f"The file mixes UTF-8 with Windows text (Excel's plain CSV; {lines}): "
                f"{_CHECK_LETTERS}"]
    return []
