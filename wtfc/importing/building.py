"""Builds the cards and people of an import; the one undoable command that adds them is
``adding.import_edit`` (named here too, where the callers have always found it).

Everything is worked out first, without touching the workshop; the command only adds. So a
failed import changes nothing, and one Undo removes the whole import.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from copy import deepcopy
from dataclasses import dataclass, replace
from threading import Event

from wtfc.importing.adding import import_edit as import_edit
from wtfc.importing.adding import new_card as _card  # (tests stop a build in it)
from wtfc.importing.alike_codes import alike_codes_note, merged_codes_note
from wtfc.importing.build_stop import check, checked
from wtfc.importing.card_guard import CardGuard
from wtfc.importing.carried_people import cardless_note
from wtfc.importing.collector import collector_paused
from wtfc.importing.errors import ImportFailed
from wtfc.importing.file_names import shown_name
from wtfc.importing.import_plan import ImportPlan
from wtfc.importing.known_names import name_matcher
from wtfc.importing.left_out import left_out_columns
from wtfc.importing.mapping import (
    ColumnMapping,
    Field,
    column_letter,
    column_names,
    named_alone,
)
from wtfc.importing.name_columns import names_in_columns
from wtfc.importing.name_spread import spread_in_import
from wtfc.importing.other_sheet_codes import codes_from_other_sheets
from wtfc.importing.own_codes import codes_given, own_codes_note, sheet_again_note
from wtfc.importing.person_code_guess import person_code_column
from wtfc.importing.person_codes import PersonCodes, person_cell_value, withdrawn_check
from wtfc.importing.person_fill import fill_down
from wtfc.importing.person_names import person_name
from wtfc.importing.person_tags import PersonTags, person_tag_headings
from wtfc.importing.plan_words import cards_are, fact, they_carry
from wtfc.importing.plan_words import place as _place
from wtfc.importing.repeats import Judgement, Repeats, Row, comparable
from wtfc.importing.repeats_notes import (
    by_place_note,
    listed_once,
    made_again_note,
    place_said,
    since_note,
    unsure_note,
)
from wtfc.importing.report import ImportReport, SkippedRow, SkipReason
from wtfc.importing.reworded_rows import RewordedRows, held_back_note
from wtfc.importing.skipped_counts import cells_carded
from wtfc.importing.statements import Statement, read_statements
from wtfc.importing.table import SourceTable
from wtfc.importing.tag_columns import tag_columns_found
from wtfc.model.top_two import kind_counts, top_two_note
from wtfc.model.workshop import Card, Workshop


def build_import(
    table: SourceTable,
    mapping: ColumnMapping,
    *,
    workshop: Workshop,
    known_names: Iterable[str] = (),
    person_codes: Mapping[str, str] | None = None,
    stop: Event | None = None,
    leave_out_other_words: bool = False,
    own_codes: bool = False,
    locality: str = "",
) -> ImportPlan:
    """The cards and people the rows make, each card checked for personal details.
    ``person_codes``: the ``person_codes`` of this session's earlier imports into this
    workshop (see ``ImportPlan``). Which rows are repeats is said in ``repeats.py``.
    ``stop``: once set, ``build_stop.BuildStopped`` is raised within 25 rows.
    ``leave_out_other_words``: skip the rows ``repeats`` finds in other words than the cards
    made from them (the facilitator's choice; added by default).
    ``own_codes``: give the sheet's codes the workshop already knows codes of their own
    (``own_codes``: another area's P01 is not this one's).
    ``locality``: the area of everyone on the sheet, given to each person whose rows give no
    locality (``PersonTags.area``); "" for none.
    """
    stop = stop or Event()
    with collector_paused():
        work = replace(_prepare(table, mapping, workshop, known_names, person_codes, stop,
                                own_codes, locality), area=locality)
        # Leave them out may follow on the confirm page: the work is kept for it, and this
        # plan is finished from copies of what finishing changes (``_Prepared.fresh``).
        again = bool(work.judged.since) and not leave_out_other_words
        plan = _finish(work.fresh() if again else work, stop, leave_out_other_words)
    if again:
        plan._unfinished.append(lambda stop: _finished_again(work, stop))
    return plan


def _finished_again(work: _Prepared, stop: Event) -> ImportPlan:
    with collector_paused():
        return _finish(work, stop, leave_out=True)


@dataclass(frozen=True)
class _Prepared:
    """An import worked out up to the judgement of its rows: the same whichever way its rows in
    other words go. ``report`` and ``codes`` are changed by ``_finish``."""

    table: SourceTable
    mapping: ColumnMapping
    workshop: Workshop
    statements: list[Statement]
    report: ImportReport
    codes: PersonCodes
    guard: CardGuard
    tag_columns: str
    repeats: Repeats
    rows: list[Row]
    judged: Judgement
    instead: dict[str, str]  # the sheet's known codes -> codes of their own (``own_codes``)
    own_codes: bool  # and whether they were given
    session_names: Mapping[str, str]  # the session's names -> codes, as ``build_import`` had
    area: str = ""  # the locality chosen for everyone on the sheet (``PersonTags.area``)

    def fresh(self) -> _Prepared:
        """A copy to finish a plan from, leaving this one as it is for another."""
        return replace(self, report=deepcopy(self.report), codes=self.codes.copy())


def _prepare(
    table: SourceTable,
    mapping: ColumnMapping,
    workshop: Workshop,
    known_names: Iterable[str],
    person_codes: Mapping[str, str] | None,
    stop: Event,
    own_codes: bool,
    area: str,
) -> _Prepared:
    problems = mapping.problems()
    if problems:
        raise ImportFailed(problems[0])
    read = read_statements(table, mapping)
    check(stop)
    given = codes_given(workshop, read.statements, own_codes=own_codes,
                        wide=mapping.layout == "wide", person_codes=person_codes, area=area)
    statements, instead, moved = given.statements, given.instead, given.moved
    left_out = left_out_columns(table, mapping)
    report = ImportReport(
        source=table.source_name,
        encoding=table.encoding,
        sheet=table.sheet,
        layout=mapping.layout,
        rows_read=read.rows_read,
        skipped=list(read.skipped),
        notes=[*table.notes, *([table.sheet_note] if table.sheet_note else [])],
        left_out=left_out,
        hidden_rows=sum(1 for row in table.hidden_rows if row >= mapping.first_data_row),
        error_tags=read.error_tags,
        markup_cells=read.markup_cells,
        questions=read.questions,
        split_cells=read.split_cells,
        kept_cells=read.kept_cells,
    )
    if moved:
        fact(report, sheet_again_note(moved))
    if read.blank_rows:
        fact(report, "1 blank row was passed over." if read.blank_rows == 1
             else f"{read.blank_rows:,} blank rows were passed over.")
    by_row = Field.PERSON not in mapping.fields and mapping.layout == "wide"
    if Field.PERSON not in mapping.fields and not by_row:  # said before Import in the app too
        column = person_code_column(table, mapping)
        headings = column_names(table, mapping)
        report.no_person = "" if column is None else headings[column]
        report.no_person_letter = "" if column is None else column_letter(column)
        report.no_person_by_letter = column is not None and not named_alone(headings, column)
    check(stop)
    cells = {s.person for s in statements}  # each person's cell once
    codes = PersonCodes(
        workshop,
        by_row=by_row,
        earlier=given.earlier,
        in_file=set() if by_row else {person_cell_value(c) for c in cells},
    )
    # and the names in the columns left out that hold them ("Client name", "Worker"): for
    # this import's check only, never stored (as the person cells are not)
    watched = names_in_columns(table.rows[mapping.first_data_row:],
                               [c.column for c in left_out if c.names])
    names = tuple(known_names) + tuple(
        sorted({name for cell in cells if (name := person_name(cell))} | set(watched))
    )
    guard = CardGuard(name_matcher(names))
    check(stop)
    tag_columns = tag_columns_found(table, mapping, (s.row for s in statements), guard.details)
    check(stop)
    repeats = Repeats(workshop)
    wide = mapping.layout == "wide"
    words = {text: comparable(text) for text in {s.text for s in statements}}
    rows = [
        Row(_place(s, wide), s.row, words[s.text], s.kind.value, *codes.code_for(s))
        for s in checked(statements, stop)
    ]
    check(stop)
    judged = repeats.judge(rows, named=codes.earlier().values())
    check(stop)
    return _Prepared(table, mapping, workshop, statements, report, codes, guard,
                     tag_columns, repeats, rows, judged, instead, own_codes,
                     dict(person_codes or {}))


def _finish(work: _Prepared, stop: Event, leave_out: bool) -> ImportPlan:
    table, mapping, workshop, report, codes, guard, rows, judged, repeats = (
        work.table, work.mapping, work.workshop, work.report, work.codes, work.guard,
        work.rows, work.judged, work.repeats)
    person_tags = PersonTags(person_tag_headings(mapping.fields, column_names(table, mapping)),
                             guard.details, area=work.area)
    wide = mapping.layout == "wide"
    # A card's source names the import and the row, never the file: file names such as
    # "Review - Zbigniew Wojcik 12 Acacia Avenue.csv" hold the very details the guard keeps off
    # the wall, the guard cannot be trusted to catch every name in one, and the source goes
    # into the data export. The report names the file next to the number.
    import_number = 1 + max(repeats.imports, default=0)

    def whose(row: Row) -> str:
        """The row's person: the same file again gives its people who they were then, and a
        code merged into another since (P7 into P07) is that one."""
        if row.who is None:
            return judged.merged.get(row.person, row.person)
        return judged.people.get(row.who, row.person)

    moved = codes.close_gaps({whose(row) for row in rows})
    seen: set[tuple[str, str, str]] = set()
    cards: list[Card] = []
    worded_like = made_again = blank_person = 0
    merged: dict[str, str] = {}  # a code merged into another earlier -> whose cards it is on
    # each person's rows, and those skipped as their card's words already there
    rows_of: Counter[str] = Counter()
    repeated: Counter[str] = Counter()
    # rows added as ``judged.unsure``, and those in other words: ("Row 8", "P01") each statement
    unsure: list[tuple[str, str]] = []
    other_words: list[tuple[str, str]] = []
    reworded = RewordedRows(workshop)
    carded: Counter[tuple[int, str]] = Counter()  # cells (row, column) -> cards made from them
    withdrew = withdrawn_check(workshop)  # Remove this person…: their rows again stay out
    withdrawn: dict[str, None] = {}  # the codes whose rows were kept out so, in row order
    for index, (statement, row) in enumerate(checked(zip(work.statements, rows, strict=True),
                                                      stop)):
        person, where = moved.get(whose(row), whose(row)), statement.column if wide else ""
        if withdrew(person):  # never their words: a count only
            report.skipped.append(SkippedRow(statement.row, where, SkipReason.WITHDRAWN))
            withdrawn.setdefault(person)
            continue
        person_tags.note(person, statement)  # a repeated row still says who the person is
        rows_of[person] += 1
        key = (row.words, row.kind, person)
        # Rows with no person are never repeats of each other: "I feel lonely" on three rows
        # of an anonymised sheet is three people saying it, and that counts towards priorities.
        left_out = leave_out and index in judged.since
        if (person and key in seen) or index in judged.repeats or left_out:
            seen.add(key)
            repeated[person] += int(index in judged.repeats or left_out)
            # Which card kept its words is said, never the words: the sheet's may hold the
            # name the card was redacted of ("[name]"), and this report may be on the projector.
            card = judged.reworded.get(index) or judged.since.get(index, "")
            kept = f"the card from {shown_name(card)} keeps its words; edit it on Collect if " \
                "the sheet's are right" if card else ""
            later = judged.edited_later.get(index, 0)  # a form saved again, a word put right
            report.skipped.append(SkippedRow(statement.row, where, SkipReason.DUPLICATE,
                                             "" if later else kept, since=left_out, later=later))
            continue
        seen.add(key)
        if index in judged.since or index in judged.unsure:
            place = shown_name(_place(statement, wide))  # "row 8, Working 1": "Row 8, …"
            said = (f"R{place[1:]}", person)
            if index in judged.unsure:
                unsure.append(said)
            else:  # its earlier card's person: said as such, not as another's
                repeated[person] += 1
                other_words.append(said)
        made_again += index in judged.made_again
        worded_like += (
            row.who is not None
            and index not in judged.made_again
            and repeats.worded_before(row.words, row.kind)
        )
        source = f"import {import_number}, {row.place}"
        cards.append(_card(statement, person, source, guard))
        carded[statement.row, statement.column] += 1
        if index in judged.since or index in judged.unsure:  # its card reworded on the wall?
            earlier = judged.since.get(index) or f"import {judged.unsure[index]}, {row.place}"
            cards[-1] = reworded.held_back(cards[-1], earlier, row.row)  # its lost words held
        blank_person += not person and not person_cell_value(statement.person)
        if old := codes.merged_code(statement):
            merged[old] = person
    check(stop)
    flagged = sum(1 for c in cards if c.personal_details)
    cards, held_too = spread_in_import(cards, workshop.cards)
    check(stop)
    # held back: the next step, after the report, says to check them
    if also := sum(1 for c in cards if c.personal_details) - flagged:
        fact(report, f"{cards_are(also)} held back as well: {they_carry(also)} a name the guard "
             "found in another card.")
    if held_too:
        fact(report, f"{cards_are(len(held_too))} already in the workshop held back too: "
             f"{they_carry(len(held_too))} a name the guard found in this import.")
    if cards:  # said of the cards added: with none (the same file again) there is nothing to say
        fact(report, f'Cards give their source as "import {import_number}, row …": the '
             "file's name is left out because it can hold a person's name.")
        report.tag_columns = work.tag_columns  # (none: said before, the file added nothing)
    report.split_cells = cells_carded(((s.row, s.column) for s in work.statements), carded)
    if made_again:
        report.notes.append(made_again_note(made_again, in_cells=bool(judged.in_cells)))
    other_words_rows = [rows[index].row for index in judged.since]
    if other_words_rows:
        report.since = since_note(other_words_rows, chosen="left out" * leave_out)
    if reworded.rows:
        report.notes.append(held_back_note(len(reworded.rows)))
    if unsure:  # not left out, even if asked: said, with why
        report.notes.append(unsure_note(unsure, asked=leave_out))
    if judged.by_place:
        report.by_place = by_place_note({rows[i].row for i in judged.by_place}, judged.same_as)
        report.notes.append(report.by_place)
    report.worded_like = worded_like
    report.skipped.sort(key=lambda s: s.row)
    used = {c.person for c in cards if c.person}
    people = [p for p in codes.new_people() if p.id in used]
    people, person_updates, tag_notes = person_tags.apply(workshop, people)
    check(stop)
    # nothing imported, nothing goes to People: "went to 2 people" would not be so
    report.notes += tag_notes if cards else [n for n in tag_notes if n not in person_tags.facts]
    # a new cycle's: last time's rows no card is from, and last time's tags kept
    fresh = used - set(codes.from_file(used))
    report.notes += [note for note in (person_tags.kept_from_before(workshop, used),
                                       cardless_note(workshop, used, fresh)) if note]
    report.facts |= person_tags.facts
    # said, never refused: who now has more than two cards of a kind this import added to
    added = {(card.person, card.kind) for card in cards if card.person}
    top_two = top_two_note(kind_counts([*workshop.cards, *cards]), among=added)
    if top_two:
        report.notes.append(top_two)
    alike = alike_codes_note(workshop, cards, codes.from_file(p.id for p in people))
    if alike:
        report.notes.append(alike)
    if merged:
        fact(report, merged_codes_note(merged))
    if Field.PERSON in mapping.fields:  # a blank under the person's heading is never silent
        report.blank_person = blank_person
        report.person_heading = column_names(table, mapping)[mapping.columns(Field.PERSON)[0]]
        fillable = fill_down(table, mapping)  # "a code, then blanks": said, filled if chosen
        if fillable and mapping.fill_person_down:
            report.filled_person = fillable.count
        report.blank_person_fillable = fillable is not None and not mapping.fill_person_down
    report.cards_added = len(cards)
    report.people_added = len(people)
    report.not_codes = codes.not_codes(used, lined_up=judged.people.keys())
    # the sheet's codes with cards here already: perhaps another area's people
    by_code = {whose(row) for row in rows if row.who is None} - set(codes.earlier().values())
    cells = {person_cell_value(s.person): whose(r) for s, r in zip(work.statements, rows,
                                                                    strict=True)}
    merged_from = {code: f"{cell} (merged into {code})" for cell, code in cells.items()
                   if code in by_code and cell != code and code not in cells}  # (M1)
    report.other_sheet_codes, report.other_sheet_imports = codes_from_other_sheets(
        workshop, from_file=by_code, rows=rows_of, repeated=repeated,
        alike=person_tags.described_alike(workshop), clashes=person_tags.clashes(workshop),
        same_file=judged.same_file, instead={} if work.own_codes else work.instead,
        withdrawn=withdrawn, shown=merged_from)
    if work.own_codes:
        again = any(judged.same_file(number) for number in repeats.imports)
        report.notes.append(own_codes_note(work.instead, withdrawn, again=again))
    report.cards_flagged = sum(1 for c in cards if c.personal_details)
    named = codes.named()
    # the same file again: its names are the people they were then
    named |= {name: judged.people[name] for name in named if name in judged.people}
    known = {p.id for p in workshop.people} | used
    named = codes.earlier() | {name: code for name, code in named.items() if code in known}
    if work.own_codes:  # and the session's names stay whom they were (North's Mrs A)
        named |= work.session_names
    report.in_other_words = [place_said(*said) for said in other_words]
    return ImportPlan(people, cards, report, import_number, named, person_updates, held_too,
                      [] if leave_out else other_words_rows,
                      unsure_rows=[place_said(*said) for said in unsure],
                      reworded_held=reworded.rows, other_words_listed=listed_once(other_words),
                      unsure_listed=listed_once(unsure), area_replaced=person_tags.area_replaced)

