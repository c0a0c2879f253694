"""The layers hold: only ``wtfc.ui`` touches Qt, so model, clustering and export run headless."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.child_env import child_env

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = ("wtfc.model", "wtfc.clustering", "wtfc.export", "wtfc.importing")


def test_import_linter_contracts_are_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_importing_every_headless_module_loads_no_qt():
    # A fresh interpreter, so Qt loaded by other tests cannot hide (or fake) an import.
    script = f"""
import importlib, json, pkgutil, sys
loaded = []
for name in {HEADLESS!r}:
    package = importlib.import_module(name)
    loaded.append(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
        loaded.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({{"loaded": loaded, "qt": qt}}))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, env=child_env())
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert "wtfc.model.storage" in report["loaded"]
    assert "wtfc.model.operations.themes" in report["loaded"]
    assert report["qt"] == []
