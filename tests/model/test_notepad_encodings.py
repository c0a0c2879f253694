"""A workshop file a text editor saved again in its own encoding: Notepad's "Unicode" (UTF-16
with a byte-order mark) opens as the workshop it is; its "ANSI" is said to be that, with what
to do, never "not a workshop file"."""

from __future__ import annotations

import json

import pytest
from storage_checks import problem
from workshop_builders import sample_workshop

from wtfc.model import storage
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop, save_workshop, workshop_to_bytes
from wtfc.model.workshop import SCHEMA_VERSION, Workshop


def _urdu_workshop() -> Workshop:
    return sample_workshop().model_copy(update={"title": "بہار کی ورکشاپ", "venue": "Café"})


def _as_notepad_saves_it(workshop: Workshop, encoding: str) -> bytes:
    """Pretty-printed with Windows line ends, as Notepad leaves a file it opened and saved."""
    text = json.dumps(json.loads(workshop_to_bytes(workshop)), indent=2, ensure_ascii=False)
    return text.replace("\n", "\r\n").encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])  # utf-16 writes LE with its BOM
def test_a_notepad_unicode_save_opens_as_the_workshop_it_is(tmp_path, encoding):
    data = _as_notepad_saves_it(_urdu_workshop(), encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "spring.wtfc"
    path.write_bytes(data)
    loaded = load_workshop(path)
    assert loaded.workshop == _urdu_workshop()
    assert loaded.read_only_reason == ""
    # the next save writes UTF-8 and keeps Notepad's version, byte for byte, as .bak
    save_workshop(loaded.workshop, path)
    assert path.read_bytes() == workshop_to_bytes(_urdu_workshop())
    assert (tmp_path / "spring.wtfc.bak").read_bytes() == data


def test_a_newer_wtfcs_file_saved_by_notepad_as_unicode_is_still_not_saved_over(tmp_path):
    raw = json.loads(workshop_to_bytes(sample_workshop()))
    raw["schema_version"] = SCHEMA_VERSION + 1
    path = tmp_path / "spring.wtfc"
    path.write_bytes(json.dumps(raw, indent=2).encode("utf-16"))
    assert "made with a newer wtfc" in load_workshop(path).read_only_reason
    with pytest.raises(WorkshopFileError, match="did not save over it"):
        save_workshop(sample_workshop(), path)


CUT_SHORT = ("'spring.wtfc' is cut short: it ends in the middle. It may not have been saved "
             "completely.")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_copy_stopped_at_any_byte_is_cut_short(encoding):
    """A USB stick pulled part-way through copying a Notepad "Unicode" file: half a character
    (an odd byte count, or half of an emoji's pair) is said the same as a cut between
    characters, never "not UTF-8 text" — so the facilitator looks for a copy."""
    spring = _urdu_workshop().model_copy(update={"title": "Spring 🌷"})
    data = _as_notepad_saves_it(spring, encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    emoji = data.index("🌷".encode("utf-16-be" if encoding == "utf-16-be" else "utf-16-le"))
    for end in (len(data) // 2, len(data) // 2 + 1, len(data) - 1, emoji + 1, emoji + 2, emoji + 3):
        assert problem(data[:end]) == CUT_SHORT, end
    assert problem(b"\xff\xfe{\x00}") == CUT_SHORT  # "{" and half of "}"


def test_a_utf16_file_damaged_inside_is_still_not_utf8_text():
    """A lone half of an emoji's pair in the middle is damage, not a cut: nothing is guessed."""
    data = _as_notepad_saves_it(sample_workshop(), "utf-16")
    broken = data.replace('"'.encode("utf-16-le"), b"\x00\xd8", 1)
    assert "it is not UTF-8 text" in problem(broken)


def test_a_notepad_ansi_save_says_so_and_what_to_do():
    """Notepad's "ANSI" (Windows-1252) has already turned the Urdu into '?': the file is not
    opened, but it is called what it is, with the way back."""
    data = _as_notepad_saves_it(_urdu_workshop(), "utf-8").decode().encode("cp1252", "replace")
    message = problem(data)
    assert message.startswith("'spring.wtfc' was saved in another encoding by a text editor "
                              "(Notepad's \"ANSI\", say), not as the UTF-8 text wtfc reads")
    assert "not a workshop file" not in message
    assert "('spring.wtfc.bak')" in message
    assert "choose File → Save As, set Encoding to UTF-8" in message


def test_binary_that_is_not_utf8_is_still_not_a_workshop():
    assert "is not a workshop file (it is not UTF-8 text)" in problem(bytes(range(256)) * 4)


def test_what_this_version_writes_saved_again_as_utf16_opens_whole():
    data = workshop_to_bytes(sample_workshop()).decode().encode("utf-16")
    assert storage.workshop_from_bytes(data).workshop == sample_workshop()
