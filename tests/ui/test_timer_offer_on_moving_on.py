# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""Moving on while the last stage's timer runs over its time (review 37 R2 finding 11).

Prepare ran 20 minutes over; the facilitator pressed Ctrl+3 for Theme. Prepare's timer ran on,
nothing offered to start Theme's, and the foot's lasting "◷ Prepare: time is up" went under
other news. Now the foot says, until it no longer holds, "◷ Prepare's timer is still running
(20 min over) — Ctrl+T starts Theme's.", its minutes kept current; Ctrl+T there starts Theme's
(pausing Prepare's) and the words go. Going back to Prepare gives back its "time is up"."""

from __future__ import annotations

from clock_fixtures import MIN, later, now, plan  # noqa: F401  (the fixture ``now``)

from wtfc.model.workshop import Stage
from wtfc.ui.undo import LASTING

OFFER = "◷ Prepare's timer is still running (20 min over) — Ctrl+T starts Theme's."
TIME_UP = "◷ Prepare: time is up (30 min planned)"


def _prepare_over(window, now) -> None:
    window.go_to_stage(Stage.PREPARE)
    plan(window, Stage.PREPARE, 30)
    window.stage_side.start_action.trigger()  # Ctrl+T
    later(window, now, 50 * MIN)
    assert window.statusBar().property(LASTING) == TIME_UP


def _on_theme_prepare_five_minutes_left(window, now) -> None:
    window.go_to_stage(Stage.PREPARE)
    plan(window, Stage.PREPARE, 30)
    window.stage_side.start_action.trigger()
    later(window, now, 25 * MIN)
    window.go_to_stage(Stage.THEME)


def test_moving_on_while_over_time_offers_to_start_the_new_stages_timer(now, demo_window):
    window, bar = demo_window, demo_window.statusBar()
    _prepare_over(window, now)
    window.go_to_stage(Stage.THEME)
    assert bar.currentMessage() == OFFER and bar.property(LASTING) == OFFER
    later(window, now, 5 * MIN)  # its minutes kept current, no second foot message
    assert bar.property(LASTING) == OFFER.replace("20 min", "25 min")
    window.stage_side.start_action.trigger()  # Ctrl+T, as it says
    assert window.stage_side.clock.running == Stage.THEME
    later(window, now, MIN)
    assert bar.currentMessage() == "" and not bar.property(LASTING)


def test_going_back_gives_back_time_is_up_and_a_later_stage_is_named(now, demo_window):
    window, bar = demo_window, demo_window.statusBar()
    _prepare_over(window, now)
    window.go_to_stage(Stage.UNDERSTAND)
    assert bar.property(LASTING) == OFFER.replace("Theme's", "Understand's")
    window.go_to_stage(Stage.PREPARE)  # its own page says it: the foot's time is up again
    assert bar.property(LASTING) == TIME_UP and bar.currentMessage() == TIME_UP


def test_a_stage_already_timed_is_resumed_and_an_earlier_one_is_not_offered(now, demo_window):
    window, bar = demo_window, demo_window.statusBar()
    window.go_to_stage(Stage.THEME)
    window.stage_side.start_action.trigger()  # Theme's timer runs 5 min, then Prepare's
    later(window, now, 5 * MIN)
    _prepare_over(window, now)
    window.go_to_stage(Stage.THEME)
    assert bar.property(LASTING) == OFFER.replace("starts", "resumes")
    window.go_to_stage(Stage.PREPARE)
    window.stage_side.start_action.trigger()  # paused: no longer running, nothing offered
    window.go_to_stage(Stage.THEME)
    assert not bar.property(LASTING)


def test_a_timer_still_within_its_time_offers_nothing(now, demo_window):
    window, bar = demo_window, demo_window.statusBar()
    _on_theme_prepare_five_minutes_left(window, now)  # the panel says Prepare's runs
    assert not bar.property(LASTING)


def test_time_running_out_after_moving_on_is_said_as_the_offer(now, demo_window):
    window, bar = demo_window, demo_window.statusBar()
    _on_theme_prepare_five_minutes_left(window, now)
    later(window, now, 5 * MIN)  # Prepare's time runs out while Theme is on screen
    assert bar.currentMessage() == OFFER.replace("20 min over", "time is up")
    later(window, now, 20 * MIN)
    assert bar.currentMessage() == OFFER
