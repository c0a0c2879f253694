"""Run every ``benchmarks/bench_*.py`` and print its figures.

Each module has ``run() -> dict[str, float]`` and runs in a fresh interpreter of its own, so
one benchmark's objects (and the garbage collector's work on them) never slow the next.
``--json`` prints one JSON object ``{figure: value}``; ``-k WORD`` runs only the modules whose
name contains WORD. A module that fails is reported and the others still run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pkgutil
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
MARK = "@@figures@@ "


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
        code = (f"import json, benchmarks.{name} as m; "
                f"print('\\n' + {MARK!r} + json.dumps(m.run()))")
        done = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[1])
        line = next((x for x in done.stdout.splitlines() if x.startswith(MARK)), None)
        if done.returncode != 0 or line is None:
            failures.append(name)
            print(f"{name} failed (exit {done.returncode})", file=sys.stderr)
        else:
            figures.update(json.loads(line[len(MARK):]))
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
