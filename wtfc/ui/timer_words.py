"""What the stage timer says: "1:12:05 left", "⚠ 4 min over", "◷ 12 min left".

Over time is said in words with a symbol (⚠), never by colour alone. Time left is rounded up
(the full plan shows until a second has gone, and "0:00 left" never shows while time remains);
time run and time over are rounded down.
"""

from __future__ import annotations

from wtfc.model.agenda import minutes_words

TIME_UP = "time is up"


def clock_text(ms: int, *, up: bool = False) -> str:
    """Hours, minutes and seconds ("1:12:05", or "12:05"); ``up`` rounds a part-second up."""
    seconds = -(-ms // 1000) if up else ms // 1000
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


def _minutes(minutes: int) -> str:
    return minutes_words(minutes) if minutes > 0 else "0 min"


def _over_words(over_ms: int) -> str:
    """Time over in minutes ("4 min over"), or "time is up" in its first minute over."""
    minutes = over_ms // 60_000
    return f"{minutes_words(minutes)} over" if minutes else TIME_UP


def big_time(left_ms: int | None, elapsed_ms: int) -> tuple[str, bool]:
    """The panel's large time and whether it is over its plan."""
    if left_ms is None:
        return f"{clock_text(elapsed_ms)} so far", False
    if left_ms > 0:
        return f"{clock_text(left_ms, up=True)} left", False
    return f"⚠ {_over_words(-left_ms)}", True


def short_time(left_ms: int | None, elapsed_ms: int) -> str:
    """In whole minutes, for the stage list: "12 min left", "4 min over", "12 min so far"."""
    if left_ms is None:
        return f"{_minutes(elapsed_ms // 60_000)} so far"
    if left_ms > 0:
        return f"{_minutes(-(-left_ms // 60_000))} left"
    return _over_words(-left_ms)
