"""Random sessions on the bundled demo, with Undo and Redo between the edits.

Hypothesis plays a facilitator on a copy of the demo: every edit the boards, the wall and the
dialogs build (``wtfc.model.operations``), pushed as ``wtfc.ui.undo.UndoAdapter`` pushes them
(an empty edit is dropped; a new edit after an Undo throws Redo away), with Undo and Redo in
between. After every step:

- the workshop saves and opens again through the real file format, equal (no theme lists a
  deleted card, no action links a deleted cause: the file would refuse to open);
- it is exactly the workshop the undo stack's place says it is (each Undo and Redo exact);
- each step's label is plain English; a step pushed changes the workshop (else Undo would
  seem to do nothing);
- the document's events name every part and detail that changed (the views follow them).
Undo all gives back the demo's file byte for byte; Redo all gives back the last workshop's.
An edit done on a detached copy (the autosave's typed words) leaves the workshop and its views
alone. ``test_operations_sequences`` does edits only, on a small sample, undone all at the end.
Which kinds of edit these sessions carry out is redrawn by any change to ``UndoSessions`` (its
source is the seed): ``test_undo_each_edit`` does, undoes and redoes every kind in ``EDITS``.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from wtfc.model.cause_category import CauseCategory
from wtfc.model.commands import CommandGroup
from wtfc.model.demo import demo_path
from wtfc.model.document import COLLECTIONS, Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations import (
    actions,
    agenda,
    cards,
    cause_categories,
    causes,
    checks,
    details,
    people,
    record,
    success,
    themes,
    withdraw,
)
from wtfc.model.storage import load_workshop, workshop_from_bytes, workshop_to_bytes
from wtfc.model.workshop import (
    ActionStatus,
    Card,
    Kind,
    Person,
    PersonalDetail,
    Perspective,
    Role,
    RoomRole,
    Stage,
    Voice,
)

WORDS = st.text(alphabet="abc XYZé'", min_size=0, max_size=12)
DATES = st.dates(dt.date(2026, 1, 1), dt.date(2028, 12, 31))
# what a label must never show: a Python value, a field's name, a placeholder left unfilled
NOT_ENGLISH = re.compile(r"None|\{|\}|<|>|object at|_|\bTrue\b|\bFalse\b|Kind\.|Stage\.")


class Nothing(Exception):
    """Nothing to pick for this edit in this workshop: the step is skipped."""


def pick(data, items, label):
    items = list(items)
    if not items:
        raise Nothing
    return data.draw(st.sampled_from(items), label=label)


def some(data, items, label, max_size=4):
    items = list(items)
    if not items:
        raise Nothing
    return list(dict.fromkeys(data.draw(st.lists(st.sampled_from(items), min_size=1,
                                                 max_size=max_size), label=label)))


def ids(doc, collection):
    return [p.id for p in doc.parts(collection)]


def of_kind(doc, kind):
    return [c.id for c in doc.workshop.cards if c.kind == kind]


def placements(doc):
    placed = [(c, t.id) for t in doc.workshop.themes for c in t.card_ids]
    return placed + [(c.id, None) for c in doc.unsorted_cards()]


# -- the edits, as the UI builds them -------------------------------------------------------------

def add_card(doc, data):
    return cards.add_card(doc, kind=data.draw(st.sampled_from(Kind)), text=data.draw(WORDS),
                          person=data.draw(st.sampled_from(["", "P01", "P42", "P1"])))


def import_cards(doc, data):
    """An import: new people and cards as one step (``cards.add_cards``)."""
    codes = data.draw(st.lists(st.sampled_from(["P01", "P42", "P77"]), min_size=1, max_size=3,
                               unique=True), label="codes")
    kind = data.draw(st.sampled_from(Kind), label="kind")
    return cards.add_cards(doc, people=[Person(id=c) for c in codes],
                           cards=[Card(kind=kind, text=f"Imported {c}", person=c) for c in codes],
                           label=f"Import {len(codes)} cards")


def edit_card(doc, data):
    return cards.edit_card(doc, card_id=pick(data, ids(doc, "cards"), "card"),
                           text=data.draw(st.none() | WORDS),
                           kind=data.draw(st.none() | st.sampled_from(Kind)))


def delete_cards(doc, data):
    return cards.delete_cards(doc, card_ids=some(data, ids(doc, "cards"), "cards"))


def hold_back(doc, data):
    """The guard finds a name in a card (Check cards again…), or in a card just edited and
    in others carrying the same name (``holding_back_too``)."""
    card_ids = some(data, ids(doc, "cards"), "cards", 3)
    findings = {}
    for card_id in card_ids:
        text = doc.card(card_id).text
        end = min(len(text), data.draw(st.integers(1, 6), label="end"))
        findings[card_id] = [PersonalDetail(start=0, end=end, category="name", text=text[:end])]
    if data.draw(st.booleans(), label="with an edit"):
        first = card_ids[0]
        edit = cards.edit_card(doc, card_id=first, text=doc.card(first).text + " again")
        return checks.holding_back_too(doc, edit, findings={
            k: v for k, v in findings.items() if k != first})
    return checks.store_fresh_findings(doc, findings=findings)


def redact(doc, data):
    held = [c.id for c in doc.workshop.cards if c.held_back]
    chosen = some(data, held, "held back")
    if len(chosen) == 1:
        return cards.redact_card(doc, card_id=chosen[0])
    edits = [cards.redact_card(doc, card_id=c) for c in chosen]  # as cards_held_back does
    return CommandGroup(f"Redact personal details in {len(chosen)} cards", edits)


def mark_fine(doc, data):
    held = [c.id for c in doc.workshop.cards if c.held_back]
    return cards.clear_card_details(doc, card_ids=some(data, held, "held back"))


def create_theme(doc, data):
    kind = data.draw(st.sampled_from(Kind), label="kind")
    chosen = data.draw(st.lists(st.sampled_from(of_kind(doc, kind) or [""]), max_size=3),
                       label="cards")
    return themes.create_theme(doc, kind=kind, name=data.draw(WORDS),
                               card_ids=[c for c in dict.fromkeys(chosen) if c])


def new_theme_from_wall(doc, data):
    """WallGestures.new_theme: chosen cards taken out of their themes into a new one."""
    kind = data.draw(st.sampled_from(Kind), label="kind")
    chosen = [p for p in placements(doc) if doc.card(p[0]).kind == kind]
    moves = some(data, chosen, "placements")
    card_ids = list(dict.fromkeys(c for c, _ in moves))
    edit = themes.create_theme(doc, kind=kind, name=data.draw(WORDS), card_ids=card_ids)
    sources = [(c, s) for c, s in moves if s is not None]
    if sources:
        edit.changes[:0] = themes.move_placements(doc, moves=sources, to_theme_id=None).changes
    return edit


def rename_theme(doc, data):
    return themes.rename_theme(doc, theme_id=pick(data, ids(doc, "themes"), "theme"),
                               name=data.draw(WORDS))


def drop_cards(doc, data):
    """WallGestures.drop: cards dragged from anywhere onto a theme or back to unsorted."""
    target = data.draw(st.none() | st.sampled_from(ids(doc, "themes") or [None]), label="to")
    moves = some(data, placements(doc), "moves")
    if target is not None:
        moves = [m for m in moves if doc.card(m[0]).kind == doc.theme(target).kind]
    if not moves or (target is None and all(s is None for _, s in moves)):
        raise Nothing
    copy = data.draw(st.booleans(), label="copy") and target is not None
    return themes.move_placements(doc, moves=moves, to_theme_id=target, copy=copy,
                                  index=data.draw(st.none() | st.integers(0, 6), label="index"))


def place_within(doc, data):
    """WallGestures.place_within: cards of a theme put elsewhere among its cards."""
    theme_id = pick(data, ids(doc, "themes"), "theme")
    moving = some(data, doc.theme(theme_id).card_ids, "cards", 2)
    edit = themes.move_cards(doc, card_ids=moving, to_theme_id=theme_id, from_theme_id=theme_id,
                             index=data.draw(st.integers(0, 8), label="index"))
    edit.label = f"Reorder the cards in '{doc.theme(theme_id).name}'"
    return edit


def merge_themes(doc, data):
    into = pick(data, ids(doc, "themes"), "into")
    kind = doc.theme(into).kind
    return themes.merge_themes(doc, into_theme_id=into, theme_ids=some(
        data, [t.id for t in doc.workshop.themes if t.kind == kind], "themes", 3))


def split_theme(doc, data):
    theme_id = pick(data, ids(doc, "themes"), "theme")
    return themes.split_theme(doc, theme_id=theme_id,
                              card_ids=some(data, doc.theme(theme_id).card_ids, "cards"),
                              new_name=data.draw(WORDS))


def delete_theme(doc, data):
    return themes.delete_theme(doc, theme_id=pick(data, ids(doc, "themes"), "theme"))


def shift_theme(doc, data):
    """WallGestures.shift_theme: before or after the next theme of its kind."""
    theme_id = pick(data, ids(doc, "themes"), "theme")
    kind = doc.theme(theme_id).kind
    same = [t.id for t in doc.workshop.themes if t.kind == kind]
    to = same.index(theme_id) + data.draw(st.sampled_from([-1, 1]), label="step")
    if not 0 <= to < len(same):
        raise Nothing
    return themes.reorder_theme(doc, theme_id=theme_id, index=ids(doc, "themes").index(same[to]))


def votes(doc, data):
    return themes.set_priority(doc, theme_id=pick(data, ids(doc, "themes"), "theme"),
                               votes=data.draw(st.integers(0, 30), label="votes"))


def reason(doc, data):
    return themes.set_priority(doc, theme_id=pick(data, ids(doc, "themes"), "theme"),
                               reason=data.draw(WORDS))


def rank(doc, data):
    return themes.rank_priorities(doc, theme_ids=data.draw(st.lists(
        st.sampled_from(ids(doc, "themes") or [""]), max_size=4).filter(lambda t: "" not in t),
        label="order"))


def comment(doc, data):
    theme_id = pick(data, ids(doc, "themes"), "theme")
    count = len(doc.theme(theme_id).comments)
    what = data.draw(st.sampled_from(["add", "edit", "delete"]), label="what")
    if what == "add" or not count:
        return themes.add_theme_comment(doc, theme_id=theme_id, comment=data.draw(WORDS))
    index = data.draw(st.integers(0, count - 1), label="index")
    if what == "edit":
        return themes.edit_theme_comment(doc, theme_id=theme_id, index=index,
                                         comment=data.draw(WORDS))
    return themes.delete_theme_comment(doc, theme_id=theme_id, index=index)


def add_cause(doc, data):
    theme_id = pick(data, ids(doc, "themes"), "theme")
    parents = [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    return causes.add_cause(doc, theme_id=theme_id, text=data.draw(WORDS),
                            parent_id=data.draw(st.none() | st.sampled_from(parents or [None])),
                            team=data.draw(st.sampled_from(["", "Team A", "team b"])))


def edit_cause(doc, data):
    cause_id = pick(data, ids(doc, "causes"), "cause")
    cause = doc.get("causes", cause_id)
    what = data.draw(st.sampled_from(["text", "root", "agreed"]), label="what")
    if what == "text":
        return causes.edit_cause(doc, cause_id=cause_id, text=data.draw(WORDS))
    if what == "root":
        return causes.edit_cause(doc, cause_id=cause_id, root_cause=not cause.root_cause)
    return causes.edit_cause(doc, cause_id=cause_id, agreed=not cause.agreed)


def move_cause(doc, data):
    cause_id = pick(data, ids(doc, "causes"), "cause")
    theme_id = doc.get("causes", cause_id).theme_id
    same_tree = [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    return causes.move_cause(doc, cause_id=cause_id, parent_id=data.draw(
        st.none() | st.sampled_from(same_tree), label="parent"))


def assign_team(doc, data):
    cause_id = pick(data, ids(doc, "causes"), "cause")
    branch = [cause_id, *causes.descendants(doc, cause_id)]
    return causes.assign_team(doc, cause_ids=branch, team=data.draw(
        st.sampled_from(["", "Team A", "Team C", "team a"]) | WORDS, label="team"))


def delete_cause(doc, data):
    return causes.delete_cause(doc, cause_id=pick(data, ids(doc, "causes"), "cause"))


def cause_category(doc, data):
    return cause_categories.set_cause_category(
        doc, cause_id=pick(data, ids(doc, "causes"), "cause"),
        category=data.draw(st.none() | st.sampled_from(CauseCategory), label="category"))


def add_success(doc, data):
    return success.add_success(doc, theme_id=pick(data, ids(doc, "themes"), "theme"),
                               perspective=data.draw(st.sampled_from(Perspective)),
                               text=data.draw(WORDS))


def edit_success(doc, data):
    return success.edit_success(doc, success_id=pick(data, ids(doc, "success"), "statement"),
                                text=data.draw(st.none() | WORDS),
                                perspective=data.draw(st.none() | st.sampled_from(Perspective)))


def reorder_success(doc, data):
    statement = doc.get("success", pick(data, ids(doc, "success"), "statement"))
    return success.reorder_success(doc, success_id=statement.id,
                                   index=data.draw(st.integers(0, 5), label="index"))


def delete_success(doc, data):
    return success.delete_success(doc, success_id=pick(data, ids(doc, "success"), "statement"))


def add_action(doc, data):
    theme_id = pick(data, ids(doc, "themes"), "theme")
    own_causes = [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    own_success = [s.id for s in doc.workshop.success if s.theme_id == theme_id]
    return actions.add_action(
        doc, theme_id=theme_id, role=data.draw(st.sampled_from(Role)), what=data.draw(WORDS),
        cause_id=data.draw(st.none() | st.sampled_from(own_causes or [None]), label="cause"),
        success_id=data.draw(st.none() | st.sampled_from(own_success or [None]), label="success"),
        by_when=data.draw(st.none() | DATES, label="by when"))


def edit_action(doc, data):
    action_id = pick(data, ids(doc, "actions"), "action")
    action = doc.get("actions", action_id)
    change = data.draw(st.sampled_from(["role", "what", "theme", "links", "progress"]),
                       label="change")
    if change == "role":
        return actions.edit_action(doc, action_id=action_id, role=data.draw(st.sampled_from(Role)))
    if change == "what":
        return actions.edit_action(doc, action_id=action_id, what=data.draw(WORDS))
    if change == "progress":
        return actions.edit_action(doc, action_id=action_id, progress_note=data.draw(WORDS),
                                   checked_on=data.draw(st.none() | DATES, label="checked"),
                                   heard_at_check=data.draw(WORDS, label="heard"))
    # the Plan dialog offers the chosen theme's causes and statements only
    theme_id = pick(data, ids(doc, "themes"), "theme") if change == "theme" else action.theme_id
    own_causes = [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    own_success = [s.id for s in doc.workshop.success if s.theme_id == theme_id]
    return actions.edit_action(
        doc, action_id=action_id, theme_id=theme_id,
        cause_id=data.draw(st.none() | st.sampled_from(own_causes or [None]), label="cause"),
        success_id=data.draw(st.none() | st.sampled_from(own_success or [None]), label="success"))


def rethink_action(doc, data):
    """Six months on: a new date or new words, kept beside what the room agreed (or back to it),
    on a day drawn before or after the demo's workshop."""
    action = doc.get("actions", pick(data, ids(doc, "actions"), "action"))
    today = data.draw(DATES, label="today")
    if data.draw(st.booleans(), label="date, not words"):
        return actions.edit_action(doc, action_id=action.id, today=today, by_when=data.draw(
            st.sampled_from([action.agreed_by_when]) | DATES, label="by when"))
    return actions.edit_action(doc, action_id=action.id, today=today, what=data.draw(
        st.sampled_from([action.agreed_what or "x"]) | WORDS, label="what"))


def action_status(doc, data):
    return actions.move_status(doc, action_id=pick(data, ids(doc, "actions"), "action"),
                               status=data.draw(st.sampled_from(ActionStatus)),
                               today=data.draw(DATES, label="today"))


def delete_action(doc, data):
    return actions.delete_action(doc, action_id=pick(data, ids(doc, "actions"), "action"))


def rename_person(doc, data):
    old = pick(data, ids(doc, "people"), "old")
    new = data.draw(st.sampled_from([*ids(doc, "people"), "P99", "P7", "Q1"]), label="new")
    return people.rename_person(doc, old=old, new=new)


def tag_people(doc, data):
    codes = some(data, ids(doc, "people"), "codes")
    tag = data.draw(st.sampled_from(sorted(people.TAG_NAMES)), label="tag")
    value = data.draw(st.none() | st.sampled_from(Voice), label="voice") if tag == "voice" \
        else data.draw(WORDS)
    return people.set_person_tag(doc, codes=codes, tag=tag, value=value)


def remove_person(doc, data):
    """People… → Remove this person… (a person withdrew): their cards, row and codes go."""
    return withdraw.remove_person(doc, code=pick(data, ids(doc, "people"), "code"))


def edit_details(doc, data):
    field = data.draw(st.sampled_from(["title", "venue", "purpose", "agreements", "date"]),
                      label="field")
    value = data.draw(st.none() | DATES, label="date") if field == "date" else data.draw(WORDS)
    return details.edit_details(doc, **{field: value})


def set_stage(doc, data):
    return details.set_stage(doc, stage=data.draw(st.sampled_from(Stage)))


def room_count(doc, data):
    return record.set_room_count(doc, role=data.draw(st.sampled_from(RoomRole)),
                                 count=data.draw(st.integers(0, 12), label="count"))


def reflection(doc, data):
    return record.edit_reflection(doc, went_well=data.draw(st.none() | WORDS),
                                  do_differently=data.draw(st.none() | WORDS))


def next_review(doc, data):
    return record.set_next_review(doc, when=data.draw(st.none() | DATES, label="when"))


def team_record(doc, data):
    names = [t.name for t in doc.workshop.teams] + [c.team for c in doc.workshop.causes if c.team]
    team = pick(data, names, "team")
    if data.draw(st.booleans(), label="summary"):
        return record.set_team_summary(doc, team=team, summary=data.draw(WORDS))
    return record.set_team_count(doc, team=team, role=data.draw(st.sampled_from(RoomRole)),
                                 count=data.draw(st.integers(0, 5), label="count"))


def delete_team(doc, data):
    return record.delete_team(doc, team_id=pick(data, [t.id for t in doc.workshop.teams], "team"))


def day_plan(doc, data):
    stage = data.draw(st.sampled_from(Stage), label="stage")
    what = data.draw(st.sampled_from(["minutes", "notes", "usual"]), label="what")
    if what == "minutes":
        return agenda.set_stage_minutes(doc, stage, data.draw(st.none() | st.integers(0, 200),
                                                              label="minutes"))
    if what == "notes":
        return agenda.edit_stage_notes(doc, stage, data.draw(WORDS))
    return agenda.use_usual_timings(doc)


EDITS = {f.__name__: f for f in (
    add_card, import_cards, edit_card, delete_cards, hold_back, redact, mark_fine, create_theme,
    new_theme_from_wall, rename_theme, drop_cards, place_within, merge_themes, split_theme,
    delete_theme, shift_theme, votes, reason, rank, comment, add_cause, edit_cause, move_cause,
    assign_team, delete_cause, cause_category, add_success, edit_success, reorder_success,
    delete_success, add_action, edit_action, rethink_action, action_status, delete_action,
    rename_person, tag_people, remove_person, edit_details, set_stage, room_count, reflection,
    next_review, team_record, delete_team, day_plan)}


# -- what the views are told ----------------------------------------------------------------------

def saved(doc: Document) -> bytes:
    """The workshop as its file holds it."""
    return workshop_to_bytes(doc.workshop)


def changed_parts(before: dict, after: dict) -> dict[str, set[str]]:
    """collection -> ids added, removed, replaced or moved between two dumps."""
    found: dict[str, set[str]] = {}
    for name in COLLECTIONS:
        old = {p["id"]: (i, p) for i, p in enumerate(before[name])}
        new = {p["id"]: (i, p) for i, p in enumerate(after[name])}
        ids_ = {i for i in old.keys() | new.keys() if old.get(i, (None, None))[1]
                != new.get(i, (None, None))[1]}
        if [p["id"] for p in before[name] if p["id"] in new] != \
                [p["id"] for p in after[name] if p["id"] in old]:
            found.setdefault(name, set())  # reordered: the collection is heard of
        if ids_:
            found[name] = ids_
    return found


def changed_details(before: dict, after: dict) -> set[str]:
    # (a detail left out of the dump while empty, as withdrawn_codes, counts as empty; the
    # format a file is written in follows what it holds, shown nowhere: not a detail)
    return {k for k in before.keys() | after.keys()
            if k not in COLLECTIONS and k != "schema_version"
            and before.get(k, []) != after.get(k, [])}


class Heard:
    def __init__(self, doc: Document) -> None:
        self.parts: dict[str, set[str]] = {}
        self.details: set[str] = set()
        self.edited = 0
        doc.events.parts_changed.connect(self._parts)
        doc.events.details_changed.connect(lambda field: self.details.add(field))
        doc.events.edited.connect(self._edited)

    def _parts(self, collection, part_ids):
        self.parts.setdefault(collection, set()).update(part_ids)

    def _edited(self):
        self.edited += 1

    def clear(self):
        self.parts, self.edited = {}, 0
        self.details.clear()


class UndoSessions(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.doc = Document(load_workshop(demo_path()).workshop)
        self.heard = Heard(self.doc)
        self.stack: list = []  # as the QUndoStack holds them
        self.index = 0  # how many are done
        self.states = [saved(self.doc)]  # the file after each of the first n steps
        self.opened: dict[bytes, tuple] = {}  # a file's bytes → what they opened as

    def _step(self, run) -> None:
        """Do or undo something, checking the views heard of all it changed."""
        before = json.loads(saved(self.doc))
        self.heard.clear()
        run(self.doc)
        after = json.loads(saved(self.doc))
        assert self.heard.edited >= 1, "no 'edited' event: the window is not marked unsaved"
        for collection, part_ids in changed_parts(before, after).items():
            assert collection in self.heard.parts, f"{collection} changed without an event"
            unheard = part_ids - self.heard.parts.get(collection, set())
            assert not unheard, f"{collection} changed without an event: {sorted(unheard)}"
        unheard = changed_details(before, after) - self.heard.details
        assert not unheard, f"details changed without an event: {sorted(unheard)}"

    @rule(name=st.sampled_from(sorted(EDITS)), data=st.data())
    def edit(self, name, data):
        try:
            command = EDITS[name](self.doc, data)
        except (EditRefused, Nothing):
            return
        label = command.label
        assert label.strip() and label == label.strip(), repr(label)
        assert not NOT_ENGLISH.search(label), f"label not plain English: {label!r}"
        if getattr(command, "is_empty", False):  # UndoAdapter.push drops it
            assert saved(self.doc) == self.states[self.index]
            return
        self._step(command.do)
        assert saved(self.doc) != self.states[self.index], f"{label!r} pushed, changed nothing"
        del self.stack[self.index:], self.states[self.index + 1:]
        self.stack.append(command)
        self.index += 1
        self.states.append(saved(self.doc))

    @rule(name=st.sampled_from(sorted(EDITS)), data=st.data())
    def edit_a_detached_copy(self, name, data):
        """The autosave does typed words on a detached copy: the workshop must not change."""
        copy = self.doc.detached_copy()
        heard = Heard(copy)
        self.heard.clear()
        try:
            command = EDITS[name](copy, data)
        except (EditRefused, Nothing):
            return
        command.do(copy)
        assert saved(self.doc) == self.states[self.index], "the copy's edit changed the workshop"
        assert workshop_from_bytes(saved(copy)).workshop == copy.workshop
        assert heard.edited >= 1
        assert not self.heard.edited, "the workshop's views heard of an edit to a copy"

    @rule()
    def undo(self):
        if self.index:
            self.index -= 1
            self._step(self.stack[self.index].undo)

    @rule()
    def redo(self):
        if self.index < len(self.stack):
            self._step(self.stack[self.index].do)
            self.index += 1

    @rule()
    def undo_all_then_redo_all(self):
        while self.index:
            self.undo()
        assert saved(self.doc) == self.states[0], "Undo all did not give back the demo"
        while self.index < len(self.stack):
            self.redo()
        assert saved(self.doc) == self.states[-1], "Redo all did not give back the last one"

    @invariant()
    def sound_after_each_step(self):
        """The file is read once a step (most steps leave the workshop as the last did, which
        opened the same then): the same checks as three invariants, without reading it thrice.
        ``self.opened`` keeps what the same bytes opened as (reading them is a pure function)."""
        data = saved(self.doc)
        self.where_the_stack_says(data)
        self.saves_and_opens_again(data)
        self.look_ups_match(data)

    def where_the_stack_says(self, data: bytes):
        assert data == self.states[self.index]

    def saves_and_opens_again(self, data: bytes):
        if data not in self.opened:
            opened = workshop_from_bytes(data).workshop
            assert workshop_to_bytes(opened) == data
            self.opened[data] = opened, _fresh_look_ups(Document(opened.model_copy()))
        opened, _ = self.opened[data]
        assert opened == self.doc.workshop

    def look_ups_match(self, data: bytes):
        _, fresh = self.opened[data]  # a fresh document of the same workshop (the file opened same)
        for collection in COLLECTIONS:
            for i, part in enumerate(self.doc.parts(collection)):
                assert self.doc.get(collection, part.id) is part, (collection, part.id)
                assert self.doc.index_of(collection, part.id) == i, (collection, part.id)
        assert _fresh_look_ups(self.doc) == fresh


def _fresh_look_ups(doc: Document) -> tuple:
    """The look-ups a document works out from its workshop: a fresh document's are right."""
    return (dict(doc.themes_of_card()), doc.unsorted_cards(),
            [doc.people_count(theme) for theme in doc.workshop.themes])


# 20 sessions: with Remove this person… in EDITS the draws run longer (about 290 edits tried,
# 40 kinds), where 30 sessions drew 121 edits before it; 20 keep the run's time as it was.
UndoSessions.TestCase.settings = settings(
    max_examples=20, stateful_step_count=25, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_undo_sessions_on_the_demo = UndoSessions.TestCase
