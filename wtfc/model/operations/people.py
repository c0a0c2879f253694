"""Operations on people (person codes): spotting a code typed another way, renaming a code
on all its cards, which merges it into a code already in use, and setting a person's tags."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from wtfc.model.commands import Edit, EditBuilder, checked
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations._names import cards_phrase, quoted
from wtfc.model.search_key import search_key
from wtfc.model.workshop import Person, Voice, Workshop

# A person is a short code ("P07", "AB-12"), never a name: at least one digit, no spaces inside.
PERSON_CODE = re.compile(r"[A-Za-z]{0,6}[-_]?\d{1,6}[A-Za-z]?")
NOT_A_CODE = "Use a code for the person, such as P07 — never a name."

# what a person record holds besides its code, in the order the merge reads them
_DETAILS = ("voice", "age_band", "service_type", "locality")


def code_key(code: str) -> tuple:
    """What two codes typed differently share when they are meant as one person: 'P0007',
    'p0007', 'P7', 'P07' and 'P-07' all give the same key (case, separators and leading zeros
    left out)."""
    parts = re.split(r"(\d+)", re.sub(r"[\s_-]", "", code).casefold())
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts))


def withdrawn_refusal(workshop: Workshop, code: str) -> str:
    """Why ``code`` may not be given to a new person ("" when it may): it is, or reads as (by
    ``code_key``, as the import compares them), the code of someone who withdrew (Remove this
    person…), which the facilitator's key list still says is them. A person already in the
    workshop keeps their code."""
    code = code.strip()
    if not code or not workshop.withdrawn_codes or any(p.id == code for p in workshop.people):
        return ""
    key = code_key(code)
    gone = next((old for old in workshop.withdrawn_codes if code_key(old) == key), "")
    if not gone:
        return ""
    said = code if gone == code else f"{code} reads as {gone}, which"
    return (f"{said} belongs to someone who withdrew: wtfc will not give that code to anyone "
            f"else. Choose another code.")


def merged_codes(workshop: Workshop) -> dict[str, str]:
    """Each code merged into a person (Rename person code…: P7 into P07) -> that person's code
    now, which a later file still saying P7 means."""
    return {old: person.id for person in workshop.people for old in person.former_codes}


def card_counts(doc: Document) -> Counter[str]:
    """person code → how many cards carry it."""
    return Counter(card.person for card in doc.workshop.cards if card.person)


def people_with_cards(workshop: Workshop) -> list[Person]:
    """The people on at least one card (held back too), as Collect, the exports and
    ``wtfc check`` count them: a person whose cards were all deleted or given another code
    stays in the file, its tags kept, but said nothing to count."""
    on_cards = {card.person for card in workshop.cards if card.person}
    return [person for person in workshop.people if person.id in on_cards]


class KnownCodes:
    """The codes in use by their ``code_key``, made once so that looking for a code typed
    another way at each key press does not compare it with every code (110 ms a key at
    10,000 people)."""

    def __init__(self, counts: Counter[str]) -> None:
        self.counts = counts
        self._by_key: dict[tuple, list[str]] = {}
        for code in counts:
            self._by_key.setdefault(code_key(code), []).append(code)

    def similar(self, code: str, *, in_use_too: bool = False) -> str | None:
        """The other code in use (most cards first) that ``code`` matches apart from case or
        leading zeros; None when there is none, or when ``code`` is itself in use (unless
        ``in_use_too``: a code being renamed)."""
        code = code.strip()
        if not code or (code in self.counts and not in_use_too):
            return None
        alike = [known for known in self._by_key.get(code_key(code), ()) if known != code]
        return max(alike, key=lambda known: self.counts[known]) if alike else None


class MergedCodes:
    """The codes merged into another earlier (``merged_codes``) by their ``code_key``, so that a
    code typed like one (P5 beside P05, merged into P02) can be pointed to its person: P05 is
    no one's code now, so ``KnownCodes`` has nothing like P5. The card dialog's Person box and
    Rename person code… ask with it; the import's note (``alike_codes``) says the same."""

    def __init__(self, merged: Mapping[str, str]) -> None:
        self.merged = dict(merged)
        self._by_key: dict[tuple, str] = {}
        for old in sorted(self.merged):
            self._by_key.setdefault(code_key(old), old)

    def like(self, code: str) -> str:
        """The merged code ``code`` is typed like ("" when none, when ``code`` is that merged
        code itself, or when it is the person it was merged into)."""
        code = code.strip()
        old = self._by_key.get(code_key(code), "") if code else ""
        return old if old and code not in (old, self.merged[old]) else ""


def similar_code(code: str, counts: Counter[str]) -> str | None:
    """``KnownCodes.similar`` for one look."""
    return KnownCodes(counts).similar(code)


@dataclass(frozen=True)
class RenamePlan:
    """What renaming ``old`` to ``new`` would do, for the dialog to say before it is done."""

    old: str
    new: str
    cards: int  # cards with the old code
    merge_cards: int  # cards already with the new code (merging when the new code is known)
    merging: bool
    kept_details: tuple[str, ...]  # the old person's details the merge drops (they differ)

    def summary(self) -> str:
        """What the dialog says will happen ("P07 is already used for 5 cards, so …")."""
        if not self.merging:
            return f"{self.old} becomes {self.new} on its {cards_phrase(self.cards)}."
        become = "becomes" if self.cards == 1 else "become"
        said = (
            f"{self.new} is already used for {cards_phrase(self.merge_cards)}, so this merges: "
            f"{self.old}'s {cards_phrase(self.cards)} {become} {self.new}'s, and the two count "
            f"as one person ({cards_phrase(self.cards + self.merge_cards)}). The workshop "
            f"remembers it: a file imported later that says {self.old} gives its rows to "
            f"{self.new}."
        )
        if self.kept_details:
            kept = ", ".join(self.kept_details)
            said += f" Where their details differ, {self.new}'s are kept ({kept})."
        return said


def plan_rename(doc: Document, *, old: str, new: str) -> RenamePlan:
    """What renaming would do, or ``EditRefused`` saying why it cannot be done."""
    new = new.strip()
    if doc.get("people", old) is None:
        raise EditRefused(f"There is no person {old} in this workshop.")
    if not new:
        raise EditRefused("Type the new code.")
    if not PERSON_CODE.fullmatch(new):
        raise EditRefused(NOT_A_CODE)
    if new == old:
        raise EditRefused(f"{old} is already its code.")
    merged_into = merged_codes(doc.workshop).get(new, old)
    if merged_into != old:
        raise EditRefused(f"{new} was merged into {merged_into} earlier, and a file that says "
                          f"{new} means {merged_into}: choose another code.")
    if refusal := withdrawn_refusal(doc.workshop, new):
        raise EditRefused(refusal)
    counts = card_counts(doc)
    target = doc.get("people", new)
    kept: tuple[str, ...] = ()
    if target is not None:
        source = doc.get("people", old)
        kept = tuple(
            name.replace("_", " ")
            for name in _DETAILS
            if getattr(source, name)
            and getattr(target, name)
            and getattr(source, name) != getattr(target, name)
        )
    return RenamePlan(old, new, counts[old], counts[new], target is not None, kept)


@dataclass
class RenamePerson(Edit):
    """The rename's edit, which also gives the names this session's imports gave ``old``
    (``Document.import_person_codes``, never saved) the code ``new``: else importing the same
    file again, or a later one naming them, gives them a code of their own again."""

    old: str = ""
    new: str = ""
    _moved: tuple[str, ...] = field(default=(), repr=False)  # the names ``do`` moved

    def do(self, doc: Document) -> None:
        codes = doc.import_person_codes
        self._moved = tuple(name for name, code in codes.items() if code == self.old)
        doc.import_person_codes = codes | dict.fromkeys(self._moved, self.new)
        super().do(doc)

    def undo(self, doc: Document) -> None:
        codes = doc.import_person_codes
        # a name a later import gave another code since (then undid) keeps it
        back = [name for name in self._moved if codes.get(name) == self.new]
        doc.import_person_codes = codes | dict.fromkeys(back, self.old)
        super().undo(doc)


def rename_person(doc: Document, *, old: str, new: str) -> RenamePerson:
    """Give every card of person ``old`` the code ``new``, as one step.

    When ``new`` is already a person the two become one: ``new`` keeps its details and takes
    any the old person had that it lacks (voice, age band, service type, locality), and keeps
    ``old`` (and the codes merged into it) in ``former_codes``, so a later import still saying
    ``old`` gives its rows to ``new``. The cards keep their own tags. Otherwise the person keeps
    its details, its former codes and its place under the new code.
    Names this session's imports gave ``old`` are given ``new`` (see ``RenamePerson``).
    """
    plan = plan_rename(doc, old=old, new=new)
    label = (
        f"Merge person {plan.old} into {plan.new} ({cards_phrase(plan.cards)})"
        if plan.merging
        else f"Rename person {plan.old} to {plan.new}"
    )
    b = EditBuilder(doc, label)
    source: Person = doc.get("people", plan.old)
    for card in doc.workshop.cards:
        if card.person == plan.old:
            b.replace("cards", card.id, person=plan.new)
    if plan.merging:
        target: Person = doc.get("people", plan.new)
        filled = {
            name: getattr(source, name)
            for name in _DETAILS
            if getattr(source, name) and not getattr(target, name)
        }
        filled["former_codes"] = [*target.former_codes, plan.old, *source.former_codes]
        b.replace("people", plan.new, **filled)
        b.remove("people", plan.old)
    else:
        at = doc.index_of("people", plan.old)
        b.remove("people", plan.old)
        # renamed back to a code merged into it: that is its code again, not a former one
        former = [code for code in source.former_codes if code != plan.new]
        b.add("people", checked(source.model_copy(update={"id": plan.new,
                                                          "former_codes": former})), index=at)
    edit = b.build()
    return RenamePerson(edit.label, edit.changes, edit.details, old=plan.old, new=plan.new)


# -- a person's tags (coarse: a voice, an age band, a service, an area; never a name) ----------

# "voice" is the model's name; the user reads "role", as the import and the data export say it
TAG_NAMES = {"voice": "role", "age_band": "age band", "service_type": "service type",
             "locality": "locality"}
TAG_LIMIT = 300  # characters, as the workshop keeps a Person's free-text tags (ShortText)
_LISTED_CODES = 3  # codes named in an undo label; more are counted


def tag_text(person: Person, tag: str) -> str:
    """A tag as the facilitator reads it ("Family carer", "North"; "" when not recorded)."""
    value = getattr(person, tag)
    return value.label if isinstance(value, Voice) else value or ""


def tag_values(doc: Document, tag: str) -> list[str]:
    """The values of a free-text tag already used, each once (its first spelling), in the
    order a person counts (for completion as the next one is typed)."""
    seen: dict[str, str] = {}
    for person in doc.workshop.people:
        value = getattr(person, tag)
        if value:
            seen.setdefault(value.casefold(), value)
    return sorted(seen.values(), key=_natural)


def people_tagged(doc: Document, words: str, *, tag: str | None = None) -> frozenset[str]:
    """The codes of the people one of whose tags contains ``words`` (case, accents and spacing
    aside: "lodz" is "Łódź"): "north", "family carer", "85+". With ``tag``, the people whose
    ``tag`` is ``words`` and nothing more (People…'s "Show cards with this tag": "North" is not
    "Northfield", "home care" not "home care (personal budget)")."""
    words = " ".join(search_key(words).split())
    if tag is not None:
        return frozenset(
            person.id for person in doc.workshop.people
            if " ".join(search_key(tag_text(person, tag)).split()) == words
        )
    found = []
    for person in doc.workshop.people:
        for name in TAG_NAMES:
            text = tag_text(person, name)
            if text and words in " ".join(search_key(text).split()):
                found.append(person.id)
                break
    return frozenset(found)


def set_person_tag(doc: Document, *, codes: Sequence[str], tag: str,
                   value: str | Voice | None) -> Edit:
    """Give each person of ``codes`` the same ``tag`` (voice, age_band, service_type or
    locality), as one step; an empty value clears it. A voice is a ``Voice`` (or its value);
    free text is kept with its spaces tidied, at most ``TAG_LIMIT`` characters."""
    if tag not in TAG_NAMES:
        raise ValueError(f"not a person's tag: {tag}")
    codes = list(dict.fromkeys(codes))
    if not codes:
        raise EditRefused("Choose the people to tag first.")
    for code in codes:
        if doc.get("people", code) is None:
            raise EditRefused(f"There is no person {code} in this workshop.")
    what = TAG_NAMES[tag]
    new: str | Voice | None
    if tag == "voice":
        try:
            new = Voice(value) if value else None
        except ValueError:
            choices = ", ".join(voice.label for voice in Voice)
            raise EditRefused(f"A role is one of: {choices}.") from None
    else:
        new = " ".join(str(value or "").split())
        if len(new) > TAG_LIMIT:
            raise EditRefused(f"That is too long: a {what} holds at most {TAG_LIMIT} characters.")
    shown = new.label if isinstance(new, Voice) else new
    whom = _codes_phrase(sorted(codes, key=_natural))
    label = f"Set {what} to {quoted(shown)} for {whom}" if shown else f"Clear {what} for {whom}"
    b = EditBuilder(doc, label)
    for code in codes:
        b.replace("people", code, **{tag: new})
    return b.build()


def _codes_phrase(codes: list[str]) -> str:
    if len(codes) > _LISTED_CODES:
        return f"{len(codes):,} people"
    if len(codes) == 1:
        return codes[0]
    return f"{', '.join(codes[:-1])} and {codes[-1]}"


def _natural(text: str) -> tuple:
    """P2 before P10: runs of digits compared as numbers, words case-folded."""
    parts = re.split(r"(\d+)", text.casefold())
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts))
