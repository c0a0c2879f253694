"""A History jump told as one edit still says which step changed what last.

The boards that follow Undo to another theme (Identify success, the why-tree, Choose
priorities) took the first changed id in sorted order once a jump was told as one edit: going
back over statements added under four themes brought up whichever theme's id sorted first,
not the theme of the step landed on, as four Undos do. ``Document.by_step`` gives the ids the
last step changed first.
"""

from __future__ import annotations

from workshop_builders import sample_document

from wtfc.model.operations.themes import rename_theme


def test_told_a_hold_the_ids_come_by_step_the_last_first():
    doc = sample_document()
    steps = [rename_theme(doc, theme_id=theme_id, name=f"Renamed {theme_id}")
             for theme_id in ("staff", "good", "package")]
    heard: list[tuple[list[list[str]], list[str]]] = []
    doc.events.parts_changed.connect(lambda collection, ids: heard.append(
        (doc.by_step(collection, ids), doc.latest_first(collection, ids))))
    with doc.holding():  # forward: "package" renamed last
        for step in steps:
            step.do(doc)
    assert heard == [([["package"], ["good"], ["staff"]], ["package", "good", "staff"])]

    heard.clear()
    with doc.holding():  # back: "staff" undone last, the step landed on
        for step in reversed(steps):
            step.undo(doc)
    assert heard == [([["staff"], ["good"], ["package"]], ["staff", "good", "package"])]


def test_an_id_changed_twice_counts_at_its_last_step():
    doc = sample_document()
    heard: list[list[str]] = []
    doc.events.parts_changed.connect(lambda c, ids: heard.append(doc.latest_first(c, ids)))
    with doc.holding():
        rename_theme(doc, theme_id="staff", name="First").do(doc)
        rename_theme(doc, theme_id="good", name="Second").do(doc)
        rename_theme(doc, theme_id="staff", name="Third").do(doc)
    assert heard == [["staff", "good"]]


def test_one_step_or_no_hold_gives_the_ids_sorted():
    doc = sample_document()
    heard: list[list[list[str]]] = []
    doc.events.parts_changed.connect(lambda c, ids: heard.append(doc.by_step(c, ids)))
    rename_theme(doc, theme_id="staff", name="Told at once").do(doc)
    assert heard == [[["staff"]]]
    assert doc.by_step("themes", {"staff", "good"}) == [["good", "staff"]]  # nothing told now
