"""`wtfc render` tells, as `wtfc export` does, of typed words the picture may show that the
personal-detail guard reads as a possible detail: by kind only, the picture made all the same
(exit code 0). A PNG is a file that can go anywhere, as an export is.

Render here gets the tests' shared application without the app's set-up, and leaves it so
(tests/shared_app.py)."""

from __future__ import annotations

import pytest

from tests.shared_app import app_as_found, left_as_found  # noqa: F401  (a fixture)
from wtfc.model.demo import demo_path, demo_previous_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.ui.render_cli import main_render

pytestmark = pytest.mark.usefixtures("app_as_found")
SMALL = ["--size", "640x360"]
NOTE = "Mrs Patel at 14 Elm Grove, LS6 2AB still waits: ring her on 01632 960418"


@pytest.fixture
def welcome_file(tmp_path):
    ws = load_workshop(demo_path()).workshop
    ws.purpose = "Prompted by Mrs Patel's complaint (14 Elm Grove, LS6 2AB, tel 01632 960418)"
    save_workshop(ws, tmp_path / "welcome.wtfc", backup=False)
    return tmp_path / "welcome.wtfc"


def _render(path, view, tmp_path, capsys, *more):
    out = tmp_path / "out.png"
    with left_as_found():
        assert main_render([str(path), "--view", view, "-o", str(out), *SMALL, *more]) == 0
    assert out.stat().st_size > 0  # drawn all the same
    return capsys.readouterr()


def test_the_welcome_warns_of_a_purpose_holding_a_name_and_an_address(welcome_file, tmp_path,
                                                                       capsys):
    said = _render(welcome_file, "welcome", tmp_path, capsys)
    assert said.err.startswith("Warning: Some words typed into the workshop may be personal "
                               "details, and this picture may show them")
    assert "• The workshop's purpose: “Prompted by [name] complaint ([address]" in said.err
    assert "The picture is made all the same." in said.err
    assert "Patel" not in said.err and "01632" not in said.err  # by kind only
    assert said.out.startswith("Wrote ")


def test_a_view_that_does_not_draw_the_purpose_says_nothing_of_it(welcome_file, tmp_path,
                                                                   capsys):
    assert _render(welcome_file, "wall", tmp_path, capsys).err == ""


def test_the_demo_draws_with_no_warning(tmp_path, capsys):
    assert _render("demo", "welcome", tmp_path, capsys).err == ""


def test_the_plan_warns_of_an_action_and_review_of_last_times_note(tmp_path, capsys):
    ws = load_workshop(demo_path()).workshop
    ws.actions[0].first_step = "Ring Mrs Patel on 01632 960418"
    save_workshop(ws, tmp_path / "cur.wtfc", backup=False)
    said = _render(tmp_path / "cur.wtfc", "plan", tmp_path, capsys)
    assert "An action in the theme" in said.err and "[phone]" in said.err

    prev = load_workshop(demo_previous_path()).workshop
    for action in prev.actions:  # one note on every action: listed once
        action.progress_note = NOTE
    save_workshop(prev, tmp_path / "prev.wtfc", backup=False)
    said = _render(demo_path(), "review", tmp_path, capsys, "--previous",
                   str(tmp_path / "prev.wtfc"))
    quote = "“[name] at [address], [postcode] still waits: ring her on [phone]”"  # all quoted
    told = [line for line in said.err.splitlines() if quote in line]
    assert told and len(told) == len(set(told))  # one theme's two actions: said once
    assert told[0].startswith("• What had happened to last time's action in the theme")
    assert "Patel" not in said.err
