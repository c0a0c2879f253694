"""Every test runs without a screen, and no test can hang on a message box.

A modal QMessageBox left open blocks the run for ever (pytest-qt closes windows after each
test, and a window with unsaved changes asks). By default message boxes answer at once:
questions get Discard (so closing never blocks), notices are recorded in ``message_boxes``,
and a dialog's "Discard what you typed?" gets Keep editing.
Settings and crash-recovery copies go to a folder of the test's own.
A test that cares about an answer patches the static it needs; its patch wins.
"""

import contextlib
import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_finish(session):
    """The garbage collector scanned every module, test and fixture loaded, again and again,
    through a run of thousands of tests: what collecting loaded is frozen (never scanned
    again), and a collection runs every 20,000 new objects rather than 700. Measured
    (process CPU, one worker): tests/export 55 → 44 s, tests/ui/boards 97 → 93 s; the
    collector's own time 6.0 → 1.5 s and 7.3 → 3.3 s. A test that needs objects gone calls
    gc.collect() itself, as before."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


@pytest.fixture(autouse=True)
def own_settings_and_recovery(tmp_path_factory, monkeypatch):
    """Each test keeps wtfc's settings (recent files, the Review board's pairings) and its
    crash-recovery copies in a folder of its own: never in the developer's home, and never
    seen by a test running beside it (``make test`` runs two at once). The XDG folders reach
    the app processes some tests start. A test that needs other places sets its own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WTFC_RECOVERY_DIR", str(home / "recovery"))  # autosave.RECOVERY_DIR_ENV
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    # no temporary folders (temporary_place.ROOTS_ENV): every test's own files are under /tmp
    monkeypatch.setenv("WTFC_TEMPORARY_FOLDERS", "")
    if "PySide6.QtCore" in sys.modules:  # a test without Qt does not load it for this
        from PySide6.QtCore import QSettings

        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "config")
        )


@pytest.fixture(autouse=True)
def message_boxes(request, monkeypatch):
    shown: list[tuple[str, str]] = []
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield shown
        return
    from PySide6.QtWidgets import QMessageBox

    def notice(kind):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, f"{title}: {text}"))
            return QMessageBox.StandardButton.Ok
        return show

    def question(_parent, title, text, *args, **kwargs):
        shown.append(("question", f"{title}: {text}"))
        return QMessageBox.StandardButton.Discard

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, notice(kind))
    monkeypatch.setattr(QMessageBox, "question", question)
    from wtfc.ui import discard

    def keep_editing(_parent, what, *, new):  # "Discard this card?" waits for no click
        shown.append(("asked", f"Discard {'this new' if new else 'your changes to this'} {what}?"))
        return False

    monkeypatch.setattr(discard, "ask_discard", keep_editing)
    # wtfc's own boxes for a file in a temporary folder (an e-mail attachment's): "Later", and
    # Discard at "Save them before…?" and "Still in…" (Close anyway): no close waits on a click
    from wtfc.ui import temporary_notice, unsaved_changes

    def later(box):
        shown.append(("asked", box.text()))
        return False

    def discard_unsaved(box):
        shown.append(("question", f"{box.windowTitle()}: {box.text()}"))
        return box.button(QMessageBox.StandardButton.Discard)

    monkeypatch.setattr(temporary_notice, "_chosen", later)
    monkeypatch.setattr(unsaved_changes, "_clicked", discard_unsaved)
    yield shown


@pytest.fixture(autouse=True)
def no_key_left_held(request):
    """Qt takes which keys are held from the last key event: after QTest's Ctrl+= (a click of
    "=" with Ctrl, and no Ctrl of its own) it thinks Ctrl is held until a key comes without it.
    A later test in the same worker then had its table's setCurrentIndex add to the choice
    rather than make it (1 run in 3 under -n 2, People set a role "for P01 and P02"). Every
    key is let go after each test, so each starts as a facilitator's hands would."""
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    held = QGuiApplication.keyboardModifiers()
    if held == Qt.KeyboardModifier.NoModifier:
        return
    anywhere = QWidget()
    for modifier, key in ((Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
                          (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
                          (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
                          (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta)):
        if held & modifier:
            QTest.keyRelease(anywhere, key)
    anywhere.deleteLater()


@pytest.fixture(autouse=True)
def no_clipboard_left(request):
    """The clipboard is emptied after each test. A copy (Ctrl+C on a board) puts wtfc's own
    QMimeData there, made in Python; offscreen, Qt keeps the clipboard in a global that it
    deletes only as the process ends, after Python has gone, and deleting Python's object then
    crashed the run at exit (SIGSEGV, so pytest's own summary and exit code were lost: a run
    of tests/ui/boards/test_held_back_board_notes.py or tests/ui/test_copy_chosen.py ended
    139). Emptied here, it is deleted while Python is there to see it go; and a test never
    finds the text an earlier test copied."""
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture(scope="session")
def welsh_locale_dir(tmp_path_factory):
    """A Welsh locale (cy_GB.UTF-8): the machine's own where it has one (None), else one built
    for this run with glibc's localedef, nothing installed on the machine. Skipped, saying why,
    where localedef or its sources are missing (macOS, Windows, a slimmed-down Linux);
    ``make test`` does not need it."""
    import locale
    import shutil
    import subprocess

    before = locale.setlocale(locale.LC_TIME)
    try:  # the machine's own Welsh locale: nothing to build (localedef is ~1.3 CPU-s a worker)
        locale.setlocale(locale.LC_TIME, "cy_GB.UTF-8")
        return None
    except locale.Error:
        pass
    finally:
        locale.setlocale(locale.LC_TIME, before)
    if shutil.which("localedef") is None:
        pytest.skip("localedef (glibc's locale tools) is not here: no Welsh locale to test under")
    # ``make test``'s workers share one, built by the first that asks, under a lock in the
    # run's own folder (their base folders' parent, this run's only): each built its own
    shared = (tmp_path_factory.getbasetemp().parent if os.environ.get("PYTEST_XDIST_WORKER")
              else tmp_path_factory.getbasetemp()) / "welsh-locales"
    with _held(shared.with_name("welsh-locales.lock")):
        if (shared / "cy_GB.UTF-8").is_dir():
            return shared
        folder = tmp_path_factory.mktemp("locales")
        built = subprocess.run(
            ["localedef", "-i", "cy_GB", "-f", "UTF-8", str(folder / "cy_GB.UTF-8")],
            capture_output=True, text=True, check=False,
        )
        if not (folder / "cy_GB.UTF-8").is_dir():  # it may warn yet build: the folder decides
            pytest.skip(f"localedef could not build cy_GB.UTF-8: {built.stderr.strip()[:300]}")
        folder.rename(shared)  # whole, or not there: a worker never reads one half built
    return shared


@contextlib.contextmanager
def _held(lock_path):
    """An exclusive lock on ``lock_path`` while in the block (none where there is no fcntl:
    Windows, which has no localedef either)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture
def welsh_time(welsh_locale_dir, monkeypatch):
    """The C library's time locale set to Welsh, as making the QApplication does on a Welsh
    laptop (it calls setlocale(LC_ALL, "") on Linux and macOS); put back afterwards."""
    import datetime as dt
    import locale

    if welsh_locale_dir is not None:  # built for this run, not the machine's own
        monkeypatch.setenv("LOCPATH", str(welsh_locale_dir))
    before = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "cy_GB.UTF-8")
    except locale.Error as exc:
        pytest.skip(f"the Welsh locale built by localedef would not load: {exc}")
    try:
        # the locale bites, so the test under it means something
        assert f"{dt.date(2026, 11, 12):%B %a}" == "Tachwedd Iau"
        yield
    finally:
        locale.setlocale(locale.LC_TIME, before)
