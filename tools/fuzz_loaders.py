"""Fuzz the workshop loader and every importer with damaged and random bytes.

    python tools/fuzz_loaders.py [--seconds 60] [--seed 1] [--out fuzz-failures]

Each round takes a good input (the demo workshop, a workbook, a CSV, pasted cells), damages it
(cut, flip, insert, delete, splice, or pure random bytes) and loads it. Every outcome must be a
result or our plain-English error (``WorkshopFileError`` / ``ImportFailed``); anything else, or
a case slower than ``--slow`` seconds (a hang), is saved to ``--out`` with its traceback and
makes the exit status 1. Runs without Qt. POSIX only for the hang alarm.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from wtfc.importing.building import build_import
from wtfc.importing.errors import ImportFailed
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.importing.text_reader import read_pasted_text
from wtfc.model.demo import demo_path
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import workshop_from_bytes
from wtfc.model.workshop import Workshop

OUR_ERRORS = (WorkshopFileError, ImportFailed)


def _seeds(folder: Path) -> dict[str, bytes]:
    rows = [["Person", "Working 1", "Not working 1", "Future 1"]] + [
        [f"P{i}", f"My carer is kind {i}", f"The bus is late {i}", f"A garden {i}"]
        for i in range(20)]
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(folder / "seed.xlsx")
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return {"workshop": demo_path().read_bytes(), "xlsx": (folder / "seed.xlsx").read_bytes(),
            "csv": ("\ufeff" + text.getvalue()).encode("utf-8"),
            "pasted": "\n".join("\t".join(r) for r in rows).encode("utf-8")}


def _damage(data: bytes, rng: random.Random) -> bytes:
    how = rng.choice(["cut", "flip", "insert", "delete", "splice", "random", "repeat"])
    at = rng.randrange(max(len(data), 1))
    if how == "cut":
        return data[:at]
    if how == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] ^= rng.randint(1, 255)
        return bytes(out)
    if how == "insert":
        return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
    if how == "delete":
        return data[:at] + data[at + rng.randint(1, 256):]
    if how == "splice":
        return data[:at] + data[rng.randrange(len(data)):]
    if how == "repeat":  # deep nesting and long runs
        return data[:at] + data[at:at + 1] * rng.randint(100, 100_000) + data[at:]
    return rng.randbytes(rng.randint(0, 4096))


def _loaders(folder: Path) -> dict[str, Callable[[bytes], object]]:
    def via_file(suffix: str) -> Callable[[bytes], object]:
        def load(data: bytes) -> object:
            path = folder / f"case{suffix}"
            path.write_bytes(data)
            table = read_source(path)
            return build_import(table, guess_mapping(table), workshop=Workshop())
        return load

    def pasted(data: bytes) -> object:
        table = read_pasted_text(data.decode("utf-8", errors="replace"))
        return build_import(table, guess_mapping(table), workshop=Workshop())

    return {"workshop": lambda data: workshop_from_bytes(data, name="case.wtfc"),
            "xlsx": via_file(".xlsx"), "csv": via_file(".csv"), "pasted": pasted}


class _TooSlow(Exception):
    pass


def _alarm(_signum, _frame):
    raise _TooSlow


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="time per loader")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slow", type=int, default=10, help="a case slower than this is a hang")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    signal.signal(signal.SIGALRM, _alarm)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seeds = _seeds(folder)
        for name, load in _loaders(folder).items():
            outcomes: Counter[str] = Counter()
            slowest = 0.0
            end = time.monotonic() + args.seconds
            while time.monotonic() < end:
                data = _damage(seeds[name], rng)
                start = time.perf_counter()
                signal.alarm(args.slow)
                try:
                    load(data)
                    outcomes["read"] += 1
                except OUR_ERRORS:
                    outcomes["our error"] += 1
                except Exception:  # anything else is what we are looking for
                    outcomes["crash"] += 1
                    failures += 1
                    _save(args.out, name, data, traceback.format_exc())
                finally:
                    signal.alarm(0)
                slowest = max(slowest, time.perf_counter() - start)
            print(f"{name:9s} cases {sum(outcomes.values()):6d}  read {outcomes['read']:6d}  "
                  f"our error {outcomes['our error']:6d}  crash/hang {outcomes['crash']:3d}  "
                  f"slowest {slowest * 1000:7.1f} ms")
    return 1 if failures else 0


def _save(out: Path, name: str, data: bytes, trace: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    stem = f"{name}-{int(time.time() * 1000)}"
    (out / f"{stem}.bin").write_bytes(data)
    (out / f"{stem}.txt").write_text(trace)
    print(f"  {name}: {trace.strip().splitlines()[-1]} (saved {stem})", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
