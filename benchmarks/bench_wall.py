"""Card wall speed: full frames at fit-all and 100 %, a drag step, and building the wall;
``wall.room_layout_ms@2000``: the room view's layout of a 2,000-card wall (done after each edit);
``wall.room_layout_ms@demo``: the same for the demo at 1920×1080, which fits no screen with two
lines a card, so every type size is tried on one screen and then in pages (three, three lines a
card; a big wall is ruled out by bounds and pages);
``wall.room_build_ms@10000``: the room view of a 10,000-card wall from "Show room view" to its
first frame (built, laid out for 1920×1080, the first page painted into an image).

Each figure has a floor measured in the same run (``floor.`` + its name): the same number of
minimal cards (a rectangle and a ``QStaticText``, no cache, default BSP index) in a bare
QGraphicsScene at the same zoom, as in shared/research/performance-anchors.md §2+3.
Frames are a synchronous ``viewport().repaint()`` at 1920×1080; the median of several after a
first frame (the caches fill on the first).
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QStaticText
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
)

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, PersonalDetail, Theme, Workshop
from wtfc.ui.style import pixel_font

WORDS = (
    "carer", "visit", "lunch", "bus", "rota", "lonely", "home", "garden", "family", "nurse",
    "evening", "morning", "help", "friend", "church", "day", "centre", "phone", "change", "time",
    "money", "doctor", "shopping", "walk",
)
SIZE = (1920, 1080)


def _workshop(n: int) -> Workshop:
    """``n`` cards, four in five in themes of 25 cards, of the three kinds in turn."""
    kinds = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)
    cards = [Card(id=f"c{i}", kind=kinds[i % 3],
                  text=" ".join(WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(12)))
             for i in range(n)]
    themes = []
    for k, kind in enumerate(kinds):
        ids = [c.id for c in cards if c.kind == kind]
        sorted_ids = ids[: len(ids) * 4 // 5]
        for t in range(0, len(sorted_ids), 25):
            themes.append(Theme(id=f"t{k}-{t}", kind=kind, name=f"I theme {k}-{t // 25}",
                                card_ids=sorted_ids[t:t + 25]))
    return Workshop(cards=cards, themes=themes)


class _MinimalCard(QGraphicsItem):
    """The floor: a rectangle and cached static text, nothing else."""

    def __init__(self, text: str, font) -> None:
        super().__init__()
        self.text = QStaticText(text)
        self.text.setTextWidth(200)
        self.font = font
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 220, 132)

    def paint(self, painter, option, widget=None) -> None:
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(QRectF(0, 0, 220, 132))
        painter.setFont(self.font)
        painter.drawStaticText(QPointF(10, 10), self.text)


def _view(scene: QGraphicsScene, view: QGraphicsView | None = None) -> QGraphicsView:
    view = view or QGraphicsView(scene)
    view.setFrameShape(QGraphicsView.Shape.NoFrame)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()
    return view


def _frame_ms(view: QGraphicsView, runs: int = 5) -> float:
    view.viewport().repaint()  # the first frame fills the caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _drag_ms(view: QGraphicsView, item: QGraphicsItem, steps: int = 20) -> float:
    times = []
    origin = item.pos()
    for i in range(steps):
        start = time.perf_counter()
        item.setPos(origin.x() + (i % 5) * 7, origin.y() + (i % 3) * 5)
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    item.setPos(origin)
    return statistics.median(times)


def _at_100(view: QGraphicsView, item: QGraphicsItem) -> None:
    view.resetTransform()
    if hasattr(view, "zoom_by"):
        view.zoom_by(1.0)  # tells the wall its zoom: cards come back from the overview
    view.centerOn(item)
    QApplication.processEvents()


def _fit(view: QGraphicsView) -> None:
    view.fitInView(view.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
    QApplication.processEvents()


def _measure_wall(n: int) -> dict[str, float]:
    from wtfc.ui.wall.scene import WallScene
    from wtfc.ui.wall.view import WallView

    doc = Document(_workshop(n))
    start = time.perf_counter()
    scene = WallScene(doc, viewport=(float(SIZE[0]), float(SIZE[1])))
    build = (time.perf_counter() - start) * 1000
    view = _view(scene, WallView(scene, None))
    view.fit_all()  # the wall's own "Fit all" (it switches to the overview when far out)
    QApplication.processEvents()
    fit = _frame_ms(view)
    item = next(iter(scene.cards.values()))
    drag_fit = _drag_ms(view, item)
    _at_100(view, item)
    frame_100 = _frame_ms(view)
    drag_100 = _drag_ms(view, item)
    scene.detach()
    view.close()
    return {"fit": fit, "100": frame_100, "drag": max(drag_fit, drag_100), "build": build}


def _measure_floor(n: int) -> dict[str, float]:
    font = pixel_font(17)
    columns = max(1, int((n * 16 / 9) ** 0.5 * 132 / 220))
    start = time.perf_counter()
    scene = QGraphicsScene()
    items = []
    for i in range(n):
        item = _MinimalCard(" ".join(WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(12)),
                            font)
        row, col = divmod(i, columns)
        item.setPos(col * 240, row * 150)
        scene.addItem(item)
        items.append(item)
    build = (time.perf_counter() - start) * 1000
    scene.setSceneRect(scene.itemsBoundingRect())
    view = _view(scene)
    _fit(view)
    fit = _frame_ms(view)
    drag_fit = _drag_ms(view, items[0])
    _at_100(view, items[0])
    frame_100 = _frame_ms(view)
    drag_100 = _drag_ms(view, items[0])
    view.close()
    return {"fit": fit, "100": frame_100, "drag": max(drag_fit, drag_100), "build": build}


def run() -> dict[str, float]:
    _app = QApplication.instance() or QApplication([])
    figures: dict[str, float] = {}
    for n in (1000, 10_000):
        wall = _measure_wall(n)
        floor = _measure_floor(n)
        names = {"fit": f"wall.frame_fit_ms@{n}", "100": f"wall.frame_100_ms@{n}",
                 "drag": f"wall.drag_step_ms@{n}", "build": f"wall.build_ms@{n}"}
        if n == 1000:
            names = {"fit": names["fit"]}
        for key, name in names.items():
            figures[name] = round(wall[key], 2)
            figures["floor." + name] = round(floor[key], 2)
    figures["wall.room_layout_ms@2000"] = round(_room_layout_ms(2000), 1)
    figures["wall.room_layout_ms@demo"] = round(_room_layout_ms_demo(), 1)
    figures["wall.room_build_ms@10000"] = round(_room_build_ms(10_000), 1)
    return figures


def _room_layout_ms(n: int) -> float:
    """The room (projector) wall laid out afresh, as after every edit while it is shown."""
    from wtfc.ui.wall.room_layout import layout_room_wall

    doc = Document(_workshop(n))
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        layout_room_wall(doc, viewport=(1920.0, 1080.0))
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def _room_layout_ms_demo() -> float:
    """The demo's room wall laid out afresh, as after every edit while it is shown."""
    from wtfc.model.demo import demo_path
    from wtfc.model.storage import load_workshop
    from wtfc.ui.wall.room_layout import layout_room_wall

    doc = Document(load_workshop(demo_path()).workshop)
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        layout_room_wall(doc, viewport=(1920.0, 1080.0))
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def _room_workshop(n: int, seed: int) -> Workshop:
    """``n`` cards of 4–30 words, no two alike (the room's layout caches each text's wrapping,
    so repeated texts would flatter it), one in 50 held back; four in five in themes of 3–12
    cards, a common size on the day, which lets the room use its larger type sizes."""
    rng = random.Random(seed)
    kinds = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)
    found = [PersonalDetail(start=0, end=5, category="name", text="carer")]
    cards = [Card(id=f"c{i}", kind=kinds[i % 3],
                  text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 30))),
                  personal_details=found if i % 50 == 7 else [])
             for i in range(n)]
    themes = []
    for k, kind in enumerate(kinds):
        ids = [c.id for c in cards if c.kind == kind]
        sorted_ids = ids[: len(ids) * 4 // 5]
        start = 0
        while start < len(sorted_ids):
            size = rng.randint(3, 12)
            themes.append(Theme(id=f"t{k}-{start}", kind=kind,
                                name=" ".join(["I", *(rng.choice(WORDS)
                                                      for _ in range(rng.randint(3, 14)))]),
                                card_ids=sorted_ids[start:start + size]))
            start += size
    return Workshop(cards=cards, themes=themes)


def _room_build_ms(n: int, runs: int = 3) -> float:
    """The projector's wall built from nothing, as when the facilitator presses "Show room
    view": the view and its scene, laid out for the screen (in pages: it is too big for one),
    shown, and its first frame painted into an image. The median of ``runs``, each a
    different workshop, so no run reuses another's measurements."""
    from PySide6.QtGui import QImage

    from wtfc.ui.wall.room_wall import RoomWallView

    times = []
    for run in range(runs):
        doc = Document(_room_workshop(n, seed=run))
        start = time.perf_counter()
        view = RoomWallView(doc)
        view.resize(*SIZE)
        view.show()
        QApplication.processEvents()
        view.prepare_for_render()
        image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        view.render(painter)
        painter.end()
        times.append((time.perf_counter() - start) * 1000)
        view.close()
        view.deleteLater()
        QApplication.processEvents()
    return statistics.median(times)


if __name__ == "__main__":
    for figure, value in run().items():
        print(f"{figure:36s} {value}")
