"""The confirm page's note, before Import, that a sheet's codes already have cards from another
import or typed in (``other_sheet_codes``): perhaps another area's or care manager's P01, which
nothing can part once the cards are mixed. The report said it only after Import; here it is said
where the facilitator decides, with the one click that keeps them apart: "Give this sheet's
people codes of their own" (``own_codes``), after which Import builds the plan again with them.

The note is the report's own: the import is worked out in the background on a copy of the
workshop, as Import will work it out. Import takes that plan, finished or still being worked
out (``take``), when it was made with the columns as Import reads them and the workshop has not
changed since; so Import does not do the same work twice (5 s of 100,000 statements). Otherwise,
and on another sheet, Cancel or closing the dialog, it stops within 25 rows
(``forget``): it does not slow Import down nor hold the window as the dialog is freed.
The plan is worked out with the area chosen for everyone on the sheet (``import_area_box``),
again when it changes, and handed to ``worked_out`` for the box's own words. Import clicked on
the mapping step, whose plan this note would warn of, comes back here first (``would_say``,
``hold``): the same words before Import on both ways in, and Import here takes that plan.
"""

from __future__ import annotations

from collections.abc import Callable
from threading import Event

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel

from wtfc.importing.building import ImportPlan, build_import
from wtfc.importing.mapping import ColumnMapping
from wtfc.importing.other_sheet_codes import OWN_CODES_BOX, may_share_codes, other_sheet_note
from wtfc.importing.sheet_area import carried_clash_note
from wtfc.importing.table import SourceTable, source_in_sentence
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.announce import announce
from wtfc.ui.import_worker import BackgroundJob
from wtfc.ui.style import warning_look

# How the note says to go back before Import: nothing to undo yet
BEFORE_IMPORT = "click Cancel, then import only the new rows."


def workshop_snapshot(doc: Document) -> Workshop:
    """The workshop as an import reads it: its own lists, so the document can go on changing."""
    return doc.workshop.model_copy(update={
        "people": list(doc.workshop.people), "cards": list(doc.workshop.cards)})


def codes_note_text(codes: list[str], imports: list[int]) -> str:
    """The confirm page's words: the report's note, told what to do before Import; a warning
    only with a sign of other people (``OtherCodes.loud``), so it is not learnt to be passed."""
    loud = getattr(codes, "loud", True)
    return "⚠ " * loud + other_sheet_note(codes, imports, BEFORE_IMPORT)


class CodesNote(QObject):
    """Fills ``label`` (hidden until there is something to say) for the sheet on the confirm
    page of ``dialog``, and ``box``, the choice of codes of their own shown with it (by default
    the one named "own_codes" on the label's page: ``ConfirmPage.own_codes_box``).
    ``worked_out`` fires with each plan worked out for the page (not one Import took)."""

    worked_out = Signal(object)

    def __init__(self, dialog: QDialog, label: QLabel, box: QCheckBox | None = None) -> None:
        super().__init__(dialog)
        self._label = label
        self._box = box or _own_codes_box(label)
        # what start() was given: Import with codes of their own builds again from it
        self._source: tuple[Document, SourceTable, tuple[str, ...], Callable, str] | None = None
        self._job = BackgroundJob(self)
        self._job.finished.connect(self._on_plan)
        self._job.failed.connect(self._on_failed)
        dialog.finished.connect(lambda *_: self._closed())
        label.setVisible(False)
        # what the plan is worked out from: the columns, the workshop, the session's codes and
        # the area chosen for the sheet
        self._made: tuple[ColumnMapping, Workshop, dict[str, str], str] | None = None
        self._plan: ImportPlan | None = None  # once worked out, until Import or forgotten
        self._then: tuple[Callable[[ImportPlan], None], Callable[[str], None]] | None = None
        # whether Import's own build (``take`` declined) gives codes of their own, as ticked
        self.chosen_for_import = False
        self._tick_again = False  # ticked before the area changed: ticked again when shown

    @property
    def busy(self) -> bool:
        return self._job.busy

    def start(self, doc: Document, table: SourceTable, mapping: ColumnMapping, *,
              names: tuple[str, ...], wrap: Callable[[Callable[[], object]], Callable[[], object]],
              locality: str = "") -> None:
        """Work out the note for ``table`` read by ``mapping`` (``wrap``: the dialog's
        ``ImportedNames.job``, so the person cells it reads are let go with the import's),
        with ``locality`` for everyone on it; a choice of codes of their own ticked stays so
        (the area changed: the same sheet)."""
        tick = self.own_codes_chosen or self._tick_again  # (changed twice before it came back)
        self.forget()
        # only a workshop with cards given to people can have it to say, or with localities on
        # People that the area may replace
        if not may_share_codes(doc.workshop) and not (
                locality and any(p.locality for p in doc.workshop.people)):
            return
        self._source, self._tick_again = (doc, table, names, wrap, locality), tick
        self._build(mapping, own_codes=False)

    def _build(self, mapping: ColumnMapping, *, own_codes: bool) -> None:
        assert self._source is not None
        doc, table, names, wrap, locality = self._source
        workshop, codes = workshop_snapshot(doc), dict(doc.import_person_codes)
        self._made, stop = (mapping, workshop, codes, locality), Event()
        # Its failure is said only once Import took this build ("Making cards from …"), so it
        # is named as Import's own build: never a check the facilitator did not ask for.
        self._job.start(wrap(lambda: build_import(
            table, mapping, workshop=workshop, known_names=names, person_codes=codes,
            stop=stop, own_codes=own_codes, locality=locality)),
            what=f"making cards from {source_in_sentence(table.source_name)}", stop=stop)

    def forget(self) -> None:
        """Import was clicked, another sheet read, or the dialog closed: this answer is no
        longer wanted, and its build stops."""
        self._job.forget()
        self._label.setVisible(False)
        self._show_box(False)
        self._made = self._plan = self._then = None
        self.chosen_for_import = self._tick_again = False

    def _closed(self) -> None:
        self.forget()
        self._job.outlive_owner()

    def take(self, doc: Document, mapping: ColumnMapping, then: Callable[[ImportPlan], None],
             failed: Callable[[str], None], locality: str = "") -> bool:
        """Import was clicked: True when the plan worked out here is the one Import would build
        (the same ``mapping``, ``doc``'s cards, people and codes as they were), and it goes to
        ``then`` now, or once worked out (``failed``: its problem in plain words). False, and it
        stops, when Import must build its own (``locality``: the area as Import reads it)."""
        made, plan = self._made, self._plan
        if made is None or made[0] != mapping or not _as_it_was(made[1], made[2], doc) \
                or made[3] != locality:
            # the choice outlives the plan: columns changed on "Check the columns first…" are
            # the same sheet, and dropping the tick put South's people onto North's (A24 R2)
            chosen = self.own_codes_chosen or self.chosen_for_import or self._tick_again
            self.forget()
            self.chosen_for_import = chosen
            return False
        # (ticked, the area changed and its plan not back yet: the box hidden, the tick held)
        own = self.own_codes_chosen or self._tick_again
        self._label.setVisible(False)  # the report says it now
        self._show_box(False)
        self._made = self._plan = None
        self.chosen_for_import = own  # (its plan is not said again: ``would_say``)
        if own:  # built again, its known codes given codes of their own: one plan, one Undo
            self._then = then, failed
            self._build(mapping, own_codes=True)  # (with the area it was worked out with)
        elif plan is None:
            self._then = then, failed  # still working it out
        else:
            then(plan)
        return True

    def would_say(self, plan: ImportPlan, locality: str) -> bool:
        """Whether the confirm page warns before Import of ``plan`` (built with the area
        ``locality``) of other people: its codes with cards already and a sign of others
        (``OtherCodes.loud``: "P01 is “North” on People and “South” on this sheet"), or last
        time's people of another area whose locality it replaces. Not when codes of their own
        were chosen for it, nor the calm note alone (the report says it, with Undo): a stop
        each time a sheet's people join their cards would be learnt to be passed."""
        codes = plan.report.other_sheet_codes
        return bool(plan.cards) and not self.chosen_for_import and bool(
            (codes and getattr(codes, "loud", True))
            or carried_clash_note(plan.area_replaced, locality))

    def hold(self, plan: ImportPlan, doc: Document, table: SourceTable, mapping: ColumnMapping,
             names: tuple[str, ...], wrap: Callable[[Callable[[], object]], Callable[[], object]],
             locality: str) -> None:
        """Import on the mapping step built ``plan``, and ``would_say`` something of it: said
        on the confirm page (shown now) as if worked out there, with the choice of codes of
        their own, and held for Import there (``take``): nothing changed until then."""
        self.forget()
        self._source = (doc, table, names, wrap, locality)
        self._made = (mapping, workshop_snapshot(doc), dict(doc.import_person_codes), locality)
        self._on_plan(plan)

    def _on_failed(self, message: str) -> None:
        handed, self._then, self._made = self._then, None, None
        if handed is not None:  # Import waits for it; otherwise Import finds it out itself
            handed[1](message)

    def _on_plan(self, plan: ImportPlan) -> None:
        if self._then is not None:
            then, self._then = self._then[0], None
            return then(plan)
        self._plan = plan
        report = plan.report
        page = self._label.parentWidget()  # the confirm page, gone by when the sheet changed
        if page is None or not page.isVisible():
            return
        self.worked_out.emit(plan)
        codes = report.other_sheet_codes
        # last time's people of another area with no card yet are other people too (W1 R1)
        carried = carried_clash_note(plan.area_replaced, self._source[4] if self._source else "")
        if not codes and not carried:
            self._tick_again = False  # nothing to choose now: a choice not shown is not made
            return
        self._label.setText(codes_note_text(codes, report.other_sheet_imports) if codes
                            else carried)
        if codes and getattr(codes, "loud", True):
            warning_look(self._label, refusal=True, padding="6px 8px")
        else:  # the plain words of the page, in a thin frame: a fact, with a choice
            self._label.setStyleSheet("QLabel { border: 1px solid palette(mid); "
                                      "border-radius: 4px; padding: 6px 8px; }")
        self._label.setVisible(True)
        if self._box is not None:
            # its codes are said in the note above: a box's words do not wrap
            self._box.setText("&" + OWN_CODES_BOX)
            self._show_box(True)
            self._box.setChecked(self._tick_again)
            self._tick_again = False  # the box holds the choice again
        announce(self._label, self._label.text().removeprefix("⚠ "))

    @property
    def own_codes_chosen(self) -> bool:
        """Whether "Give this sheet's people codes of their own" is ticked (and offered)."""
        return self._box is not None and not self._box.isHidden() and self._box.isChecked()

    def _show_box(self, shown: bool) -> None:
        if self._box is not None:
            self._box.setChecked(False)  # a choice for this sheet and workshop only
            self._box.setVisible(shown)


def _as_it_was(workshop: Workshop, codes: dict[str, str], doc: Document) -> bool:
    """Whether ``doc`` still has the cards and people of ``workshop``, the snapshot taken from
    it, and the session's codes ``codes``: a part edited is a new object, so the lists compare
    item by item by identity first (milliseconds for 100,000 cards)."""
    now = doc.workshop
    return now.cards == workshop.cards and now.people == workshop.people \
        and doc.import_person_codes == codes


def _own_codes_box(label: QLabel) -> QCheckBox | None:
    """The box named "own_codes" nearest ``label``: on its page, however deep the label sits
    (in the page's scrolling words)."""
    widget = label.parentWidget()
    while widget is not None:
        if (box := widget.findChild(QCheckBox, "own_codes")) is not None:
            return box
        widget = widget.parentWidget()
    return None
