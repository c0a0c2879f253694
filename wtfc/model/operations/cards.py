"""Operations on cards: add, edit, delete, and the personal-detail decisions."""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.model.blank_text import is_blank
from wtfc.model.commands import Edit, EditBuilder, new_part
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations._existing import all_existing, existing
from wtfc.model.operations._names import cards_phrase, quoted
from wtfc.model.sign_off_tail import without_sign_off
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail


def add_card(
    doc: Document,
    *,
    kind: Kind,
    text: str,
    person: str = "",
    tags: Sequence[str] = (),
    source: str = "",
    personal_details: Sequence[PersonalDetail] = (),
) -> Edit:
    # imported here: people's operations (two dataclasses, a regex) are not needed to start
    from wtfc.model.control_characters import as_code, on_one_line, with_line_breaks
    from wtfc.model.operations.people import merged_codes, withdrawn_refusal

    text = with_line_breaks(text).strip()  # Word's pasted line break (U+000B) as a newline
    if is_blank(text):
        raise EditRefused("A card needs some words.")

    # a code merged into another (P7 into P07) is that person: else P7 came back as someone;
    # a pasted line break (U+2028) taken out as opening takes it out, so both find "P01"
    person = as_code(person)
    person = merged_codes(doc.workshop).get(person, person)
    if refusal := withdrawn_refusal(doc.workshop, person):  # a card typed in for P05 after
        raise EditRefused(refusal)                         # P05 withdrew would be someone new
    card = new_part(
        Card,
        kind=kind,
        text=text,
        person=person,
        # on one line and each once, as opening makes them
        tags=list(dict.fromkeys(tag for tag in map(on_one_line, tags) if tag)),
        source=source,
        personal_details=list(personal_details),
    )
    b = EditBuilder(doc, f"Add card {quoted(words_without_details(card))}")
    if person and doc.get("people", person) is None:
        b.add("people", Person(id=person))
    b.add("cards", card)
    return b.build()


def add_cards(
    doc: Document, *, people: Sequence[Person], cards: Sequence[Card], label: str
) -> Edit:
    """Add many people and cards as one step (an import). People already known are kept."""
    b = EditBuilder(doc, label)
    for person in people:
        if b.current("people", person.id) is None:
            b.add("people", person)
    for card in cards:
        b.add("cards", card)
    return b.build()


def edit_card(
    doc: Document,
    *,
    card_id: str,
    text: str | None = None,
    kind: Kind | None = None,
    personal_details: Sequence[PersonalDetail] | None = None,
) -> Edit:
    """Change a card's words or kind. New words come with a fresh personal-detail check."""
    card: Card = existing(doc, "cards", card_id)
    update: dict = {}
    if text is not None:
        from wtfc.model.control_characters import with_line_breaks

        text = with_line_breaks(text).strip()
        if is_blank(text):
            raise EditRefused("A card needs some words. To remove it, delete the card.")
        found = list(personal_details or [])
        update["text"] = text
        update["personal_details"] = found
        # A typo fixed in a card marked as fine keeps the mark; a detail not looked at yet
        # holds it back again.
        update["details_cleared"] = bool(found) and still_marked_fine(card, found)
    if kind is not None and kind != card.kind:
        if any(card_id in t.card_ids for t in doc.workshop.themes):
            raise EditRefused("Take the card out of its themes before changing its kind.")
        update["kind"] = kind
    # named by its NEW words: the old ones may hold a name the facilitator just edited out,
    # and Edit → History and the Undo item stay on a screen that may be projected
    after = card.model_copy(update=update)
    b = EditBuilder(doc, f"Edit card {quoted(words_without_details(after))}")
    b.replace("cards", card_id, **update)
    return b.build()


def still_marked_fine(card: Card, found: Sequence[PersonalDetail]) -> bool:
    """Whether ``card`` is marked as fine and every detail in ``found`` is one the facilitator
    saw when marking it (the same words, wherever they now sit)."""
    return card.details_cleared and flagged_words(found) <= flagged_words(card.personal_details)


def flagged_words(details: Sequence[PersonalDetail]) -> set[tuple[str, str]]:
    """What the facilitator saw flagged, wherever in the words it sits."""
    return {(d.category, d.text.casefold()) for d in details}


def words_without_details(card: Card) -> str:
    """The card's words with each flagged personal detail shown as its placeholder ("[name]"),
    as a redaction would leave them: for undo labels (Edit → History is on screen) and for a
    held-back card on a screen that may be projected."""
    text = card.text
    for start, end, placeholder in reversed(_merged_spans(card.personal_details)):
        text = text[:start] + placeholder + text[end:]
    return text


def _merged_spans(details: Sequence[PersonalDetail]) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the details, those that overlap or touch made one span over
    them all, shown as the widest one's placeholder. A check only adds, so "jo" (found with "Jo"
    pasted in) and "jo bloggs" (found later with "Jo Bloggs") both stay on a card; replaced one
    by one, "[name]" moved the words along and left "[name]oggs" on the card."""
    spans: list[tuple[int, int, PersonalDetail]] = []
    for found in sorted(details, key=lambda d: (d.start, d.start - d.end)):
        if spans and found.start <= spans[-1][1]:
            start, end, widest = spans[-1]
            if found.end - found.start > widest.end - widest.start:
                widest = found
            spans[-1] = (start, max(end, found.end), widest)
        else:
            spans.append((found.start, found.end, found))
    return [(start, end, widest.placeholder) for start, end, widest in spans]


def redact_card(doc: Document, *, card_id: str) -> Edit:
    """Replace every flagged personal detail with a placeholder such as "[name]", and take off
    a care system's sign-off ending the card whose signer was one ("Completed by [name], SW,
    04/03/2026": staff's words, not the person's)."""
    card: Card = existing(doc, "cards", card_id)
    text = without_sign_off(words_without_details(card))
    b = EditBuilder(doc, f"Redact personal details in {quoted(text)}")
    b.replace("cards", card_id, text=text, personal_details=[], details_cleared=False)
    return b.build()


def clear_card_details(doc: Document, *, card_ids: Sequence[str]) -> Edit:
    """The facilitator has looked: these flagged cards are fine to show."""
    # one card is named by its words, as Redact names it, so a run of marks in Edit → History
    # can be told apart (never the details themselves: History may be on the projector)
    cards: list[Card] = all_existing(doc, "cards", card_ids)
    what = (
        quoted(words_without_details(cards[0]))
        if len(card_ids) == 1
        else cards_phrase(len(card_ids))
    )
    b = EditBuilder(doc, f"Mark {what} as fine to show")
    for card_id in card_ids:
        b.replace("cards", card_id, details_cleared=True)
    return b.build()


def delete_cards(doc: Document, *, card_ids: Sequence[str]) -> Edit:
    """Delete cards, taking them out of every theme they sit in."""
    gone = set(card_ids)
    cards: list[Card] = all_existing(doc, "cards", card_ids)
    # One card is named by its kind and person, never its words: a card is often deleted for
    # what it says (a name, an unkind remark), and Edit → History, which may be on the
    # projector, kept quoting them after the wall no longer showed them. Undo brings the card
    # back to read.
    label = (
        f"Delete {_whose(cards[0])} {cards[0].kind.symbol} {cards[0].kind.label} card"
        if len(card_ids) == 1
        else f"Delete {cards_phrase(len(card_ids))}"
    )
    b = EditBuilder(doc, label)
    for theme in doc.workshop.themes:
        if gone & set(theme.card_ids):
            b.replace("themes", theme.id, card_ids=[c for c in theme.card_ids if c not in gone])
    for card_id in card_ids:
        b.remove("cards", card_id)
    return b.build()


def _whose(card: Card) -> str:
    return f"{card.person}'s" if card.person else "a"
