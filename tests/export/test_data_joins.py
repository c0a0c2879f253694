"""The data export read back as an analyst joins it (Power Query, a pivot): every sheet refers
to another by id, not words, so two themes of one name (Working and Not working "Getting out
and about") or two whys worded alike still join to the right row, with no orphans; a card in
two themes is a row per theme on Card themes, so a pivot counts it once in each."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import openpyxl
from export_checks import demo_workshop

from wtfc.export.data import export_data

TODAY = dt.date(2026, 11, 30)


def _sheets(path) -> dict[str, list[dict]]:
    book = openpyxl.load_workbook(path)
    sheets = {}
    for sheet in book:
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        sheets[sheet.title] = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    return sheets


def _same_names(tmp_path):
    ws = demo_workshop()
    working = next(t for t in ws.themes if t.id == "t02")
    not_working = next(t for t in ws.themes if t.id == "t06")
    working.name = not_working.name = "Getting out and about"
    [path] = export_data(ws, tmp_path / "dup.xlsx")
    return ws, _sheets(path)


def test_every_id_joins_with_no_orphans(tmp_path):
    ws, s = _same_names(tmp_path)
    theme_ids = {r["Theme id"] for r in s["Themes"]}
    card_ids = {r["Card id"] for r in s["Cards"]}
    cause_ids = {r["Cause id"] for r in s["Causes"]}
    success_ids = {r["Statement id"] for r in s["Success"]}
    assert {r["Card id"] for r in s["Card themes"]} <= card_ids
    assert {r["Theme id"] for r in s["Card themes"]} <= theme_ids
    for sheet in ("Causes", "Success", "Actions"):
        assert {r["Theme id"] for r in s[sheet]} <= theme_ids, sheet
    assert all(r["Theme id"] for r in s["Causes"] + s["Success"])
    parents = {r["Parent cause id"] for r in s["Causes"] if r["Level"] > 1}
    assert parents <= cause_ids
    assert all(r["Parent cause id"] is None for r in s["Causes"] if r["Level"] == 1)
    assert {r["Cause id"] for r in s["Actions"]} - {None} <= cause_ids
    assert {r["Success statement id"] for r in s["Actions"]} - {None} <= success_ids
    # each action's ids name what its words say
    words = {r["Cause id"]: r["Why"] for r in s["Causes"]}
    for r in s["Actions"]:
        if r["Cause id"]:
            assert words[r["Cause id"]] == r["Cause it tackles"]
        action = next(a for a in ws.actions if a.id == r["Action id"])
        assert (r["Theme id"], r["Cause id"], r["Success statement id"]) == (
            action.theme_id, action.cause_id, action.success_id)
    # the why-tree rebuilds from the ids alone
    by_id = {r["Cause id"]: r for r in s["Causes"]}
    for r in s["Causes"]:
        if r["Parent cause id"]:
            assert by_id[r["Parent cause id"]]["Level"] == r["Level"] - 1
            assert by_id[r["Parent cause id"]]["Theme id"] == r["Theme id"]


def test_two_themes_of_one_name_are_counted_apart(tmp_path):
    """By name, a pivot gave "Getting out and about" 10 cards against 5 and 5."""
    _, s = _same_names(tmp_path)
    by_theme = Counter(r["Theme id"] for r in s["Card themes"])
    for theme in s["Themes"]:
        assert by_theme[theme["Theme id"]] == theme["Cards"], theme["Theme id"]
    named = [t for t in s["Themes"] if t["Theme"] == "Getting out and about"]
    assert sorted(t["Theme id"] for t in named) == ["t02", "t06"]


def test_a_card_in_two_themes_is_counted_once_in_each(tmp_path):
    [path] = export_data(demo_workshop(), tmp_path / "demo.xlsx")
    s = _sheets(path)
    rows = Counter(r["Card id"] for r in s["Card themes"])
    assert rows["c10"] == 2  # in t04 and t05
    assert sum(t["Cards"] for t in s["Themes"]) == len(s["Card themes"])
    assert len(rows) == sum(1 for r in s["Cards"] if r["Themes"])  # distinct cards in a theme
    for card in s["Cards"]:
        ids = [r["Theme id"] for r in s["Card themes"] if r["Card id"] == card["Card id"]]
        assert (card["Theme ids"] or "") == "; ".join(ids)


def test_the_card_themes_csv_is_written_too(tmp_path):
    written = export_data(demo_workshop(), tmp_path / "demo.csv")
    [table] = [p for p in written if p.name == "demo-card-themes.csv"]
    lines = table.read_text("utf-8-sig").splitlines()
    assert lines[0] == "Card id,Theme id"
    assert "c10,t04" in lines and "c10,t05" in lines
