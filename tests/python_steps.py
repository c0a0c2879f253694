"""Work counted, not timed: how many Python steps a call takes.

A test that a fix made something quick asserted seconds, which a loaded 2-core machine
stretches many times over (0.13 s became 1.6 s in a whole-suite run); speed figures are for
``make bench``. A step here is a Python function called or a generator resumed ("call"), or a
builtin called ("c_call", ``str.isupper`` on each letter): the same on every machine, for the
same code and input. It does not see work inside one C call (a regular expression's matching,
``sorted``), so a test counts steps only where the slow way was Python's own loop.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class TooManySteps(AssertionError):
    """More steps than a test allows: raised there and then, so a slow way fails at once."""


def steps(work: Callable[[], T], *, most: int) -> tuple[T, int]:
    """What ``work()`` returns and the steps it took; ``TooManySteps`` past ``most``."""
    count = 0

    def count_step(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1
            if count > most:
                raise TooManySteps(f"more than {most:,} steps")

    previous = sys.getprofile()
    sys.setprofile(count_step)
    try:
        result = work()
    finally:
        sys.setprofile(previous)
    if count > most:  # raised inside a Qt override, which PySide reports and goes on from
        raise TooManySteps(f"more than {most:,} steps")
    return result, count
