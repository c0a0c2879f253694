"""`wtfc suggest` given a workshop instead of a CSV advises a command to export its cards first.
The command is to be copied and run: a right-to-left file name goes in it as it is, not between
the marks that set it apart in words (pasted into a shell they name another file: review A6),
while a bidi override is still never printed raw."""

import shutil

import pytest

from wtfc.clustering import cli as cluster_cli
from wtfc.model.demo import demo_path


@pytest.mark.parametrize("stem", ["שלום", "Spring review"])
def test_the_advised_command_names_the_workshop_as_it_is(tmp_path, capsys, stem):
    workshop = tmp_path / f"{stem}.wtfc"
    shutil.copy(demo_path(), workshop)
    assert cluster_cli.main_suggest([str(workshop), "-o", str(tmp_path / "out.csv")]) == 1
    said = capsys.readouterr().err
    assert f'wtfc export data "{workshop}" -o "{stem}.csv"' in said
    assert f'wtfc suggest "{stem}-cards.csv"' in said


def test_an_override_in_the_name_is_still_not_printed_raw(tmp_path, capsys):
    workshop = tmp_path / "Spring\u202egpj.wtfc"
    shutil.copy(demo_path(), workshop)
    assert cluster_cli.main_suggest([str(workshop), "-o", str(tmp_path / "out.csv")]) == 1
    assert "\u202e" not in capsys.readouterr().err
