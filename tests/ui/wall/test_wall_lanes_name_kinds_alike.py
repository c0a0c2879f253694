"""The wall's lanes name their kinds alike (review 35 R3-R3): with the demo's loose green and
blue cards in themes, the lanes read "✓ What's working", "✗ Not working · ⚠ 2 held back",
"★ Important for the future": the not-working lane, too narrow for "What's not working" and
its held-back note, fell back to the short name alone. Now every lane is named in full, or,
where one has no room for that, every one short, as the wall's filter buttons name them."""

from __future__ import annotations

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel


def _green_and_blue_themed() -> Document:
    """The demo with every loose green card in its first green theme and every loose blue
    card in its first blue one (the lanes of two columns each)."""
    ws = load_workshop(demo_path()).workshop
    themed = {c for t in ws.themes for c in t.card_ids}
    first = {kind: next(t.id for t in ws.themes if t.kind is kind)
             for kind in (Kind.WORKING, Kind.FUTURE)}
    loose = {kind: [c.id for c in ws.cards if c.kind is kind and c.id not in themed]
             for kind in first}
    themes = [t.model_copy(update={"card_ids": [*t.card_ids, *loose[t.kind]]})
              if t.id in first.values() else t for t in ws.themes]
    return Document(ws.model_copy(update={"themes": themes}))


def _named(panel) -> dict[Kind, str]:
    """Each lane's kind as its heading names it, its counts and note left out."""
    return {kind: item.shown_text().split(" · ")[0] for kind, item in
            panel.scene.sections.items()}


@pytest.mark.parametrize("which", ["themed", "demo"])
def test_every_lane_names_its_kind_in_the_same_form(show, which):
    doc = _green_and_blue_themed() if which == "themed" else \
        Document(load_workshop(demo_path()).workshop)
    panel = show(WallPanel(doc, UndoAdapter(doc)), 1366, 700)
    named, shown = _named(panel), panel.scene.sections[Kind.NOT_WORKING].shown_text()
    assert "⚠ 2 held back" in shown  # the note is kept
    if which == "themed":  # no room for "What's not working · ⚠ 2 held back": all short
        assert named == {kind: kind.label for kind in Kind}, named
    else:
        assert named == {kind: kind.long_label for kind in Kind}, named
