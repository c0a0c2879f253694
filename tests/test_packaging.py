"""What a laptop install gets: the wheel carries the demo and the suggestion tables.

Built offline from the test environment's setuptools, as ``pip install .`` would build it: pip
(``--no-build-isolation``) hands the build to the backend the project names, and so does this,
without pip's own start-up (half the time; the wheels were the same, file for file).
"""

import configparser
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    with (ROOT / "pyproject.toml").open("rb") as f:
        backend = tomllib.load(f)["build-system"]["build-backend"]
    build = f"import {backend} as b, sys; b.build_wheel(sys.argv[1])"
    # from a clean copy, as on a fresh clone: a build/ or wtfc.egg-info left in the project
    # folder by an earlier build puts its files in the wheel whatever package-data now says
    src = tmp_path_factory.mktemp("src")
    shutil.copytree(ROOT / "wtfc", src / "wtfc", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    done = subprocess.run([sys.executable, "-c", build, str(out)], cwd=src,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("wtfc-*.whl")
    return zipfile.ZipFile(built)


def test_the_wheel_carries_the_demo_workshops_and_the_suggestion_tables(wheel):
    names = set(wheel.namelist())
    for asset in ("wtfc/assets/demo.wtfc", "wtfc/assets/demo-previous.wtfc",
                  "wtfc/clustering/assets/static_minilm.npz",
                  "wtfc/clustering/assets/topic_projection.npz"):
        assert asset in names


def test_the_app_has_a_windowless_command_beside_the_command_line(wheel):
    """pip turns gui_scripts into a launcher with no console window on Windows (wtfc-app.exe);
    wtfc stays a console script, as check/import/export/suggest print to the console."""
    (entry_points,) = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    parser = configparser.ConfigParser()
    parser.read_string(wheel.read(entry_points).decode())
    assert dict(parser["gui_scripts"]) == {"wtfc-app": "wtfc.app:main"}
    assert dict(parser["console_scripts"]) == {"wtfc": "wtfc.app:main"}


def test_the_demo_is_found_inside_the_package():
    import wtfc
    from wtfc.model.demo import demo_path, demo_previous_path

    package = Path(wtfc.__file__).resolve().parent
    assert demo_path().is_relative_to(package) and demo_path().is_file()
    assert demo_previous_path().is_relative_to(package) and demo_previous_path().is_file()
