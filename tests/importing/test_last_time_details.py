"""Before the report prints last time's workshop ("Since last time"), the personal-detail guard
reads what it prints of it: its actions' words, owners, how we said we'd know each worked and
notes, and the names of its themes the chapter names; said by kind only, never the words
themselves."""

from __future__ import annotations

from wtfc.importing.last_time_details import last_time_details, last_time_details_warning
from wtfc.model.workshop import Action, Card, Kind, Role, Theme, Workshop


def _last_time() -> Workshop:
    cards = [Card(id="c1", kind=Kind.NOT_WORKING, text="The bus never comes", ),
             Card(id="c2", kind=Kind.NOT_WORKING, text="Carers are always late", )]
    themes = [Theme(id="t1", kind=Kind.NOT_WORKING, name="I can't get out, says Mrs Patel",
                    card_ids=["c1"]),
              Theme(id="t2", kind=Kind.NOT_WORKING, name="I am kept waiting", card_ids=["c2"])]
    actions = [Action(id="a1", theme_id="t1", role=Role.PROVIDERS,
                      owner="Jane Smith, 07700 900123", what="Ring 01632 960418 to book the bus",
                      progress_note="Spoke to Dr Okafor on Monday",
                      how_we_know="Mr Grey can get to the bus stop"),
               Action(id="a2", theme_id="t2", role=Role.PROVIDERS, owner="Jane Smith",
                      what="Send a weekly rota")]
    return Workshop(title="Spring", cards=cards, themes=themes, actions=actions)


def _this_time() -> Workshop:
    card = Card(id="n1", kind=Kind.NOT_WORKING, text="Carers are always late")
    return Workshop(title="Autumn", cards=[card], themes=[
        Theme(id="n1", kind=Kind.NOT_WORKING, name="I am kept waiting", card_ids=["n1"])])


def test_what_the_chapter_prints_of_last_time_is_read_and_said_by_kind():
    wheres = [d.where for d in last_time_details(_last_time(), _this_time())]
    assert wheres == [
        "Last time's theme “I can't get out, says [name]”",  # gone this time
        "Last time's action in the theme “I can't get out, says [name]”: "
        "“Ring [phone] to book the bus”",
        "The owner of last time's action in the theme “I can't get out, says [name]”: "
        "“[name], [phone]”",
        "How we said we'd know last time's action in the theme “I can't get out, says [name]” "
        "worked: “[name] can get to the bus stop”",
        "What had happened to last time's action in the theme “I can't get out, says [name]”: "
        "“Spoke to [name] on Monday”",
    ]  # the owner named alone ("Jane Smith") is not asked about; a theme kept is this time's
    text = " ".join(wheres)
    assert "Patel" not in text and "01632" not in text and "Okafor" not in text
    assert "Grey" not in text


def test_names_to_watch_and_the_command_lines_warning():
    found = last_time_details(_last_time().model_copy(update={"title": "Spring with Grimshaw"}),
                              _this_time(), ["Grimshaw"])
    assert found[0].where == "Last time's workshop title: “Spring with [name]”"
    warning = last_time_details_warning(_last_time(), _this_time())
    assert "If they could identify someone, change those words" in warning
    assert warning.endswith("Words from last time's workshop can only be changed in that "
                            "workshop's own file.")
    assert last_time_details_warning(Workshop(title="Spring"), _this_time()) == ""
