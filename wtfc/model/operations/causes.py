"""Operations on why-trees (the Understand board): causes hang off a theme or another cause."""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.model.blank_text import is_blank
from wtfc.model.commands import Edit, EditBuilder, new_part
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.link_words import links_lost
from wtfc.model.operations._existing import all_existing, check_links, existing
from wtfc.model.operations._names import quoted
from wtfc.model.operations.record import carried_teams
from wtfc.model.workshop import Action, Cause, Theme


def _check_text(text: str) -> str:
    text = " ".join(text.split())
    if is_blank(text):
        raise EditRefused("A cause needs some words.")
    return text


def add_cause(doc: Document, *, theme_id: str, text: str, parent_id: str | None = None,
              team: str = "") -> Edit:
    """Answer "why?": a new cause under the theme (``parent_id`` None) or under a cause; with
    no ``team`` of its own, in the team its why-tree is given to (``give_tree_to_team``)."""
    text = _check_text(text)
    check_links(doc, {"theme_id": theme_id, "parent_id": parent_id})
    if parent_id is not None and doc.get("causes", parent_id).theme_id != theme_id:
        raise EditRefused("A cause can only hang off a cause of the same theme.")
    team = team or doc.get("themes", theme_id).team
    cause = new_part(Cause, theme_id=theme_id, parent_id=parent_id, text=text, team=team)
    b = EditBuilder(doc, f"Add cause {quoted(text)}")
    b.add("causes", cause)
    return b.build()


def edit_cause(doc: Document, *, cause_id: str, text: str | None = None,
               root_cause: bool | None = None, agreed: bool | None = None,
               team: str | None = None) -> Edit:
    cause: Cause = existing(doc, "causes", cause_id)
    update: dict = {}
    if text is not None:
        update["text"] = _check_text(text)
    if root_cause is not None:
        update["root_cause"] = root_cause
    if agreed is not None:
        update["agreed"] = agreed
    if team is not None:
        update["team"] = team.strip()
    if root_cause is not None and len(update) == 1:
        verb = "Mark" if root_cause else "Unmark"
        label = f"{verb} {quoted(cause.text)} as a root cause"
    elif agreed is not None and len(update) == 1:
        # the why-tree's badge words ("✔ We will act on this"), not council English
        verb = "Mark" if agreed else "Unmark"
        label = f"{verb} {quoted(cause.text)} as one we will act on"
    else:
        label = f"Edit cause {quoted(cause.text)}"
    b = EditBuilder(doc, label)
    b.replace("causes", cause_id, **update)
    return b.build()


def descendants(doc: Document, cause_id: str) -> set[str]:
    """Every cause below this one in its why-tree."""
    children: dict[str | None, list[str]] = {}
    for c in doc.workshop.causes:
        children.setdefault(c.parent_id, []).append(c.id)
    found: set[str] = set()
    stack = [cause_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def move_cause(doc: Document, *, cause_id: str, parent_id: str | None) -> Edit:
    """Re-parent a cause (and its branch). Refused when it would make a loop."""
    cause: Cause = existing(doc, "causes", cause_id)
    if parent_id is not None:
        parent: Cause = existing(doc, "causes", parent_id)
        if parent_id == cause_id or parent_id in descendants(doc, cause_id):
            raise EditRefused("A cause cannot hang off itself or one of its own reasons.")
        if parent.theme_id != cause.theme_id:
            raise EditRefused("A cause can only hang off a cause of the same theme.")
    b = EditBuilder(doc, f"Move cause {quoted(cause.text)}")
    b.replace("causes", cause_id, parent_id=parent_id)
    return b.build()


def actions_tackling(doc: Document, cause_id: str) -> list[Action]:
    """The actions linked to this cause or to a reason below it: deleting it unlinks them."""
    branch = {cause_id} | descendants(doc, cause_id)
    return [a for a in doc.workshop.actions if a.cause_id in branch]


def delete_cause(doc: Document, *, cause_id: str) -> Edit:
    """Delete a cause with its branch; actions that pointed at them keep their theme only,
    and the label names them ("… (the action 'Pilot…' loses its link)")."""
    cause: Cause = existing(doc, "causes", cause_id)
    gone = {cause_id} | descendants(doc, cause_id)
    unlinked = actions_tackling(doc, cause_id)
    b = EditBuilder(doc, f"Delete cause {quoted(cause.text)}" +
                    (f" and {len(gone) - 1} below it" if len(gone) > 1 else "") +
                    links_lost(unlinked))
    for action in unlinked:
        b.replace("actions", action.id, cause_id=None)
    for c in list(doc.workshop.causes):
        if c.id in gone:
            b.remove("causes", c.id)
    return b.build()


def assign_team(doc: Document, *, cause_ids: Sequence[str], team: str,
                tree: str | None = None) -> Edit:
    """Give causes (a branch, or a whole why-tree) to the team working on them; ``tree``: the
    theme whose why-tree is given to the team too, as causes added to it later are."""
    team = " ".join(team.split())
    causes: list[Cause] = all_existing(doc, "causes", cause_ids)
    what = "1 cause" if len(cause_ids) == 1 else f"{len(cause_ids)} causes"
    b = EditBuilder(doc, f"Give {what} to team {quoted(team)}" if team
                    else f"Take {what} off their team")
    if tree is not None:
        b.replace("themes", tree, team=team)
    for cause in causes:
        if cause.team != team:
            b.replace("causes", cause.id, team=team)
    if (teams := carried_teams(doc.workshop, cause_ids, team, tree)) is not None:
        b.detail("teams", teams)  # a team renamed keeps what it recorded
    return b.build()


def give_tree_to_team(doc: Document, *, theme_id: str, team: str) -> Edit:
    """Give a theme's why-tree to a team (T on the theme's own box): every cause it has so
    far and the tree's own team (``Theme.team``), which each cause added later takes; an empty
    ``team`` takes them off their team. A tree with no causes yet is given all the same, so
    the room is split into teams before the first "why?" is asked. The tree's own team is
    written only once a tree needs it (given with no causes to hold the name, and from then
    on): a tree whose causes hold its team stays as format 5 wrote it, and T then Enter on it
    ("that's right") changes nothing."""
    theme: Theme = existing(doc, "themes", theme_id)
    team = " ".join(team.split())
    ids = [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    tree = theme_id if theme.team or not ids else None
    edit = assign_team(doc, cause_ids=ids, team=team, tree=tree)
    if ids:
        return edit
    edit.label = (f"Give the why-tree of {quoted(theme.name)} to team {quoted(team)}" if team
                  else f"Take the why-tree of {quoted(theme.name)} off its team")
    return edit
