"""The wall's outline: a theme's Urdu name is set apart (FSI … PDI) from its number, symbol and
count, so the count stays after it: "4. ✗ (4) مجھے نہیں…" had it in front (review 24 scripts F6)."""

from __future__ import annotations

from tests.ui.boards.test_room_titles_apart import _x_of
from wtfc.model.operations.themes import rename_theme


def test_the_outline_keeps_a_themes_count_after_its_urdu_name(panel, doc, undo):
    undo.push(rename_theme(doc, theme_id="package", name="مجھے نہیں معلوم"))
    outline = panel.outline
    outline.rebuild()
    labels = [outline.model_.item(r).text() for r in range(outline.model_.rowCount())]
    [label] = [x for x in labels if "مجھے" in x]
    count = f"({len(doc.theme('package').card_ids)})"
    assert label.endswith(f"\u2068مجھے نہیں معلوم\u2069 {count}")
    assert _x_of(label, count) > _x_of(label, "مجھے")  # as Qt lays it out: after the name
