"""Long causes on the fishbone: however long the words (a short line to a paragraph), no box
or bone label meets another, and no bone runs through a box."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import QGraphicsPathItem

from tests.ui.boards.board_workshops import sample_workshop
from tests.ui.renders import save_render
from wtfc.model.cause_category import CauseCategory
from wtfc.model.document import Document
from wtfc.model.workshop import Cause
from wtfc.ui.boards.fishbone_scene import FishboneScene
from wtfc.ui.boards.why_tree_layout import ROOT

WORDS = (
    "Carers are sent wherever the rota has a gap, so the person never knows who is coming and "
    "has to explain their needs again every single time, which is tiring and upsetting for "
    "them and their family. "
) * 5
CATEGORIES = list(CauseCategory)


def _long_causes(lengths: list[int]) -> Document:
    """Four causes on each of six bones and a seventh bone of causes with no category, each
    cause's words cut to the next of ``lengths`` characters in turn."""
    base = sample_workshop()
    causes = [
        Cause(
            id=f"k{n}",
            theme_id="package",
            text=WORDS[: lengths[n % len(lengths)]].strip() + ".",
            root_cause=n % 3 == 0,
            agreed=n % 5 == 0,
            category=CATEGORIES[n % 6] if n < 24 else None,
        )
        for n in range(28)
    ]
    return Document(base.model_copy(update={"causes": causes, "actions": []}))


def _meeting(scene: FishboneScene) -> list[tuple[str, str]]:
    boxes = [(n, i.sceneBoundingRect()) for n, i in scene.nodes.items()]
    boxes += [(label.text, label.sceneBoundingRect()) for label, _ in scene.bones]
    inner = [(n, r.adjusted(6, 6, -6, -6)) for n, r in boxes]  # the drawn box, not its margin
    met = [(a, b) for (a, ra), (b, rb) in itertools.combinations(inner, 2) if ra.intersects(rb)]
    bones = [i for i in scene.items() if isinstance(i, QGraphicsPathItem) and i.pen().widthF() == 3]
    return met + [("bone", n) for n, r in inner for bone in bones if bone.shape().intersects(r)]


@pytest.mark.parametrize("lengths", [[120], [300], [600], [120, 600, 300, 180, 450, 240]], ids=str)
def test_no_two_boxes_or_labels_meet_however_long_the_causes(qtbot, lengths):
    scene = FishboneScene()
    scene.rebuild(_long_causes(lengths), "package")
    assert len(scene.bones) == 7
    assert _meeting(scene) == []
    # the bones still take turns above and below the spine, the head at the right
    head = scene.nodes[ROOT].sceneBoundingRect()
    assert all(
        i.sceneBoundingRect().right() < head.left() for n, i in scene.nodes.items() if n != ROOT
    )


def test_a_long_fishbone_pictured(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsView

    scene = FishboneScene()
    scene.rebuild(_long_causes([120, 600, 300, 180, 450, 240]), "package")
    view = QGraphicsView(scene)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the whole fish
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()  # fitted to the viewport it is drawn at (hidden, Qt's default size: a small fish)
    qtbot.waitExposed(view)
    view.fitInView(scene.sceneRect())
    save_render(view, "fishbone_long_causes")
    # what the picture shows: every bone named with its causes, the whole fish filling the view
    assert [label.text for label, _ in scene.bones] == [
        *(f"{c.label} (4)" for c in CATEGORIES), "No category yet (4)"]
    fish = view.mapFromScene(scene.itemsBoundingRect()).boundingRect()
    room = view.viewport().rect()
    assert room.contains(fish)
    assert fish.width() > 0.9 * room.width() or fish.height() > 0.9 * room.height()


@pytest.mark.parametrize("lengths", [[120], [120, 600, 300, 180, 450, 240]], ids=str)
def test_narrow_boxes_with_bones_turned_meet_nothing(qtbot, monkeypatch, lengths):
    """The narrowest boxes a small view is given (the marks one above the other), the longer
    bone of a column on the other side of the spine where that keeps the fish shorter."""
    from wtfc.ui.boards import fishbone_scene

    monkeypatch.setattr(fishbone_scene, "WIDTHS", ((240.0, 240.0),))
    scene = FishboneScene()
    scene.room = (100_000.0, 100_000.0)
    scene.rebuild(_long_causes(lengths), "package")
    assert scene.tree_style.width == 240
    assert _meeting(scene) == []
    spine = scene.spine_y
    assert scene.fish is not None
    for (_, ids), up in zip(scene.bones, scene.fish.up, strict=True):
        boxes = [scene.nodes[n].sceneBoundingRect() for n in ids]
        assert all((r.bottom() < spine) if up else (r.top() > spine) for r in boxes)
    # one bone of each column above the spine and one below
    assert all(len({scene.fish.up[n] for n in c}) == len(c) for c in scene.fish.columns())
