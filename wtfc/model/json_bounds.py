"""How much memory reading a JSON file would take, told before any parser reads it.

Memory goes on the lists and records (JSON arrays and objects) a parser builds, not on the
file's bytes: ``[],`` is three bytes but ~150 bytes of memory, to pydantic (whose error keeps
the whole of a field it does not know) and to Python's json alike. A 20 MB workshop file
holding an unknown field of them took 1 GB and 3.4 s before its plain error, and one under the
200 MB size limit would take ~10 GB: on a laptop the app died with no message. Counting them
first costs ~0.6 ms a megabyte, and nothing for a file of under 4 MB.
"""

from __future__ import annotations

from wtfc.model.errors import WorkshopFileError

# The largest workshop workshop.py's limits allow (200,000 cards, each with 3 tags and a
# personal detail; 50,000 themes; 100,000 people, causes, success statements and actions; 1,000
# teams) holds 1.5 million lists and records in 130 MB, and takes 1.6 GB and 12 s to open.
# 4 million is well above it; a file of nothing but empty lists up to it takes ~0.6 GB.
MAX_CONTAINERS = 4_000_000


def containers(data: bytes) -> int:
    """At least how many lists and records ``data`` holds as JSON: a ``[`` or ``{`` inside a
    string counts too, which only over-counts (a workshop's words hold few)."""
    return data.count(b"[") + data.count(b"{")


def too_big_to_read(data: bytes, name: str) -> WorkshopFileError | None:
    """The error for a file holding more lists and records than any workshop (said as a file
    too big, as a file past the size limit is); None when reading it costs no more than a
    workshop's."""
    if len(data) <= MAX_CONTAINERS:  # each takes a byte at least: a 10,000-card file is 3 MB
        return None
    found = containers(data)
    if found <= MAX_CONTAINERS:
        return None
    said = f"'{name}' is too big to be a workshop file."
    return WorkshopFileError(said, technical=f"{said[:-1]}: it holds {found:,} lists and records "
                                             f"(wtfc reads at most {MAX_CONTAINERS:,}).")
