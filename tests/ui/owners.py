"""PySide's own record of who owns a wrapper, against Qt's.

Calling from Python a Qt getter that returns a QObject (``dialog.screen()``,
``w.nextInFocusChain()``, ``label.buddy()``), and some setters (``setBuddy``, ``addRow``,
``QActionGroup.addAction``, ``setDefaultAction``, ``insertMenu``, ``QUndoView(stack)``), make
PySide record the object as the *child* of the one called on, whatever its Qt parent. When that
recorded parent is freed, PySide marks the object's wrapper, and whatever PySide recorded under
it, "already deleted" while Qt still has it (review 23: the focus walk, F1; the room view's
screen after a dialog, monkey F1).

``sideways()`` lists the objects recorded under something that is neither their Qt parent nor
one of its ancestors; ``risky()`` keeps those whose recorded parent lives in another window than
they do (a dialog, a popup), so can be freed first. ``Watch`` remembers the wrappers reachable
now and lists, later, those PySide marked deleted while Qt still has the very object.

The walk never calls ``findChildren``: PySide records everything it finds as the caller's child,
which would hide the records looked for. Only ``children()``, ``allWidgets()``, ``screens()``
and the wrappers Python already holds."""

from __future__ import annotations

import gc
import re
import weakref
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

_PARENT = re.compile(r"^parent\.+ <.* at (0x[0-9a-f]+)>", re.M)
_TAG = "_owners_tag"


def recorded_parent_id(obj: QObject) -> int | None:
    """id() of the wrapper PySide holds as ``obj``'s parent (shiboken6.dump), or None."""
    found = _PARENT.search(shiboken6.dump(obj))
    return int(found.group(1), 16) if found else None


def reachable() -> list[QObject]:
    app = QApplication.instance()
    assert app is not None
    seen: dict[int, QObject] = {}
    stack: list[QObject] = [app, *QApplication.topLevelWidgets(), *QGuiApplication.screens(),
                            *QApplication.allWidgets()]
    stack += [o for o in gc.get_objects() if isinstance(o, QObject)]
    while stack:
        o = stack.pop()
        if id(o) in seen or not shiboken6.isValid(o):
            continue
        seen[id(o)] = o
        stack.extend(o.children())
    return list(seen.values())


def _home(obj: QObject) -> QObject | None:
    """The window an object lives in (a menu counts as its owner's), None for none."""
    o: QObject | None = obj
    while o is not None and not isinstance(o, QWidget):
        o = o.parent()
    while isinstance(o, QWidget):
        w = o.window()
        if isinstance(w, QMenu) and w.parentWidget() is not None:
            o = w.parentWidget()
            continue
        return w
    return None


@dataclass
class Record:
    obj: QObject
    recorded: QObject | None  # None: a wrapper Python no longer holds

    def __str__(self) -> str:
        def name(o):
            return "(gone)" if o is None else f"{type(o).__name__}({o.objectName()!r})"
        qp = self.obj.parent()
        return (f"{name(self.obj)} Qt parent {name(qp) if qp is not None else None}, "
                f"PySide parent {name(self.recorded)}")


def sideways() -> list[Record]:
    app = QApplication.instance()
    objs = reachable()
    by_id = {id(o): o for o in objs}
    out = []
    for o in objs:
        pid = recorded_parent_id(o)
        if pid is None or pid == id(app):
            continue
        ancestors, p = set(), o.parent()
        while p is not None:
            ancestors.add(id(p))
            p = p.parent()
        if pid not in ancestors:
            out.append(Record(o, by_id.get(pid)))
    return out


def risky() -> list[Record]:
    """Sideways records whose recorded parent lives in another window (or in none) than the
    object: freeing that window marks the object deleted."""
    return [r for r in sideways()
            if r.recorded is None or _home(r.recorded) is not _home(r.obj)]


class Watch:
    """``w = Watch()`` … ``w.killed()``: wrappers reachable at the start that PySide marked
    deleted since, while Qt still has that very object (a property tags it)."""

    def __init__(self) -> None:
        self._held: list[tuple[weakref.ref, int, str, int]] = []
        for n, o in enumerate(reachable()):
            try:
                ref = weakref.ref(o)
            except TypeError:
                continue
            o.setProperty(_TAG, n + 1)
            self._held.append((ref, shiboken6.getCppPointer(o)[0], type(o).__name__, n + 1))

    def killed(self) -> list[str]:
        live = {shiboken6.getCppPointer(o)[0]: o.property(_TAG) for o in reachable()}
        out = []
        for ref, ptr, kind, tag in self._held:
            o = ref()
            if o is not None and not shiboken6.isValid(o) and live.get(ptr) == tag:
                out.append(kind)
        return out
