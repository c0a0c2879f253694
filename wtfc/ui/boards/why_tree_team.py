"""T on the why-tree: what the team line opens with, and the step its Enter makes.

On a branch the line holds the branch's team; on the theme's own box, the one team the tree's
causes are given to, so T then Enter ("yes, that's right") changes nothing. It opened empty
there, and Enter took every cause off its team: the team's name went from the tree, the room
view and the report (review 36 R2-3). With two teams on the tree it stays empty: no one name
is the tree's. On a tree with no causes yet T says how to begin before anything is typed (it
took the name, then refused it and dropped it: R2-4).
"""

from __future__ import annotations

from wtfc.model.commands import Edit
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations.causes import assign_team
from wtfc.ui.boards.cause_words import branch_ids
from wtfc.ui.boards.why_tree_layout import ROOT

NO_CAUSE_YET = ("This why-tree has no causes yet: add the first one (W), then press T "
                "to give it to a team.")

SEVERAL_TEAMS = ("More than one team has causes on this why-tree: type one team's name to give "
                 "every cause to it, or press T on a branch.")


def theme_team(doc: Document, theme_id: str) -> str:
    """The one team named on the theme's why-tree ("" when none, or several); causes with no
    team aside, as a reason added under the theme's box takes it (``reason_under``)."""
    teams = {c.team for c in doc.workshop.causes if c.theme_id == theme_id and c.team}
    return teams.pop() if len(teams) == 1 else ""


def team_line(doc: Document, theme_id: str, node: str) -> tuple[str, str] | None:
    """The T line's prompt and words for ``node`` (``ROOT``: the theme's box); None when the
    tree has no cause to give to a team yet."""
    if not branch_ids(doc, theme_id, ROOT):
        return None
    if node == ROOT:
        return "Team for every cause of this theme:", theme_team(doc, theme_id)
    return "Team for this branch:", doc.get("causes", node).team


def team_edit(doc: Document, theme_id: str | None, node: str, team: str) -> Edit:
    """``node``'s branch given to ``team`` (the theme's box: every cause of the tree)."""
    ids = branch_ids(doc, theme_id, node) if theme_id else []
    if not ids:
        raise EditRefused(NO_CAUSE_YET)
    if node == ROOT and not team.strip() and theme_id and not theme_team(doc, theme_id) \
            and any(c.team for c in doc.workshop.causes if c.theme_id == theme_id):
        raise EditRefused(SEVERAL_TEAMS)  # the line opened empty: Enter is not "take them off"
    return assign_team(doc, cause_ids=ids, team=team)
