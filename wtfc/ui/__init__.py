"""The Qt layer: the only package that imports PySide6.

Start-up work done here, measured by ``make bench`` (``startup.cold_ms``):

- PySide6 replaces ``__import__`` with a hook that reads the source of every module imported
  after it (for its opt-in ``__feature__`` syntax), so the Qt-free modules every window needs
  are loaded first (~65 ms).
- The cyclic garbage collector is paused while these imports run and their objects are then
  frozen: modules and classes live as long as the app, so scanning them again and again is
  wasted work at start-up and in every later collection (~40 ms).
"""

import gc

gc.disable()
try:
    import concurrent.futures  # noqa: F401  (the autosave and export workers)

    import wtfc.model.document
    import wtfc.model.operations.cards
    import wtfc.model.operations.details
    import wtfc.model.operations.themes
    import wtfc.model.recovery
    import wtfc.model.storage  # noqa: F401

    # isort: split
    # Qt last, after everything Qt-free (see above): keep this split.
    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
finally:
    gc.freeze()
    gc.enable()
