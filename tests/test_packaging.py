"""What a laptop install gets: the wheel carries the demo and the suggestion tables.

Built offline from the test environment's setuptools, as ``pip install .`` would build it.
"""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_the_demo_workshops_and_the_suggestion_tables(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation",
                           "--no-deps", "--no-index", "-q", str(ROOT), "-w", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = tmp_path.glob("wtfc-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for asset in ("wtfc/assets/demo.wtfc", "wtfc/assets/demo-previous.wtfc",
                  "wtfc/clustering/assets/static_minilm.npz",
                  "wtfc/clustering/assets/topic_projection.npz"):
        assert asset in names


def test_the_demo_is_found_inside_the_package():
    import wtfc
    from wtfc.model.demo import demo_path, demo_previous_path

    package = Path(wtfc.__file__).resolve().parent
    assert demo_path().is_relative_to(package) and demo_path().is_file()
    assert demo_previous_path().is_relative_to(package) and demo_previous_path().is_file()
