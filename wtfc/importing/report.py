"""The import report: what was read, what became cards, and why each skipped row was skipped."""

from __future__ import annotations

import re
import shlex
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from wtfc.importing.answers_notes import questions_note, several_note

# (the advice is said by name in other modules and tests, as this module's)
from wtfc.importing.excel_error_notes import (
    EXCEL_ERROR_ADVICE as EXCEL_ERROR_ADVICE,
)
from wtfc.importing.excel_error_notes import (
    FORMULA_ADVICE,
    error_tags_note,
    excel_error_advice,
)
from wtfc.importing.excel_error_notes import (
    FORMULA_ERROR_ADVICE as FORMULA_ERROR_ADVICE,
)
from wtfc.importing.file_names import shown_name
from wtfc.importing.left_out import LeftOutColumn, describe_left_out
from wtfc.importing.other_sheet_codes import other_sheet_note
from wtfc.importing.report_encoding import encoding_lines
from wtfc.importing.skipped_counts import grouped, of_several, skipped_phrase
from wtfc.importing.table import source_in_sentence
from wtfc.model.counting import count_phrase


class SkipReason(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    UNKNOWN_KIND = "unknown_kind"
    DUPLICATE = "duplicate"
    FORMULA = "formula"  # the cell's formula has no saved result, so it reads as empty
    EXCEL_ERROR = "excel_error"  # a statement, person or kind cell shows an error (#NAME?, #N/A…)
    WITHDRAWN = "withdrawn"  # the person withdrew (Remove this person…): their code is retired
    NO_ANSWER = "no_answer"  # only "N/A", "None", "-", "See above"…: a care system's filler

    @property
    def label(self) -> str:
        return {
            "empty": "empty",
            "too_long": "too long",
            "unknown_kind": "unknown kind",
            "duplicate": "duplicate of a card already there",
            "formula": "a formula whose result was not saved",
            "excel_error": "an Excel error",
            "withdrawn": "a person who withdrew (Remove this person…)",
            "no_answer": "no answer",
        }[self.value]


# How the report tells the app's user to take an import out (``ImportReport.lines``); the
# command line, which has no Undo and has saved the file, says where the file before it is.
UNDO_TAKES_IT_OUT = "Undo takes this import out: then import only the new rows."

# A row skipped as the same person's statement at the same place as a card, its words lightly
# edited (a typo put right, on the card or in the sheet): a repeat, but not the same words
REWORDED = "the same as a card already there, worded a little differently"
# A row a later row of the same file says again, a word put right (``SkippedRow.later``)
LATER_ROW = "the same as row {row}, worded a little differently; the later row's words are kept"
# A row left out, as the facilitator chose, where an earlier import made a card now in other
# words (``repeats.since_note``)
LEFT_OUT_AS_CHOSEN = "left out, as chosen: the card made from it has other words now"


@dataclass(frozen=True)
class SkippedRow:
    """A row (or one cell of it, in the wide layout) that gave no card."""

    row: int  # as numbered in the spreadsheet (1 = first row)
    column: str  # the column's heading, "" for the whole row
    reason: SkipReason
    detail: str = ""
    error: str = field(default="", compare=False)  # EXCEL_ERROR's value: "#N/A", "#NAME?"…
    since: bool = False  # left out as chosen, its card in other words (LEFT_OUT_AS_CHOSEN)
    # a later row of the file says it again with a word put right (a form saved as a draft,
    # then complete: ``edited_rows``): that row, whose words are kept
    later: int = 0

    def describe(self, statements: int = 1) -> str:
        """``statements``: how many of the row's (a cell's answers) this says, listed once."""
        # a wide sheet's heading is a cell too: what the guard finds in it shows as its kind
        where = f"Row {self.row}" + (f", {shown_name(self.column)}" if self.column else "") + (
            f" ({statements:,} statements)" if statements > 1 else "")
        if self.later:
            return f"{where}: {LATER_ROW.format(row=f'{self.later:,}')}"
        label = LEFT_OUT_AS_CHOSEN if self.since else REWORDED if self.reworded else \
            self.reason.label
        said = label + (f" ({self.detail})" if self.detail else "")
        return f"{where}: {of_several(said) if statements > 1 else said}"

    @property
    def reworded(self) -> bool:
        return (self.reason == SkipReason.DUPLICATE and bool(self.detail) and not self.since
                and not self.later)


@dataclass
class ImportReport:
    source: str
    encoding: str = ""
    sheet: str = ""
    layout: str = ""
    rows_read: int = 0
    cards_added: int = 0
    people_added: int = 0
    cards_flagged: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    facts: set[str] = field(default_factory=set)  # notes with nothing to do ("… passed over")
    worded_like: int = 0  # statements kept though worded like cards already there
    left_out: list[LeftOutColumn] = field(default_factory=list)  # columns of words not read
    hidden_rows: int = 0  # rows below the headings hidden in Excel, so left out
    by_place: str = ""  # the note on rows skipped as an earlier import's by their place
    # the note on rows where an earlier import's cards have other words (``since_note``), and
    # those rows, when added, as the confirm page lists them ("Row 8, Working 1 (P01)")
    since: str = ""
    in_other_words: list[str] = field(default_factory=list)
    # "The Team ([name]) column": tag columns where the guard found a possible detail
    # (``tag_columns``), the kinds said, never the words
    tag_columns: str = ""
    # None when a column gives the person (or the wide layout's rows do); else the heading of
    # a left-out column that looks like person codes ("Ref no."), "" when none does
    no_person: str | None = None
    no_person_letter: str = ""  # that column's letter ("A")
    # that column's heading cannot name it to --map (another column has it, or it holds "="),
    # so it goes by its letter
    no_person_by_letter: bool = False
    # cards whose person cell is blank though a column gives the person, and its heading
    blank_person: int = 0
    person_heading: str = ""
    # the person column reads "a code, then blanks" (``person_fill``): blanks filled from the
    # row above, as the facilitator chose; or, not chosen, the way to fill them
    filled_person: int = 0
    blank_person_fillable: bool = False
    # (row, code given) for person cells neither a code nor a name ("Ł01", "ک01")
    not_codes: list[tuple[int, str]] = field(default_factory=list)
    # one-row-per-person codes whose cards all came from other imports, in other words
    # (``other_sheet_codes``), and those imports' numbers
    other_sheet_codes: list[str] = field(default_factory=list)
    other_sheet_imports: list[int] = field(default_factory=list)
    # tag and role cells showing an Excel error, left blank: (heading, "C4", "#REF!")
    error_tags: list[tuple[str, str, str]] = field(default_factory=list)
    # statement and tag cells whose web or Word formatting ("&nbsp;", "<p>") was taken off
    markup_cells: int = 0
    # answers whose question ("What is working? - …") was taken off; cells holding more than
    # one answer made a card each (``split_cells``), or kept whole as chosen (``answers_notes``)
    questions: int = 0
    split_cells: int = 0
    kept_cells: int = 0

    def skipped_counts(self) -> dict[SkipReason, int]:
        return dict(Counter(s.reason for s in self.skipped))

    def summary(self) -> str:
        """One sentence for a status bar or a dialog's heading."""
        text = f"{count_phrase(self.cards_added, 'card')} added from " + count_phrase(
            self.rows_read, "row"
        )
        if self.skipped:
            text += f"; {skipped_phrase(self.skipped)}"
        if self.cards_flagged:
            text += f"; {self.cards_flagged:,} held back to check for personal details"
        return text + "."

    def _reworded(self, reason: SkipReason) -> str:
        """' (2 of them worded a little differently: …)' after the duplicates' count, and how
        many were left out as chosen (``SkippedRow.since``): not duplicates, though counted so."""
        if reason != SkipReason.DUPLICATE:
            return ""
        count, chosen, later = (sum(1 for s in self.skipped if getattr(s, k))
                                for k in ("reworded", "since", "later"))
        total = self.skipped_counts()[reason]
        them = "it is" if total == 1 else "1 of them is" if count == 1 else (
            f"{count:,} of them are")
        keep = "the card keeps its words" if count == 1 else "the cards keep their words"
        said = f" ({them} worded a little differently: {keep}, nothing is merged)" * bool(count)
        if later:  # a form saved twice: said apart, as no card was there before
            them = "it is" if total == 1 else "1 of them is" if later == 1 else (
                f"{later:,} of them are")
            said += (f" ({them} the same as a later row of the file, worded a little "
                     "differently: the later row's words are kept)")
        return said + ("" if not chosen else " (left out, as chosen)" if chosen == total
                       else f" ({chosen:,} of them left out, as chosen)")

    def lines(self, *, max_skipped: int = 50, with_summary: bool = True,
              taking_out: str = UNDO_TAKES_IT_OUT, asks_only: bool = False) -> list[str]:
        """The whole report as lines of plain text (the command line prints these; the import
        dialog shows them under the summary, so leaves it out with ``with_summary=False``).
        ``taking_out``: how to take this import out again and import only the new rows, said
        when some statements are worded like cards already there (they may be rows imported
        before): a sentence after "If they are rows imported before, …,".

        Only what a facilitator can act on: how the text was decoded or what split its cells
        is said only when it may have gone wrong in a way they can see. ``asks_only``: only the
        notes asking them to do (or check) something, which a screen reader hears after an
        import: the counts, the skipped rows and the ``facts`` are left to be read.
        """
        sheet = f", sheet '{shown_name(self.sheet)}'" if self.sheet else ""
        where = source_in_sentence(self.source) + sheet
        out: list[str] = []
        fact = (lambda _line: None) if asks_only else out.append
        fact(f"Imported from {where}.")
        if with_summary:
            fact(self.summary())
        if self.left_out:  # a statement column left out is never silent
            out.append(describe_left_out(self.left_out, shown_name))
        out += encoding_lines(self.encoding)
        if self.people_added:
            people = count_phrase(self.people_added, "person", "people")
            fact(f"{people} added (by code, never by name).")
        if self.not_codes:
            fact(_not_codes_note(self.not_codes))
        if self.other_sheet_codes:
            out.append(other_sheet_note(self.other_sheet_codes, self.other_sheet_imports,
                                        taking_out))
        for reason, count in self.skipped_counts().items():
            fact(f"Skipped as {reason.label}: {count}{self._reworded(reason)}.")
        if self.markup_cells:
            fact(markup_note(self.markup_cells))
        for line in ([questions_note(self.questions)] if self.questions else []) + several_note(
                self.split_cells, self.kept_cells):
            fact(line)
        if self.since:  # before the skipped rows, which may run past the window's foot
            out.append(self.since)
        listed = grouped(self.skipped)  # a cell's answers skipped alike: its row once
        for skipped, statements in listed[:max_skipped]:
            fact("  " + skipped.describe(statements))
        if len(listed) > max_skipped:
            fact(f"  … and {len(listed) - max_skipped} more.")
        if SkipReason.FORMULA in self.skipped_counts():
            out.append(FORMULA_ADVICE)
        if self.error_tags:
            out.append(error_tags_note(self.error_tags))
        out += excel_error_advice([s.error for s in self.skipped if s.error]
                                  + [error for *_, error in self.error_tags])
        out += [note for note in self.notes if not (asks_only and note in self.facts)]
        if self.no_person is not None and self.cards_added:
            letter = self.no_person_letter
            out.append(_no_person_note(self.no_person, letter, taking_out,
                                       by_letter=self.no_person_by_letter and bool(letter)))
        if self.filled_person:
            rows = count_phrase(self.filled_person, "row")
            fact(f"“{shown_name(self.person_heading)}” was blank on {rows} below a "
                 "person's code: each took the code from the row above, as chosen.")
        if self.blank_person:
            out.append(_blank_person_note(self.blank_person, self.person_heading, taking_out,
                                          fillable=self.blank_person_fillable,
                                          wide=self.layout == "wide"))
        if self.worded_like:
            out.append(_worded_like_note(self.worded_like, taking_out))
        if self.tag_columns:
            out.append(_tag_columns_note(self.tag_columns, taking_out))
        return out


def markup_note(cells: int, *, coming: bool = False) -> str:
    """Cells whose web or Word formatting was (``coming``: will be) taken off: the cards read as
    the words were typed, and the guard reads "07700 900123", not "07700&nbsp;900123"."""
    held = count_phrase(cells, "cell") + (" hold" if coming and cells != 1 else
                                          " holds" if coming else " held")
    taken = "Import takes it off" if coming else "it was taken off"
    return (f"{held} web or Word formatting (such as “&nbsp;”, “<p>” or “{{\\rtf1”): {taken}, "
            "so the cards read as typed.")


NOT_CODES_LISTED = 10


def _not_codes_note(given: list[tuple[int, str]]) -> str:
    """Person cells that look like codes in other letters ("Ł01", "ک01", "P02" with an
    invisible space) are kept as possible names, so given new codes: said with the rows, never
    the cells (which may be names), so the facilitator can link their list to the new codes."""
    shown = ", ".join(f"row {row} → {code}" for row, code in given[:NOT_CODES_LISTED])
    if len(given) > NOT_CODES_LISTED:
        shown += f" and {len(given) - NOT_CODES_LISTED:,} more"
    if len(given) == 1:
        said = "1 person cell was not a code and was given a new one"
    else:
        said = f"{len(given):,} person cells were not codes and were given new ones"
    return (f"{said}: {shown}. A code is up to six letters A to Z and up to six digits, such as "
            "P07; a longer number, or a cell with other letters or a hidden character, is read "
            "as a possible name or record number.")


def _tag_columns_note(columns: str, taking_out: str) -> str:
    """The guard holds back cards for their words, never their tags: what to do is said."""
    # ``taking_out`` ends "then import only the new rows.": here the same rows come again
    which, needed = ("those columns", "are") if columns.endswith("s") else ("that column", "is")
    head, then, _ = taking_out.rpartition("then ")
    # the app's column choice, or the command line's (which has no Undo)
    left_out = ("set to “Leave out”" if taking_out == UNDO_TAKES_IT_OUT
                else "mapped with --map COLUMN=ignore")
    again = f"import the file again with {which} {left_out}."
    step = f"{head}then {again}" if then else f"{taking_out} Then {again}"
    return (f"{columns} may hold personal details, kept as the cards' tags. The data export "
            "shows a tag only where 5 people or more have it, and asks about any of these it "
            f"would show. If they could identify someone and {which} {needed} not needed: "
            f"{step}")


def _no_person_note(heading: str, letter: str, taking_out: str, *, by_letter: bool = False
                    ) -> str:
    """Cards with no person are not counted by person: said, with the column that looks like
    the codes when one does (the app's mapping step offers it before Import). ``by_letter``:
    the heading does not name the column to --map, which then goes by its letter."""
    said = ("No column gave the person, so these cards have no person: they are not counted by "
            "person, and the priorities' people counts and the small-group rules need it.")
    if not heading:
        return said
    shown = shown_name(heading)
    # a heading with a possible detail in it is said as its kind ("[name]"), which no column
    # is called: the column goes by its letter then
    by_letter = by_letter or (shown != heading and bool(letter))
    column = f"Column {letter} (“{shown}”)" if by_letter else f"“{shown}”"
    if taking_out == UNDO_TAKES_IT_OUT:
        as_person = f"with {column} as Person"
    else:  # pasted into a shell: quoted whole, so "Client's no." is one argument
        as_person = f"with --map {shlex.quote(map_column(heading, letter, by_letter=by_letter))}"
    head, then, _ = taking_out.rpartition("then ")
    again = f"import the file again {as_person}."
    step = f"{head}then {again}" if then else f"{taking_out} Then {again}"
    return f"{said} {column} looks like person codes: {step}"


# A heading --map could read as a column's letter or number ("C", "AB", "3")
_LIKE_A_LETTER = re.compile(r"[A-Za-z]{1,3}|\d+")


def map_column(heading: str, letter: str, *, by_letter: bool) -> str:
    """``--map``'s argument for the column as the person, in a form with one reading: "column
    C=person" by its letter; "heading C=person" for a heading that is also a letter or a number
    (a plain "C" is the column headed "C" to wtfc and column C to the reader, and a column
    headed "A" would take the plain letter A from column A), or that starts with either word
    ("Column 1", as LibreOffice heads a column with none, reads as column A when plain)."""
    if by_letter:
        return f"column {letter}=person"
    if (_LIKE_A_LETTER.fullmatch(heading.strip())
            or heading.casefold().startswith(("column ", "heading "))):
        return f"heading {heading}=person"
    return f"{heading}=person"


# The mapping step's button that fills the person column's blanks, named in the report
FILL_BUTTON = "Fill the blanks from the row above"


def _blank_person_note(count: int, heading: str, taking_out: str, *, fillable: bool = False,
                       wide: bool = False) -> str:
    """Cards whose person cell is blank are counted by no one: often a code typed (or merged,
    then saved as CSV) on each person's first row only. ``fillable``: the column reads that
    way, and the import can fill them (the app's button, the command line's --fill-down).
    ``wide``: each row is one person's review, so a blank is someone of its own, often a
    person who did not want to be known: copying the code above would count them as another."""
    cards = count_phrase(count, "card")
    have = "has" if count == 1 else "have"
    head, then, _ = taking_out.rpartition("then ")
    if wide:
        again = "import the file again."
        advice = ("Each row here is one person's review, so a blank is a person with no code "
                  "(perhaps someone who did not want to be known), not the person on the row "
                  "above. To count them by person, give each such row a code of its own, "
                  "never the code above.")
    elif not fillable:
        again = "import the file again."
        advice = ("If a code was written once above each person's rows (or its cells were "
                  "merged), write it on each row.")
    else:
        again = ("import the file again with --fill-down." if taking_out != UNDO_TAKES_IT_OUT
                 else f"import the file again, click Check the columns and “{FILL_BUTTON}”.")
        advice = ("Each code is written once above blanks, as merged cells saved as CSV leave "
                  "them: the import can fill each blank from the row above.")
    step = f"{head}then {again}" if then else f"{taking_out} Then {again}"
    return (f"{cards} {have} no person: “{shown_name(heading)}” is blank on "
            f"{'its row, so it is' if count == 1 else 'their rows, so they are'} not counted "
            f"by person. {advice} {step}")


def _worded_like_note(count: int, taking_out: str) -> str:
    if count == 1:
        return (
            "1 statement has the same words as a card already in the workshop and was kept as "
            "another person's words (how many people say a thing counts). If it is a row "
            f"imported before, from an earlier copy of this file, {taking_out}"
        )
    return (
        f"{count_phrase(count, 'statement')} have the same words as cards already in the "
        "workshop and were kept as other people's words (how many people say a thing counts). "
        f"If they are rows imported before, from an earlier copy of this file, {taking_out}"
    )
