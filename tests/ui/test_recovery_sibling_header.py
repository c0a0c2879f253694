"""A crashed session's recovery copy whose first line is deeply nested ("[[[[…", a damaged or
hostile copy) is skipped when wtfc looks for other copies of the same file, as any unreadable
first line is: json's RecursionError got out of recovery_siblings._header (F24 session 31)."""

from wtfc.model import recovery
from wtfc.ui import recovery_siblings


def test_a_deeply_nested_first_line_is_no_header(tmp_path):
    (tmp_path / recovery.SNAPSHOT_NAME).write_bytes(b"[" * 100_000 + b"\n{}\n")
    assert recovery_siblings._header(tmp_path) is None
