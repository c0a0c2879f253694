"""The checks ``Workshop`` runs when it is validated: every link between the parts holds, and
the workshop record (who was in the room, the root-cause teams) names each role and team once,
and the day's plan each stage once.

Each problem is said in plain English, as a loaded file's problem reaches the facilitator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wtfc.model.workshop import RoleCount, Workshop


def _unique(parts: list, what: str) -> tuple[set[str], list[str]]:
    seen: set[str] = set()
    problems = []
    for part in parts:
        if part.id in seen:
            problems.append(f"Two {what} share the id {part.id}.")
        seen.add(part.id)
    return seen, problems


def _quote(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "…"


def _former_code_problems(ws: Workshop, people: set[str]) -> list[str]:
    """A code merged into a person (``Person.former_codes``) stands for that one person: it is
    no one else's code, and no other person's former code."""
    problems: list[str] = []
    whose: dict[str, str] = {}
    for person in ws.people:
        for code in person.former_codes:
            if code in people:
                problems.append(f"Person {person.id} lists {code} as a code merged into it, "
                                f"but {code} is a person of its own.")
            elif whose.get(code) == person.id:
                problems.append(f"Person {person.id} lists the merged code {code} twice.")
            elif code in whose:
                problems.append(f"The merged code {code} is listed for both {whose[code]} and "
                                f"{person.id}.")
            whose.setdefault(code, person.id)
    return problems


def reference_problems(ws: Workshop) -> list[str]:
    """Every broken link between the parts, in plain English (empty when all is well)."""
    people, problems = _unique(ws.people, "people")
    problems += _former_code_problems(ws, people)
    cards, more = _unique(ws.cards, "cards")
    problems += more
    themes, more = _unique(ws.themes, "themes")
    problems += more
    causes, more = _unique(ws.causes, "causes")
    problems += more
    success, more = _unique(ws.success, "success statements")
    problems += more
    _, more = _unique(ws.actions, "actions")
    problems += more
    for card in ws.cards:
        if card.person and card.person not in people:
            # a held-back card's words may name someone: messages reach the command line
            what = (
                f"Card {card.id} (held back)" if card.held_back else f"Card '{_quote(card.text)}'"
            )
            problems.append(f"{what} names a person who is not listed ({card.person}).")
    card_kind = {c.id: c.kind for c in ws.cards}
    for theme in ws.themes:
        for card_id in theme.card_ids:
            if card_id not in cards:
                problems.append(
                    f"Theme '{_quote(theme.name)}' lists a card that does not exist "
                    f"(card {card_id})."
                )
            elif card_kind[card_id] != theme.kind:
                problems.append(
                    f"Theme '{_quote(theme.name)}' is a {theme.kind.label.lower()} "
                    f"theme but holds a {card_kind[card_id].label.lower()} card "
                    f"(card {card_id})."
                )
        if len(set(theme.card_ids)) != len(theme.card_ids):
            problems.append(f"Theme '{_quote(theme.name)}' lists the same card twice.")
    cause_theme = {c.id: c.theme_id for c in ws.causes}
    parent = {c.id: c.parent_id for c in ws.causes}
    for cause in ws.causes:
        if cause.theme_id not in themes:
            problems.append(
                f"Cause '{_quote(cause.text)}' belongs to a theme that does not exist "
                f"(theme {cause.theme_id})."
            )
        if cause.parent_id is not None:
            if cause.parent_id not in causes:
                problems.append(
                    f"Cause '{_quote(cause.text)}' hangs off a cause that does not "
                    f"exist (cause {cause.parent_id})."
                )
            elif cause_theme[cause.parent_id] != cause.theme_id:
                problems.append(f"Cause '{_quote(cause.text)}' hangs off a cause of another theme.")
    for cause in ws.causes:  # a why-tree must be a tree: walking up always ends at the theme
        seen: set[str] = set()
        node: str | None = cause.id
        while node is not None and node in parent:
            if node in seen:
                problems.append(f"The why-tree around '{_quote(cause.text)}' loops back on itself.")
                break
            seen.add(node)
            node = parent[node]
    for statement in ws.success:
        if statement.theme_id not in themes:
            problems.append(
                f"Success statement '{_quote(statement.text)}' belongs to a theme "
                f"that does not exist (theme {statement.theme_id})."
            )
    for action in ws.actions:
        if action.theme_id not in themes:
            problems.append(
                f"Action '{_quote(action.what)}' answers a theme that does not exist "
                f"(theme {action.theme_id})."
            )
        if action.cause_id is not None and action.cause_id not in causes:
            problems.append(
                f"Action '{_quote(action.what)}' links a cause that does not exist "
                f"(cause {action.cause_id})."
            )
        if action.success_id is not None and action.success_id not in success:
            problems.append(
                f"Action '{_quote(action.what)}' links a success statement that does "
                f"not exist ({action.success_id})."
            )
    return problems + record_problems(ws) + _agenda_problems(ws)


def _agenda_problems(ws: Workshop) -> list[str]:
    """A stage planned twice: the day's plan would not know which minutes or notes to keep."""
    seen = set()
    for plan in ws.agenda:
        if plan.stage in seen:
            return [f"The day's plan lists '{plan.stage.label}' twice."]
        seen.add(plan.stage)
    return []


def _repeated_role(counts: list[RoleCount]) -> str:
    """The label of a role counted twice in one list ("" when each is counted once)."""
    seen = set()
    for count in counts:
        if count.role in seen:
            return count.role.label
        seen.add(count.role)
    return ""


def record_problems(ws: Workshop) -> list[str]:
    """A role counted twice in the room or in a team, or two teams with one id or name
    (capitals aside)."""
    problems = []
    if role := _repeated_role(ws.in_the_room):
        problems.append(f"Who was in the room counts '{role}' twice.")
    _, more = _unique(ws.teams, "teams")
    problems += more
    names: dict[str, str] = {}  # a team's name by its name without capitals
    for team in ws.teams:
        # "Team A" and "team a" are one team to whoever reads the why-tree: two records would
        # leave one of them shown nowhere, and the next edit would change only the other
        other = names.get(team.name.casefold())
        if other == team.name:
            problems.append(f"Two teams share the name '{_quote(team.name)}'.")
        elif other is not None:
            problems.append(f"Two teams have the same name but for capitals: "
                            f"'{_quote(other)}' and '{_quote(team.name)}'.")
        names.setdefault(team.name.casefold(), team.name)
        if role := _repeated_role(team.members):
            problems.append(f"Team '{_quote(team.name)}' counts '{role}' twice.")
    return problems
