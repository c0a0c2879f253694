"""A theme poster's "Why it happens": the causes the room will act on first, named so
in words, then the other root causes; the report marks the same causes in the same words."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, demo_workshop, reader, squash

from wtfc.export.content import NO_CAUSE_MARKED
from wtfc.export.report import report_pdf
from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.export.unshowable import unshowable_parts
from wtfc.importing.typed_details import quote_as_kinds, typed_details
from wtfc.model.workshop import Workshop

TODAY = dt.date(2025, 1, 1)


def marked(workshop: Workshop, **marks: tuple[bool, bool]) -> Workshop:
    """The workshop with its causes' (root cause, agreed) marks set by id; others unmarked."""
    causes = [c.model_copy(update=dict(zip(("root_cause", "agreed"),
                                           marks.get(c.id, (False, False)), strict=True)))
              for c in workshop.causes]
    return workshop.model_copy(update={"causes": causes})


def poster(workshop: Workshop) -> str:
    return squash(reader(theme_posters_pdf(workshop, theme_ids=["t1"], today=TODAY))
                  .pages[0].extract_text())


def test_a_cause_agreed_but_not_a_root_cause_is_on_the_poster(workshop):
    """It read "No root causes have been agreed yet." while the report said "(agreed)"."""
    ws = marked(workshop, k1=(False, True))
    text = poster(ws)
    assert squash("We will act on these • Rotas are planned around runs, not people.") in text
    assert "Norootcauses" not in text and squash(NO_CAUSE_MARKED) not in text
    report = all_text(reader(report_pdf(ws, today=TODAY)))
    assert squash("Rotas are planned around runs, not people. (we will act on this)") in report


def test_agreed_causes_come_first_then_the_other_root_causes(workshop):
    ws = marked(workshop, k1=(False, False), k2=(True, False), k3=(True, True))
    text = poster(ws)
    agreed = text.index(squash("We will act on these"))
    assert agreed < text.index(squash("No one phones when a visit runs late."))
    others = text.index(squash("Other root causes"))
    assert text.index(squash("No one phones")) < others < text.index(squash("Contracts pay"))
    assert squash("Rotas are planned") not in text  # neither agreed nor a root cause


def test_root_causes_with_none_agreed_are_headed_root_causes(workshop):
    text = poster(marked(workshop, k2=(True, False), k3=(True, False)))
    assert squash("Root causes • Contracts pay by the minute.") in text
    assert "Agreedtoaddress" not in text and "Otherrootcauses" not in text


def test_a_why_tree_with_nothing_marked_says_what_was_looked_for(workshop):
    ws = marked(workshop)
    assert squash(NO_CAUSE_MARKED) in poster(ws)
    report = all_text(reader(report_pdf(ws, today=TODAY)))
    # t1's tree, and t2's (a priority with no why-tree yet: 341b563) as before
    assert report.count(squash(NO_CAUSE_MARKED)) == 2
    assert all_text(reader(report_pdf(workshop, today=TODAY))).count(squash(NO_CAUSE_MARKED)) == 1


def test_the_agreed_cause_the_poster_prints_is_read_for_details_and_writing(workshop):
    ws = marked(workshop, k1=(False, True))
    causes = [c.model_copy(update={"text": "Mrs Patel's rota 방문"}) if c.id == "k1" else c
              for c in ws.causes]
    ws = ws.model_copy(update={"causes": causes})
    found = [f.where for f in typed_details(ws, "posters")]
    assert any(w.startswith("A cause in the theme") and "[name]" in w for w in found), found
    parts = unshowable_parts(ws, "posters", quote=quote_as_kinds)
    assert any("방문" in p.where for p in parts)


def test_the_demos_posters_show_the_causes_its_actions_tackle_as_agreed():
    """Every cause the demo's actions tackle is an agreed root cause: on its poster under
    "We will act on these". The second priority keeps a root cause for another day: the report
    has it, as the poster's note says, the staff's first success statement in its place."""
    demo = demo_workshop()
    pdf = reader(theme_posters_pdf(demo, today=TODAY))
    causes = {c.id: c for c in demo.causes}
    for page, theme_id in zip(pdf.pages, ("t04", "t05", "t06"), strict=True):
        text = squash(page.extract_text())
        why = text[text.index("Whyithappens"):text.index("Whatwouldsuccesslooklike?")]
        after_heading = why[why.index("Wewillactonthese"):]
        tackled = {a.cause_id for a in demo.actions if a.theme_id == theme_id}
        for cause_id in tackled:
            words = squash(causes[cause_id].text)
            assert words in after_heading
            if "Otherrootcauses" in why:
                assert after_heading.index(words) < after_heading.index("Otherrootcauses")
    second = squash(pdf.pages[1].extract_text())
    assert squash("Early mornings and weekends are hard to staff.") not in second
    assert squash("Staff and managers would say “We send everyone a weekly rota") in second
    assert squash("1 more cause and 3 more statements, from Older people (2) and Staff and "
                  "managers (1), are in the report.") in second
