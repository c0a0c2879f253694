# ruff: noqa: F811
"""Save never writes over a file changed elsewhere unasked when the two differ only in an order:
the other computer's new order of success statements was lost, with no 'changed elsewhere' copy
kept, because "the file holds the same workshop" compared parts by id only."""
from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.themes import reorder_theme
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Kind, Perspective, SuccessStatement, Theme, Workshop


def test_the_other_computers_order_is_not_written_over_unasked(make_window, tmp_path,
                                                               monkeypatch):
    path = tmp_path / "spring.wtfc"
    p = next(iter(Perspective))
    themes = [Theme(id="t1", kind=Kind.WORKING, name="I feel safe"),
              Theme(id="t2", kind=Kind.WORKING, name="I see my friends")]
    success = [SuccessStatement(id="s1", theme_id="t1", perspective=p, text="Door answered"),
               SuccessStatement(id="s2", theme_id="t1", perspective=p, text="Known by name")]
    save_workshop(Workshop(title="Spring", themes=themes, success=success), path)
    here = make_window()
    here.files.open_path(path)
    # on the other computer (OneDrive syncs it in): the statements put in the room's order
    save_workshop(Workshop(title="Spring", themes=themes, success=success[::-1]), path,
                  backup=False)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    # here: a theme dragged to the front, then Ctrl+S
    here.undo.push(reorder_theme(here.doc, theme_id="t2", index=0))
    asked = []
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: asked.append(a[2]) or
                            QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
    here.files.save()
    on_disk = load_workshop(path).workshop
    print("asked:", asked, "themes:", [t.id for t in on_disk.themes],
          "success:", [s.id for s in on_disk.success],
          "kept:", sorted(x.name for x in tmp_path.iterdir()))
    assert asked or [s.id for s in on_disk.success] == ["s2", "s1"], \
        "the other computer's order of statements was written over without a question"
    # the question says what differs: "It holds the same workshop" is answered by Save
    [question] = asked
    assert "the same workshop" not in question
    assert "It has the same parts as the workshop open here, but the order of the themes on " \
        "the wall and the success statements is different." in question


def test_ctrl_s_with_nothing_changed_here_keeps_the_other_computers_order(
        make_window, tmp_path, monkeypatch):
    """Nothing changed here; Ctrl+S out of habit after OneDrive synced in a colleague's
    version whose only change is the order of the wall's themes."""
    path = tmp_path / "spring.wtfc"
    themes = [Theme(id="t1", kind=Kind.WORKING, name="I feel safe"),
              Theme(id="t2", kind=Kind.WORKING, name="I see my friends")]
    save_workshop(Workshop(title="Spring", themes=themes), path)
    here = make_window()
    here.files.open_path(path)
    save_workshop(Workshop(title="Spring", themes=themes[::-1]), path, backup=False)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    asked = []
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: asked.append(a[2]) or
                            QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
    here.files.save()
    on_disk = [t.id for t in load_workshop(path).workshop.themes]
    print("asked:", asked, "themes on disk:", on_disk,
          "kept:", sorted(x.name for x in tmp_path.iterdir()))
    assert asked or on_disk == ["t2", "t1"], "the colleague's new order was written over unasked"
    [message] = asked
    assert "the same workshop" not in message
    assert "It has the same parts as the workshop open here, but the order of the themes on " \
        "the wall is different." in message
