"""A workshop file cut short whose name holds braces or percent signs ("Spring {draft}.wtfc",
"notes {}.wtfc") is said plainly by ``wtfc check``, as any other cut-short file (review 26
markup #6: the name went through ``str.format`` and ``wtfc check`` printed a KeyError
traceback)."""

import pytest

from wtfc.app import main
from wtfc.model import storage
from wtfc.model.demo import demo_path

NAMES = ["Spring {draft}.wtfc", "notes {}.wtfc", "{0} %s 50% {{x}}.wtfc"]


@pytest.mark.parametrize("name", NAMES)
def test_check_says_a_cut_short_braced_name_plainly_and_exits_1(tmp_path, capsys, name):
    cut = tmp_path / name
    cut.write_bytes(demo_path().read_bytes()[:3000])
    assert main(["check", str(cut)]) == 1
    said = capsys.readouterr()
    assert said.err.startswith(f"Problem: '{name}' is cut short: it ends in the middle (line ")
    assert "It may not have been saved completely." in said.err
    assert "If you have a copy — an e-mail attachment, a USB stick — open that." in said.err
    assert "Traceback" not in said.err and said.out == ""


@pytest.mark.parametrize("name", NAMES)
def test_the_apps_words_for_it_name_the_file_as_it_is(name):
    with pytest.raises(storage.WorkshopFileError) as caught:
        storage.workshop_from_bytes(demo_path().read_bytes()[:3000], name=name)
    assert caught.value.problem == (f"'{name}' is cut short: it ends in the middle. It may not "
                                    f"have been saved completely.")
