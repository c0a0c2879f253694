"""What the suggestions panel says, in plain English: the facilitator reads it standing at the
wall, so each message says what happened and what to do next."""

from __future__ import annotations

from wtfc.model.workshop import Kind
from wtfc.ui.style import kind_text
from wtfc.ui.wall.card_fit import FitAnswer

STILL_SUGGESTING = "Still working on the last suggestions: one moment, please."
STILL_FITTING = "Still working on the last card: one moment, please."
STOPPING = "Stopping…"
STOPPED = "Stopped: no suggestions this time. Nothing on the wall changed."
STOPPED_LIST_BACK = ("Stopped: no new suggestions this time. Nothing on the wall changed; "
                     "the list is as it was.")
FAILED = ("The suggestions could not be worked out this time. Your workshop is unchanged; "
          "please try again.")
LIST_BACK = " The list is as it was."
# "not yet in a theme", as the wall's block of such cards, the Review board and the report say
CHOOSE_A_CARD = ("Choose one card not yet in a theme on the wall first (click it, or use the "
                 "arrow keys), then ask again.")
ALREADY_SORTED = "That card is in a theme already."
GONE = "That card or theme is no longer on the wall, so nothing was moved."
READ_ONLY = "This workshop is open read-only, so it can't be changed."


def too_few(kind: Kind, usable: int, held: int) -> str:
    held_note = (f" ({held} held-back card{'s wait' if held != 1 else ' waits'} for the "
                 "personal details to be checked)") if held else ""
    if usable == 0:
        return f"There are no {kind_text(kind)} cards not yet in a theme to group{held_note}."
    return (f"Only one {kind_text(kind)} card is not yet in a theme{held_note}: nothing to group. "
            "Choose it and press W to see where it fits.")


def grouping(kind: Kind, usable: int) -> str:
    return f"Grouping {usable} {kind_text(kind)} cards not yet in a theme…"


def suggested(kind: Kind, *, found: int, count: int, held: int, in_groups: int = 0,
              unknown: int = 0, says_nothing: int = 0) -> str:
    """``found`` suggestions holding ``in_groups`` of the ``count`` cards not yet in a theme
    that were grouped; ``held`` held-back cards and ``unknown`` cards with no word wtfc knows
    (another language, say) were not grouped at all, so they are not counted among them. Of
    the ``count``, ``says_nothing`` ("ok", "see above") are in no group by design: said apart,
    not as cards that fit no group."""
    left_out = (f" {held} held-back card{'s were' if held != 1 else ' was'} left out until "
                "the personal details are checked.") if held else ""
    if unknown:
        left_out += (f" wtfc can't match the words of {unknown} card"
                     f"{'s' if unknown != 1 else ''} (another language?): sort "
                     f"{'them' if unknown != 1 else 'it'} by hand.")
    if says_nothing:
        many = says_nothing != 1
        left_out = (f" {says_nothing} card{'s say' if many else ' says'} nothing on "
                    f"{'their' if many else 'its'} own (“ok”, “see above”): read "
                    f"{'them' if many else 'it'} with the person's other cards." + left_out)
    if not found:
        meaning = count - says_nothing
        if meaning < 2:
            return left_out.strip()
        return (f"These {meaning} {kind_text(kind)} cards not yet in a theme don't say similar "
                "things: "
                "sort them by hand, or choose a card and press W to see where it fits."
                f"{left_out}")
    alone = count - in_groups - says_nothing
    alone_note = (f" {alone} fit{'s' if alone == 1 else ''} no group: sort "
                  f"{'it' if alone == 1 else 'them'} by hand.") if alone > 0 else ""
    # short: at 1366x768 every line here is a card fewer in the list below (the panel's own
    # note already says that nothing changes until the room accepts)
    return (f"{found} suggested theme{'s' if found != 1 else ''} for {count} "
            f"{kind_text(kind)} cards not yet in a theme: choose one to ring its cards on the "
            "wall."
            f"{alone_note}{left_out}")


def cards_changed(left: int, read: int, taken: int) -> str:
    """Most of the ``read`` cards being grouped went out of the workshop meanwhile (``taken``,
    as a History jump back or an Undo takes them): no list is shown. What to do first: at 16
    pt on a laptop the panel folds this to one line, and "The cards changed while …" left
    the offer behind "More" (review 34 R6-4)."""
    still = f"only {left} {'is' if left == 1 else 'are'}" if left else "none is"
    return ("Suggest themes again: the cards changed while wtfc grouped them. "
            f"{taken} of the {read} were taken off the wall (History or Undo); {still} still "
            "free to go in a theme.")


def taken_meanwhile(cards: int) -> str:
    """Said after the headline when a few of the cards grouped went meanwhile."""
    return (f" {cards} card{'s were' if cards != 1 else ' was'} taken off the wall meanwhile "
            "(History or Undo).")


def shows_only(kind: Kind) -> str:
    """Said once the wall (and so the projector) was switched to one kind for suggesting."""
    return f" The wall shows {kind_text(kind)} only (F5: all)."


def listed(shown: int, dismissed: int) -> str:
    """What the list holds now (said after an edit or an undo, in place of a stale message)."""
    text = (f"{shown} suggested theme{'s' if shown != 1 else ''} on the list."
            if shown else "No suggested themes on the list.")
    if dismissed:
        text += (f" {dismissed} dismissed: Undo dismiss brings "
                 f"{'it' if dismissed == 1 else 'the last'} back.")
    return text


def made_theme(name: str, cards: int) -> str:
    return (f"Made the theme “{name}” from {cards} card{'s' if cards != 1 else ''}. "
            "Ctrl+Z undoes it.")


def added_to(theme_name: str, cards: int) -> str:
    return (f"Added {cards} card{'s' if cards != 1 else ''} to “{theme_name}”. "
            "Ctrl+Z undoes it.")


CANT_MATCH = "wtfc can't match these words — sort this card by hand"
WEAK_FIT = "No theme fits this card closely: choose one, or sort it by hand."
MOST_LIKE_IT = "The cards not yet in a theme most like it are ringed on the wall."


def fitted(answer: FitAnswer, *, like: bool) -> str:
    close = len(answer.like_enough())
    if like:
        if not close:
            return (f"{CANT_MATCH}: no card not yet in a theme is close to it."
                    if not answer.known else
                    "No card not yet in a theme says much the same: tick any that belong, or "
                    "sort this card by hand.")
        return (f"{close} card{'s' if close != 1 else ''} not yet in a theme, most like this "
                f"one, {'are' if close != 1 else 'is'} ringed on the wall. Untick any that "
                "differ, then select them to make a theme.")
    if not answer.known:
        return f"{CANT_MATCH}: choose its theme in the list, then Put it there."
    if not answer.matched:
        return WEAK_FIT + (f" {MOST_LIKE_IT}" if close
                           else "")
    if answer.themes:
        return ("Themes best fit first: Enter puts the card in the highlighted one."
                + (f" {MOST_LIKE_IT}" if close else ""))
    return "There are no themes of this kind yet."


def put_in(theme_name: str) -> str:
    return (f"Put in “{theme_name}”. Ctrl+Z undoes it. The next card not yet in a theme is "
            "chosen: press W again.")


def chosen_on_wall(cards: int) -> str:
    return f"{cards} cards chosen on the wall: press N to make them a new theme."
