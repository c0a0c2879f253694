"""Operations on themes: the clustering gestures of the card wall."""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.model.blank_text import is_blank
from wtfc.model.commands import Edit, EditBuilder, new_part
from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations._existing import all_existing, existing
from wtfc.model.operations._names import cards_phrase, quoted
from wtfc.model.operations.record import team_key
from wtfc.model.workshop import Kind, Theme


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    if is_blank(name):
        raise EditRefused("A theme needs a name, ideally an \"I\" statement.")
    return name


def _check_unique(doc: Document, kind: Kind, name: str, theme_id: str | None = None) -> None:
    """Two themes of one kind with the same name are one theme split by mistake. A group not
    named yet is unique across the kinds too, as ``placeholder_name`` numbers them: the
    projector and the posters never show two groups with one name."""
    # here: the rest of Review's comparison (its dataclasses compiled on import) is not
    # needed to start
    from wtfc.model.compare import normalise_name
    from wtfc.model.unnamed_themes import is_unnamed

    wanted, any_kind = normalise_name(name), is_unnamed(name)
    for other in doc.workshop.themes:
        if other.id == theme_id or normalise_name(other.name) != wanted:
            continue
        if other.kind != kind and any_kind:
            raise EditRefused(f"There is already a group called {quoted(other.name)} "
                              f"({other.kind.label.lower()}). Each group not named yet has its "
                              f"own number: New theme with the name left empty gives the next.")
        if other.kind == kind:
            raise EditRefused(f"There is already a theme called {quoted(other.name)}. To put "
                              f"their cards together, use Merge theme into….")


def _existing_theme(doc: Document, theme_id: str) -> Theme:
    """The theme, or a refusal: a panel may still offer one deleted since it was shown."""
    theme: Theme = existing(doc, "themes", theme_id)
    return theme


def _check_kind(doc: Document, kind: Kind, card_ids: Sequence[str]) -> None:
    for card_id in card_ids:
        card = existing(doc, "cards", card_id)
        if card.kind != kind:
            raise EditRefused(f"A {kind.label.lower()} theme can only hold "
                              f"{kind.label.lower()} cards.")


def place_with_its_kind(doc: Document, kind: Kind) -> int:
    """Where a new theme of ``kind`` goes in the workshop's list: after the last theme of its
    kind; with none yet, before the first theme of a kind that comes after it in ``Kind``'s
    order (working, not working, future: the wall's lanes), else at the end. At the end, a new
    "working" theme came after the "future" ones: numbered and listed apart from its kind."""
    themes = doc.workshop.themes
    last = max((i for i, t in enumerate(themes) if t.kind == kind), default=None)
    if last is not None:
        return last + 1
    order = list(Kind)
    return next((i for i, t in enumerate(themes) if order.index(t.kind) > order.index(kind)),
                len(themes))


def create_theme(doc: Document, *, kind: Kind, name: str, card_ids: Sequence[str] = (),
                 from_theme_id: str | None = None, index: int | None = None) -> Edit:
    """A new theme, optionally made from cards (moved out of ``from_theme_id`` if given), at
    ``index`` in the list of themes, or with the other themes of its kind. No name, or the
    pre-filled "I" untouched, makes a group to name later ("Group 1 (not named yet)")."""
    from wtfc.model.unnamed_themes import placeholder_name, wants_placeholder  # at first use

    name = placeholder_name(doc.workshop.themes) if wants_placeholder(name) else _check_name(name)
    _check_unique(doc, kind, name)
    _check_kind(doc, kind, card_ids)
    theme = new_part(Theme, kind=kind, name=name, card_ids=list(dict.fromkeys(card_ids)))
    b = EditBuilder(doc, f"Create theme {quoted(name)}" +
                    (f" from {cards_phrase(len(theme.card_ids))}" if card_ids else ""))
    if from_theme_id is not None:
        source = _existing_theme(doc, from_theme_id)
        b.replace("themes", from_theme_id,
                  card_ids=[c for c in source.card_ids if c not in set(card_ids)])
    b.add("themes", theme, place_with_its_kind(doc, kind) if index is None else index)
    return b.build()


# A rename gives a theme its name; it never makes a group not named yet out of a named theme.
KEEP_NAME = ("A theme needs a name: type its \"I\" statement, or keep the name it has until "
             "the room has one.")


def rename_theme(doc: Document, *, theme_id: str, name: str) -> Edit:
    from wtfc.model.unnamed_themes import wants_placeholder  # at first use, as create_theme

    if wants_placeholder(name):  # nothing, or "I" alone: a new theme's "name it later"
        raise EditRefused(KEEP_NAME)
    name = _check_name(name)
    _check_unique(doc, _existing_theme(doc, theme_id).kind, name, theme_id)
    b = EditBuilder(doc, f"Rename theme to {quoted(name)}")
    b.replace("themes", theme_id, name=name)
    return b.build()


def move_cards(doc: Document, *, card_ids: Sequence[str], to_theme_id: str | None,
               from_theme_id: str | None = None, index: int | None = None) -> Edit:
    """Put cards into a theme (at ``index``), taking them out of ``from_theme_id``.

    ``to_theme_id`` None takes them out (back to unsorted if they sit in no other theme).
    With no ``from_theme_id`` it adds: a card already elsewhere then sits in both.
    """
    ids = list(dict.fromkeys(card_ids))
    source = None if from_theme_id is None else _existing_theme(doc, from_theme_id)
    if to_theme_id is not None:
        target = _existing_theme(doc, to_theme_id)
        _check_kind(doc, target.kind, ids)
        label = f"Move {cards_phrase(len(ids))} to {quoted(target.name)}"
    else:
        label = f"Take {cards_phrase(len(ids))} out of {quoted(source.name)}" \
            if source else f"Unsort {cards_phrase(len(ids))}"
    b = EditBuilder(doc, label)
    if source is not None and from_theme_id != to_theme_id:
        b.replace("themes", source.id, card_ids=[c for c in source.card_ids if c not in ids])
    if to_theme_id is not None:
        current = [c for c in b.current("themes", to_theme_id).card_ids if c not in ids]
        at = len(current) if index is None else max(0, min(index, len(current)))
        b.replace("themes", to_theme_id, card_ids=current[:at] + ids + current[at:])
    return b.build()


def merge_themes(doc: Document, *, into_theme_id: str, theme_ids: Sequence[str]) -> Edit:
    """Fold other themes of the same kind into one; their comments and votes come along."""
    target = _existing_theme(doc, into_theme_id)
    others: list[Theme] = all_existing(doc, "themes", [t for t in theme_ids if t != into_theme_id])
    for other in others:
        if other.kind != target.kind:
            raise EditRefused("Only themes of the same kind can be merged.")
    card_ids = list(target.card_ids)
    comments = list(target.comments)
    votes = target.priority.votes
    for other in others:
        card_ids += [c for c in other.card_ids if c not in card_ids]
        comments += other.comments
        votes += other.priority.votes
    priority = target.priority.model_copy(update={"votes": votes})
    chosen = [t for t in (target, *others) if t.priority.chosen]
    if chosen:  # a priority merged into another theme stays a priority, at the best rank
        best = min(chosen, key=lambda t: t.priority.rank or 10_001)
        priority = priority.model_copy(update={
            "chosen": True, "rank": best.priority.rank,
            "reason": target.priority.reason or best.priority.reason})
    # a why-tree given to a team before its first cause keeps its team in the theme merged into
    team = target.team or next((o.team for o in others if o.team), "")
    # a tree holds one team of its own: another merged in is said, its record on no tree now
    # unless a cause of the merged trees names it (its counts leave the report and the data)
    merged = {target.id, *(o.id for o in others)}
    named = {team_key(team)} | {team_key(c.team) for c in doc.workshop.causes
                                if c.theme_id in merged and c.team}
    gone = list(dict.fromkeys(o.team for o in others if o.team and team_key(o.team) not in named))
    left = "; ".join(f"team {quoted(name)} is on no why-tree now" for name in gone)
    b = EditBuilder(doc, f"Merge {len(others) + 1} themes into {quoted(target.name)}"
                    + (f" ({left})" if left else ""))
    b.replace("themes", into_theme_id, card_ids=card_ids, comments=comments, priority=priority,
              team=team)
    for other in others:
        _retarget_board_parts(doc, b, other.id, into_theme_id)
        b.remove("themes", other.id)
    _close_rank_gaps(doc, b)
    return b.build()


def split_theme(doc: Document, *, theme_id: str, card_ids: Sequence[str], new_name: str) -> Edit:
    """Move some of a theme's cards into a new theme of the same kind, next to it."""
    theme = _existing_theme(doc, theme_id)
    if not card_ids or set(card_ids) >= set(theme.card_ids):
        raise EditRefused("Choose some, but not all, of the theme's cards to split off.")
    edit = create_theme(doc, kind=theme.kind, name=new_name, card_ids=card_ids,
                        from_theme_id=theme_id, index=doc.index_of("themes", theme_id) + 1)
    edit.label = f"Split {cards_phrase(len(card_ids))} off {quoted(theme.name)}"
    return edit


def delete_theme(doc: Document, *, theme_id: str) -> Edit:
    """Delete a theme; its cards return to unsorted; its causes, success and actions go too."""
    theme = _existing_theme(doc, theme_id)
    # labelled by kind and size, never quoted: a theme is often deleted for its name ("Zebedee
    # never turns up"), and History may be on the projector (as a one-card Delete is)
    size = f"of {cards_phrase(len(theme.card_ids))}" if theme.card_ids else "with no cards"
    b = EditBuilder(doc, f"Delete a {theme.kind.symbol} {theme.kind.label} theme {size}")
    causes = {c.id for c in doc.workshop.causes if c.theme_id == theme_id}
    statements = {s.id for s in doc.workshop.success if s.theme_id == theme_id}
    for action in doc.workshop.actions:  # an action moved to another theme may still link here
        if action.theme_id != theme_id and (action.cause_id in causes
                                            or action.success_id in statements):
            b.replace("actions", action.id,
                      cause_id=None if action.cause_id in causes else action.cause_id,
                      success_id=None if action.success_id in statements else action.success_id)
    for collection in ("actions", "success", "causes"):
        for part in list(doc.parts(collection)):
            if part.theme_id == theme_id:
                b.remove(collection, part.id)
    b.remove("themes", theme_id)
    _close_rank_gaps(doc, b)
    return b.build()


def reorder_theme(doc: Document, *, theme_id: str, index: int) -> Edit:
    b = EditBuilder(doc, f"Move theme {quoted(_existing_theme(doc, theme_id).name)}")
    b.move("themes", theme_id, max(0, min(index, len(doc.workshop.themes) - 1)))
    return b.build()


_KEEP = object()  # "leave the rank as it is" (None clears it)


def set_priority(doc: Document, *, theme_id: str, chosen: bool | None = None,
                 rank: int | object | None = _KEEP, votes: int | None = None,
                 reason: str | None = None) -> Edit:
    """Mark a theme as a priority, rank it, record its votes or the reason it was chosen."""
    theme = _existing_theme(doc, theme_id)
    update: dict = {}
    if chosen is not None:
        update["chosen"] = chosen
    if rank is not _KEEP:
        update["rank"] = rank
    if votes is not None:
        if votes < 0:
            raise EditRefused("Votes cannot be below zero.")
        update["votes"] = votes
    if reason is not None:
        update["reason"] = reason.strip()
    if chosen is True:
        label = f"Choose {quoted(theme.name)} as a priority"
    elif chosen is False:
        label = f"Drop {quoted(theme.name)} from the priorities"
    elif votes is not None:
        label = f"Record {count_phrase(votes, 'vote')} for {quoted(theme.name)}"
    else:
        label = f"Edit the priority of {quoted(theme.name)}"
    b = EditBuilder(doc, label)
    b.replace("themes", theme_id, priority=theme.priority.model_copy(update=update))
    return b.build()


def add_theme_comment(doc: Document, *, theme_id: str, comment: str) -> Edit:
    """What the room said about a theme when it was read out (the report prints it under the
    theme): added after the theme's other comments."""
    theme = _existing_theme(doc, theme_id)
    if is_blank(comment):
        raise EditRefused("The comment is empty.")
    b = EditBuilder(doc, f"Comment on {quoted(theme.name)}")
    b.replace("themes", theme_id, comments=[*theme.comments, _tidied(comment)])
    return b.build()


def _tidied(comment: str) -> str:
    """A comment as kept: Word's pasted line break (U+000B) a newline where typed, so it
    prints the same before and after the file is saved and opened again."""
    from wtfc.model.control_characters import with_line_breaks

    return with_line_breaks(comment).strip()


def _existing_comment(theme: Theme, index: int) -> str:
    """The comment at ``index``, or a refusal: a dialog may still show one undone since."""
    if not 0 <= index < len(theme.comments):
        raise EditRefused(f"That comment is no longer on {quoted(theme.name)} (it was deleted "
                          "or undone).")
    return theme.comments[index]


def edit_theme_comment(doc: Document, *, theme_id: str, index: int, comment: str) -> Edit:
    """New words for the theme's comment at ``index`` (unchanged words: an empty edit)."""
    theme = _existing_theme(doc, theme_id)
    _existing_comment(theme, index)
    if is_blank(comment):
        raise EditRefused("The comment is empty. To take it off the theme, use Delete.")
    comments = list(theme.comments)
    comments[index] = _tidied(comment)
    b = EditBuilder(doc, f"Edit a comment on {quoted(theme.name)}")
    b.replace("themes", theme_id, comments=comments)
    return b.build()


def delete_theme_comment(doc: Document, *, theme_id: str, index: int) -> Edit:
    """Take the theme's comment at ``index`` off it; the others keep their order."""
    theme = _existing_theme(doc, theme_id)
    _existing_comment(theme, index)
    b = EditBuilder(doc, f"Delete a comment on {quoted(theme.name)}")
    b.replace("themes", theme_id, comments=[c for i, c in enumerate(theme.comments) if i != index])
    return b.build()


def _close_rank_gaps(doc: Document, b: EditBuilder) -> None:
    """After a theme has gone, the priorities left keep running 1, 2, 3… in their order."""
    left = (b.current("themes", t.id) for t in doc.workshop.themes)
    chosen = sorted((t for t in left if t is not None and t.priority.chosen),
                    key=lambda t: t.priority.rank or 10_001)
    for rank, theme in enumerate(chosen, start=1):
        if theme.priority.rank != rank:
            b.replace("themes", theme.id,
                      priority=theme.priority.model_copy(update={"rank": rank}))


def _retarget_board_parts(doc: Document, b: EditBuilder, old: str, new: str) -> None:
    """Causes, success statements and actions of a merged theme follow it."""
    for collection in ("causes", "success", "actions"):
        for part in doc.parts(collection):
            if part.theme_id == old:
                b.replace(collection, part.id, theme_id=new)


def rank_priorities(doc: Document, *, theme_ids: Sequence[str]) -> Edit:
    """Make exactly these themes the priorities, ranked in this order (1 = first).

    Choosing, dropping and re-ranking are all this one edit, so ranks always run 1, 2, 3…
    with no gaps or ties; votes and reasons are kept.
    """
    order = list(dict.fromkeys(theme_ids))
    all_existing(doc, "themes", order)  # a gone one would leave a gap in the ranks
    before = [t.id for t in sorted((t for t in doc.workshop.themes if t.priority.chosen),
                                   key=lambda t: t.priority.rank or 10_001)]
    added = [t for t in order if t not in before]
    dropped = [t for t in before if t not in order]
    if len(added) == 1 and not dropped:
        label = f"Choose {quoted(doc.theme(added[0]).name)} as priority {order.index(added[0]) + 1}"
    elif len(dropped) == 1 and not added:
        label = f"Drop {quoted(doc.theme(dropped[0]).name)} from the priorities"
    else:
        label = "Re-rank the priorities"
    b = EditBuilder(doc, label)
    for theme in doc.workshop.themes:
        rank = order.index(theme.id) + 1 if theme.id in order else None
        if (theme.priority.chosen, theme.priority.rank) != (rank is not None, rank):
            b.replace("themes", theme.id, priority=theme.priority.model_copy(
                update={"chosen": rank is not None, "rank": rank}))
    return b.build()


def move_placements(doc: Document, *, moves: Sequence[tuple[str, str | None]],
                    to_theme_id: str | None, copy: bool = False, index: int | None = None
                    ) -> Edit:
    """Move (or copy) cards from wherever each one sits into one theme, as one undo step.

    ``moves`` lists (card id, the theme it is dragged out of, or None if unsorted): a selection
    on the wall may gather cards from several themes. ``to_theme_id`` None takes them out of
    their themes (back to unsorted unless they sit in another theme too). With ``copy`` the
    cards stay where they are and also go into the target (affinity mapping allows copies).
    ``index``: where among the target's other cards (those not moving) they all go, in the
    order given (None: the ones not yet there go at the end). A card already in the target
    moves to the index too: the wall counts the index without it and shows it there.
    """
    card_ids = list(dict.fromkeys(card_id for card_id, _ in moves))
    all_existing(doc, "themes", {s for _, s in moves if s is not None})
    if to_theme_id is not None:
        target = _existing_theme(doc, to_theme_id)
        _check_kind(doc, target.kind, card_ids)
        verb = "Copy" if copy else "Move"
        label = f"{verb} {cards_phrase(len(card_ids))} {'into' if copy else 'to'} " \
                f"{quoted(target.name)}"
    else:
        label = f"Take {cards_phrase(len(card_ids))} out of their theme" + \
                ("s" if len({s for _, s in moves if s}) > 1 else "")
    b = EditBuilder(doc, label)
    if not copy:
        leaving: dict[str, set[str]] = {}
        for card_id, source in moves:
            if source is not None and source != to_theme_id:
                leaving.setdefault(source, set()).add(card_id)
        for source, gone in leaving.items():
            current = b.current("themes", source).card_ids
            b.replace("themes", source, card_ids=[c for c in current if c not in gone])
    if to_theme_id is not None:
        current = list(b.current("themes", to_theme_id).card_ids)
        if index is None:
            added, rest, at = [c for c in card_ids if c not in current], current, len(current)
        else:
            rest = [c for c in current if c not in set(card_ids)]
            added, at = card_ids, max(0, min(index, len(rest)))
        if rest[:at] + added + rest[at:] != current:
            b.replace("themes", to_theme_id, card_ids=rest[:at] + added + rest[at:])
    return b.build()
