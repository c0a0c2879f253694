"""An action reads the same in every export: its date (or "Date to be agreed") and its status,
worked out on the export's date. A dropped action is not something "we will do", so the theme
poster leaves it off and says so."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import all_text, demo_workshop, reader, squash
from writing_samples import needs_poppler, words_by_line

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.data import data_tables
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import Action, ActionStatus, Role

TODAY = dt.date(2025, 3, 1)  # the providers' phone-call action was due 31 January 2025
DROPPED = "Buy a pager for every carer so the office can reach them"


@pytest.fixture
def with_dropped(workshop):
    dropped = Action(id="a9", theme_id="t1", role=Role.PROVIDERS, owner="Agency",
                     what=DROPPED, by_when=dt.date(2025, 6, 1), status=ActionStatus.DROPPED)
    return workshop.model_copy(update={"actions": [*workshop.actions, dropped]})


def _posters(workshop) -> list[str]:
    return [squash(page.extract_text())
            for page in reader(theme_posters_pdf(workshop, today=TODAY)).pages]


def test_the_theme_poster_leaves_a_dropped_action_off_and_says_so(with_dropped):
    first = _posters(with_dropped)[0]
    assert squash(DROPPED) not in first
    assert squash("1 action that was dropped is not shown. The report lists it.") in first
    # The report and the action poster still list it, as dropped.
    for pdf in (report_pdf(with_dropped, today=TODAY), action_poster_pdf(with_dropped,
                                                                         today=TODAY)):
        text = all_text(reader(pdf))
        assert squash(DROPPED) in text and "Dropped" in text


def test_a_theme_whose_every_action_was_dropped_says_so(workshop):
    actions = [a.model_copy(update={"status": ActionStatus.DROPPED}) if a.theme_id == "t1"
               else a for a in workshop.actions]
    first = _posters(workshop.model_copy(update={"actions": actions}))[0]
    assert squash("Every action agreed for this theme has been dropped (2 actions).") in first
    assert squash("No actions have been agreed yet") not in first


def test_the_theme_poster_marks_an_overdue_action(workshop):
    first = _posters(workshop)[0]
    # late, and whether it was started, as Plan and Act and the report's last-time table say it
    assert squash("Care agency managers · By 31 January 2025 ⚠ Late: not started") in first
    assert "Overdue" not in first
    assert squash("Head of commissioning · By 1 April 2025 Not started") in first


def test_an_overdue_action_keeps_its_status_in_every_export(workshop):
    """'Overdue' alone left a reader asking whether it was begun: the report, the theme poster
    and the action poster say '⚠ Late: in progress' (or 'not started'), as the report's
    last-time table does (the boards' 'started': on paper one word for one state, R5 F5)."""
    actions = [a.model_copy(update={"status": ActionStatus.IN_PROGRESS})
               if a.by_when == dt.date(2025, 1, 31) else a for a in workshop.actions]
    started = workshop.model_copy(update={"actions": actions})
    for text in (_posters(started)[0], all_text(reader(report_pdf(started, today=TODAY))),
                 all_text(reader(action_poster_pdf(started, today=TODAY)))):
        assert squash("⚠ Late: in progress") in text
        assert squash("Late: not started") not in text and "Overdue" not in text


@needs_poppler
def test_the_action_posters_narrow_by_when_column_keeps_the_status_whole(tmp_path):
    """"⚠ Late:" then "not started" or "started" on the next line, never "⚠ Late: not" and
    "started" under it (every demo action made late, started or not)."""
    demo = demo_workshop()
    late = [a.model_copy(update={"by_when": dt.date(2026, 10, 1), "status": status})
            for a, status in zip(demo.actions, [ActionStatus.IN_PROGRESS,
                                                ActionStatus.NOT_STARTED] * 20, strict=False)]
    path = tmp_path / "a1.pdf"
    path.write_bytes(action_poster_pdf(demo.model_copy(update={"actions": late}),
                                       today=dt.date(2026, 11, 29)))
    lines = [[word for _, word in line] for line in words_by_line(path, 1)]
    ends = [line[line.index("Late:"):] for line in lines if "Late:" in line]
    assert len(ends) == len(late) and all(end in (["Late:"], ["Late:", "started"])
                                          for end in ends)
    assert not [line for line in lines if line[-1:] == ["not"]]
    not_started = [line for line in lines if line[-2:] == ["not", "started"]]
    assert len(not_started) == sum(a.status is ActionStatus.NOT_STARTED for a in late)


def test_an_undated_action_reads_the_same_in_every_export(workshop):
    posters = "".join(_posters(workshop))
    report = all_text(reader(report_pdf(workshop, today=TODAY)))
    action_poster = all_text(reader(action_poster_pdf(workshop, today=TODAY)))
    assert squash("Owner to be agreed · Date to be agreed Not started") in posters
    for text in (report, action_poster):
        assert squash("Date to be agreed") in text
        assert "tobeagreedNotstarted" not in text.replace("Datetobeagreed", "")
    for text in (posters, report, action_poster):
        assert "datetobeagreed" not in text  # the old poster wording


def test_every_export_prints_not_started(workshop):
    # the report says each action twice: in "What was agreed" and in its theme's chapter
    for pdf, times in ((report_pdf(workshop, today=dt.date(2024, 1, 1)), 2),
                       (action_poster_pdf(workshop, today=dt.date(2024, 1, 1)), 1)):
        text = all_text(reader(pdf))
        assert text.count("Notstarted") == times * len(workshop.actions)


def test_every_export_that_marks_overdue_says_on_which_day(workshop):
    as_of = squash("Action status as of 1 March 2025")
    report = reader(report_pdf(workshop, today=TODAY))
    assert as_of in squash(report.pages[0].extract_text())  # on the title page
    # and above "What was agreed" and each theme's actions
    assert all_text(report).count(as_of) == 1 + 1 + 2
    action_poster = reader(action_poster_pdf(workshop, today=TODAY))
    assert as_of in squash(action_poster.pages[0].extract_text())
    assert all(as_of in poster for poster in _posters(workshop))
    _, counts = data_tables(workshop, today=TODAY)["counts"]
    # the day in a column of its own, so the label is the same in every export
    assert [row[2:5] for row in counts if row[:2] == ["Actions", "Overdue"]] == [[1, "no", TODAY]]


def test_a_theme_poster_cut_short_still_says_the_day(workshop):
    many = [Action(id=f"m{i}", theme_id="t1", role=Role.PROVIDERS, owner="Agency",
                   what=f"Run a trial of a booking line so people can book a lift {i}",
                   by_when=dt.date(2025, 1, 1), status=ActionStatus.IN_PROGRESS)
            for i in range(30)]
    dropped = Action(id="d1", theme_id="t1", role=Role.PROVIDERS, what=DROPPED,
                     status=ActionStatus.DROPPED)
    first = _posters(workshop.model_copy(update={"actions": [*workshop.actions, *many,
                                                             dropped]}))[0]
    # 33 with the dropped one, as the report and the data export count them. The
    # commissioners' action, not started, makes way before the overdue ones.
    assert squash("Not all of this theme's 33 actions fit here. Not shown here: Commissioners "
                  "(1), Providers (") in first
    assert squash("The action poster and the report list every one.") in first
    assert "Late:" in first
    assert squash("1 action that was dropped is not shown.") in first
    assert squash("Action status as of 1 March 2025.") in first
