"""Word's pasted line break (U+000B) in a theme's comment or a stage's notes is kept as a
newline where typed: it was saved as typed, printed as a space in that session's report, and
became a newline, silently, after the file was opened again (review code-b2 #6c)."""

from __future__ import annotations

from workshop_builders import do_undo_redo, sample_document

from wtfc.model.agenda import plan_for
from wtfc.model.operations.agenda import edit_stage_notes
from wtfc.model.operations.themes import add_theme_comment, edit_theme_comment
from wtfc.model.workshop import Stage


def test_a_theme_comment_keeps_words_lines_as_newlines():
    doc = sample_document()
    edit = add_theme_comment(doc, theme_id="package", comment="Raised twice\x0bmostly by carers")

    def added(d):
        assert d.theme("package").comments[-1] == "Raised twice\nmostly by carers"

    do_undo_redo(doc, edit, added)
    edit = edit_theme_comment(doc, theme_id="package", index=0, comment="Said\u2028again ")

    def done(d):
        assert d.theme("package").comments[0] == "Said\nagain"

    do_undo_redo(doc, edit, done, changed={"themes": {"package"}})


def test_stage_notes_keep_lines_as_newlines():
    doc = sample_document()

    def done(d):
        assert plan_for(d.workshop, Stage.THEME).notes == "Ask Sue\nto scribe "

    do_undo_redo(doc, edit_stage_notes(doc, Stage.THEME, "Ask Sue\x0bto scribe "), done)
