"""R1b (review 33): two of ab04c90e's rules for the system's temporary folders no test held.
Put in tests/model/.

1. A TMPDIR/TEMP set to the home folder itself (a locked-down or hand-made profile) must not
   make every workshop in Documents "temporary": each would open with the e-mail-attachment
   notice, never be listed in Open recent, and Save As would leave its folder.
2. The desktop's cache folder (~/.cache, or XDG_CACHE_HOME) is one: Evolution and GNOME's web
   viewers keep an opened attachment there, cleared later."""

from __future__ import annotations

from pathlib import Path

from wtfc.model.temporary_place import ROOTS_ENV, TEMPORARY, in_temporary_folder


def test_a_temporary_folder_set_to_the_home_folder_makes_nothing_temporary(monkeypatch,
                                                                           tmp_path):
    home = Path("/home/r1b-jane")  # outside /tmp: tmp_path is itself in a temporary folder
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv(ROOTS_ENV, raising=False)  # the system's own folders
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(home))
    assert Path.home() == home
    assert in_temporary_folder(home / "Documents" / "spring.wtfc") == ""


def test_the_desktops_cache_folder_is_temporary(monkeypatch, tmp_path):
    cache = Path("/home/r1b-jane/.cache")
    monkeypatch.delenv(ROOTS_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    opened = cache / "evolution" / "mail" / "tmp" / "spring.wtfc"
    assert in_temporary_folder(opened) == TEMPORARY
