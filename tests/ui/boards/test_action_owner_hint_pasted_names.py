"""The action dialog's line under an owner typed (session 32's leftover): with an e-mail's To
line pasted in Names to watch for, read by the box's own reading (``parse_names``: a bracket's
name is a name of its own), the line shows where the export asks about the owner, and only
there. A name is the owner's point; a phone number or an e-mail is not. Its quote shows every
name as [name], the laptop's screen being mirrored on the projector maybe."""

from __future__ import annotations

import pytest

from tests.ui.boards.board_workshops import TODAY, sample_workshop
from wtfc.importing.pasted_names import parse_names
from wtfc.importing.typed_details import typed_details
from wtfc.model.document import Document
from wtfc.ui.boards.action_dialog import ActionDialog

TO_LINE = ('"Quarrie, Zebulon" <zebulon.quarrie@council.gov.uk>; '
           '"Mensah, Kwabena (daughter Grace)" <kwabena.mensah@council.gov.uk>')


@pytest.fixture
def dialog(qtbot):
    doc = Document(sample_workshop())
    doc.names_to_watch = tuple(parse_names(TO_LINE))  # as the box puts a paste in force
    dialog = ActionDialog(doc, action=doc.workshop.actions[0], today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _export_asks(dialog, owner):
    """Whether the report's question before it is made names the action's owner."""
    doc = dialog._doc
    doc.workshop.actions[0].owner = owner
    return any("owner" in part.where for part in typed_details(
        doc.workshop, "report", doc.names_to_watch))


@pytest.mark.parametrize(("owner", "quote"), [
    ("Grace, 07700 900123", "“[name], [phone]”"),
    (TO_LINE, "“\"[name], [name]\" <[e-mail]>; \"[name], [name] (daughter [name])\" <[e-mail]>”"),
    ("Zebulon Quarrie <zebulon.quarrie@council.gov.uk>", "“[name] [name] <[e-mail]>”"),
    ("Grace and Kwabena Mensah", None),
    ("Home care forum (Zebulon Quarrie)", None),
])
def test_the_owner_line_shows_where_the_export_asks(dialog, owner, quote):
    dialog.owner.setText(owner)
    if quote is None:
        assert dialog.detail_hint.isHidden()
    else:
        assert dialog.detail_hint.isVisible()
        assert f"“Owner”: {quote}" in dialog.detail_hint.text()
        assert "Grace" not in dialog.detail_hint.text()
        assert "Quarrie" not in dialog.detail_hint.text()
    assert _export_asks(dialog, owner) is (quote is not None)
