"""A closed workshop's words leave every cache: the room views' measures (the wall, Plan and
Act, the why-tree and fishbone), sorting and searching, comparing with last time, and the
exports' measured and shaped words. Cards come from care reviews and a council laptop may be
shared: once another workshop is open, or wtfc closes, nothing of the last one is kept in
memory until pushed out. The next workshop is drawn exactly as before."""

from __future__ import annotations

import ast
import gc
import importlib.util
import json
import re
import sys
import types
from pathlib import Path

import pytest
from forget_words_walk import INDIC_MARK, MARK, ROOM_VIEWS, _everything_else
from own_process import run_script

import wtfc
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Stage
from wtfc.ui.forget_words import KEEPING_WORDS

# Module-level caches that keep no one's words (fonts, colours, sizes, letters, styles), or
# keep last time's, by its document, gone with it as another workshop opens.
NO_WORDS = {
    # digests of what was pasted in, never the words: kept to clear the clipboard as wtfc quits
    "wtfc.ui.clipboard_taken": {"_taken"},
    "wtfc.ui.boards.shared_theme": {"_SHARED"},  # a theme id per open document, weakly held
    "wtfc.ui.boards.review_compared": {"_KEPT", "_ROOM"},  # last time's
    "wtfc.ui.boards.review_room_measure": {"_KEPT"},
    "wtfc.ui.paint_cache": {"shared_font", "metrics", "darker"},
    "wtfc.ui.wrapped_list": {"_MEASURING"},  # the tables' delegates, weakly: forget_measures
    "wtfc.ui.wall.room_measure": {"_metrics", "_tall_letters"},
    "wtfc.ui.wall.room_pages": {"_page_label_size"},
    "wtfc.ui.wall.room_corner": {"timer_size"},
    "wtfc.ui.boards.why_tree_items": {"_pill_width", "_fitted_pill",  # the marks' own words
                                      "BOARD_STYLE"},
    "wtfc.ui.boards.fishbone_room_layout": {"ROOMY"},  # a style
    "wtfc.clustering.static_embedding": {"default_embedder"},
    "wtfc.importing.known_words": {"_table_words"},  # the word table's English, no one's words
    "wtfc.export.writing": {"_covered", "_covered_without_arabic", "_ascii_drawn",
                            "_isolated_forms", "_reshaper"},
    "wtfc.export.fonts": {"fonts", "arabic_chars", "_face_of", "_main_str"},  # one letter each
    "wtfc.export.text": {"_main_chars", "_fallback_chars", "_arabic_chars"},
    "wtfc.export.indic": {"drawn", "chars", "_use_word_shaper"},  # one letter each
    "wtfc.export.action_poster_table": {"cell_styles", "_tackles_style", "_owner_style",
                                        "_who_width", "_when_width"},
    "wtfc.ui.recent_files": {"_menus"},  # each window's Open recent menu, weakly: no words
    "wtfc.ui.undo": {"_HISTORY_VIEWS"},  # each window's History list, weakly: no words
    "wtfc.ui.history_dropped": {"_WATCHED"},  # each window's undo adapter, weakly: no words
}


def _module_caches() -> dict[str, set[str]]:
    """Every cache of ``_caches_in`` in wtfc, by module, read from the source."""
    root = Path(wtfc.__file__).parent
    found: dict[str, set[str]] = {}
    for path in root.rglob("*.py"):
        module = ".".join(("wtfc", *path.relative_to(root).with_suffix("").parts))
        if caches := _caches_in(path.read_text(encoding="utf-8")):
            found[module] = caches
    return found


def _caches_in(source: str) -> set[str]:
    """Every function kept with ``lru_cache``/``cache`` (a method's as ``Class.method``: kept
    by the class, for every object), and every module-level dict or set that starts empty
    (filled as it runs) or object of the module's own class. A ``cached_property`` goes with
    its object."""
    body = ast.parse(source).body
    classes = {node.name for node in body if isinstance(node, ast.ClassDef)}
    methods = [(f"{node.name}.", part) for node in body if isinstance(node, ast.ClassDef)
               for part in node.body]
    found = set()
    for prefix, node in [("", node) for node in body] + methods:
        if isinstance(node, ast.FunctionDef) and any(
                re.search(r"(^|\.)(lru_)?cache\b", ast.unparse(d)) for d in node.decorator_list):
            found.add(prefix + node.name)
        elif not prefix and isinstance(node, ast.Assign | ast.AnnAssign) and _kept(
                node.value, classes):
            found.add(ast.unparse(node.targets[0] if isinstance(node, ast.Assign) else node.target))
    return found


def test_the_cache_scan_finds_caches_however_written():
    """A cache written another way than ``{}`` or on a method is found too (review code_c3)."""
    source = """
import collections, functools
_A = dict()
_B: dict[str, str] = collections.OrderedDict()
_C = defaultdict(list)
_D = set()
_E = WeakValueDictionary()
NOT_EMPTY = dict(a=1)
class Words:
    @functools.lru_cache(maxsize=100)
    def width(self, text): ...
    @cached_property
    def whole(self): ...
"""
    assert _caches_in(source) == {"_A", "_B", "_C", "_D", "_E", "Words.width"}


# made empty, filled as wtfc runs (``defaultdict(list)`` is given only what it makes)
EMPTY_MADE = {"dict", "OrderedDict", "defaultdict", "set", "WeakKeyDictionary",
              "WeakValueDictionary", "WeakSet"}


def _kept(value: ast.expr | None, classes: set[str]) -> bool:
    """An empty dict or set (``{}``, ``dict()``, ``OrderedDict()``, a weak one…), or an object
    of a class of the same module made of nothing: filled as wtfc runs."""
    if isinstance(value, ast.Dict) and not value.keys:
        return True
    if not isinstance(value, ast.Call) or value.keywords:
        return False
    name = value.func.attr if isinstance(value.func, ast.Attribute) else getattr(
        value.func, "id", None)  # collections.OrderedDict() as OrderedDict()
    if name == "defaultdict":
        return len(value.args) <= 1
    return name in {*classes, *EMPTY_MADE} and not value.args


def test_every_cache_in_wtfc_is_forgotten_or_keeps_no_words():
    """A cache added later is either forgotten with the workshop or said to hold no words."""
    caches = _module_caches()
    for module, names in caches.items():
        listed = set(KEEPING_WORDS.get(module, ())) | NO_WORDS.get(module, set())
        left_out = names - listed - {"_FACTORIES", "_started"}  # views by name; jobs running
        assert not left_out, f"{module}: {sorted(left_out)} not in forget_words.KEEPING_WORDS"
    for module, names in KEEPING_WORDS.items():  # each is there (or emptied by a function)
        if module in caches:  # (one not in wtfc yet, or no longer, has nothing to forget)
            assert set(names) <= caches[module] | {"forget_measures"}, module


def _strings(thing, found: list[str], seen: set[int]) -> None:
    if isinstance(thing, str):
        found.append(thing)
        return
    if id(thing) in seen or isinstance(thing, type | types.ModuleType | types.FunctionType
                                       | types.BuiltinFunctionType):
        return
    seen.add(id(thing))
    # keys and answers, and what they hold (a dict keyed by text only gives its values)
    for part in (*thing, *gc.get_referents(thing)) if isinstance(thing, dict) else \
            gc.get_referents(thing):
        _strings(part, found, seen)


def kept_marks(module: str | None = None) -> bool:
    kept = kept_words(module)
    return MARK in kept or INDIC_MARK in kept


def kept_words(module: str | None = None) -> str:
    """Every text the caches of ``forget_words`` keep (of one module, or all), from memory."""
    found: list[str] = []
    for name, caches in KEEPING_WORDS.items():
        if module in (None, name) and name in sys.modules:
            for cache in caches:
                kept = getattr(sys.modules[name], cache)
                if cache == "forget_measures":  # the boards' tables: each delegate's own
                    kept = [(d._heights, getattr(d, "_cut", {}))
                            for d in sys.modules[name]._MEASURING]
                _strings(kept, found, set())
    return " ".join(found)


def _marked(workshop):
    """The demo with the mark in its title, every card, theme name, cause and action (owner
    and note)."""
    return workshop.model_copy(update={
        "stage": Stage.ACT,
        "title": f"{workshop.title} {MARK}",  # the room views' Welcome and subtitles
        "cards": [c.model_copy(update={"text": f"{c.text} – {MARK}{n}"})  # not ASCII: keyed
                  for n, c in enumerate(workshop.cards[:-1])] + [workshop.cards[-1].model_copy(
                      update={"text": f"{workshop.cards[-1].text} {INDIC_MARK} {MARK}"})],
        "themes": [t.model_copy(update={"name": f"{t.name} {MARK}"}) for t in workshop.themes],
        "causes": [c.model_copy(update={"text": " ".join([c.text, MARK] * 6)})  # many pages
                   for c in workshop.causes],
        "actions": [a.model_copy(update={
            "what": f"{a.what} {MARK}", "owner": f"{a.owner} {MARK}",
            "progress_note": f"{a.progress_note} {MARK} " * 12}) for a in workshop.actions]})


@pytest.fixture
def files(tmp_path):
    plain = load_workshop(demo_path()).workshop.model_copy(update={"stage": Stage.ACT})
    marked = _marked(plain)
    first, second = tmp_path / "first.wtfc", tmp_path / "second.wtfc"
    save_workshop(marked, first)
    save_workshop(plain, second)
    return first, second


def _room_pictures(window, qtbot) -> dict[str, object]:
    """Each room view of the open workshop, as the projector shows it."""
    room, pictures = window.room, {}
    for name in ROOM_VIEWS:
        room.show_view(name)
        qtbot.waitExposed(room.window.content)
        pictures[name] = _settled(room.window.content, qtbot)
    return pictures


def _settled(view, qtbot):
    """The view as drawn once it has laid its pages out, a beat after it is shown (posted
    events, zero-delay timers): two grabs an event-loop turn apart alike, not a 200 ms wait."""
    grabs = [None]

    def alike() -> bool:
        grabs.append(view.grab().toImage())
        return grabs[-1] == grabs[-2]

    qtbot.waitUntil(alike, timeout=5_000)
    return grabs[-1]


def test_opening_another_workshop_lets_every_cache_go(demo_window, qtbot, files, tmp_path):
    first, second = files
    demo_window.room.act_show.setChecked(True)
    demo_window.room.window.resize(1024, 768)
    assert demo_window.files.open_path(second, confirmed=True)
    before = _room_pictures(demo_window, qtbot)
    assert demo_window.files.open_path(first, confirmed=True)
    _room_pictures(demo_window, qtbot)
    _everything_else(demo_window, tmp_path)
    # each was used, and kept the first workshop's words (the painted labels hold the
    # person codes and kinds here: the room wall's test has them; an import's, its own test)
    used = {m for m in KEEPING_WORDS if importlib.util.find_spec(m)} - {
        "wtfc.ui.paint_cache", "wtfc.importing.person_names"}
    qtbot.waitUntil(lambda: all(map(kept_marks, used)), timeout=5_000)  # (a plan may wait)
    assert demo_window.files.open_path(second, confirmed=True)
    assert not kept_marks()
    after = _room_pictures(demo_window, qtbot)
    for name in ROOM_VIEWS:
        assert after[name] == before[name], name  # drawn as it was, pixel for pixel


def test_closing_wtfc_lets_every_cache_go(demo_window, qtbot, files, tmp_path):
    first, _second = files
    demo_window.room.act_show.setChecked(True)
    assert demo_window.files.open_path(first, confirmed=True)
    _room_pictures(demo_window, qtbot)
    _everything_else(demo_window, tmp_path)
    assert kept_marks()
    demo_window.close()
    assert not kept_marks()


def test_an_export_still_writing_as_another_workshop_opens_forgets_at_its_end(
        demo_window, qtbot, files, tmp_path, monkeypatch):
    """Ctrl+O in the 400 ms before the export's progress dialog shows opens another workshop
    while the export writes: the words it measures of the first go as it ends. With the same
    workshop still open they are kept (the next export is quicker)."""
    from PySide6.QtWidgets import QMessageBox

    first, second = files
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    assert demo_window.files.open_path(first, confirmed=True)
    task = demo_window.exports.export("report", tmp_path / "kept.pdf")
    qtbot.waitUntil(lambda: demo_window.exports.task is None, timeout=60_000)
    assert kept_marks("wtfc.export.writing")  # the same workshop open: kept
    import threading

    from wtfc.ui import export_actions

    opened, run_now = threading.Event(), export_actions.run_export_now
    monkeypatch.setattr(export_actions, "run_export_now",  # still writing as the second opens
                        lambda *a: (opened.wait(30), run_now(*a))[1])
    task = demo_window.exports.export("report", tmp_path / "first.pdf")
    assert task is not None
    assert demo_window.files.open_path(second, confirmed=True)
    assert task.is_running()
    opened.set()
    qtbot.waitUntil(lambda: demo_window.exports.task is None, timeout=60_000)
    assert (tmp_path / "first.pdf").exists() and "first.pdf" in said[-1]
    assert not kept_marks()


# wtfc as a facilitator runs it, in a process of its own (other tests' windows linger here):
# every room view and page shown of the first workshop, then of the second.
ANOTHER_WORKSHOP = """
import json, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMessageBox
QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard
from forget_words_walk import ROOM_VIEWS, _everything_else, held_anywhere
from wtfc.model.workshop import Stage
from wtfc.ui.application import make_application, open_window
app = make_application()
window = open_window(demo=True)
window.room.act_show.setChecked(True)


def back_to_the_event_loop():
    # the views put away are deleted, as wtfc's event loop deletes them: kept, each would lay
    # itself out again at every later edit (most of this script's time, nothing more checked)
    for _ in range(3):
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


for path in ({first!r}, {second!r}):
    assert window.files.open_path(Path(path), confirmed=True)
    for name in ROOM_VIEWS:
        window.room.show_view(name)
        app.processEvents()
        back_to_the_event_loop()
    for stage in Stage:
        window.go_to_stage(stage)
        window.grab()
        back_to_the_event_loop()
    if path == {first!r}:
        _everything_else(window, Path({tmp!r}))
back_to_the_event_loop()
print(json.dumps(held_anywhere()))
"""


def test_nothing_anywhere_holds_the_last_workshops_words(files, tmp_path):
    """Not only the caches listed: nothing in memory (a view's own cache, say) holds a word of
    the workshop closed, once every page and room view has been shown of the next."""
    first, second = map(str, files)
    script = ANOTHER_WORKSHOP.format(tests=str(Path(__file__).parent), first=first,
                                     second=second, tmp=str(tmp_path))
    out = run_script(script, tmp_path)
    assert out.returncode == 0, f"the script failed:\n{out.stderr[-4000:]}\n{out.stdout[-1000:]}"
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
