"""Random sessions of edits: the workshop stays valid, and undo/redo of the lot is exact.

Hypothesis plays a facilitator who does any edit the operations offer, in any order, on the
sample workshop. After every step the workshop must still be a file we could open again; undoing
every step gives back the original, redoing them gives the final workshop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st
from workshop_builders import assert_valid, sample_document

from wtfc.model.commands import Edit
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations import actions, cards, causes, details, success, themes
from wtfc.model.workshop import ActionStatus, Kind, Perspective, Role, Stage

WORDS = st.text(alphabet="abc XYZé'", min_size=0, max_size=12)


def _pick(data, parts: list, label: str):
    if not parts:
        raise EditRefused("nothing to pick")
    return data.draw(st.sampled_from(parts), label=label)


def _some(data, parts: list, label: str) -> list:
    if not parts:
        raise EditRefused("nothing to pick")
    return data.draw(st.lists(st.sampled_from(parts), min_size=1, max_size=4), label=label)


def _ids(doc: Document, collection: str) -> list[str]:
    return [p.id for p in doc.parts(collection)]


def _cards_of_kind(doc: Document, kind: Kind) -> list[str]:
    return [c.id for c in doc.workshop.cards if c.kind == kind]


def _add_card(doc, data):
    return cards.add_card(doc, kind=data.draw(st.sampled_from(Kind)), text=data.draw(WORDS),
                          person=data.draw(st.sampled_from(["", "P01", "P42"])))


def _edit_card(doc, data):
    return cards.edit_card(doc, card_id=_pick(data, _ids(doc, "cards"), "card"),
                           text=data.draw(st.none() | WORDS),
                           kind=data.draw(st.none() | st.sampled_from(Kind)))


def _delete_cards(doc, data):
    return cards.delete_cards(doc, card_ids=_some(data, _ids(doc, "cards"), "cards"))


def _redact_card(doc, data):
    return cards.redact_card(doc, card_id=_pick(data, _ids(doc, "cards"), "card"))


def _clear_details(doc, data):
    return cards.clear_card_details(doc, card_ids=_some(data, _ids(doc, "cards"), "cards"))


def _create_theme(doc, data):
    kind = data.draw(st.sampled_from(Kind))
    chosen = data.draw(st.lists(st.sampled_from(_cards_of_kind(doc, kind) or ["-"]),
                                max_size=3).filter(lambda c: "-" not in c))
    source = data.draw(st.none() | st.sampled_from(_ids(doc, "themes") or [None]))
    return themes.create_theme(doc, kind=kind, name=data.draw(WORDS), card_ids=chosen,
                               from_theme_id=source,
                               index=data.draw(st.none() | st.integers(0, 5)))


def _rename_theme(doc, data):
    return themes.rename_theme(doc, theme_id=_pick(data, _ids(doc, "themes"), "theme"),
                               name=data.draw(WORDS))


def _move_cards(doc, data):
    target = data.draw(st.none() | st.sampled_from(_ids(doc, "themes") or [None]))
    source = data.draw(st.none() | st.sampled_from(_ids(doc, "themes") or [None]))
    if target is None and source is None:
        raise EditRefused("nowhere to move")
    pool = _cards_of_kind(doc, doc.theme(target).kind) if target else doc.theme(source).card_ids
    return themes.move_cards(doc, card_ids=_some(data, list(pool), "cards"), to_theme_id=target,
                             from_theme_id=source, index=data.draw(st.none() | st.integers(0, 6)))


def _merge_themes(doc, data):
    into = _pick(data, _ids(doc, "themes"), "into")
    return themes.merge_themes(doc, into_theme_id=into,
                               theme_ids=_some(data, _ids(doc, "themes"), "themes"))


def _split_theme(doc, data):
    theme_id = _pick(data, _ids(doc, "themes"), "theme")
    chosen = _some(data, doc.theme(theme_id).card_ids, "cards")
    return themes.split_theme(doc, theme_id=theme_id, card_ids=list(dict.fromkeys(chosen)),
                              new_name=data.draw(WORDS))


def _delete_theme(doc, data):
    return themes.delete_theme(doc, theme_id=_pick(data, _ids(doc, "themes"), "theme"))


def _reorder_theme(doc, data):
    return themes.reorder_theme(doc, theme_id=_pick(data, _ids(doc, "themes"), "theme"),
                                index=data.draw(st.integers(0, 6)))


def _set_priority(doc, data):
    return themes.set_priority(doc, theme_id=_pick(data, _ids(doc, "themes"), "theme"),
                               chosen=data.draw(st.none() | st.booleans()),
                               rank=data.draw(st.none() | st.integers(1, 10)),
                               votes=data.draw(st.none() | st.integers(0, 50)),
                               reason=data.draw(st.none() | WORDS))


def _rank_priorities(doc, data):
    return themes.rank_priorities(doc, theme_ids=data.draw(st.lists(
        st.sampled_from(_ids(doc, "themes") or ["-"]), max_size=3).filter(lambda t: "-" not in t)))


def _move_placements(doc, data):
    placed = [(c, t.id) for t in doc.workshop.themes for c in t.card_ids]
    placed += [(c.id, None) for c in doc.unsorted_cards()]
    target = data.draw(st.none() | st.sampled_from(_ids(doc, "themes") or [None]))
    moves = _some(data, placed, "moves")
    if target is not None:
        moves = [m for m in moves if doc.card(m[0]).kind == doc.theme(target).kind]
    return themes.move_placements(doc, moves=moves, to_theme_id=target,
                                  copy=data.draw(st.booleans()))


def _comment(doc, data):
    return themes.add_theme_comment(doc, theme_id=_pick(data, _ids(doc, "themes"), "theme"),
                                    comment=data.draw(WORDS))


def _add_cause(doc, data):
    theme_id = _pick(data, _ids(doc, "themes"), "theme")
    parents = [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    return causes.add_cause(doc, theme_id=theme_id, text=data.draw(WORDS),
                            parent_id=data.draw(st.none() | st.sampled_from(parents or [None])))


def _edit_cause(doc, data):
    return causes.edit_cause(doc, cause_id=_pick(data, _ids(doc, "causes"), "cause"),
                             text=data.draw(st.none() | WORDS),
                             root_cause=data.draw(st.none() | st.booleans()),
                             agreed=data.draw(st.none() | st.booleans()))


def _move_cause(doc, data):
    return causes.move_cause(doc, cause_id=_pick(data, _ids(doc, "causes"), "cause"),
                             parent_id=data.draw(st.none() | st.sampled_from(
                                 _ids(doc, "causes") or [None])))


def _assign_team(doc, data):
    return causes.assign_team(doc, cause_ids=_some(data, _ids(doc, "causes"), "causes"),
                              team=data.draw(WORDS))


def _delete_cause(doc, data):
    return causes.delete_cause(doc, cause_id=_pick(data, _ids(doc, "causes"), "cause"))


def _add_success(doc, data):
    return success.add_success(doc, theme_id=_pick(data, _ids(doc, "themes"), "theme"),
                               perspective=data.draw(st.sampled_from(Perspective)),
                               text=data.draw(WORDS))


def _edit_success(doc, data):
    return success.edit_success(doc, success_id=_pick(data, _ids(doc, "success"), "statement"),
                                text=data.draw(st.none() | WORDS),
                                perspective=data.draw(st.none() | st.sampled_from(Perspective)))


def _delete_success(doc, data):
    return success.delete_success(doc,
                                  success_id=_pick(data, _ids(doc, "success"), "statement"))


def _add_action(doc, data):
    theme_id = _pick(data, _ids(doc, "themes"), "theme")
    own_causes = [c.id for c in doc.workshop.causes if c.theme_id == theme_id]
    own_success = [s.id for s in doc.workshop.success if s.theme_id == theme_id]
    return actions.add_action(
        doc, theme_id=theme_id, role=data.draw(st.sampled_from(Role)), what=data.draw(WORDS),
        cause_id=data.draw(st.none() | st.sampled_from(own_causes or [None])),
        success_id=data.draw(st.none() | st.sampled_from(own_success or [None])),
        by_when=data.draw(st.none() | st.dates(dt.date(2026, 1, 1), dt.date(2028, 1, 1))))


def _edit_action(doc, data):
    action_id = _pick(data, _ids(doc, "actions"), "action")
    change = data.draw(st.sampled_from(["status", "role", "what", "theme_id"]))
    value = {"status": st.sampled_from(ActionStatus), "role": st.sampled_from(Role),
             "what": WORDS, "theme_id": st.sampled_from(_ids(doc, "themes"))}[change]
    return actions.edit_action(doc, action_id=action_id, **{change: data.draw(value)})


def _delete_action(doc, data):
    return actions.delete_action(doc, action_id=_pick(data, _ids(doc, "actions"), "action"))


def _edit_details(doc, data):
    return details.edit_details(doc, title=data.draw(WORDS), venue=data.draw(WORDS))


def _set_stage(doc, data):
    return details.set_stage(doc, stage=data.draw(st.sampled_from(Stage)))


OPERATIONS: dict[str, Callable[[Document, st.DataObject], Edit]] = {
    f.__name__.strip("_"): f for f in (
        _add_card, _edit_card, _delete_cards, _redact_card, _clear_details, _create_theme,
        _rename_theme, _move_cards, _merge_themes, _split_theme, _delete_theme,
        _reorder_theme, _set_priority, _rank_priorities, _move_placements, _comment, _add_cause,
        _edit_cause, _move_cause, _assign_team, _delete_cause, _add_success, _edit_success,
        _delete_success, _add_action, _edit_action, _delete_action, _edit_details, _set_stage)
}


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_any_session_of_edits_keeps_the_workshop_valid_and_undoes_exactly(data):
    doc = sample_document()
    original = doc.workshop.model_copy(deep=True)
    done: list[Edit] = []
    for _ in range(data.draw(st.integers(1, 15), label="steps")):
        name = data.draw(st.sampled_from(sorted(OPERATIONS)), label="operation")
        try:
            edit = OPERATIONS[name](doc, data)
        except EditRefused:
            continue
        edit.do(doc)
        assert_valid(doc)
        done.append(edit)
    final = doc.workshop.model_copy(deep=True)

    for edit in reversed(done):
        edit.undo(doc)
        assert_valid(doc)
    assert doc.workshop == original
    for edit in done:
        edit.do(doc)
    assert doc.workshop == final
    assert_valid(doc)
