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


def test_a_hold_over_a_move_of_stage_tells_the_steps_after_it_after_the_stage():
    """A jump back over statements, a move on and votes: the page landed on is shown (the stage
    told) before the steps done on it, as Undos one at a time show it; the steps done before
    the move are told while the page left is still shown."""
    from wtfc.model.operations.details import set_stage
    from wtfc.model.workshop import Stage

    doc = sample_document()
    heard: list[object] = []
    doc.events.parts_changed.connect(lambda c, ids: heard.append(
        (sorted(ids), doc.last_step(c, ids), sorted(doc.told(c)))))
    doc.events.details_changed.connect(heard.append)
    doc.events.edited.connect(lambda: heard.append("edited"))
    with doc.holding():
        rename_theme(doc, theme_id="staff", name="Before the move").do(doc)
        set_stage(doc, stage=Stage.PLAN).do(doc)
        rename_theme(doc, theme_id="good", name="After the move").do(doc)
    assert heard == [(["staff"], 1, ["good", "staff"]), "stage",
                     (["good"], 3, ["good", "staff"]), "edited"]
    assert (doc.told("themes"), doc.last_step("themes"), doc.telling) == (frozenset(), 0, False)


def test_a_hold_with_no_move_of_stage_tells_the_parts_then_the_details():
    doc = sample_document()
    heard: list[object] = []
    doc.events.parts_changed.connect(lambda c, ids: heard.append(doc.last_step(c)))
    doc.events.details_changed.connect(heard.append)
    with doc.holding():
        rename_theme(doc, theme_id="staff", name="One").do(doc)
        rename_theme(doc, theme_id="good", name="Two").do(doc)
    assert heard == [2]
