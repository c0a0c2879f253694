"""Run every ``benchmarks/bench_*.py`` and print its figures.

Each module has ``run() -> dict[str, float]``. ``--json`` prints one JSON object
``{figure: value}``; ``-k WORD`` runs only the modules whose name contains WORD.
A module that fails is reported and the others still run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import pkgutil
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _modules(keyword: str | None) -> list[str]:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    return [n for n in names if keyword is None or keyword in n]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("-k", dest="keyword", help="run only modules whose name contains this")
    args = parser.parse_args()
    figures: dict[str, float] = {}
    failures = []
    for name in _modules(args.keyword):
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            figures.update(module.run())
        except Exception:
            failures.append(name)
            print(f"{name} failed:\n{traceback.format_exc()}", file=sys.stderr)
        if not args.json:
            print(f"  ({name}: {time.perf_counter() - start:.1f} s)", file=sys.stderr)
    if args.json:
        print(json.dumps({k: (None if isinstance(v, float) and math.isnan(v) else v)
                          for k, v in figures.items()}))
    else:
        width = max((len(k) for k in figures), default=10)
        print(f"{'figure'.ljust(width)}  value")
        for key, value in figures.items():
            shown = f"{value:.4g}" if isinstance(value, float) else str(value)
            print(f"{key.ljust(width)}  {shown}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
