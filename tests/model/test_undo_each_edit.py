"""Every kind of edit, done, undone and redone on the demo, whatever the random sessions draw.

``test_undo_sequences``' sessions are drawn from a seed Hypothesis derives from the machine's
source, so which kinds of edit they carry out changes with any edit to that class (one such
change left Move cause, Edit cause and comments never run). Here each kind in ``EDITS`` gets a
few examples of its own, with the same checks after each step as the sessions make: its label is
plain English, the views hear of all it changed, and the workshop saves, opens again and is the
one the undo stack's place says. Every kind must be carried out at least once; the demo has
what each one needs (cards held back, teams, causes, statements, actions), so none is excused.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from test_undo_sequences import EDITS, UndoSessions

# a refused or empty draw (no words typed, the same value again) is drawn again, a few times
TRIES = 4
EXAMPLES = 2  # each a fresh demo and one edit; 46 kinds × 2 cost about a CPU-second


@pytest.fixture(scope="module")
def opened() -> dict:
    """A file's bytes → what they opened as, kept across examples (reading is a pure function):
    the demo, gone back to by every Undo, is read once rather than once an example."""
    return {}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_each_kind_of_edit_is_undone_and_redone(name, opened):
    carried_out = []

    @settings(max_examples=EXAMPLES, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @seed(29)  # fixed draws that, unlike derandomize's, don't move when this file is edited
    @given(st.data())
    def one_edit(data):
        machine = UndoSessions()
        machine.opened = opened
        for _ in range(TRIES):
            machine.edit(name, data)
            if machine.index:
                break
        else:
            return
        carried_out.append(machine.stack[0].label)
        machine.sound_after_each_step()
        machine.undo()
        machine.sound_after_each_step()
        machine.redo()
        machine.sound_after_each_step()

    one_edit()
    assert carried_out, f"{name} was refused or changed nothing in every example: never undone"
