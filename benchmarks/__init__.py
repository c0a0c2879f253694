"""Speed and quality figures: ``make bench`` (``python -m benchmarks``) prints them as a table."""

import os

# The benchmarks' workshops are written to the system's temporary folder: wtfc would say so
# on opening each (an e-mail attachment's copy, temporary_place) and wait for a click. An empty
# list says no folder is temporary, as the tests do.
os.environ.setdefault("WTFC_TEMPORARY_FOLDERS", "")
