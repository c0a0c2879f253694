"""What words typed on the line under the why-tree become: a reason under a box (in its
branch's team), a cause's new words, or a branch's team.

Enter pushes the step (``CausesBoard.add_why``, ``set_team``); while the words are still being
typed the autosave's recovery copy holds the same step, built and not done
(``CausesBoard.typed_edits``).
"""

from __future__ import annotations

from wtfc.model.commands import Edit
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations.causes import (
    add_cause,
    assign_team,
    descendants,
    edit_cause,
    give_tree_to_team,
)
from wtfc.ui.boards.why_tree_layout import ROOT


def words_edit(doc: Document, theme_id: str, mode: str, node: str, words: str) -> Edit:
    """The step the line's words make in ``mode`` ("why", "edit" or "team") for the box
    ``node`` (``ROOT``: the theme's own box). ``EditRefused`` when it cannot be made."""
    if node != ROOT and doc.get("causes", node) is None:
        raise EditRefused("The box the words were typed for is no longer there.")
    if mode == "why":
        return reason_under(doc, theme_id, node, words)
    if mode == "edit" and node != ROOT:
        return edit_cause(doc, cause_id=node, text=words)
    if mode == "team" and node == ROOT:  # the tree's own team too, before its first cause
        return give_tree_to_team(doc, theme_id=theme_id, team=words)
    if mode == "team":
        return assign_team(doc, cause_ids=branch_ids(doc, theme_id, node), team=words)
    raise EditRefused("The line is not open.")


def reason_under(doc: Document, theme_id: str, node: str, text: str) -> Edit:
    """A reason under ``node``, in its team: its parent's, or under the theme's box the team
    the tree was given to (T on its box), else the one team all the theme's causes share
    (none when they have several: then the tree's own, ``add_cause``)."""
    parent_id = None if node == ROOT else node
    if parent_id is not None:
        team = doc.get("causes", parent_id).team
    else:
        teams = {c.team for c in doc.workshop.causes if c.theme_id == theme_id and c.team}
        team = doc.get("themes", theme_id).team or (teams.pop() if len(teams) == 1 else "")
    return add_cause(doc, theme_id=theme_id, text=text, parent_id=parent_id, team=team)


def branch_ids(doc: Document, theme_id: str, node: str) -> list[str]:
    """The causes a team given to ``node`` goes to: its branch, or (the theme) every cause."""
    if node == ROOT:
        return [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    return [node, *sorted(descendants(doc, node))]
