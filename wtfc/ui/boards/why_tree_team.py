"""T on the why-tree: what the team line opens with, and the step its Enter makes.

On a branch the line holds the branch's team; on the theme's own box, the tree's team (the one
its causes are given to), so T then Enter ("yes, that's right") changes nothing. It opened empty
there, and Enter took every cause off its team: the team's name went from the tree, the room
view and the report (review 36 R2-3). With two teams on the tree it stays empty: no one name
is the tree's. On a tree with no causes yet T names the tree's team all the same: at the start
of Understand the facilitator splits the room into teams, one per priority, and the Theme box,
the room views and the report say each team's theme before its first cause is written.
"""

from __future__ import annotations

from wtfc.model.commands import Edit
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations.causes import assign_team, give_tree_to_team
from wtfc.ui.boards.cause_words import branch_ids
from wtfc.ui.boards.why_tree_layout import ROOT

# kept for the board, which said it on a tree with no causes (T now names such a tree's team)
NO_CAUSE_YET = ("This why-tree has no causes yet: add the first one (W), then press T "
                "to give it to a team.")

SEVERAL_TEAMS = ("More than one team has causes on this why-tree: type one team's name to give "
                 "every cause to it, or press T on a branch.")


def theme_team(doc: Document, theme_id: str) -> str:
    """The one team named on the theme's why-tree ("" when none, or several): the team it
    was given to with T on its box, else the one team of its causes, causes with no team
    aside, as a reason added under the theme's box takes it (``reason_under``)."""
    theme = doc.get("themes", theme_id)
    teams = {c.team for c in doc.workshop.causes if c.theme_id == theme_id and c.team}
    if theme is not None and theme.team:
        teams.add(theme.team)
    # a branch given to another team since (T on it, or moved in with P) makes two: no one
    # name is the tree's, and Enter on the empty line is refused (SEVERAL_TEAMS), as before
    # the tree had a team of its own
    return teams.pop() if len(teams) == 1 else ""


def team_line(doc: Document, theme_id: str, node: str) -> tuple[str, str]:
    """The T line's prompt and words for ``node`` (``ROOT``: the theme's box)."""
    if node == ROOT:
        prompt = ("Team for every cause of this theme:" if branch_ids(doc, theme_id, ROOT)
                  else "Team for this theme's why-tree:")
        return prompt, theme_team(doc, theme_id)
    return "Team for this branch:", doc.get("causes", node).team


def team_edit(doc: Document, theme_id: str | None, node: str, team: str) -> Edit:
    """``node``'s branch given to ``team`` (the theme's box: the why-tree and every cause)."""
    if theme_id is None:
        raise EditRefused("Choose a priority theme first: its why-tree is given to the team.")
    if node == ROOT:
        if not team.strip() and not theme_team(doc, theme_id) \
                and any(c.team for c in doc.workshop.causes if c.theme_id == theme_id):
            raise EditRefused(SEVERAL_TEAMS)  # the line opened empty: Enter is not "take off"
        return give_tree_to_team(doc, theme_id=theme_id, team=team)
    return assign_team(doc, cause_ids=branch_ids(doc, theme_id, node), team=team)
