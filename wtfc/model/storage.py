"""Reading and writing ``.wtfc`` files: UTF-8 JSON of a ``Workshop``.

Saving is atomic (a temporary file in the same folder, fsync, ``os.replace``) and keeps the
previous file as ``NAME.wtfc.bak``. Loading validates everything and raises ``WorkshopFileError``
with a plain-English message for any problem; it never writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from wtfc.model.errors import WorkshopFileError
from wtfc.model.migrations import migrate
from wtfc.model.workshop import SCHEMA_VERSION, Workshop

MAX_FILE_BYTES = 200 * 1024 * 1024  # a 200,000-card workshop is about 80 MB
SUFFIX = ".wtfc"

_PART_NAMES = {"people": "Person", "cards": "Card", "themes": "Theme", "causes": "Cause",
               "success": "Success statement", "actions": "Action"}


@dataclass
class LoadedWorkshop:
    """A workshop read from disk; ``read_only_reason`` is set when it must not be saved over."""

    workshop: Workshop
    read_only_reason: str = ""


def workshop_to_bytes(workshop: Workshop) -> bytes:
    return workshop.model_dump_json(indent=1).encode("utf-8")


def save_workshop(workshop: Workshop, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write atomically; the previous file becomes ``NAME.wtfc.bak``.

    Raises ``WorkshopFileError`` (plain English) if it cannot; the old file is then untouched.
    """
    write_atomically(workshop_to_bytes(workshop), Path(path), backup=backup)


def write_atomically(data: bytes, path: Path, *, backup: bool = True) -> None:
    folder = path.parent
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as tmp:
            if hasattr(os, "fchmod"):  # not on Windows, where mkstemp's mode is no problem
                os.fchmod(fd, _file_mode(path))
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if backup and path.exists():
            bak = path.with_name(path.name + ".bak")
            with contextlib.suppress(OSError):  # a missing backup must not stop the save
                bak.unlink(missing_ok=True)
                try:
                    os.link(path, bak)
                except OSError:  # no hard links here (FAT USB sticks, network drives): copy
                    shutil.copy2(path, bak)
        os.replace(tmp_name, path)
        tmp_name = ""
        _fsync_folder(folder)
    except OSError as exc:
        raise WorkshopFileError(_plain_os_error(exc, path, writing=True)) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _file_mode(path: Path) -> int:
    """Keep the saved file's permissions (mkstemp would make it private to its owner)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def load_workshop(path: str | os.PathLike[str]) -> LoadedWorkshop:
    """Read and validate a workshop file. Raises ``WorkshopFileError``; never writes."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WorkshopFileError(
                f"'{path.name}' is {size / 1e6:,.0f} MB, too big to be a workshop file "
                f"(the limit is {MAX_FILE_BYTES // 1_000_000} MB).")
        data = path.read_bytes()
    except WorkshopFileError:
        raise
    except OSError as exc:
        raise WorkshopFileError(_plain_os_error(exc, path, writing=False)) from exc
    return workshop_from_bytes(data, name=path.name)


def workshop_from_bytes(data: bytes, *, name: str = "The file") -> LoadedWorkshop:
    if len(data) > MAX_FILE_BYTES:
        raise WorkshopFileError(f"'{name}' is too big to be a workshop file.")
    if not data.strip():
        raise WorkshopFileError(f"'{name}' is empty.")
    def cut_short(where: str) -> str:
        return (f"'{name}' is cut short: it ends in the middle ({where}). It may not have been "
                f"saved completely.")

    try:
        raw = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # cut inside a character
            raise WorkshopFileError(cut_short("its last character")) from exc
        raise WorkshopFileError(f"'{name}' is not a workshop file (it is not UTF-8 text).") from exc
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise WorkshopFileError(
            cut_short(where) if _ends_early(exc) else
            f"'{name}' is not a workshop file, or it is damaged (unreadable at {where})."
        ) from exc
    except ValueError as exc:  # a number with thousands of digits (int_max_str_digits)
        raise WorkshopFileError(f"'{name}' is not a workshop file, or it is damaged (it holds "
                                f"a number too long to read).") from exc
    except RecursionError as exc:
        raise WorkshopFileError(f"'{name}' is nested too deeply to be a workshop file.") from exc
    if not isinstance(raw, dict) or "schema_version" not in raw:
        raise WorkshopFileError(f"'{name}' is not a workshop file (no workshop in it).")
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WorkshopFileError(f"'{name}' has an unknown format version ({version!r}).")
    reason = ""
    if version > SCHEMA_VERSION:
        reason = (f"'{name}' was saved by a newer version of wtfc (format {version}; this one "
                  f"reads format {SCHEMA_VERSION}). It is open read-only: parts this version "
                  f"does not know are not shown. Use Save As to keep a copy in this version.")
        raw = _drop_unknown(raw, Workshop)
        raw["schema_version"] = SCHEMA_VERSION
    else:
        raw = migrate(raw)
    try:
        workshop = Workshop.model_validate(raw)
    except ValidationError as exc:
        raise WorkshopFileError(f"'{name}' has a problem: {describe_validation_error(exc, raw)}") \
            from exc
    except RecursionError as exc:
        raise WorkshopFileError(f"'{name}' is nested too deeply to be a workshop file.") from exc
    return LoadedWorkshop(workshop, reason)


def _ends_early(exc: json.JSONDecodeError) -> bool:
    """True when the JSON stops part-way (a save cut short) rather than going wrong."""
    rest = exc.doc[exc.pos:].strip()
    return (exc.msg.startswith(("Unterminated string", "Invalid \\uXXXX escape"))
            or any(word.startswith(rest) for word in ("true", "false", "null"))
            or (len(rest) < 30 and rest.strip("-+.eE0123456789") == ""))


def describe_validation_error(exc: ValidationError, raw: Any) -> str:
    """The first problem pydantic found, said in plain English with where it is."""
    err = exc.errors(include_url=False)[0]
    loc = list(err["loc"])
    msg = err["msg"]
    if err["type"] == "value_error":  # our own reference checks are plain English already
        return msg.removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":  # name the part that has (or lacks) the field, once
        return f"{_describe_location(loc[:-1], raw)} has a field this version does not know " \
               f"('{loc[-1]}')."
    if err["type"] == "missing":
        return f"{_describe_location(loc[:-1], raw)} is missing its '{loc[-1]}'."
    return f"{_describe_location(loc, raw)}: {msg[0].lower() + msg[1:]}."


def _describe_location(loc: list[Any], raw: Any) -> str:
    if not loc:
        return "The workshop"
    if len(loc) >= 2 and loc[0] in _PART_NAMES and isinstance(loc[1], int):
        what = f"{_PART_NAMES[loc[0]]} {loc[1] + 1}"
        try:
            part = raw[loc[0]][loc[1]]
            label = part.get("name") or part.get("text") or part.get("what") or part.get("id")
            if isinstance(label, str) and label:
                what += f" ('{label[:40]}')"
        except (KeyError, IndexError, TypeError, AttributeError):
            pass
        rest = [str(x) for x in loc[2:]]
        return what + (f", field '{'.'.join(rest)}'" if rest else "")
    return "The workshop's '" + ".".join(str(x) for x in loc) + "'"


def _drop_unknown(data: Any, model: type[BaseModel]) -> Any:
    """Keep only the fields this version knows (for reading a newer file read-only)."""
    if not isinstance(data, dict):
        return data
    out = {}
    for key, value in data.items():
        field = model.model_fields.get(key)
        if field is None:
            continue
        sub = _model_in(field.annotation)
        if sub is not None and isinstance(value, list):
            value = [_drop_unknown(v, sub) for v in value]
        elif sub is not None:
            value = _drop_unknown(value, sub)
        out[key] = value
    return out


def _model_in(annotation: Any) -> type[BaseModel] | None:
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _plain_os_error(exc: OSError, path: Path, *, writing: bool) -> str:
    import errno

    code = exc.errno
    if isinstance(exc, FileNotFoundError):
        return (f"The folder for '{path.name}' does not exist." if writing
                else f"'{path}' does not exist (it may have been moved or renamed).")
    if isinstance(exc, IsADirectoryError):
        return f"'{path}' is a folder, not a workshop file."
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"wtfc may not write to '{path.parent}' (the folder is read-only or locked by "
                f"another program). Your workshop is safe in wtfc: use Save As to save it "
                f"somewhere else." if writing else f"wtfc may not read '{path}'.")
    if code == errno.ENOSPC:
        return (f"The disk is full, so '{path.name}' could not be saved. The previous copy is "
                f"untouched and your workshop is safe in wtfc: free some space or use Save As "
                f"to save it somewhere else.")
    action = "saved" if writing else "opened"
    return f"'{path.name}' could not be {action}: {exc.strerror or exc}."
