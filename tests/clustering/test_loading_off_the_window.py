"""What the window's thread loads before suggestions run: numpy (a C extension, which must be
first imported there), but not networkx, which the worker imports when it groups (~0.3 s less
of a frozen window on the first Suggest themes)."""

from __future__ import annotations

import subprocess
import sys

from tests.child_env import child_env

CHECK = """
import sys
from wtfc.ui.wall import suggest_job
suggest_job.load_clustering()
assert "numpy" in sys.modules
print("networkx" in sys.modules)
from wtfc.clustering.grouping import louvain_groups
import numpy as np
louvain_groups(np.full((4, 2), 0.5 ** 0.5, dtype=np.float32))
print("networkx" in sys.modules)
"""


def test_networkx_is_loaded_by_the_grouping_not_by_the_window():
    out = subprocess.run(
        [sys.executable, "-c", CHECK],
        capture_output=True,
        text=True,
        check=True,
        env=child_env({"QT_QPA_PLATFORM": "offscreen", "PATH": ""}),
    )
    assert out.stdout.split() == ["False", "True"]
