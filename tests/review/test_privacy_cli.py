"""The command line never puts a held-back card's words, or a name from a file's name, into
what it prints or the files it writes."""

from __future__ import annotations

import json

import pytest

from wtfc.app import main
from wtfc.importing.cli import main_import
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, PersonalDetail, Theme

NAME = "Zebedee Quarmby"


def held_back_card(kind: Kind = Kind.NOT_WORKING, person: str = "") -> Card:
    text = f"I wait for {NAME} every morning"
    return Card(kind=kind, text=text, person=person, personal_details=[
        PersonalDetail(start=11, end=11 + len(NAME), category="name", text=NAME)])


@pytest.fixture
def workshop_file(tmp_path):
    """The demo with a held-back card in a theme."""
    ws = load_workshop(demo_path()).workshop
    card = held_back_card(person=ws.people[0].id)
    ws.cards.append(card)
    i, theme = next((i, t) for i, t in enumerate(ws.themes) if t.kind == Kind.NOT_WORKING)
    ws.themes[i] = theme.model_copy(update={"card_ids": [card.id, *theme.card_ids]})
    path = tmp_path / "w.wtfc"
    save_workshop(ws, path, backup=False)
    return path


def test_an_import_never_titles_the_workshop_with_a_name_in_the_file_name(tmp_path, capsys):
    source = tmp_path / f"Review - {NAME}.csv"
    source.write_text("text,kind\nMy carer is kind,working\n", encoding="utf-8")
    assert main_import([str(source), "--into", str(tmp_path / "w.wtfc")]) == 0
    title = load_workshop(tmp_path / "w.wtfc").workshop.title
    assert "Quarmby" not in title and "Zebedee" not in title


def test_a_rendered_wall_does_not_draw_a_held_back_cards_words(workshop_file, tmp_path,
                                                               capsys):
    """Two files that differ only in a held-back card's words draw the same picture."""
    other = tmp_path / "other.wtfc"
    raw = json.loads(workshop_file.read_bytes())
    card = raw["cards"][-1]
    card["text"] = card["text"].replace(NAME, "Ottoline Vexworth-Smythe")
    card["personal_details"][0].update(text="Ottoline Vexworth-Smythe", end=11 + 24)
    other.write_text(json.dumps(raw), encoding="utf-8")
    pictures = []
    for source in (workshop_file, other):
        out = tmp_path / f"{source.stem}.png"
        assert main(["render", str(source), "--view", "wall", "-o", str(out),
                     "--size", "1600x1000"]) == 0
        pictures.append(out.read_bytes())
    assert pictures[0] == pictures[1], "the held-back card's words are in the picture"


def test_check_does_not_quote_a_held_back_card_in_a_problem(tmp_path, capsys):
    ws = load_workshop(demo_path()).workshop
    raw = json.loads(ws.model_dump_json())
    raw["cards"].append(json.loads(held_back_card(person="P999").model_dump_json()))
    path = tmp_path / "broken.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    said = capsys.readouterr()
    assert "P999" in said.err  # the problem is still named
    assert "Quarmby" not in said.out + said.err


def test_check_does_not_quote_a_held_back_card_with_a_bad_field(tmp_path, capsys):
    ws = load_workshop(demo_path()).workshop
    raw = json.loads(ws.model_dump_json())
    card = json.loads(held_back_card().model_dump_json())
    card["kind"] = "purple"
    raw["cards"].append(card)
    path = tmp_path / "broken.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    said = capsys.readouterr()
    assert "kind" in said.err
    assert "Quarmby" not in said.out + said.err


def test_a_card_not_held_back_is_still_quoted_so_it_can_be_found(tmp_path, capsys):
    ws = load_workshop(demo_path()).workshop
    raw = json.loads(ws.model_dump_json())
    raw["cards"].append(json.loads(Card(kind=Kind.FUTURE, text="I like the garden",
                                        person="P999").model_dump_json()))
    path = tmp_path / "broken.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert "I like the garden" in capsys.readouterr().err


def test_exports_leave_out_a_held_back_card_in_text_bookmarks_and_details(workshop_file,
                                                                           tmp_path):
    import subprocess

    import openpyxl

    for what in ("posters", "action-poster", "report"):
        out = tmp_path / f"{what}.pdf"
        assert main(["export", what, str(workshop_file), "-o", str(out)]) == 0
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True,
                              check=True).stdout
        assert "Quarmby" not in text + info, what
        assert b"Quarmby" not in out.read_bytes(), what  # bookmarks, even compressed-free parts
    out = tmp_path / "data.xlsx"
    assert main(["export", "data", str(workshop_file), "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    cells = [str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row]
    assert not any("Quarmby" in c for c in cells)
    assert main(["export", "data", str(workshop_file), "-o", str(tmp_path / "d.csv")]) == 0
    for csv_file in tmp_path.glob("d-*.csv"):
        assert "Quarmby" not in csv_file.read_text(encoding="utf-8-sig"), csv_file.name


def test_a_theme_holding_only_held_back_cards_shows_no_words_of_them(tmp_path):
    import subprocess

    ws = load_workshop(demo_path()).workshop
    card = held_back_card(kind=Kind.FUTURE)
    ws.cards.append(card)
    ws.themes.append(Theme(kind=Kind.FUTURE, name="I keep my friends", card_ids=[card.id]))
    path = tmp_path / "w.wtfc"
    save_workshop(ws, path, backup=False)
    out = tmp_path / "report.pdf"
    assert main(["export", "report", str(path), "-o", str(out)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "I keep my friends" in text and "Quarmby" not in text


def test_an_import_with_no_into_is_not_saved_under_a_name_in_the_file_name(tmp_path, capsys):
    """The new file used to be 'Review - Zebedee Quarmby 12 Acacia Avenue.wtfc': the name then
    showed in the app's title bar (on the projector) and its recent files."""
    source = tmp_path / f"Review - {NAME} 12 Acacia Avenue.csv"
    source.write_text("text,kind\nMy carer is kind,working\n", encoding="utf-8")
    assert main_import([str(source)]) == 0
    saved = capsys.readouterr().out.splitlines()[-1]
    assert [p.name for p in tmp_path.glob("*.wtfc")] == ["Imported statements.wtfc"]
    assert saved.startswith("Saved to 'Imported statements.wtfc', a new workshop file")
    assert "Quarmby" not in saved and "Acacia" not in saved
