"""Reading and writing ``.wtfc`` files: UTF-8 JSON of a ``Workshop``.

Saving is ``atomic_save``'s: atomic, keeping the previous file as ``NAME.wtfc.bak`` (and, when
asked, older ones as ``.bak2``, ``.bak3``), never over a file marked read-only. Loading validates
everything and raises ``WorkshopFileError`` with a plain-English message for any problem
(``disk_problems.py`` says what the disk refused); it never writes.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

# here too, where the app has always found them
from wtfc.model.atomic_save import backup_path as backup_path
from wtfc.model.atomic_save import in_read_only_place as in_read_only_place
from wtfc.model.atomic_save import marked_read_only as marked_read_only
from wtfc.model.atomic_save import read_only_said as read_only_said
from wtfc.model.atomic_save import write_atomically as write_atomically
from wtfc.model.disk_problems import SAFE, plain_os_error
from wtfc.model.errors import WorkshopFileError
from wtfc.model.file_problems import describe_validation_error, validation_where
from wtfc.model.json_bounds import too_big_to_read
from wtfc.model.migrations import OLDEST_WRITTEN, format_needed, migrate
from wtfc.model.temporary_files import (  # here too, where the app has always found it
    remove_stale_temporaries as remove_stale_temporaries,
)
from wtfc.model.workshop import SCHEMA_VERSION, Workshop

MAX_FILE_BYTES = 200 * 1024 * 1024  # a 200,000-card workshop is about 80 MB
SUFFIX = ".wtfc"

# what to do when a file will not open and no earlier version of it does (when one does, the
# app offers it instead)
COPY_ADVICE = "If you have a copy — an e-mail attachment, a USB stick — open that."
# an empty file is most often a sync client's placeholder still downloading, not a damaged one
STILL_DOWNLOADING = ("If it is in OneDrive or another synced folder it may still be "
                     "downloading: wait a minute and open it again.")


@dataclass
class LoadedWorkshop:
    """A workshop read from disk; ``read_only_reason`` is set when it must not be saved over."""

    workshop: Workshop
    read_only_reason: str = ""
    newer_version: str = ""  # a newer wtfc's file said without the app's advice: for the CLI
    forgotten: str = ""  # merge memory that no longer held and was dropped (``stale_merges``)
    # the format an earlier wtfc wrote it in, when saving it here writes a newer one (0: it
    # does not: a format 5 file that uses nothing of 6 is saved as 5)
    older_format: int = 0
    not_shown: str = ""  # what of a newer wtfc's file this one left out, for the CLI
    renumbered: str = ""  # priorities the file numbered oddly, numbered 1..n (``priority_numbers``)
    controls: str = ""  # invisible control characters taken out (``control_characters``)
    written_as: int = SCHEMA_VERSION  # the format the file says it is (newer: read-only)


def workshop_to_bytes(workshop: Workshop) -> bytes:
    """The file's bytes, in the oldest format that holds the workshop (``format_needed``)."""
    # Compact JSON: indenting doubles the time to save a 10,000-card workshop.
    data = workshop.model_dump_json().encode("utf-8")
    written = format_needed(workshop)
    if written != SCHEMA_VERSION and data.startswith(_CURRENT_PREFIX):
        data = _PREFIXES[written] + data[len(_CURRENT_PREFIX):]
    return data


def save_workshop(workshop: Workshop, path: str | os.PathLike[str], *, backup: bool = True,
                  versions: int = 1) -> bool:
    """Write atomically; the previous file becomes ``NAME.wtfc.bak``.

    ``versions`` is how many earlier versions to keep (``.bak``, ``.bak2``, …); False when the
    previous file could not be kept (``atomic_save.no_version_kept`` says why). Raises
    ``WorkshopFileError`` (plain English) if it cannot; the old file is then untouched. A file
    a newer wtfc wrote is never saved over: this format would drop what that version added.
    """
    from wtfc.model.newer_format import newer_file_format

    path = Path(path)
    newer = newer_file_format(path)
    if newer:
        name = _shown(path.name)
        kept = ("so wtfc did not save over it: this version would lose what the newer one "
                "wrote. The file is untouched.")
        raise WorkshopFileError(
            f"'{name}' was made with a newer wtfc than this one, {kept}",
            f"{SAFE} use Save As to save it under another name.",
            technical=f"'{name}' was saved by a newer version of wtfc (format {newer}), "
                      f"{kept}")
    return write_atomically(workshop_to_bytes(workshop), path, backup=backup, versions=versions)


def load_workshop(path: str | os.PathLike[str]) -> LoadedWorkshop:
    """Read and validate a workshop file. Raises ``WorkshopFileError``; never writes."""
    path = Path(path)
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode) and not stat.S_ISDIR(found.st_mode):  # a folder is
            # said as one; a pipe waits for ever, /dev/zero "is 0 bytes" and never ends
            raise WorkshopFileError(f"'{_shown(path.name)}' is not a file wtfc can open.",
                                    "Choose the workshop's .wtfc file itself.")
        if found.st_size > MAX_FILE_BYTES:
            raise WorkshopFileError(
                f"'{_shown(path.name)}' is {found.st_size / 1e6:,.0f} MB, too big to be a "
                f"workshop file (the limit is {MAX_FILE_BYTES // 1_000_000} MB).")
        with path.open("rb") as file:  # no further than the limit, whatever the size said
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:  # (the size's WorkshopFileError is no OSError: it goes up as it is)
        raise plain_os_error(exc, path, writing=False) from exc
    return workshop_from_bytes(data, name=path.name)


def workshop_from_bytes(data: bytes, *, name: str = "The file") -> LoadedWorkshop:
    loaded = _read_workshop(data, name)
    ranks = sorted(t.priority.rank or 0 for t in loaded.workshop.themes if t.priority.chosen)
    if ranks != list(range(1, len(ranks) + 1)):  # edited by hand: said, and saved when saved
        from wtfc.model.priority_numbers import number_priorities

        loaded.renumbered = number_priorities(loaded.workshop)
    return loaded


def _shown(name: str) -> str:
    """A file's name as wtfc's words say it (``control_characters.name_shown``, as the title
    shows it): raw, a U+202E in it turned the rest of "Could not open the workshop" around and a
    line break split it. A plain ASCII name is itself (and needs no import)."""
    if name.isascii() and name.isprintable():
        return name
    from wtfc.model.control_characters import name_shown

    return name_shown(name)


def _read_workshop(data: bytes, name: str) -> LoadedWorkshop:
    name = _shown(name)  # every message below names the file
    if len(data) > MAX_FILE_BYTES:
        raise WorkshopFileError(f"'{name}' is too big to be a workshop file.")
    if not data.strip():
        raise WorkshopFileError(f"'{name}' is empty.", STILL_DOWNLOADING)
    data = as_utf8(data)
    # before either reader: memory goes on lists and records, not bytes (20 MB of "[]," took 1 GB)
    if (refused := too_big_to_read(data, name)) is not None:
        raise refused
    written = next((n for n, prefix in _PREFIXES.items() if data.startswith(prefix)), 0)
    if written and not _has_controls(data):
        # What this version writes: pydantic reads the bytes straight into the model, skipping
        # the Python dicts (the main cost of opening a big workshop). Anything odd about the
        # file takes the careful path below, which explains it in plain English. Format 5
        # reads so too: format 6 only added fields whose defaults are what 5 → 6 fills in.
        try:
            workshop = Workshop.model_validate_json(data)
        except (ValidationError, ValueError, RecursionError):
            pass
        else:
            workshop.schema_version = SCHEMA_VERSION  # as in memory, whatever it is saved as
            # a line break in a one-line box, or a tag twice on a card (imported before tags
            # were kept once): both from before, tidied as the careful path tidies them
            if any(mark in data for mark in _LINE_BREAKS) or any(
                    len(tags) > 1 and len(set(tags)) < len(tags)
                    for tags in (card.tags for card in workshop.cards)):
                from wtfc.model.control_characters import one_line_boxes

                one_line_boxes(workshop)
            needed = format_needed(workshop)
            return LoadedWorkshop(workshop, older_format=written if written < needed else 0,
                                  written_as=written)

    def cut_short(where: str) -> WorkshopFileError:  # not .format()ed: a name may hold "{x}"
        app, technical = (f"'{name}' is cut short: it ends in the middle{at}. It may not have "
                          f"been saved completely." for at in ("", f" ({where})"))
        return WorkshopFileError(app, COPY_ADVICE, technical=technical)

    # imported here: a file this version wrote never gets this far (start-up's demo among them)
    from wtfc.model.not_a_workshop import ends_early, in_another_encoding, not_a_workshop
    from wtfc.model.stale_merges import forget_stale_merges

    # a spreadsheet, a PDF…: say so. A name set apart (right-to-left letters: ``_shown``) ends
    # in U+2069, so what its ending says (".csv", a damaged ".xlsx") is read without it too
    other = not_a_workshop(data, name)
    if other is None and name.endswith("\u2069"):
        other = not_a_workshop(data, name[1:-1])
    if other is not None:
        raise other
    try:
        # utf-8-sig: a file opened and saved again in Notepad starts with a byte-order mark
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # cut inside a character
            raise cut_short("its last character") from exc
        if (editor := in_another_encoding(data, name)) is not None:  # Notepad's "ANSI"
            raise editor from exc
        raise WorkshopFileError(f"'{name}' is not a workshop file (it is not UTF-8 text).",
                                COPY_ADVICE) from exc
    except json.JSONDecodeError as exc:
        # the line and column are for whoever mends the file by hand: wtfc check says them
        where = f"line {exc.lineno}, column {exc.colno}"
        if ends_early(exc):
            raise cut_short(where) from exc
        raise WorkshopFileError(
            f"'{name}' is not a wtfc workshop, or it has been damaged.", COPY_ADVICE,
            technical=f"'{name}' is not a workshop file, or it is damaged (unreadable at "
                      f"{where}).") from exc
    except ValueError as exc:  # a number with thousands of digits (int_max_str_digits)
        raise WorkshopFileError(f"'{name}' is not a wtfc workshop, or it has been damaged (it "
                                f"holds a number too long to read).", COPY_ADVICE) from exc
    except RecursionError as exc:
        raise WorkshopFileError(f"'{name}' is nested too deeply to be a workshop file.",
                                COPY_ADVICE) from exc
    if not isinstance(raw, dict) or "schema_version" not in raw:
        raise WorkshopFileError(f"'{name}' is not a workshop file (no workshop in it).",
                                COPY_ADVICE)
    controls = ""
    if _has_controls(data):  # a hand edit's ESC or NUL: boxes on the projector
        from wtfc.model.control_characters import without_controls

        controls = without_controls(raw)
    else:  # a line break in a one-line box (a newline, or U+2028 saved as it is), from before
        from wtfc.model.control_characters import one_line_fields

        one_line_fields(raw)
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WorkshopFileError(f"'{name}' is not a wtfc workshop, or it has been damaged.",
                                COPY_ADVICE, technical=f"'{name}' has an unknown format "
                                                       f"version ({version!r}).")
    newer_version = reason = not_shown = ""
    if version > SCHEMA_VERSION:  # read with what this version knows, said in the note
        from wtfc.model.newer_format import read_newer

        read = read_newer(raw, name=name, version=version)
        raw, newer_version, not_shown, reason = (read.raw, read.newer_version, read.not_shown,
                                                 read.reason)
    else:
        raw = migrate(raw)
    forgotten = forget_stale_merges(raw)  # dropped with a word, rather than refusing the file
    try:
        workshop = Workshop.model_validate(raw)
    except ValidationError as exc:
        # A newer wtfc may allow what this one does not (a longer card, say; a new choice is
        # shown as its nearest): say so, so the facilitator opens it there rather than
        # thinking the file is damaged.
        said = f"'{name}' has a problem: {describe_validation_error(exc, raw)}"
        where = validation_where(exc)  # the file's own names, for whoever mends it by hand
        technical = f"{said} (In the file: {where}.)" if where else said
        if version > SCHEMA_VERSION:
            raise WorkshopFileError(
                f"{said} It was made with a newer wtfc, which may allow it: to open it, update "
                f"wtfc on this computer (or use the computer it was made on).",
                technical=f"{technical} It was saved by a newer version of wtfc (format "
                          f"{version}), which may allow what this version does not: open it "
                          f"with that version.") from exc
        raise WorkshopFileError(said, COPY_ADVICE, technical=technical) from exc
    except RecursionError as exc:
        raise WorkshopFileError(f"'{name}' is nested too deeply to be a workshop file.",
                                COPY_ADVICE) from exc
    older_format = version if version < format_needed(workshop) else 0
    return LoadedWorkshop(workshop, reason, newer_version, forgotten, older_format, not_shown,
                          controls=controls, written_as=version)


_CURRENT_PREFIX = b'{"schema_version":%d,' % SCHEMA_VERSION
# how each format this version writes starts: read the quick way (the oldest, written when it
# holds the workshop, is the most common)
_PREFIXES = {n: b'{"schema_version":%d,' % n for n in range(OLDEST_WRITTEN, SCHEMA_VERSION + 1)}
_LINE_BREAKS = (b"\\n", "\u2028".encode(), "\u2029".encode(), "\x85".encode())  # as saved
# a control character other than tab and newline, or a line break other than a newline, as
# JSON writes it: the careful path takes it out or makes it a newline. A written backslash
# ("\\\\") is matched whole, so "C:\\reviews" is none: it sent every open the slow way (4.5x).
_ESCAPED_CONTROL = re.compile(rb"\\(?:\\|u00[01][0-9a-fA-F]|u007[fF]|u0085|u202[89]|[bfr])")


# U+2028/U+2029 and NEL as wtfc (pydantic) writes them, unescaped: pasted from Word or the web
# into a person's tags or a code, they were opened as they were, boxes on the projector
_RAW_BREAKS = _LINE_BREAKS[1:]


def _has_controls(data: bytes) -> bool:
    return any(mark in data for mark in _RAW_BREAKS) \
        or any(found.group() != b"\\\\" for found in _ESCAPED_CONTROL.finditer(data))


def as_utf8(data: bytes) -> bytes:
    """A file Notepad saved as "Unicode" (UTF-16 with its byte-order mark, which leaves no
    doubt) as the UTF-8 wtfc reads: it opens as the workshop it is, and the next save writes
    UTF-8, keeping Notepad's version as .bak. Anything else is returned as it is."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.end == len(data):  # a copy stopped inside its last character: the JSON
                # reader then says it is cut short, as it does for a cut between characters
                return data[:exc.start].decode("utf-16").encode("utf-8")
    return data  # damaged inside (a lone surrogate) stays "not UTF-8 text"

