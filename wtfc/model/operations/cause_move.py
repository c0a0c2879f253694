"""Moving a cause, with its branch, to another theme's why-tree (Understand board).

A team sometimes writes a cause under the wrong priority's tree. The cause goes with every
reason below it, each keeping its marks (root cause, we will act on this), its category and its
team; it hangs at the top of the other tree (or under one of its causes) and shows last there.

An action answers one theme. An action of this theme linked to a cause that moves would say it
tackles a cause of another theme's tree, so the move drops those links: the label names them,
as a delete's does, and Undo puts them back with the branch.
"""

from __future__ import annotations

from wtfc.model.commands import Edit, EditBuilder
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.link_words import links_lost
from wtfc.model.operations._existing import existing
from wtfc.model.operations._names import quoted
from wtfc.model.operations.causes import descendants
from wtfc.model.operations.record import team_key
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Action, Cause, Theme


def branch_ids(doc: Document, cause_id: str) -> list[str]:
    """The cause and every reason below it, in the causes' list order."""
    branch = {cause_id} | descendants(doc, cause_id)
    return [c.id for c in doc.workshop.causes if c.id in branch]


def links_dropped(doc: Document, cause_id: str, theme_id: str) -> list[Action]:
    """The actions that would lose their link to a cause of this branch were it moved to
    ``theme_id``'s tree: those answering another theme (an action of ``theme_id`` keeps it)."""
    branch = set(branch_ids(doc, cause_id))
    return [a for a in doc.workshop.actions if a.cause_id in branch and a.theme_id != theme_id]


def team_left_behind(doc: Document, theme_id: str, branch: list[str]) -> str:
    """The team this tree was given to, when every cause of it is moving away and each holds
    that one team ("" otherwise, or when the tree names its team itself, ``Theme.team``): a
    tree given to a team once it had causes holds its team on them alone (format 5), so its
    last causes moved away would take the tree's team with them, and the theme's box, the
    Teams panel and the report would name it under the other theme only."""
    theme: Theme = existing(doc, "themes", theme_id)
    tree = [c for c in doc.workshop.causes if c.theme_id == theme_id]
    moving = set(branch)
    if theme.team or not tree or any(c.id not in moving for c in tree) \
            or not tree[0].team or len({team_key(c.team) for c in tree}) != 1:
        return ""
    return tree[0].team


def under_it(count: int) -> str:
    """ " (and 2 causes under it)", " (and 1 cause under it)", "" for none."""
    if not count:
        return ""
    return f" (and {count} {'cause' if count == 1 else 'causes'} under it)"


def move_to_theme(doc: Document, *, cause_id: str, theme_id: str,
                  parent_id: str | None = None) -> Edit:
    """Move a cause and its branch to ``theme_id``'s why-tree, at its top (``parent_id``
    None) or under one of its causes: "Move 'Rotas just fill gaps' (and 2 causes under it) to
    'I am not treated with respect'". Marks, category and team go with each cause; links
    from actions of other themes are dropped (named in the label). Refused on its own tree."""
    cause: Cause = existing(doc, "causes", cause_id)
    theme: Theme = existing(doc, "themes", theme_id)
    if theme_id == cause.theme_id:
        raise EditRefused(f"{quoted(cause.text)} is already on that theme's why-tree.")
    if parent_id is not None:
        parent: Cause = existing(doc, "causes", parent_id)
        if parent.theme_id != theme_id:
            raise EditRefused("A cause can only hang off a cause of the same theme.")
    branch = branch_ids(doc, cause_id)
    dropped = links_dropped(doc, cause_id, theme_id)
    b = EditBuilder(doc, f"Move {quoted(cause.text)}{under_it(len(branch) - 1)} to "
                    f"{quoted(shown_theme_name(theme.name))}{links_lost(dropped)}")
    for action in dropped:
        b.replace("actions", action.id, cause_id=None)
    if (team := team_left_behind(doc, cause.theme_id, branch)):
        b.replace("themes", cause.theme_id, team=team)  # the tree stays its team's
    last = len(doc.workshop.causes) - 1
    for moving in branch:  # last on the other tree, in the order they were added
        update = {"theme_id": theme_id, **({"parent_id": parent_id} if moving == cause_id
                                           else {})}
        if theme.team and not doc.get("causes", moving).team:
            update["team"] = theme.team  # as a cause added to a tree given to a team takes it
        b.replace("causes", moving, **update)
        b.move("causes", moving, last)
    return b.build()
