"""Ctrl+X, then Ctrl+V on the why-tree: a branch cut and put under another box, ringed on the
tree from the cut until it is put down or forgotten (Esc, another theme)."""

from __future__ import annotations

from collections.abc import Callable

from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Cause
from wtfc.ui.boards.why_tree_items import CauseItem
from wtfc.ui.boards.why_tree_view import WhyTreeScene


class BranchCut:
    """The cut branch of ``scene``'s tree; ``say`` puts a line under the tree and reads it
    out (the keyboard stays on the tree)."""

    def __init__(self, scene: WhyTreeScene, say: Callable[[str], None]) -> None:
        self._scene = scene
        self._say = say
        self.cause_id: str | None = None

    def cut(self, cause: Cause | None) -> bool:
        if cause is None:
            return False
        self.cause_id = cause.id
        self.mark()
        self._say(f"Cut {quoted(cause.text)}: select where it goes and press Ctrl+V.")
        return True

    def take(self) -> str | None:
        """The cut branch, to put down: forgotten here, so a second Ctrl+V does nothing."""
        cut, self.cause_id = self.cause_id, None
        return cut

    def forget(self) -> None:
        self.cause_id = None
        self.mark()

    def mark(self) -> None:
        """Ring the cut branch's box (the tree drawn again has new boxes)."""
        for node, item in self._scene.nodes.items():
            if isinstance(item, CauseItem):
                item.cut = node == self.cause_id
                item.update()
