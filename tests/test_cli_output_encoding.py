"""The command line's output when it cannot show a letter: a Windows redirect ('> log.txt') is
cp1252, with no Welsh ŷ, Polish Ł or emoji, and some set-ups write ASCII only. check, import and
export did their work and then ended in a traceback and exit code 1, so a script reported a
failure and a person ran it again. Each test runs wtfc as a script does, in its own process,
with the output's encoding set as Windows or a locked-down set-up sets it."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from tests.child_env import child_env
from wtfc.app import main
from wtfc.model.storage import load_workshop, save_workshop


def _shown(text: str, encoding: str) -> str:
    """``text`` as an output in ``encoding`` shows it: 'ŷ' as '\\u0177' where it has none."""
    return text.encode(encoding, "backslashreplace").decode(encoding)


def _wtfc(*argv: str, encoding: str, cwd) -> subprocess.CompletedProcess[str]:
    env = child_env(PYTHONIOENCODING=encoding)  # stdout as a redirect to a file has it
    done = subprocess.run([sys.executable, "-m", "wtfc", *argv], cwd=cwd, env=env,
                          capture_output=True, timeout=120)
    # read back as written: a letter the output could not hold is shown as its code
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode(encoding), done.stderr.decode(encoding))


@pytest.fixture(scope="module")  # made once: each run of wtfc is a new Python
def workshop(tmp_path_factory):
    """'Tŷ Hafan Łódź.wtfc', made by an import under cp1252 (its 'Saved to' names it), and
    titled 'Tŷ Hafan 😀' (check prints the title)."""
    tmp_path = tmp_path_factory.mktemp("out")
    (tmp_path / "Łódź cards.csv").write_text(
        "Person,Kind,Statement\nP01,Working,The bus to Tŷ Hafan is late 😀\n", encoding="utf-8")
    done = _wtfc("import", "Łódź cards.csv", "--into", "Tŷ Hafan Łódź.wtfc",
                 encoding="cp1252", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert _shown("Saved to Tŷ Hafan Łódź.wtfc.", "cp1252") in done.stdout.splitlines()
    path = tmp_path / "Tŷ Hafan Łódź.wtfc"
    titled = load_workshop(path).workshop
    titled.title = "Tŷ Hafan 😀"
    save_workshop(titled, path)
    return path


def test_import_and_export_to_a_windows_redirect_end_well(workshop):
    """The import above wrote the file and said so; the export writes its ten tables and
    names each, with the letters cp1252 lacks as their codes."""
    done = _wtfc("export", "data", workshop.name, "-o", "Łódź.csv", encoding="cp1252",
                 cwd=workshop.parent)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    said = done.stdout.splitlines()
    assert said and all(line.startswith(_shown("Saved Łódź", "cp1252")) for line in said), said
    assert len(said) == len(list(workshop.parent.glob("Łódź-*.csv")))


def test_check_says_ok_in_plain_ascii(workshop):
    """'wtfc check' stopped at its own ' — ' under ASCII, for any file at all."""
    done = _wtfc("check", workshop.name, encoding="ascii", cwd=workshop.parent)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    ok = done.stdout.splitlines()[-1]
    assert ok.startswith("OK: 'T\\u0177 Hafan \\U0001f600' \\u2014 1 card from 1 person"), ok


def test_help_shows_under_ascii(monkeypatch):
    """argparse's --help has '…' and quotes in it (here in this process: a new one is slow)."""
    written = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(written, encoding="ascii"))
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    sys.stdout.flush()
    assert written.getvalue().startswith(b"usage: wtfc [-h] [--version] [--demo] [FILE]\n"
                                         b"       wtfc COMMAND [ARGUMENTS \\u2026]")
