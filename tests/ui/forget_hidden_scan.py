"""What still holds a word, read from all of memory: ``test_forget_hidden_boards.py``'s scan,
run in wtfc's own process by its script. Apart from the test so that the script does not load
pytest (~0.13 CPU-s a run)."""

from __future__ import annotations

import gc
import linecache

WORD = "numbat"  # only in one theme's name of the first workshop


def held_anywhere(word: str) -> list[str]:
    """Every text holding ``word``: in Python (containers and objects' attributes, a painted
    text's too) and in Qt (widgets' words, item models' rows, graphics items' words)."""
    from PySide6.QtCore import QAbstractItemModel, QModelIndex
    from PySide6.QtGui import QStaticText
    from PySide6.QtWidgets import QApplication, QGraphicsScene

    gc.collect()
    sources = {id(entry[2]) for entry in linecache.cache.values() if len(entry) > 2}
    texts: list[object] = []
    for held in gc.get_objects():
        if id(held) in sources:  # source lines kept for tracebacks: this file's own
            continue
        if type(held) in (tuple, list, set, frozenset):
            texts += held
        elif type(held) is dict and "__name__" not in held:  # (not a module's own)
            texts += [*held, *held.values()]
        elif isinstance(held, QAbstractItemModel):
            texts += _rows(held, QModelIndex())
        elif isinstance(held, QGraphicsScene):
            texts += [i.toolTip() for i in held.items()]
        if hasattr(held, "__dict__") and not isinstance(held, type):
            texts += [v.text() if isinstance(v, QStaticText) else v for v in vars(held).values()]
    for widget in QApplication.allWidgets():
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle(),
                  *(getattr(widget, name)() for name in ("text", "toPlainText", "currentText")
                    if callable(getattr(widget, name, None)))]
    return [t for t in texts if isinstance(t, str) and word in t and t != word]


def _rows(model, parent) -> list[object]:
    found = []
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        found += [model.data(index, role) for role in (0, 3, 11)]  # shown, tooltip, spoken
        found += _rows(model, index) if model.rowCount(index) else []
    return found
