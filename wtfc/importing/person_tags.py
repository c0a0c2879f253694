"""A person's role and coarse tags from an import's Role / Age band / Locality / Service type
columns (``Field.PERSON_ROLE``…): given to each person once, on People, never to the cards.

The first value a person's rows give is kept; a later row that says otherwise (one person, two
roles) is said in the report, and so is a person already on People whom the sheet tags
otherwise: People's is kept, as the facilitator may have put it right there. A person on People
with no card yet (carried by *New workshop from this one*) takes the sheet's instead, said: their
role and tags are last cycle's, to be checked, and this cycle's sheet is newer (one set on People
before the first import is replaced too: said value by value, and Undo takes the import out); what
the sheet gives no value for stays last time's, and those people are named to check
(``kept_from_before``: the code may have been given to someone new).
A cell the guard reads as a personal detail ("14 Mill Lane" as a locality) is not kept, and is
said by its column and row, never its words: the import dialog may be on the projector.
The area chosen for everyone on a sheet (``area``: the import dialog's box, ``--locality``) is
the locality of each person whose rows give none, kept, as if their rows had said it: the sheet's
own cells come first, and a person on People with another is said, as a cell would be.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wtfc.importing.fields import Field
from wtfc.importing.file_names import shown_name
from wtfc.importing.mapping import heading_words
from wtfc.importing.statements import MAX_TAG, Statement
from wtfc.model.counting import count_phrase
from wtfc.model.operations.people import TAG_NAMES, tag_text
from wtfc.model.workshop import REDACTION_LABELS, Person, PersonalDetail, Voice, Workshop

MOST_SAID = 8  # conflicts listed one by one; the rest are counted

# Read in this order: "paid carer" and "care worker" are staff before "carer" is family; an
# "older person's carer" is a carer before "older" is the person. The Welsh words after the
# English (accents left out: "Person hŷn" is read as "person hyn"): "gofalwr cyflogedig" (paid
# carer) and "gweithiwr" (worker) are staff; "gofalwr" (carer), "teulu" (family), "perthynas"
# (relative) and "di-dâl" (unpaid) a family carer; "pobl hŷn" (older people), "defnyddiwr
# gwasanaeth" (service user), "preswylydd" (resident) and "cleient" the older person.
_VOICE_RULES = (
    (Voice.STAFF, re.compile(r"\b(staff|workers?|paid carers?|professionals?|practitioners?|"
                             r"employees?|nurses?|managers?|providers?|"
                             r"gweithiwr|gweithwyr|cyflogedig|nyrs|nyrsys|rheolwr|rheolwyr)\b")),
    (Voice.FAMILY_CARER, re.compile(r"\b(carers?|family|relatives?|unpaid|"
                                    r"gofalwr|gofalwyr|gofalwraig|teulu|perthynas|perthnasau|"
                                    r"di dal)\b")),
    (Voice.OLDER_PERSON, re.compile(r"\b(older|elderly|service users?|users?|person|people|"
                                    r"clients?|residents?|customers?|individual|self|"
                                    r"pobl hyn|defnyddiwr|defnyddwyr|preswylydd|preswylwyr|"
                                    r"cleient|cleientiaid|unigolyn)\b")),
)


def read_voice(value: str) -> Voice | None:
    """"Older person", "older people", "carer", "Family carer", "Staff member" as a role;
    None for anything else ("Volunteer"), which is said, never guessed."""
    # lower case, words only: "older_person" is "older person"; accents left out ("hŷn")
    words = heading_words(_without_accents(value))
    return next((voice for voice, rule in _VOICE_RULES if rule.search(words)), None)


@dataclass
class PersonTags:
    """Collects each person's role and tags from their rows, then gives them to the people."""

    headings: dict[Field, str]  # each person field's column heading, as the report says it
    details: Callable[[str], Sequence[PersonalDetail]]  # the import's personal-detail guard
    _kept: dict[str, dict[Field, tuple[object, str, int]]] = field(default_factory=dict)
    # one person's rows disagree: each other value once, with its first row
    _differ: dict[tuple[str, Field], dict[object, tuple[str, int]]] = field(
        default_factory=dict)
    _on_people: list[str] = field(default_factory=list)  # the sheet disagrees with People
    _replaced: list[str] = field(default_factory=list)  # carried values the sheet replaced
    _unread: dict[str, list[int]] = field(default_factory=dict)  # role value -> its rows
    _guarded: dict[Field, set[str]] = field(default_factory=dict)  # kinds of detail found
    _no_person: set[int] = field(default_factory=set)  # rows with a tag and no person
    _cut: dict[str, set[int]] = field(default_factory=dict)  # column heading -> rows cut
    facts: set[str] = field(default_factory=set)  # notes with nothing to do (ImportReport's)
    area: str = ""  # the locality for everyone on the sheet whose rows give none ("" for none)
    _seen: dict[str, None] = field(default_factory=dict)  # every person with a row, in order
    _area_given: int = 0  # people given ``area``
    _area_shown: str = ""  # ``area`` as the report quotes it
    # people on People with no card yet whose locality ``area`` replaced: (code, theirs)
    area_replaced: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.area = " ".join(self.area.split())[:MAX_TAG]  # as People keeps a typed tag

    def note(self, person: str, statement: Statement) -> None:
        """``statement``'s row tags ``person`` (its final code; "" when it has none)."""
        if person:
            self._seen.setdefault(person)
        for heading in statement.cut_tags:  # a card's tag cut: said here with people's
            self._cut.setdefault(f"“{shown_name(heading)}”", set()).add(statement.row)
        for kind, cell in statement.person_tags:
            if not person:
                self._no_person.add(statement.row)
                continue
            if found := self.details(cell):
                self._guarded.setdefault(kind, set()).update(d.category for d in found)
                continue
            value: object = cell[:MAX_TAG]
            if len(cell) > MAX_TAG and kind != Field.PERSON_ROLE:  # (a role is read, not cut)
                self._cut.setdefault(self._said(kind), set()).add(statement.row)
            if kind == Field.PERSON_ROLE and (value := read_voice(cell)) is None:
                rows = self._unread.setdefault(cell, [])
                rows += [] if statement.row in rows else [statement.row]
                continue
            had = self._kept.setdefault(person, {}).get(kind)
            if had is None:
                self._kept[person][kind] = (value, cell, statement.row)
            elif _key(had[0]) != _key(value):
                others = self._differ.setdefault((person, kind), {})
                others.setdefault(_key(value), (cell, statement.row))

    def apply(self, workshop: Workshop, people: list[Person]
              ) -> tuple[list[Person], dict[str, dict[str, object]], list[str]]:
        """The new ``people`` with their tags, the tags for people already on People (only
        those they lack), and the report's notes."""
        self._fill_area()
        new = [p.model_copy(update=self._update(p, kept_own=False)) for p in people]
        new_codes = {p.id for p in people}
        carded = {card.person for card in workshop.cards}
        updates: dict[str, dict[str, object]] = {}
        for person in workshop.people:
            if person.id in self._kept and person.id not in new_codes \
                    and (update := self._update(person, kept_own=person.id in carded,
                                                carried=person.id not in carded)):
                updates[person.id] = update
        # given something by a column (the area chosen for the sheet is said on its own)
        given = sum(1 for code in [*(p.id for p in people), *updates]
                    if any(row for _, _, row in self._kept.get(code, {}).values()))
        return new, updates, self._notes(given)

    def kept_from_before(self, workshop: Workshop, given: set[str]) -> str:
        """The note on people on People with no card yet whom this import gives cards (codes in
        ``given``) and who keep a role or tag the sheet gives no value for: carried by *New
        workshop from this one*, they are last time's (perhaps another person's, a code the
        council gave again), and the report's counts by role read them. "" when there are none."""
        self._fill_area()
        carded = {card.person for card in workshop.cards}
        kept = []
        for person in workshop.people:
            if person.id in carded or person.id not in given:
                continue
            sheet = {kind.person_attr for kind in self._kept.get(person.id, {})}
            own = [text for tag in TAG_NAMES if tag not in sheet and (text := tag_text(person,
                                                                                     tag))]
            if own:
                kept.append(f"{person.id} ({', '.join(own)})")
        if not kept:
            return ""
        return ("This import gave their first cards here to people who keep the role or tags "
                "People had, as the sheet gives none for them: last time's, if New workshop "
                "from this one carried them (another person's, if the code was given to someone "
                "new), and the report counts people by role. Check them on Collect → People: "
                + _listed(kept))

    def described_alike(self, workshop: Workshop) -> set[str]:
        """Codes already on People whose tags on the sheet (locality, service, age band) agree
        with People's, one at least, and whose role does where both give one: a later sheet
        about the same person, not another care manager's P01. The role alone tells no one
        apart (most are older people)."""
        self._fill_area()
        people = {p.id: p for p in workshop.people}
        alike: set[str] = set()
        for code, kept in self._kept.items():
            if (person := people.get(code)) is None:
                continue
            both = [(kind, value, own) for kind, (value, _, _) in kept.items()
                    if (own := getattr(person, kind.person_attr or ""))]
            if all(_key(value) == _key(own) for _, value, own in both) and any(
                    kind != Field.PERSON_ROLE for kind, _, _ in both):
                alike.add(code)
        return alike

    def clashes(self, workshop: Workshop) -> dict[str, tuple[str, str]]:
        """Codes with cards already whose role or tags on the sheet differ from People's ->
        (People's, the sheet's) of the first that differs: "North", "South", the clearest sign
        that the sheet's P01 is another area's person (``other_sheet_codes``)."""
        self._fill_area()
        carded = {card.person for card in workshop.cards}
        said: dict[str, tuple[str, str]] = {}
        for person in workshop.people:
            if person.id not in carded:
                continue
            for kind, (value, cell, _row) in self._kept.get(person.id, {}).items():
                own = getattr(person, kind.person_attr or "")
                if own and _key(own) != _key(value):
                    shown = own.label if isinstance(own, Voice) else own
                    said.setdefault(person.id, (str(shown), cell))
        return said

    def _fill_area(self) -> None:
        """Each person whose rows kept no locality is given ``area``, at "row 0" (said as the
        area chosen for the sheet): once all rows are noted, so a later row's own cell is first."""
        if not self.area:
            return
        # quoted as the guard reads it (“Newton [name]”): the report may be on the projector
        shown = self._area_shown = _as_kinds(self.area, self.details(self.area))
        for person in self._seen:
            self._kept.setdefault(person, {}).setdefault(
                Field.PERSON_LOCALITY, (self.area, shown, 0))

    def _update(self, person: Person, *, kept_own: bool, carried: bool = False
                ) -> dict[str, object]:
        """What ``person`` is given: everything kept for them, or (already on People) only
        what People leaves blank, a different value there being said. ``carried``: on People
        with no card yet, so given everything, each value replaced said."""
        update: dict[str, object] = {}
        for kind, (value, cell, row) in self._kept.get(person.id, {}).items():
            attr = kind.person_attr
            assert attr is not None
            own = getattr(person, attr)
            if own and _key(own) == _key(value):
                continue  # the same already (another spelling is not worth a change)
            shown = own.label if isinstance(own, Voice) else own
            if kept_own and own:
                self._on_people.append(f"{person.id}'s {self._said(kind)}: “{shown}”, the "
                                       f"sheet “{cell}” ({_at(row)})")
                continue
            if carried and own:
                self._replaced.append(f"{person.id}'s {self._said(kind)}: “{shown}” → “{cell}” "
                                      f"({_at(row)})")
            update[attr] = value
            self._area_given += row == 0
            if carried and own and row == 0:
                self.area_replaced.append((person.id, str(shown)))
        return update

    def _said(self, kind: Field) -> str:
        return f"“{shown_name(self.headings.get(kind, kind.label))}”"

    def _notes(self, given: int) -> list[str]:
        notes = []
        said = [self._said(kind) for kind in self.headings]
        columns = " and ".join([", ".join(said[:-1]), said[-1]] if len(said) > 1 else said)
        if self._area_given:
            whose = (f" whose {self._said(Field.PERSON_LOCALITY)} was blank"
                     if Field.PERSON_LOCALITY in self.headings else "")
            given_to = count_phrase(self._area_given, "person", "people")
            notes.append(f"“{self._area_shown}”, the area (locality) chosen for everyone on this "
                         f"sheet, went to {given_to}{whose}, on People.")
            self.facts.add(notes[-1])
        if given and said:
            notes.append(f"{columns} went to the people, on People (not onto the cards): "
                         f"{count_phrase(given, 'person', 'people')} given their role or tags.")
            self.facts.add(notes[-1])
        if self._differ:
            said_ways = [f"{person}'s {self._said(kind)}: “{first}” (row {row}), "
                         + ", ".join(f"“{cell}” (row {at})" for cell, at in others.values())
                         for (person, kind), others in self._differ.items()
                         for first, row in [self._kept[person][kind][1:]]]
            notes.append("Said two ways for one person; the first row's is kept (change it "
                         "on Collect → People if it is wrong): " + _listed(said_ways))
        if self._replaced:
            # said as it is: no saved field tells last time's people from people typed on
            # People, so a person with no card here yet takes the sheet's either way
            notes.append("On People with no card here yet, so the sheet's role and tags "
                         "replaced theirs, as for last time's people carried by New workshop "
                         "from this one (a role or tag typed on People is replaced too: change "
                         "it on Collect → People if the sheet is wrong): "
                         + _listed(self._replaced))
        if self._on_people:
            # said both ways: another locality is as likely another area's P01 as news
            notes.append("Already on People with another role or tag, which is kept (change "
                         "it on Collect → People if the sheet is newer; if the sheet is "
                         "another area's, it may be another person with the same code, to "
                         "import again with codes of their own): " + _listed(self._on_people))
        for value, rows in self._unread.items():
            at = ", ".join(str(r) for r in rows[:MOST_SAID]) + (" …" if len(rows) > MOST_SAID
                                                                else "")
            where = f"rows {at}" if len(rows) > 1 else f"row {at}"
            notes.append(f"“{value}” in {self._said(Field.PERSON_ROLE)} ({where}) is not read "
                         "as an older person, family carer or staff: left blank, to set on "
                         "People.")
        for kind, categories in self._guarded.items():
            labels = ", ".join(REDACTION_LABELS.get(c, "[personal detail]")
                               for c in sorted(categories))
            notes.append(f"{self._said(kind)} held what may be personal details ({labels}): "
                         "those cells were not kept. People keep coarse tags only.")
            self.facts.add(notes[-1])
        if self._cut:
            notes.append(_cut_note(self._cut))
        if self._no_person:
            on = count_phrase(len(self._no_person), "row")
            notes.append(f"{columns} on {on} with no person code were not kept: a role or "
                         "tag belongs to a person.")
        return notes


def _cut_note(cut: dict[str, set[int]]) -> str:
    """Tag cells longer than a tag holds, kept as their first ``MAX_TAG`` characters: how many,
    and where (column and rows), never their words (the dialog may be on the projector)."""
    cells = sum(len(rows) for rows in cut.values())
    where = []
    for said, rows in cut.items():
        at = sorted(rows)
        listed = ", ".join(str(r) for r in at[:MOST_SAID]) + (" …" if len(at) > MOST_SAID
                                                              else "")
        where.append(f"{said} ({'rows' if len(at) > 1 else 'row'} {listed})")
    was = "was" if cells == 1 else "were"
    return (f"{count_phrase(cells, 'tag')} longer than {MAX_TAG} characters {was} cut to the "
            f"first {MAX_TAG}, as a tag holds no more: " + _listed(where))


def _as_kinds(text: str, found: Sequence[PersonalDetail]) -> str:
    """``text`` with each personal detail ``found`` in it shown as its kind ("[name]")."""
    for detail in sorted(found, key=lambda d: d.start, reverse=True):
        text = text[:detail.start] + detail.placeholder + text[detail.end:]
    return text


def _at(row: int) -> str:
    """Where a kept value came from: its row, or (0) the area chosen for the whole sheet."""
    return f"row {row}" if row else "the area chosen for everyone on it"


def _without_accents(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", value)
                   if not unicodedata.combining(c))


def _listed(said: list[str]) -> str:
    more = len(said) - MOST_SAID
    return "; ".join(said[:MOST_SAID]) + (f"; and {more} more." if more > 0 else ".")


def _key(value: object) -> object:
    """Two spellings of one tag ("North", "north ") are one value, not a conflict."""
    return value if isinstance(value, Voice) else " ".join(str(value).split()).casefold()


def person_tag_headings(fields: Sequence[Field], names: Sequence[str]) -> dict[Field, str]:
    """Each person field the mapping uses, with its (first) column's heading, in sheet order."""
    headings: dict[Field, str] = {}
    for column, kind in enumerate(fields):
        if kind.person_attr and kind not in headings:
            headings[kind] = names[column]
    return headings
