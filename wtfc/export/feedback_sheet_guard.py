"""What the feedback letter vouches for: its promise that it names no one.

The letter goes to people's homes. The Act stage's notes ("What has happened so far", why we
stopped) are written months after the day, often by an officer, and name people ("Mrs Patel told
us her carer Linda…; call 07700 900123"); they are printed through the personal-detail guard
the app and ``wtfc export`` hand the letter ("[name] told us her carer [name]…"), as the room
view shows last time's words. Export may not import the guard itself, so without one the
letter cannot tell what it prints, and does not promise it names no one. With one, it promises
so only when nothing else it prints (a title, a venue, a theme's name, an action's words the
facilitator chose to export anyway) holds a detail the guard finds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from wtfc.export.feedback_sheet_since import SinceWords
from wtfc.export.feedback_sheet_words import NOT_WHO, TELLS, FeedbackWords, Guard

PROMISE = f"{TELLS} {NOT_WHO}, and it names no one."


def read_once(guard: Guard | None) -> Guard | None:
    """``guard`` giving again what it gave for a text it has read, for one letter: the promise
    reads each printed note again, and one the guard found nothing in came back as typed. Kept
    by the letter, so its words go with it."""
    if guard is None:
        return None
    read: dict[str, str] = {}

    def once(text: str) -> str:
        if (shown := read.get(text)) is None:
            shown = read[text] = guard(text)
        return shown

    return once


def with_promise(words: FeedbackWords, since: SinceWords | None, venue: str,
                 guard: Guard | None) -> FeedbackWords:
    """``words`` with the intro's last line promising the letter names no one, when ``guard``
    finds nothing in what it prints (``venue``: the workshop's, which the intro names)."""
    if guard is None or any(guard(text) != text for text in _printed(words, since, venue)):
        return words
    return replace(words, intro=[*words.intro[:-1], PROMISE])


def _printed(words: FeedbackWords, since: SinceWords | None, venue: str) -> Iterator[str]:
    """Every one of the users' words the letter prints, each on one line (as the guard's
    redaction gives it back), notes without their lead-in ("What has happened so far: ")."""
    texts = [words.title, venue, *(x.name for said in words.said.values() for x in said)]
    for doing_for in (*words.priorities, *words.others):
        texts.append(doing_for.theme)
        # the status line too: "We changed this: it is now '…'" quotes the action's new words
        texts += [x for doing in doing_for.actions
                  for x in (doing.what, doing.status, _note(doing.so_far))]
    texts += [x.theme for x in (*words.priorities_in_brief, *words.others_in_brief)]
    for theme, was in since.themes if since else ():
        texts.append(theme)
        texts += [x for w in was for x in (w.what, _note(w.happened), _note(w.so_far))]
    return (" ".join(text.split()) for text in texts if text.strip())


def _note(words: str) -> str:
    """The group's own words after a lead-in ("We have stopped this: …"), "" for none."""
    return words.partition(": ")[2]
