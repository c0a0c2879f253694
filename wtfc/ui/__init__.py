"""The Qt layer: the only package that imports PySide6.

PySide6 replaces ``__import__`` with a hook that reads the source of every module imported
after it (for its opt-in ``__feature__`` syntax). The Qt-free modules every window needs are
therefore loaded here, before any Qt module: start-up is ~60 ms shorter (``make bench``,
``startup.cold_ms``).
"""

import concurrent.futures  # noqa: F401  (the autosave and export workers)

import wtfc.importing.template  # noqa: F401
import wtfc.model.document  # noqa: F401
import wtfc.model.operations.cards  # noqa: F401
import wtfc.model.operations.details  # noqa: F401
import wtfc.model.operations.themes  # noqa: F401
import wtfc.model.recovery  # noqa: F401
import wtfc.model.storage  # noqa: F401
