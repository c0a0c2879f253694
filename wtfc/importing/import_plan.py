"""What an import would add, and its report: the plan ``building.build_import`` makes.

A plan with rows in other words than the cards made from them (``repeats.since_note``) keeps
the work done to make it (the file read, the guard's finds, the repeats judged) until the
facilitator has chosen: "Leave them out" finishes a second plan from that work
(``leaving_out``) instead of building the import again, 5 s on 100,000 statements.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from threading import Event

from wtfc.importing.hidden_rows import all_hidden_reason
from wtfc.importing.repeats import since_note
from wtfc.importing.report import (
    FORMULA_ADVICE,
    ImportReport,
    SkipReason,
    excel_error_advice,
)
from wtfc.importing.skipped_counts import places
from wtfc.importing.table import source_in_sentence
from wtfc.model.counting import count_phrase
from wtfc.model.workshop import Card, Person, PersonalDetail

# What the same file again skips beside its repeats, every time: said apart, as no sign of
# columns read wrong (it said "Check which column holds the statements", review 35 A21 R1)
_BESIDE_REPEATS = {SkipReason.DUPLICATE, SkipReason.EMPTY, SkipReason.NO_ANSWER,
                   SkipReason.WITHDRAWN}


@dataclass(frozen=True)
class ImportPlan:
    """What an import would add, and its report. ``cards`` empty: nothing to import."""

    people: list[Person]
    cards: list[Card]
    report: ImportReport
    number: int = 1  # "import 3": what the cards' source and the undo step call it
    # The session's names and their codes once this import is done: the ``person_codes`` it
    # was given that still hold (their person still has a card an import made), and the code
    # each name in its person column was given (its name read as ``person_name`` gives it,
    # case-folded; a cell that is no name nor code, such as a client number, as it is).
    # In memory only, never saved: it replaces what was passed to ``build_import`` as
    # ``person_codes`` for the session's next import, which gives the same person the same code
    # and tells their repeated words from someone else's. A name whose person is gone (Undo
    # took the import out) is dropped, as the code may now be given to someone else.
    person_codes: dict[str, str] = field(default_factory=dict)
    # the role and tags the sheet gives people already on People, where People has none
    person_updates: dict[str, dict[str, object]] = field(default_factory=dict)
    # cards already in the workshop that carry a name the guard found in this import: their
    # details with it added (see ``name_spread``)
    held_too: dict[str, list[PersonalDetail]] = field(default_factory=dict)
    # the rows added where an earlier import's cards have other words (``since_note``)
    other_words_rows: list[int] = field(default_factory=list)
    # rows added though an earlier import's cards there have other words, where wtfc cannot
    # offer to leave them out (``Judgement.unsure``): "Row 8 (P01)"
    unsure_rows: list[str] = field(default_factory=list)
    # the rows of those whose card the reworded-row check held back (``reworded_rows``), not
    # the guard: the confirm page and the report give its reason for these only
    reworded_held: set[int] = field(default_factory=set)
    # ``report.in_other_words`` and ``unsure_rows`` (a statement each, as the confirm page counts
    # them) with each place once: "Row 2 (P01, 2 statements)", for the page to list
    other_words_listed: list[str] = field(default_factory=list)
    unsure_listed: list[str] = field(default_factory=list)
    # people on People with no card yet whose locality the sheet's area replaces: (code, theirs)
    area_replaced: list[tuple[str, str]] = field(default_factory=list)
    # With rows in other words: finishes this import with them left out, from the work done
    # for this plan. Emptied once used or let go: it holds the person cells read (names).
    _unfinished: list[Callable[[Event], ImportPlan]] = field(
        default_factory=list, repr=False, compare=False)

    def added_as_chosen(self) -> None:
        """The facilitator chose to add the rows in other words: the report says so."""
        if self.other_words_rows:  # (none: only ``unsure_rows`` were shown, with no choice)
            self.report.since = since_note(self.other_words_rows, chosen="added")
        self.let_go()

    def leaving_out(self, stop: Event | None = None) -> ImportPlan | None:
        """The import with the rows in other words left out, finished from the file this plan
        read, the guard's finds and the repeats it judged (None when it kept none: build the
        import again). ``stop``: as ``build_import``'s. Once only."""
        finish = self._unfinished.pop() if self._unfinished else None
        return None if finish is None else finish(stop or Event())

    def let_go(self) -> None:
        """The choice is over: the work kept for ``leaving_out``, names and all, goes."""
        self._unfinished.clear()

    def all_there(self) -> bool:
        """No card, as every statement is in the workshop already: the same file again, its
        blank rows (or a withdrawn person's) skipped as ever. Not a file to check the columns
        of: the import dialog says "Nothing new to import"."""
        counts = set(self.report.skipped_counts())
        return not self.cards and SkipReason.DUPLICATE in counts and counts <= _BESIDE_REPEATS

    def nothing_imported_reason(self) -> str:
        """Why no card could be made, in plain English ("" when there are cards)."""
        if self.cards:
            return ""
        report = self.report
        if report.rows_read == 0 and report.hidden_rows:
            return all_hidden_reason(report.hidden_rows, source_in_sentence(report.source))
        if report.rows_read == 0:
            return (
                "Nothing could be imported: there are no rows of statements in "
                f"{source_in_sentence(report.source)}."
            )
        if self.all_there():
            said = ("Nothing was added: every statement in it is already in the workshop"
                    f"{_set_aside(report)}.")
            return " ".join(filter(None, [said, report.since, report.by_place]))
        # rows (a wide sheet's cells), as "all 5 rows": a cell's answers skipped alike once
        counts = ", ".join(f"{places(s for s in report.skipped if s.reason == r):,} {r.label}"
                           for r in report.skipped_counts())
        rows = "its one row was" if report.rows_read == 1 else f"all {report.rows_read:,} rows were"
        if set(report.skipped_counts()) == {SkipReason.FORMULA}:
            return f"Nothing could be imported: {rows} skipped. {FORMULA_ADVICE}"
        return (
            f"Nothing could be imported: {rows} skipped ({counts}). "
            "Check which column holds the statements and what the kind values mean."
            + (f" {FORMULA_ADVICE}" if SkipReason.FORMULA in report.skipped_counts() else "")
            + "".join(f" {advice}" for advice in excel_error_advice(
                skipped.error for skipped in report.skipped if skipped.error))
        )


def _set_aside(report: ImportReport) -> str:
    """' (2 rows were empty; 1 row of a person who withdrew stays out)': what the same file
    again skipped that is not in the workshop, said by rows (a wide sheet's cells)."""
    said = []
    for reason, words in ((SkipReason.EMPTY, ("was empty", "were empty")),
                          (SkipReason.NO_ANSWER, ("had no answer",) * 2),
                          (SkipReason.WITHDRAWN, ("of a person who withdrew stays out",
                                                  "of a person who withdrew stay out"))):
        skipped = [s for s in report.skipped if s.reason == reason]
        count = places(skipped)
        if count:
            noun = "cell" if any(s.column for s in skipped) else "row"
            said.append(f"{count_phrase(count, noun)} {words[count != 1]}")
    return f" ({'; '.join(said)})" if said else ""
