"""How the feedback letter joins what it says of an action after its words: each lead-in ("What
has happened so far:", "What people told us at the check:", "We have stopped this:") in bold
at the start of a line of its own, and sentences ended before the next begins.

Joined with a space, a note and what people told us at the check read as one run-on sentence
to an older reader, the second lead-in not bold: "What has happened so far: Pilot agreed What
people told us at the check: Better now" (a note is seldom typed with a full stop). The parts
stay one text, a line each (``on_lines``), so the guard and the plain-words check read them as
before (after the first lead-in), and are drawn a line each, each lead-in bold
(``lead_ins_markup``)."""

from __future__ import annotations

from wtfc.export import fonts as f

ENDS = (".", "!", "?", "…")  # a sentence ended as typed: no full stop added after it


def ended(said: str) -> str:
    """``said`` with a full stop after it where it has no end of its own ("Pilot agreed.")."""
    said = said.rstrip()
    return said if not said or said.endswith(ENDS) else f"{said}."


def sentences(*said: str) -> str:
    """Each of ``said`` that says something, after the one before it ended: "We have stopped
    this: no money. We changed this: …", not "…: no money We changed this: …"."""
    parts = [x.strip() for x in said if x.strip()]
    return " ".join([*map(ended, parts[:-1]), *parts[-1:]])


def on_lines(*said: str) -> str:
    """Each of ``said`` that says something (each begun with its lead-in), a line each; its
    own line ends made spaces, so each line of the text is one lead-in's."""
    return "\n".join(" ".join(x.split()) for x in said if x.strip())


def lead_ins_markup(words: str) -> str:
    """``words`` (lines from ``on_lines``, or one: "Done.") as Paragraph markup: each line's
    lead-in, up to its first ": ", in bold, the words after it as typed, a line each."""
    return "<br/>".join(_lead_in_bold(line) for line in words.split("\n"))


def _lead_in_bold(line: str) -> str:
    lead, _, note = line.partition(": ")
    return f"<b>{f.markup(lead)}{':' if note else ''}</b> {f.markup(note)}".rstrip()
