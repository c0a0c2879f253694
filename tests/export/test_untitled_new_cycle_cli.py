"""A workshop with no title: "New workshop from this one" on an older file titled "Untitled
workshop" starts the Title box blank (it copied the words in as if typed), and ``wtfc export``
warns of a missing title or date as the app's export and ``wtfc check`` do; it saved in silence
(review 24 code_c N1, N2)."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.export.cli import main_export
from wtfc.model.demo import demo_path
from wtfc.model.next_cycle import next_cycle
from wtfc.model.storage import load_workshop, save_workshop


def test_a_new_cycle_of_an_untitled_workshop_starts_with_the_title_box_blank():
    assert next_cycle(load_workshop(demo_path()).workshop.model_copy(
        update={"title": "Untitled workshop"})).title == ""
    assert next_cycle(load_workshop(demo_path()).workshop.model_copy(
        update={"title": "Spring review"})).title == "Spring review"  # a real one is kept


@pytest.mark.parametrize(("update", "said"), [
    ({"title": "", "date": None}, "The workshop has no title or date yet"),
    ({"title": "Untitled workshop"}, "The workshop has no title yet"),
    ({"date": None}, "The workshop has no date yet"),
])
def test_export_from_a_terminal_warns_of_no_title_or_date(update, said, tmp_path, capsys):
    ws = load_workshop(demo_path()).workshop.model_copy(update=update)
    path = tmp_path / "untitled.wtfc"
    save_workshop(ws, path)
    out = tmp_path / "posters.pdf"
    assert main_export(["posters", str(path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"Warning: {said}" in err
    assert out.exists()


def test_a_titled_dated_workshop_is_not_warned_of_it(tmp_path, capsys):
    ws = load_workshop(demo_path()).workshop.model_copy(update={"date": dt.date(2026, 11, 12)})
    path = tmp_path / "titled.wtfc"
    save_workshop(ws, path)
    assert main_export(["posters", str(path), "-o", str(tmp_path / "p.pdf")]) == 0
    assert "no title" not in capsys.readouterr().err
