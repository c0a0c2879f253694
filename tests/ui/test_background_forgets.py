"""Background jobs let go of what they were given (card texts, pasted names) once they have
answered: a finished worker stays listed until another job starts, and kept, a closed workshop's
words stayed in memory on a shared laptop after another workshop was opened."""

from __future__ import annotations

import gc
import weakref

from tests.ui.settled import settle, until
from wtfc.model.demo import demo_previous_path
from wtfc.model.workshop import Kind, Stage
from wtfc.ui import background
from wtfc.ui.background import BackgroundTask
from wtfc.ui.cards_held_back import WatchNamesBox
from wtfc.ui.wall import WallPanel

SECRET_NAME = "Zebedee Quartermaine"


class _Words(list):
    """A job's words, that a weak reference can follow."""


def test_a_job_lets_go_of_its_words_once_answered(qtbot):
    for outcome in ("answers", "fails"):
        words = _Words(["Gwenllian takes me out"])
        gone = weakref.ref(words)

        def work(_progress, words=words, outcome=outcome):
            if outcome == "fails":
                raise ValueError(words[0])
            return len(words)

        task = BackgroundTask(work)
        del work, words
        with qtbot.waitSignal(task.finished, timeout=10_000):
            task.start()
        if gone() is not None:  # (collecting, ~0.4 s late in a run, only takes objects away)
            gc.collect()
        assert gone() is None, outcome
        assert task._thread in background._started  # still listed: it held the words


def _strings(obj, seen: set[int], depth: int = 0) -> list[str]:
    """The strings reachable from a job (a closure, its cells, lists, dicts, cards' texts)."""
    if id(obj) in seen or depth > 6:
        return []
    seen.add(id(obj))
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [s for x in obj for s in _strings(x, seen, depth + 1)]
    if isinstance(obj, dict):
        return [s for kv in obj.items() for x in kv for s in _strings(x, seen, depth + 1)]
    if callable(obj) and getattr(obj, "__closure__", None):
        cells = [cell.cell_contents for cell in obj.__closure__]
        return [s for x in cells for s in _strings(x, seen, depth + 1)]
    text = getattr(obj, "text", None)
    return [text] if isinstance(text, str) else []


def test_another_workshop_keeps_none_of_the_last_ones_words(qtbot, demo_window, monkeypatch):
    """Suggest themes, then Check all cards again with a name pasted (in the background), then
    the names box emptied and another workshop opened: no job holds the first one's words."""
    w = demo_window
    old_texts = {c.text for c in w.doc.workshop.cards}
    w.go_to_stage(Stage.THEME)
    wall = w.findChild(WallPanel)
    task = wall.suggestions.suggest(Kind.NOT_WORKING)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    w.go_to_stage(Stage.COLLECT)
    box = w.findChild(WatchNamesBox)
    monkeypatch.setattr(WatchNamesBox, "background_from", 1)
    box.names_box.setPlainText(SECRET_NAME)
    box.check_all_again()
    qtbot.waitUntil(lambda: box.check is None, timeout=20_000)
    box.names_box.setPlainText("")
    assert w.files.open_path(demo_previous_path(), as_copy=True, confirmed=True)
    # every job listed has ended and been answered (a ranking after Suggest may still have
    # been running): then what one still holds, it holds for good
    until(qtbot, lambda: all(worker.isFinished() for worker in background._started),
          timeout=20_000)
    settle()

    def held() -> set[str]:
        return {text for worker in background._started for text in _strings(worker._work, set())}

    if SECRET_NAME in held() or old_texts & held():  # collected (~0.4 s late in a run) only
        gc.collect()  # then: collecting only takes objects away
    assert background._started  # the finished workers are still listed
    assert SECRET_NAME not in held() and not old_texts & held()
    assert wall.suggestions.suggest_task._thread._work is None  # the panel's last Suggest
