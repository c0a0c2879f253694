"""A theme's why-tree in the order every export prints it: each cause under its parent."""

from __future__ import annotations

from wtfc.model.workshop import Cause


def tree_order(causes: list[Cause]) -> tuple[list[Cause], dict[str, int]]:
    """The why-tree depth-first (a parent, then its children), with each cause's depth."""
    children: dict[str | None, list[Cause]] = {}
    ids = {c.id for c in causes}
    for cause in causes:
        parent = cause.parent_id if cause.parent_id in ids else None
        children.setdefault(parent, []).append(cause)
    ordered: list[Cause] = []
    depth: dict[str, int] = {}
    stack = [(c, 0) for c in reversed(children.get(None, []))]
    while stack:
        cause, level = stack.pop()
        if cause.id in depth:  # a loop cannot pass validation; this only guards against one
            continue
        ordered.append(cause)
        depth[cause.id] = level
        stack.extend((c, level + 1) for c in reversed(children.get(cause.id, [])))
    return ordered, depth
